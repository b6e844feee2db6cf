#pragma once

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <string>

// Readable failures: Catch2 v2 prints QString as {?} and QByteArray as a list of characters.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value)
    {
        std::string text = "\"";
        for (const char c : value) {
            if (c == '\n')
                text += "\\n";
            else if (c == '\r')
                text += "\\r";
            else if (c == '\t')
                text += "\\t";
            else if (c == '"' || c == '\\')
                text += std::string("\\") + c;
            else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                text +=
                    QStringLiteral("\\x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')).toStdString();
            else
                text += c;
        }
        return text + '"';
    }
};
} // namespace Catch
