#include "tunnels/TunnelStore.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "tunnels/Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace colab {

TunnelStore::TunnelStore(QString file) : m_file(std::move(file)) {}

bool TunnelStore::load(QString* error)
{
    m_tunnels.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("Cannot read %1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QObject::tr("%1 is damaged (%2); fix or move it away.").arg(m_file, parseError.errorString());
        return false;
    }
    for (const QJsonValue& value : doc.object().value(QStringLiteral("tunnels")).toArray()) {
        Tunnel tunnel;
        QString why;
        if (Tunnel::fromJson(value.toObject(), &tunnel, &why))
            m_tunnels.append(tunnel);
        else
            qCWarning(lcTunnels) << "skipping an invalid entry in" << m_file << ":" << why;
    }
    return true;
}

bool TunnelStore::save(QString* error) const
{
    AppPaths::ensurePrivateDir(QFileInfo(m_file).absolutePath());
    QJsonArray array;
    for (const Tunnel& tunnel : m_tunnels)
        array.append(tunnel.toJson());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("tunnels"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QObject::tr("Cannot write %1: %2").arg(m_file, file.errorString());
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

TunnelStore::Change TunnelStore::upsert(const QString& hostname, const QString& name, const QDateTime& now)
{
    QString target = name;
    if (target.isEmpty()) {
        if (auto existing = findByHostname(hostname))
            return {*existing, false, false, {}};
        const QString base = defaultNameFor(hostname);
        target = base;
        for (int n = 2; find(target); ++n)
            target = base.left(32 - 1 - int(QString::number(n).size())) + QLatin1Char('-') + QString::number(n);
    }
    for (Tunnel& tunnel : m_tunnels) {
        if (tunnel.name != target)
            continue;
        Change change{tunnel, false, tunnel.hostname != hostname, tunnel.hostname};
        if (change.hostnameChanged) {
            tunnel.hostname = hostname;
            tunnel.kind = Tunnel::kindForHostname(hostname);
            tunnel.updatedAt = now;
        }
        change.tunnel = tunnel;
        return change;
    }
    Tunnel tunnel{target, hostname, Tunnel::kindForHostname(hostname), now, now};
    m_tunnels.append(tunnel);
    return {tunnel, true, false, {}};
}

bool TunnelStore::remove(const QString& name)
{
    for (int i = 0; i < m_tunnels.size(); ++i) {
        if (m_tunnels.at(i).name == name) {
            m_tunnels.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace colab
