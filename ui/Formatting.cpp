#include "Formatting.h"

#include <QTextDocument>
#include <algorithm>

namespace colab {

QString formatMebibytes(qint64 mib)
{
    return mib >= 1024 ? QStringLiteral("%1 GiB").arg(mib / 1024.0, 0, 'f', 1) : QStringLiteral("%1 MiB").arg(mib);
}

QString plainToolTip(const QString& text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QList<Tunnel> inNameOrder(QList<Tunnel> tunnels)
{
    std::stable_sort(tunnels.begin(), tunnels.end(),
                     [](const Tunnel& a, const Tunnel& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    return tunnels;
}

QString notificationText(const QString& text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString shown = text;
    shown.replace(QLatin1Char('<'), QChar(0x2039)).replace(QLatin1Char('>'), QChar(0x203a));
    return shown.replace(QLatin1Char('&'), QChar(0xff06));
#else
    return text;
#endif
}

} // namespace colab
