#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace colab {

// Writes our block into the user's ssh config file safely: follows a symlink to its target,
// keeps the previous bytes as a backup, writes and syncs a temporary file in the same folder, and
// only then checks that the file is still what it read and swaps the copy in (atomic), so that
// little stands between another editor's save and ours. A save that lands in that instant comes
// out of the swap and gets the block applied on top (platform::placeFile). Mode 0600; ~/.ssh is
// created 0700 when missing; a copy that changed on disk since it was read is never written.
class SshConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigFile)

public:
    explicit SshConfigFile(QString path);

    // `blockLines` empty = remove the block. Returns false with a plain-words error, and leaves the
    // file alone, also when its markers do not pair. Deletes the file only if it held nothing but a
    // block that Colab Tunnel wrote into a new file.
    bool writeBlock(const QStringList& blockLines, QString* error);
    QString path() const { return m_path; }
    QString backupPath() const;
    // The file that is really written (the symlink's target, if the config is a symlink).
    QString resolvedPath() const;
    // Runs between our read and our write: where another editor's save would land (tests use it).
    void setBetweenReadAndWrite(std::function<void()> hook) { m_betweenReadAndWrite = std::move(hook); }

private:
    // The path as the user knows it, for messages ("~/.ssh/config").
    QString displayName() const;

    QString m_path;
    std::function<void()> m_betweenReadAndWrite;
};

} // namespace colab
