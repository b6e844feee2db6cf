#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Puts our block into the bytes of a user's ssh config, or takes it out, touching nothing else:
// CRLF or LF (the file's own), a missing final newline, a UTF-8 BOM, Include/Match lines, comments
// and tabs all survive, also when the user edits around the block between our writes. Removing the
// block gives back exactly the user's bytes.
//
// The block goes first in the file (after a BOM) and ends with `Host *`: OpenSSH uses the first
// value it meets, so the user's top-level options and Includes must not come before our aliases,
// and the scope reset makes the user's following top-level lines apply to every host as before.
// Not `Match all` (older versions): Go's ssh_config rejects the file, paramiko's get_hostnames()
// raises, and VS Code Remote-SSH follows Includes only at top level or under a `Host` with `*`.
// The whole block between the markers is replaced on every write, so an old ending goes with it.
// A block found elsewhere (older versions put it before the first Host line) is moved to the top.
// Markers that do not pair are refused with an error; the file must then not be written.
class ManagedBlockEditor
{
    Q_DECLARE_TR_FUNCTIONS(ManagedBlockEditor)

public:
    enum class FileState { Exists, Missing };

    struct Result
    {
        QByteArray content;      // the new bytes; meaningless when `error` is set
        QString error;           // one line for the user; set = write nothing
        bool deleteFile = false; // only our block was left, in a file Colab Tunnel created
        bool ok() const { return error.isEmpty(); }
    };

    // `blockLines` empty = remove the block; otherwise the lines of SshConfigBlock::render (begin
    // marker first, end marker last). `state` says whether the file exists: a block written into a
    // missing file records that we created it, so that removing the block later deletes the file
    // again, and only then. `fileName` names the file in errors ("~/.ssh/config").
    static Result apply(const QByteArray& original, const QStringList& blockLines, FileState state = FileState::Exists,
                        const QString& fileName = QStringLiteral("~/.ssh/config"));
    static bool containsBlock(const QByteArray& content);
    // The block as found in the file (lines without line endings), for display.
    static QStringList extractBlock(const QByteArray& content);

    // Appended to the begin marker when the file did not exist before our block.
    static const QString kCreatedNote;
};

} // namespace colab
