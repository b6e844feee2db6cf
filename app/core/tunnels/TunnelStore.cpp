#include "tunnels/TunnelStore.h"

#include "common/JsonStoreFile.h"
#include "common/Text.h"
#include "tunnels/Validation.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace colab {

namespace {
constexpr int kStoreFileVersion = 1;

// Names that start with '-' were accepted before validation refused them (a runtime called
// `--help` could only be removed with `remove -- --help`). They get the name without the dashes,
// made unique among every name in the file.
QString migratedName(const QString& name, const QSet<QString>& taken)
{
    QString base = name;
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("runtime");
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = base.left(32 - 1 - int(QString::number(n).size())) + QLatin1Char('-') + QString::number(n);
    return candidate;
}
} // namespace

TunnelStore::TunnelStore(QString file) : m_file(std::move(file)) {}

bool TunnelStore::load(QString* error)
{
    m_tunnels.clear();
    m_unknownFields = {};
    m_unknownEntryFields.clear();
    m_renamed.clear();
    const JsonStoreFile file(m_file, kStoreFileVersion);
    QJsonObject root;
    if (!file.read(&root, error))
        return false;
    const QJsonValue list = root.take(QStringLiteral("tunnels"));
    if (!list.isUndefined() && !list.isArray()) {
        *error = tr("%1: \"tunnels\" is not a list (%2); fix or move the file away.")
                     .arg(m_file, JsonStoreFile::shown(list));
        return false;
    }
    const QJsonArray array = list.toArray();
    QSet<QString> taken;
    for (const QJsonValue& value : array)
        taken.insert(value.toObject().value(QStringLiteral("name")).toString());
    QList<Tunnel> loaded;
    QHash<QString, QJsonObject> unknownEntryFields;
    QList<QPair<QString, QString>> renamed;
    for (int i = 0; i < array.size(); ++i) {
        QJsonObject object = array.at(i).toObject();
        const QJsonValue name = object.value(QStringLiteral("name"));
        const QString entry =
            name.isString() && !name.toString().isEmpty()
                ? tr("entry %1 (\"%2\")").arg(i + 1).arg(withoutControlCharacters(name.toString().left(40)))
                : tr("entry %1").arg(i + 1);
        if (name.toString().startsWith(QLatin1Char('-'))) {
            const QString newName = migratedName(name.toString(), taken);
            taken.insert(newName);
            renamed.append({name.toString(), newName});
            object.insert(QStringLiteral("name"), newName);
        }
        QString why;
        Tunnel tunnel;
        QJsonObject unknown;
        if (!array.at(i).isObject())
            why = tr("%1 is not a tunnel.").arg(JsonStoreFile::shown(array.at(i)));
        else if (Tunnel::fromJson(object, &tunnel, &why, &unknown) &&
                 std::any_of(loaded.cbegin(), loaded.cend(), [&](const Tunnel& t) { return t.name == tunnel.name; }))
            why = tr("the name \"%1\" is already used by an earlier entry.").arg(tunnel.name);
        if (!why.isEmpty()) {
            *error = file.entryError(entry, why);
            return false;
        }
        loaded.append(tunnel);
        if (!unknown.isEmpty())
            unknownEntryFields.insert(tunnel.name, unknown);
    }
    m_tunnels = loaded;
    m_unknownFields = root; // kept for whoever wrote them
    m_unknownEntryFields = unknownEntryFields;
    m_renamed = renamed;
    return true;
}

bool TunnelStore::save(QString* error) const
{
    QJsonArray array;
    for (const Tunnel& tunnel : m_tunnels)
        array.append(tunnel.toJson(m_unknownEntryFields.value(tunnel.name)));
    QJsonObject root = m_unknownFields;
    root.insert(QStringLiteral("tunnels"), array);
    return JsonStoreFile(m_file, kStoreFileVersion).write(root, error);
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
    Change change = planUpsert(m_tunnels, hostname, name, now);
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
