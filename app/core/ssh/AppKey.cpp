#include "ssh/AppKey.h"

#include "common/AppPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <libssh/libssh.h>

namespace colab {

AppKey::AppKey(QString privateKeyFile) : m_file(std::move(privateKeyFile)) {}

bool AppKey::exists() const
{
    return QFile::exists(m_file) && QFile::exists(publicKeyFile());
}

QString AppKey::publicKeyLine() const
{
    QFile file(publicKeyFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList parts = QString::fromLatin1(file.readAll()).simplified().split(QLatin1Char(' '));
    if (parts.size() < 2)
        return {};
    return parts.at(0) + QLatin1Char(' ') + parts.at(1) + QStringLiteral(" colab-tunnel");
}

bool AppKey::ensure(QString* error)
{
    if (exists())
        return true;
    if (!AppPaths::ensurePrivateDir(QFileInfo(m_file).absolutePath())) {
        *error = QObject::tr("Cannot create %1.").arg(QFileInfo(m_file).absolutePath());
        return false;
    }
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK) {
        *error = QObject::tr("libssh could not generate an ed25519 key.");
        return false;
    }
    const QByteArray privatePath = QFile::encodeName(m_file);
    const QByteArray publicPath = QFile::encodeName(publicKeyFile());
    QFile::remove(publicKeyFile());
    {
        // Owner-only before a single key byte is written (libssh keeps an existing file's mode).
        QFile placeholder(m_file);
        placeholder.open(QIODevice::WriteOnly | QIODevice::Truncate);
        placeholder.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const int privateRc = ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr, privatePath.constData());
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int publicRc = ssh_pki_export_pubkey_file(key, publicPath.constData());
    ssh_key_free(key);
    if (privateRc != SSH_OK || publicRc != SSH_OK) {
        QFile::remove(m_file);
        QFile::remove(publicKeyFile());
        *error = QObject::tr("Cannot write the app's key to %1.").arg(m_file);
        return false;
    }
    QFile::setPermissions(publicKeyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther);
    return true;
}

} // namespace colab
