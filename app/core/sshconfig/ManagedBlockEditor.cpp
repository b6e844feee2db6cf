#include "sshconfig/ManagedBlockEditor.h"

#include "sshconfig/SshConfigBlock.h"

#include <QList>

namespace colab {

const QString ManagedBlockEditor::kCreatedNote = QStringLiteral(" [file created by Colab Tunnel]");

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
// Markers are recognised by how they start, so that a note after them (kCreatedNote, the old
// suffix below) or indentation cannot hide a marker from the pairing check.
const QByteArray kBeginTag = QByteArrayLiteral("# >>> colab-tunnel managed block >>>");
const QByteArray kEndTag = QByteArrayLiteral("# <<< colab-tunnel managed block <<<");
// Versions that put the block before the first Host line appended it to a file without Host lines;
// when that file had no final newline they added one and marked it with this suffix on the end
// marker, so that removing the block could restore the exact bytes.
const QByteArray kJoinedSuffix = QByteArrayLiteral(" (a newline was added before this block)");

struct Line
{
    int start; // offset of the first byte
    int end;   // offset after the content, before the line ending
    int next;  // offset after the line ending
};

QList<Line> splitLines(const QByteArray& content)
{
    QList<Line> lines;
    int pos = 0;
    while (pos < content.size()) {
        int nl = content.indexOf('\n', pos);
        if (nl < 0) {
            lines.append({pos, int(content.size()), int(content.size())});
            break;
        }
        int end = nl;
        if (end > pos && content.at(end - 1) == '\r')
            --end;
        lines.append({pos, end, nl + 1});
        pos = nl + 1;
    }
    return lines;
}

QByteArray contentOf(const QByteArray& content, const Line& line)
{
    QByteArray text = content.mid(line.start, line.end - line.start);
    if (line.start == 0 && text.startsWith(kBom))
        text.remove(0, kBom.size());
    return text;
}

enum class Marker { None, Begin, End };

Marker markerOf(const QByteArray& text)
{
    int i = 0;
    while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t'))
        ++i;
    const QByteArray rest = text.mid(i);
    if (rest.startsWith(kBeginTag))
        return Marker::Begin;
    if (rest.startsWith(kEndTag))
        return Marker::End;
    return Marker::None;
}

struct Found
{
    int begin = -1; // line index of the begin marker; -1 = no block
    int end = -1;   // line index of the end marker
};

// Our block is one begin marker followed by one end marker. Anything else was made by hand, and
// guessing which lines are ours could delete the user's, so it is reported instead.
bool findBlock(const QByteArray& content, const QList<Line>& lines, const QString& fileName, Found* found,
               QString* error)
{
    const QString fix = ManagedBlockEditor::tr("Remove the marker lines (or the whole block) by hand, then try again.");
    int open = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const Marker marker = markerOf(contentOf(content, lines.at(i)));
        if (marker == Marker::Begin) {
            if (open >= 0) {
                *error = ManagedBlockEditor::tr("%1 line %2: a second Colab Tunnel begin marker inside the block that "
                                                "begins on line %3. %4")
                             .arg(fileName, QString::number(i + 1), QString::number(open + 1), fix);
                return false;
            }
            if (found->begin >= 0) {
                *error = ManagedBlockEditor::tr("%1 line %2: a second Colab Tunnel block (the first one begins on line "
                                                "%3). Remove one of them by hand, then try again.")
                             .arg(fileName, QString::number(i + 1), QString::number(found->begin + 1));
                return false;
            }
            open = i;
        } else if (marker == Marker::End) {
            if (open < 0) {
                *error = ManagedBlockEditor::tr("%1 line %2: a Colab Tunnel end marker without its begin marker. %3")
                             .arg(fileName, QString::number(i + 1), fix);
                return false;
            }
            *found = {open, i};
            open = -1;
        }
    }
    if (open >= 0) {
        *error = ManagedBlockEditor::tr("%1 line %2: a Colab Tunnel begin marker without its end marker. %3")
                     .arg(fileName, QString::number(open + 1), fix);
        return false;
    }
    return true;
}

QByteArray withoutBlock(const QByteArray& content, const QList<Line>& lines, const Found& found)
{
    int from = lines.at(found.begin).start;
    if (from == 0 && content.startsWith(kBom))
        from = int(kBom.size());
    const int to = lines.at(found.end).next;
    // The newline an old version added goes only while nothing follows the block: once the user has
    // written lines after it, that newline is what keeps their last line and their next one apart.
    if (to == content.size() && contentOf(content, lines.at(found.end)).endsWith(kJoinedSuffix) && from > 0 &&
        content.at(from - 1) == '\n') {
        from -= 1;
        if (from > 0 && content.at(from - 1) == '\r')
            from -= 1;
    }
    QByteArray result = content;
    result.remove(from, to - from);
    return result;
}

bool wellFormed(const QStringList& blockLines)
{
    if (blockLines.size() < 2 || markerOf(blockLines.first().toUtf8()) != Marker::Begin ||
        markerOf(blockLines.last().toUtf8()) != Marker::End)
        return false;
    for (int i = 0; i < blockLines.size(); ++i) {
        const QString& line = blockLines.at(i);
        if (line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r')))
            return false;
        if (i > 0 && i < blockLines.size() - 1 && markerOf(line.toUtf8()) != Marker::None)
            return false;
    }
    return true;
}

QByteArray lineEndingOf(const QByteArray& content)
{
    const int nl = content.indexOf('\n');
    return nl > 0 && content.at(nl - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace

bool ManagedBlockEditor::containsBlock(const QByteArray& content)
{
    return content.contains(kBeginTag);
}

QStringList ManagedBlockEditor::extractBlock(const QByteArray& content)
{
    QStringList block;
    bool inside = false;
    for (const Line& line : splitLines(content)) {
        const QByteArray text = contentOf(content, line);
        const Marker marker = markerOf(text);
        if (!inside && marker == Marker::Begin)
            inside = true;
        if (inside)
            block << QString::fromUtf8(text);
        if (inside && marker == Marker::End)
            break;
    }
    return block;
}

ManagedBlockEditor::Result ManagedBlockEditor::apply(const QByteArray& original, const QStringList& blockLines,
                                                     FileState state, const QString& fileName)
{
    Result result;
    const QList<Line> lines = splitLines(original);
    Found found;
    if (!findBlock(original, lines, fileName, &found, &result.error))
        return result;

    QByteArray user = original;
    bool created = state == FileState::Missing;
    if (found.begin >= 0) {
        created = created || contentOf(original, lines.at(found.begin)).trimmed().endsWith(kCreatedNote.toUtf8());
        user = withoutBlock(original, lines, found);
    }
    if (blockLines.isEmpty()) {
        result.content = user;
        result.deleteFile = found.begin >= 0 && created && user.isEmpty();
        return result;
    }

    if (!wellFormed(blockLines)) {
        result.error = tr("Colab Tunnel made a malformed block for %1; nothing was written.").arg(fileName);
        return result;
    }
    QStringList block = blockLines;
    if (block.at(block.size() - 2).trimmed().compare(SshConfigBlock::kScopeReset, Qt::CaseInsensitive) != 0)
        block.insert(block.size() - 1, SshConfigBlock::kScopeReset);
    if (created && !block.first().endsWith(kCreatedNote))
        block.first() += kCreatedNote;

    const QByteArray eol = lineEndingOf(user);
    QByteArray bytes;
    for (const QString& line : block)
        bytes += line.toUtf8() + eol;
    result.content = user;
    result.content.insert(user.startsWith(kBom) ? int(kBom.size()) : 0, bytes);
    return result;
}

} // namespace colab
