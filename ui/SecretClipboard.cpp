#include "SecretClipboard.h"

#include "service/PasswordService.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace colab {

namespace {
// The UTF-8 copy the hash needs is wiped: freed memory must not keep the secret.
QByteArray fingerprint(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    PasswordService::wipe(utf8);
    return hash;
}
} // namespace

void copySecretToClipboard(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(PasswordService::copy(secret));
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    const QByteArray copied = fingerprint(secret);
    QTimer::singleShot(kSecretClipboardSeconds * 1000, qApp, [copied] {
        if (fingerprint(QGuiApplication::clipboard()->text()) == copied)
            QGuiApplication::clipboard()->clear();
    });
}

} // namespace colab
