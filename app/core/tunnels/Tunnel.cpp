#include "tunnels/Tunnel.h"

#include "tunnels/Validation.h"

namespace colab {

Tunnel::Kind Tunnel::kindForHostname(const QString& hostname)
{
    return hostname.endsWith(QLatin1String(".trycloudflare.com")) ? Kind::Quick : Kind::Named;
}

QString Tunnel::kindName(Kind kind)
{
    return kind == Kind::Quick ? QStringLiteral("quick") : QStringLiteral("named");
}

QJsonObject Tunnel::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("alias"), alias()},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("added_at"), addedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODate)},
    };
}

bool Tunnel::fromJson(const QJsonObject& object, Tunnel* tunnel, QString* error)
{
    const auto name = validateTunnelName(object.value(QStringLiteral("name")).toString());
    const auto host = validateHostname(object.value(QStringLiteral("hostname")).toString());
    if (!name.ok() || !host.ok()) {
        *error = name.ok() ? host.error : name.error;
        return false;
    }
    tunnel->name = name.value;
    tunnel->hostname = host.value;
    tunnel->kind =
        object.value(QStringLiteral("kind")).toString() == QLatin1String("named") ? Kind::Named : Kind::Quick;
    tunnel->addedAt = QDateTime::fromString(object.value(QStringLiteral("added_at")).toString(), Qt::ISODate);
    tunnel->updatedAt = QDateTime::fromString(object.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    return true;
}

} // namespace colab
