#include "sshconfig/ManagedBlockEditor.h"

#include "sshconfig/SshConfigBlock.h"

#include <QList>

namespace colab {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
// Suffix of the end marker when the file had no final newline and we had to add one before the
// block: on removal that newline goes too, so the file returns to its exact bytes.
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

bool startsSection(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    for (const char* keyword : {"host", "match"}) {
        const int n = int(qstrlen(keyword));
        if (trimmed.size() > n && trimmed.left(n).toLower() == keyword) {
            const char next = trimmed.at(n);
            if (next == ' ' || next == '\t' || next == '=')
                return true;
        }
    }
    return false;
}

QByteArray lineEndingOf(const QByteArray& content)
{
    const int nl = content.indexOf('\n');
    return nl > 0 && content.at(nl - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace

bool ManagedBlockEditor::containsBlock(const QByteArray& content)
{
    return content.contains(SshConfigBlock::kBeginMarker.toUtf8());
}

QStringList ManagedBlockEditor::extractBlock(const QByteArray& content)
{
    QStringList block;
    bool inside = false;
    const QByteArray begin = SshConfigBlock::kBeginMarker.toUtf8();
    const QByteArray end = SshConfigBlock::kEndMarker.toUtf8();
    for (const Line& line : splitLines(content)) {
        const QByteArray text = contentOf(content, line);
        if (!inside && text == begin)
            inside = true;
        if (inside)
            block << QString::fromUtf8(text);
        if (inside && text.startsWith(end))
            break;
    }
    return block;
}

QByteArray ManagedBlockEditor::removeBlocks(const QByteArray& content)
{
    const QByteArray begin = SshConfigBlock::kBeginMarker.toUtf8();
    const QByteArray end = SshConfigBlock::kEndMarker.toUtf8();
    QByteArray result = content;
    for (;;) {
        const QList<Line> lines = splitLines(result);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); ++i) {
            const QByteArray text = contentOf(result, lines.at(i));
            if (first < 0 && text == begin)
                first = i;
            else if (first >= 0 && (text == end || text == end + kJoinedSuffix)) {
                last = i;
                break;
            }
        }
        if (first < 0 || last < 0)
            return result;
        int from = lines.at(first).start;
        if (from == 0 && result.startsWith(kBom))
            from = int(kBom.size());
        const int to = lines.at(last).next;
        if (contentOf(result, lines.at(last)).endsWith(kJoinedSuffix) && from > 0) {
            from -= 1; // '\n'
            if (from > 0 && result.at(from - 1) == '\r')
                from -= 1;
        }
        result.remove(from, to - from);
    }
}

QByteArray ManagedBlockEditor::apply(const QByteArray& original, const QStringList& blockLines)
{
    QByteArray content = removeBlocks(original);
    if (blockLines.isEmpty())
        return content;

    const QByteArray eol = lineEndingOf(content);
    int insertAt = -1;
    const QList<Line> lines = splitLines(content);
    for (const Line& line : lines) {
        if (startsSection(contentOf(content, line))) {
            insertAt = line.start;
            break;
        }
    }
    bool joined = false;
    if (insertAt < 0) {
        insertAt = int(content.size());
        joined = !content.isEmpty() && !content.endsWith('\n') && content != kBom;
    }
    if (insertAt == 0 && content.startsWith(kBom))
        insertAt = int(kBom.size());

    QByteArray block;
    if (joined)
        block += eol;
    for (int i = 0; i < blockLines.size(); ++i) {
        block += blockLines.at(i).toUtf8();
        if (i == blockLines.size() - 1 && joined)
            block += kJoinedSuffix;
        block += eol;
    }
    content.insert(insertAt, block);
    return content;
}

} // namespace colab
