#include "SecretClipboard.h"

#include "secrets/SecretMemory.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace colab {

namespace {
QByteArray fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

void copySecretToClipboard(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(copySecret(secret));
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    const QByteArray copied = fingerprint(secret);
    QTimer::singleShot(kSecretClipboardSeconds * 1000, qApp, [copied] {
        if (fingerprint(QGuiApplication::clipboard()->text()) == copied)
            QGuiApplication::clipboard()->clear();
    });
}

} // namespace colab
