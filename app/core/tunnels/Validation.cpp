#include "tunnels/Validation.h"

#include "common/Text.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

namespace colab {

namespace {

// The translation context of these free functions.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString describe(QChar c)
{
    if (c == QLatin1Char(' '))
        return Validation::tr("a space");
    if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
        return Validation::tr("a line break");
    if (c == QLatin1Char('\t'))
        return Validation::tr("a tab");
    if (c.unicode() == 0)
        return Validation::tr("a NUL byte");
    if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) // C0, DEL, C1
        return Validation::tr("a control character (U+%1)").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    if (c.unicode() > 0x7f) // shown as itself, unless it would reorder the message (a bidi override)
        return Validation::tr("the non-ASCII character '%1' (U+%2)")
            .arg(withoutControlCharacters(QString(c)))
            .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(c);
}

bool isLabelChar(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-';
}

} // namespace

Validated validateHostname(const QString& input)
{
    if (input.isEmpty())
        return {{}, Validation::tr("The hostname is empty.")};
    QString host = input;
    for (QChar c : host) {
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return {{},
                    Validation::tr("The hostname \"%1\" contains %2; only letters, digits, '-' and '.' are allowed.")
                        .arg(inertNetworkText(input, 80), describe(c))};
    }
    host = host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.size() > 253)
        return {{}, Validation::tr("The hostname is longer than 253 characters.")};
    if (!QHostAddress(host).isNull())
        return {{}, Validation::tr("\"%1\" is an IP address; a tunnel needs its hostname.").arg(host)};
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return {{},
                Validation::tr("\"%1\" is not a full hostname (expected something like "
                               "words.trycloudflare.com).")
                    .arg(host)};
    for (const QString& label : labels) {
        if (label.isEmpty())
            return {{}, Validation::tr("The hostname \"%1\" has an empty label (two dots in a row).").arg(host)};
        if (label.size() > 63)
            return {{}, Validation::tr("The hostname \"%1\" has a label longer than 63 characters.").arg(host)};
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return {{}, Validation::tr("The hostname \"%1\" has a label that starts or ends with '-'.").arg(host)};
        for (QChar c : label)
            if (!isLabelChar(c))
                return {{}, Validation::tr("The hostname \"%1\" contains %2.").arg(host, describe(c))};
    }
    bool allDigitsTld = true;
    for (QChar c : labels.last())
        allDigitsTld = allDigitsTld && c.isDigit();
    if (allDigitsTld)
        return {{}, Validation::tr("\"%1\" looks like an IP address; a tunnel needs its hostname.").arg(host)};
    return {host, {}};
}

Validated validateTunnelName(const QString& input)
{
    if (input.isEmpty())
        return {{}, Validation::tr("The name is empty.")};
    if (input.size() > 32)
        return {{}, Validation::tr("The name \"%1\" is longer than 32 characters.").arg(inertNetworkText(input, 40))};
    for (QChar c : input)
        if (!isLabelChar(c))
            return {
                {},
                Validation::tr("The name contains %1; use lower-case letters, digits and '-' only.").arg(describe(c))};
    // A command line would read it as an option (`remove --help`).
    if (input.startsWith(QLatin1Char('-')))
        return {{}, Validation::tr("The name \"%1\" starts with '-'; start it with a letter or a digit.").arg(input)};
    return {input, {}};
}

QString nameFromLabel(const QString& label)
{
    QString name;
    for (QChar c : label.toLower())
        name += isLabelChar(c) ? c : QLatin1Char('-');
    name = name.left(32);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name;
}

} // namespace colab
