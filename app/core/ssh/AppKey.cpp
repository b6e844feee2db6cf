#include "ssh/AppKey.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Platform.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryFile>
#include <cstdio>
#include <libssh/libssh.h>
#include <memory>
#include <mutex>

namespace colab {

namespace {
constexpr int kKeyLockTimeoutMs = 30000;

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<ssh_key_struct, KeyFree>;

// A new file beside `path` holding `bytes`, durable and owner-only from its creation (no moment
// in which another user could open it). Returns its name, or empty.
QString writeTemporary(const QString& path, const QByteArray& bytes)
{
    QTemporaryFile file(path + QStringLiteral(".XXXXXX.tmp"));
    file.setAutoRemove(false);
    if (!file.open())
        return {};
    if (file.write(bytes) != bytes.size() || !platform::syncToDisk(file)) {
        file.remove();
        return {};
    }
    return file.fileName();
}

// Atomically replaces `target` (unlike QFile::rename, which refuses to overwrite).
bool renameOver(const QString& from, const QString& target)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    QFile::remove(from);
    return false;
}

QByteArray publicKeyText(ssh_key key)
{
    char* base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK)
        return {};
    const QByteArray line =
        QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' ' + QByteArray(base64) + " colab-tunnel\n";
    ssh_string_free_char(base64);
    return line;
}

// QLockFile serialises processes (its documented use); threads of this process queue here first.
std::mutex& creationMutex()
{
    static std::mutex mutex;
    return mutex;
}
} // namespace

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
    const QString dir = QFileInfo(m_file).absolutePath();
    if (!AppPaths::ensurePrivateDir(dir)) {
        *error = tr("Cannot create %1.").arg(dir);
        return false;
    }
    const std::lock_guard<std::mutex> threads(creationMutex());
    QLockFile lock(m_file + QStringLiteral(".lock"));
    if (!lock.tryLock(kKeyLockTimeoutMs)) {
        *error = tr("Another Colab Tunnel process is creating the app's key (%1 is locked); try again.")
                     .arg(lock.fileName());
        return false;
    }
    if (exists())
        return true; // made while this one waited
    return create(error);
}

bool AppKey::create(QString* error)
{
    const QString cannotWrite = tr("Cannot write the app's key to %1; check that the folder is writable and the "
                                   "disk is not full.")
                                    .arg(m_file);
    ssh_key raw = nullptr;
    Key key;
    if (QFile::exists(m_file)) {
        // Its public half went missing (or an older version was interrupted): keep the key.
        if (ssh_pki_import_privkey_file(QFile::encodeName(m_file).constData(), nullptr, nullptr, nullptr, &raw) ==
            SSH_OK) {
            key.reset(raw);
            qCInfo(lcSsh) << "restoring the public half of the app's key";
        } else {
            qCWarning(lcSsh) << "the app's private key cannot be read; making a new pair";
        }
    }
    if (!key) {
        raw = nullptr;
        if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK) {
            *error = tr("libssh could not generate an ed25519 key.");
            return false;
        }
        key.reset(raw);
        char* base64 = nullptr;
        if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &base64) != SSH_OK) {
            *error = cannotWrite;
            return false;
        }
        const QByteArray privateText(base64);
        ssh_string_free_char(base64);
        const QString temporary = writeTemporary(m_file, privateText);
        // The private key goes first: exists() stays false until the public half follows.
        if (temporary.isEmpty() || !renameOver(temporary, m_file)) {
            *error = cannotWrite;
            return false;
        }
    }
    const QByteArray publicText = publicKeyText(key.get());
    const QString temporary = publicText.isEmpty() ? QString() : writeTemporary(publicKeyFile(), publicText);
    if (temporary.isEmpty() ||
        !QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther) ||
        !renameOver(temporary, publicKeyFile())) {
        if (!temporary.isEmpty())
            QFile::remove(temporary);
        *error = cannotWrite;
        return false;
    }
    return true;
}

} // namespace colab
