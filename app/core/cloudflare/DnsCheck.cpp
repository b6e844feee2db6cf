#include "cloudflare/DnsCheck.h"

#include <QJsonArray>

namespace colab {

QJsonObject DnsCheck::toJson() const
{
    QJsonObject zone;
    zone.insert(QStringLiteral("checked"), zoneChecked);
    zone.insert(QStringLiteral("found"), zoneFound);
    zone.insert(QStringLiteral("id"), zoneId);
    zone.insert(QStringLiteral("status"), zoneStatus);
    zone.insert(QStringLiteral("name_servers"), QJsonArray::fromStringList(assignedNameServers));
    return QJsonObject{{QStringLiteral("domain"), domain},
                       {QStringLiteral("ready"), ready},
                       {QStringLiteral("name_servers"), QJsonArray::fromStringList(nameServers)},
                       {QStringLiteral("on_cloudflare"), onCloudflare},
                       {QStringLiteral("zone"), zone},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

} // namespace colab
