#include "sshconfig/SshConfigFile.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "sshconfig/ManagedBlockEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace colab {

namespace {
constexpr int kMaxAttempts = 5;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool readAll(const QString& path, QByteArray* bytes, bool* exists, QString* error)
{
    QFile file(path);
    *exists = file.exists();
    bytes->clear();
    if (!*exists)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SshConfigFile::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}
} // namespace

SshConfigFile::SshConfigFile(QString path) : m_path(std::move(path)) {}

QString SshConfigFile::resolvedPath() const
{
    QFileInfo info(m_path);
    QString path = m_path;
    for (int hops = 0; hops < 16 && info.isSymLink(); ++hops) {
        path = info.symLinkTarget();
        info = QFileInfo(path);
    }
    return path;
}

QString SshConfigFile::displayName() const
{
    const QString home = QDir::homePath() + QLatin1Char('/');
    return m_path.startsWith(home) ? QStringLiteral("~/") + m_path.mid(home.size()) : m_path;
}

QString SshConfigFile::backupPath() const
{
    return resolvedPath() + QStringLiteral(".colab-tunnel.bak");
}

bool SshConfigFile::writeBlock(const QStringList& blockLines, QString* error)
{
    const QString target = resolvedPath();
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir(dir).exists()) {
        if (!AppPaths::ensurePrivateDir(dir)) {
            *error = SshConfigFile::tr("Cannot create %1.").arg(dir);
            return false;
        }
    }

    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        QByteArray before;
        bool existed = false;
        if (!readAll(target, &before, &existed, error))
            return false;
        const ManagedBlockEditor::Result edit = ManagedBlockEditor::apply(
            before, blockLines,
            existed ? ManagedBlockEditor::FileState::Exists : ManagedBlockEditor::FileState::Missing, displayName());
        if (!edit.ok()) {
            *error = edit.error;
            return false;
        }
        const QByteArray& after = edit.content;
        if (after == before && (existed || blockLines.isEmpty()))
            return true;
        if (edit.deleteFile) {
            QByteArray now;
            bool stillExists = false;
            if (!readAll(target, &now, &stillExists, error))
                return false;
            if (now != before || !stillExists)
                continue;
            QFile::remove(target);
            return true;
        }

        QSaveFile out(target);
        out.setDirectWriteFallback(false);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = SshConfigFile::tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        out.setPermissions(kOwnerOnly);
        out.write(after);
        if (m_betweenReadAndWrite)
            m_betweenReadAndWrite();

        // Another program may have saved the file while we worked: never write a stale copy.
        QByteArray now;
        bool stillExists = false;
        if (!readAll(target, &now, &stillExists, error))
            return false;
        if (now != before || stillExists != existed) {
            qCInfo(lcSshConfig) << target << "changed while we worked; applying the block again";
            out.cancelWriting();
            continue;
        }
        if (existed) {
            QSaveFile backup(backupPath());
            if (backup.open(QIODevice::WriteOnly)) {
                backup.setPermissions(kOwnerOnly);
                backup.write(before);
                backup.commit();
            }
        }
        if (!out.commit()) {
            *error = SshConfigFile::tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        QFile::setPermissions(target, kOwnerOnly);
        qCDebug(lcSshConfig) << "updated" << target << "(" << blockLines.size() << "block lines )";
        return true;
    }
    *error = SshConfigFile::tr("%1 keeps changing while Colab Tunnel tries to update it; close the other editor "
                               "and try again.")
                 .arg(target);
    return false;
}

} // namespace colab
