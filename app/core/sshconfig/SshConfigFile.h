#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace colab {

// Writes our block into the user's ssh config file safely: follows a symlink to its target,
// writes a temporary file in the same folder and renames it (atomic), keeps the previous bytes as
// a backup, sets mode 0600, creates ~/.ssh 0700 when missing, and never writes over a copy that
// changed on disk since it was read (it re-reads and applies the block again).
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
