#include "common/ShellQuote.h"

namespace colab {

QString shellQuote(const QString& argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_");
    bool plain = true;
    for (QChar c : argument)
        plain = plain && safe.contains(c);
    if (plain)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellJoin(const QStringList& argv)
{
    QStringList quoted;
    for (const QString& argument : argv)
        quoted << shellQuote(argument);
    return quoted.join(QLatin1Char(' '));
}

} // namespace colab
