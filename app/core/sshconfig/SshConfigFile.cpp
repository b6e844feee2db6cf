#include "sshconfig/SshConfigFile.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Platform.h"
#include "sshconfig/ManagedBlockEditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cerrno>
#include <optional>

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

    // Another program's save that our swap took the place of: the next edit starts from it.
    std::optional<QByteArray> recovered;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        QByteArray current;
        bool existed = false;
        if (!readAll(target, &current, &existed, error))
            return false;
        const QByteArray before = recovered.value_or(current);
        const bool beforeExisted = existed || recovered;
        recovered.reset();
        const ManagedBlockEditor::Result edit = ManagedBlockEditor::apply(
            before, blockLines,
            beforeExisted ? ManagedBlockEditor::FileState::Exists : ManagedBlockEditor::FileState::Missing,
            displayName());
        if (!edit.ok()) {
            *error = edit.error;
            return false;
        }
        const QByteArray& after = edit.content;
        if (after == current && (existed || blockLines.isEmpty()))
            return true;
        if (edit.deleteFile) {
            QByteArray now;
            bool stillExists = false;
            if (!readAll(target, &now, &stillExists, error))
                return false;
            if (now != current || !stillExists)
                continue;
            QFile::remove(target);
            return true;
        }

        // Everything slow (the backup, writing and syncing the new copy) happens before the last
        // check, so that only the check and the swap stand between another editor's save and ours.
        if (beforeExisted) {
            QSaveFile backup(backupPath());
            if (backup.open(QIODevice::WriteOnly)) {
                backup.setPermissions(kOwnerOnly);
                backup.write(before);
                backup.commit();
            }
        }
        QTemporaryFile out(target + QStringLiteral(".colab-tunnel-XXXXXX"));
        if (!out.open() || out.write(after) != after.size() || !platform::syncToDisk(out)) {
            *error = SshConfigFile::tr("Cannot write %1: %2").arg(target, out.errorString());
            return false;
        }
        out.setPermissions(kOwnerOnly);
        out.close();
        if (m_betweenReadAndWrite)
            m_betweenReadAndWrite();

        // Another program may have saved the file while we worked: never write a stale copy.
        QByteArray now;
        bool stillExists = false;
        if (!readAll(target, &now, &stillExists, error))
            return false;
        if (now != current || stillExists != existed) {
            qCInfo(lcSshConfig) << target << "changed while we worked; applying the block again";
            continue;
        }
        const platform::FilePlaced placed = platform::placeFile(out.fileName(), target, existed);
        if (placed == platform::FilePlaced::Failed) {
            if (!existed && QFileInfo::exists(target))
                continue; // created meanwhile: never replaced unseen
            *error = SshConfigFile::tr("Cannot write %1: %2").arg(target, qt_error_string(errno));
            return false;
        }
        if (placed == platform::FilePlaced::Swapped) {
            // The temporary name now holds what the file held at the swap: a save made after our
            // check is there, and the block goes on top of it.
            QByteArray swappedOut;
            bool swappedExists = false;
            if (readAll(out.fileName(), &swappedOut, &swappedExists, error) && swappedOut != current) {
                qCInfo(lcSshConfig) << target
                                    << "was saved by another program as we wrote it; applying the block "
                                       "to that save";
                recovered = swappedOut;
                continue;
            }
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
