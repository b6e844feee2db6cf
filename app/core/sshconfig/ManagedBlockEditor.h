#pragma once

#include <QByteArray>
#include <QStringList>

namespace colab {

// Puts our block into the bytes of a user's ssh config, or takes it out, touching nothing else:
// CRLF or LF (the file's own), a missing final newline, a UTF-8 BOM, Include/Match lines, comments
// and tabs all survive. Removing the block gives back exactly the bytes from before it was added.
// The block goes before the first Host/Match line, because OpenSSH uses the first value it meets
// and a user's `Host *` must not override ours.
class ManagedBlockEditor
{
public:
    // `blockLines` empty = remove the block.
    static QByteArray apply(const QByteArray& original, const QStringList& blockLines);
    static bool containsBlock(const QByteArray& content);
    // The block as found in the file (lines without line endings), for display.
    static QStringList extractBlock(const QByteArray& content);

private:
    static QByteArray removeBlocks(const QByteArray& content);
};

} // namespace colab
