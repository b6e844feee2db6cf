#include "common/Text.h"

namespace colab {

namespace {
bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f); // C0, DEL, C1 (U+009B is a CSI on some terminals)
}

// Characters that reorder what follows them on screen: "evil\u202Etxt.exe" reads "evilexe.txt".
bool isBidiControl(char16_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString withoutControlCharacters(QString text)
{
    for (QChar& c : text)
        if (isControlCharacter(c.unicode()) || isBidiControl(c.unicode()))
            c = QLatin1Char('?');
    return text;
}

QString inertNetworkText(const QString& text, int maxLength)
{
    maxLength = qMax(1, maxLength);
    QString kept;
    kept.reserve(qMin(text.size(), qsizetype(maxLength) + 1));
    for (const QChar c : text) {
        if (c.isSpace())
            kept += QLatin1Char(' ');
        else if (!isControlCharacter(c.unicode()) && !isBidiControl(c.unicode()))
            kept += c;
    }
    kept = kept.simplified();
    if (kept.size() <= maxLength)
        return kept;
    qsizetype cut = maxLength - 1;
    if (cut > 0 && kept.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return kept.left(cut) + QChar(0x2026);
}

QString normalisedDnsName(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace colab
