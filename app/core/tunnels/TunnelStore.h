#pragma once

#include "tunnels/Tunnel.h"

#include <QList>
#include <QString>
#include <optional>

namespace colab {

// The list of tunnels, persisted as JSON (atomic write, owner-only). Not thread-safe and not
// locked: callers that modify it go through TunnelRegistry, which holds the lock.
class TunnelStore
{
public:
    explicit TunnelStore(QString file);

    bool load(QString* error);
    bool save(QString* error) const;

    const QList<Tunnel>& tunnels() const { return m_tunnels; }
    std::optional<Tunnel> find(const QString& name) const;
    std::optional<Tunnel> findByHostname(const QString& hostname) const;

    struct Change
    {
        Tunnel tunnel;
        bool created = false;
        bool hostnameChanged = false;
        QString previousHostname;
    };
    // Adds a tunnel, or points an existing name at a new hostname. `name` empty = derive one from
    // the hostname (or reuse the tunnel that already has this hostname). Inputs must be validated.
    Change upsert(const QString& hostname, const QString& name, const QDateTime& now);
    bool remove(const QString& name);

    static QString defaultNameFor(const QString& hostname);

private:
    QString m_file;
    QList<Tunnel> m_tunnels;
};

} // namespace colab
