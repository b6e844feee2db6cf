#pragma once

#include <QString>
#include <QStringList>

namespace colab::test {

// The characters in `text` that a terminal or a text layout would act on rather than show: control
// characters (ESC and its sequences, C1 such as the one-byte CSI U+009B, DEL, line breaks) and
// bidirectional overrides and isolates. Empty when `text` is inert; else "U+001B U+202E …", for the
// failure message.
inline QString activeCharacters(const QString& text)
{
    QStringList found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f ||
            (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            found << QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
    }
    return found.join(QLatin1Char(' '));
}

inline QString activeCharacters(const QByteArray& utf8)
{
    return activeCharacters(QString::fromUtf8(utf8));
}

} // namespace colab::test
