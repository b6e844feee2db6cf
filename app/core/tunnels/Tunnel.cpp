#include "tunnels/Tunnel.h"

#include "common/RemoteFolder.h"
#include "tunnels/Validation.h"

#include <QRegularExpression>

namespace colab {

Tunnel::Kind Tunnel::kindForHostname(const QString& hostname)
{
    return hostname.endsWith(QLatin1String(".trycloudflare.com")) ? Kind::Quick : Kind::Named;
}

QString Tunnel::kindName(Kind kind)
{
    return kind == Kind::Quick ? QStringLiteral("quick") : QStringLiteral("named");
}

namespace {
const QStringList kKnownFields = {QStringLiteral("name"),   QStringLiteral("alias"),     QStringLiteral("hostname"),
                                  QStringLiteral("kind"),   QStringLiteral("added_at"),  QStringLiteral("updated_at"),
                                  QStringLiteral("folder"), QStringLiteral("tunnel_id"), QStringLiteral("account_id"),
                                  QStringLiteral("zone_id")};
const QStringList kCloudflareIdFields = {QStringLiteral("tunnel_id"), QStringLiteral("account_id"),
                                         QStringLiteral("zone_id")};

// A timestamp field: absent is fine (older files), present must be a valid ISO date.
bool readTime(const QJsonObject& object, const QString& key, QDateTime* time, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return true;
    *time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time->isValid()) {
        *error = Tunnel::tr("\"%1\" is not a date and time.").arg(key);
        return false;
    }
    return true;
}
} // namespace

QJsonObject Tunnel::toJson(const QJsonObject& unknownFields) const
{
    QJsonObject object = unknownFields;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("alias"), alias());
    object.insert(QStringLiteral("hostname"), hostname);
    object.insert(QStringLiteral("kind"), kindName(kind));
    object.insert(QStringLiteral("added_at"), addedAt.toUTC().toString(Qt::ISODate));
    object.insert(QStringLiteral("updated_at"), updatedAt.toUTC().toString(Qt::ISODate));
    if (!remoteFolder.isEmpty())
        object.insert(QStringLiteral("folder"), remoteFolder);
    const QString ids[] = {tunnelId, accountId, zoneId};
    for (int i = 0; i < kCloudflareIdFields.size(); ++i)
        if (!ids[i].isEmpty())
            object.insert(kCloudflareIdFields.at(i), ids[i]);
    return object;
}

bool Tunnel::fromJson(const QJsonObject& object, Tunnel* tunnel, QString* error, QJsonObject* unknownFields)
{
    const auto name = validateTunnelName(object.value(QStringLiteral("name")).toString());
    const auto host = validateHostname(object.value(QStringLiteral("hostname")).toString());
    if (!name.ok() || !host.ok()) {
        *error = name.ok() ? host.error : name.error;
        return false;
    }
    tunnel->name = name.value;
    tunnel->hostname = host.value;
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (kind.isUndefined())
        tunnel->kind = kindForHostname(host.value);
    else if (kind.toString() == kindName(Kind::Quick) || kind.toString() == kindName(Kind::Named))
        tunnel->kind = kind.toString() == kindName(Kind::Named) ? Kind::Named : Kind::Quick;
    else {
        *error = tr("its kind is neither \"quick\" nor \"named\".");
        return false;
    }
    if (!readTime(object, QStringLiteral("added_at"), &tunnel->addedAt, error) ||
        !readTime(object, QStringLiteral("updated_at"), &tunnel->updatedAt, error))
        return false;
    const QJsonValue folder = object.value(QStringLiteral("folder"));
    if (!folder.isUndefined()) {
        if (!isValidRemoteFolder(folder.toString())) {
            *error = tr("its folder is not an absolute path of letters, digits, '.', '_', '-' and '/'.");
            return false;
        }
        tunnel->remoteFolder = folder.toString();
    }
    QString* ids[] = {&tunnel->tunnelId, &tunnel->accountId, &tunnel->zoneId};
    for (int i = 0; i < kCloudflareIdFields.size(); ++i) {
        const QJsonValue id = object.value(kCloudflareIdFields.at(i));
        if (id.isUndefined())
            continue;
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
        if (!idPattern.match(id.toString()).hasMatch()) {
            *error = tr("its %1 is not a Cloudflare id.").arg(kCloudflareIdFields.at(i));
            return false;
        }
        *ids[i] = id.toString();
    }
    if (unknownFields) {
        *unknownFields = object;
        for (const QString& key : kKnownFields)
            unknownFields->remove(key);
    }
    return true;
}

} // namespace colab
