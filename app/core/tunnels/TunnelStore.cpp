#include "tunnels/TunnelStore.h"

#include "common/AppPaths.h"
#include "common/Text.h"
#include "tunnels/Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace colab {

namespace {
constexpr int kStoreFileVersion = 1;

// A JSON value as it appears in the file, shortened.
QString shown(const QJsonValue& value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return withoutControlCharacters(text.size() > 40 ? text.left(37) + QStringLiteral("...") : text);
}
} // namespace

TunnelStore::TunnelStore(QString file) : m_file(std::move(file)) {}

bool TunnelStore::load(QString* error)
{
    m_tunnels.clear();
    m_unknownFields = {};
    m_unknownEntryFields.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1 is damaged (%2); fix or move it away.").arg(m_file, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && !(version.isDouble() && version.toDouble() == kStoreFileVersion)) {
        if (version.isDouble() && version.toDouble() > kStoreFileVersion)
            *error =
                tr("%1 was written by a newer Colab Tunnel (version %2); update the app.").arg(m_file, shown(version));
        else
            *error = tr("%1 has an unknown version (%2); fix or move it away.").arg(m_file, shown(version));
        return false;
    }
    const QJsonValue list = root.value(QStringLiteral("tunnels"));
    if (!list.isUndefined() && !list.isArray()) {
        *error = tr("%1: \"tunnels\" is not a list (%2); fix or move the file away.").arg(m_file, shown(list));
        return false;
    }
    const QJsonArray array = list.toArray();
    m_unknownFields = root;
    m_unknownFields.remove(QStringLiteral("version"));
    m_unknownFields.remove(QStringLiteral("tunnels"));
    QList<Tunnel> loaded;
    QHash<QString, QJsonObject> unknownEntryFields;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const QJsonValue name = value.toObject().value(QStringLiteral("name"));
        const QString entry =
            name.isString() && !name.toString().isEmpty()
                ? tr("entry %1 (\"%2\")").arg(i + 1).arg(withoutControlCharacters(name.toString().left(40)))
                : tr("entry %1").arg(i + 1);
        QString why;
        Tunnel tunnel;
        QJsonObject unknown;
        if (!value.isObject())
            why = tr("%1 is not a tunnel.").arg(shown(value));
        else if (Tunnel::fromJson(value.toObject(), &tunnel, &why, &unknown) &&
                 std::any_of(loaded.cbegin(), loaded.cend(), [&](const Tunnel& t) { return t.name == tunnel.name; }))
            why = tr("the name \"%1\" is already used by an earlier entry.").arg(tunnel.name);
        if (!why.isEmpty()) {
            *error = withoutControlCharacters(
                tr("%1: %2: %3 Fix or remove that entry, then try again.").arg(m_file, entry, why));
            return false;
        }
        loaded.append(tunnel);
        if (!unknown.isEmpty())
            unknownEntryFields.insert(tunnel.name, unknown);
    }
    m_tunnels = loaded;
    m_unknownEntryFields = unknownEntryFields;
    return true;
}

bool TunnelStore::save(QString* error) const
{
    AppPaths::ensurePrivateDir(QFileInfo(m_file).absolutePath());
    QJsonArray array;
    for (const Tunnel& tunnel : m_tunnels)
        array.append(tunnel.toJson(m_unknownEntryFields.value(tunnel.name)));
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject root = m_unknownFields; // kept for whoever wrote them
    root.insert(QStringLiteral("version"), kStoreFileVersion);
    root.insert(QStringLiteral("tunnels"), array);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

std::optional<Tunnel> TunnelStore::find(const QString& name) const
{
    for (const Tunnel& tunnel : m_tunnels)
        if (tunnel.name == name)
            return tunnel;
    return std::nullopt;
}

std::optional<Tunnel> TunnelStore::findByHostname(const QString& hostname) const
{
    for (const Tunnel& tunnel : m_tunnels)
        if (tunnel.hostname == hostname)
            return tunnel;
    return std::nullopt;
}

QString TunnelStore::defaultNameFor(const QString& hostname)
{
    QString label = hostname.section(QLatin1Char('.'), 0, 0);
    // Own-domain slots are already called colab-N; avoid the alias colab-colab-N.
    if (label.startsWith(QLatin1String("colab-")) && label.size() > 6)
        label = label.mid(6);
    const QString name = nameFromLabel(label);
    return name.isEmpty() ? QStringLiteral("runtime") : name;
}

TunnelStore::Change TunnelStore::planUpsert(const QList<Tunnel>& tunnels, const QString& hostname, const QString& name,
                                            const QDateTime& now)
{
    const auto named = [&](const QString& wanted) {
        return std::find_if(tunnels.cbegin(), tunnels.cend(), [&](const Tunnel& t) { return t.name == wanted; });
    };
    QString target = name;
    if (target.isEmpty()) {
        for (const Tunnel& tunnel : tunnels)
            if (tunnel.hostname == hostname)
                return {tunnel, false, false, tunnel.hostname};
        const QString base = defaultNameFor(hostname);
        target = base;
        for (int n = 2; named(target) != tunnels.cend(); ++n)
            target = base.left(32 - 1 - int(QString::number(n).size())) + QLatin1Char('-') + QString::number(n);
    }
    const auto existing = named(target);
    if (existing == tunnels.cend())
        return {Tunnel{target, hostname, Tunnel::kindForHostname(hostname), now, now}, true, false, {}};
    Change change{*existing, false, existing->hostname != hostname, existing->hostname};
    if (change.hostnameChanged) {
        change.tunnel.hostname = hostname;
        change.tunnel.kind = Tunnel::kindForHostname(hostname);
        change.tunnel.updatedAt = now;
    }
    return change;
}

TunnelStore::Change TunnelStore::upsert(const QString& hostname, const QString& name, const QDateTime& now)
{
    const Change change = planUpsert(m_tunnels, hostname, name, now);
    if (change.created) {
        m_tunnels.append(change.tunnel);
    } else if (change.hostnameChanged) {
        for (Tunnel& tunnel : m_tunnels)
            if (tunnel.name == change.tunnel.name)
                tunnel = change.tunnel;
    }
    return change;
}

bool TunnelStore::setRemoteFolder(const QString& name, const QString& folder)
{
    for (Tunnel& tunnel : m_tunnels) {
        if (tunnel.name == name && tunnel.remoteFolder != folder) {
            tunnel.remoteFolder = folder;
            return true;
        }
    }
    return false;
}

bool TunnelStore::setCloudflareIds(const QString& name, const QString& tunnelId, const QString& accountId,
                                   const QString& zoneId)
{
    for (Tunnel& tunnel : m_tunnels) {
        if (tunnel.name != name)
            continue;
        if (tunnel.tunnelId == tunnelId && tunnel.accountId == accountId && tunnel.zoneId == zoneId)
            return false;
        tunnel.tunnelId = tunnelId;
        tunnel.accountId = accountId;
        tunnel.zoneId = zoneId;
        return true;
    }
    return false;
}

bool TunnelStore::remove(const QString& name)
{
    for (int i = 0; i < m_tunnels.size(); ++i) {
        if (m_tunnels.at(i).name == name) {
            m_tunnels.removeAt(i);
            m_unknownEntryFields.remove(name); // they went with the tunnel the user removed
            return true;
        }
    }
    return false;
}

} // namespace colab
