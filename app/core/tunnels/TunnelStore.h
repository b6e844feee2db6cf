#pragma once

#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace colab {

// The list of tunnels, persisted as JSON (atomic write, owner-only). Not thread-safe and not
// locked: callers that modify it go through TunnelRepository, which holds the lock.
class TunnelStore
{
    Q_DECLARE_TR_FUNCTIONS(TunnelStore)
public:
    explicit TunnelStore(QString file);

    // All or nothing: a file this version cannot read completely (damaged JSON, an invalid entry,
    // a newer format) fails with one sentence naming the file and the entry, and leaves the list
    // empty, so that nothing is saved over data the user still has. Names that start with '-'
    // (accepted by older versions) are renamed in memory: renamed() says which, and the caller
    // saves them under its lock (TunnelRepository).
    bool load(QString* error);
    bool save(QString* error) const;

    const QList<Tunnel>& tunnels() const { return m_tunnels; }
    // Old name, new name: what load() renamed.
    const QList<QPair<QString, QString>>& renamed() const { return m_renamed; }
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
    // What upsert() would do to `tunnels`, without changing anything (previews).
    static Change planUpsert(const QList<Tunnel>& tunnels, const QString& hostname, const QString& name,
                             const QDateTime& now = {});
    bool remove(const QString& name);
    // The folder IDEs open on `name` (validated by the caller); true when it changed.
    bool setRemoteFolder(const QString& name, const QString& folder);
    // Marks `name` as an own-domain slot with Cloudflare's ids (validated by the caller); true when it changed.
    bool setCloudflareIds(const QString& name, const QString& tunnelId, const QString& accountId,
                          const QString& zoneId);

    static QString defaultNameFor(const QString& hostname);

private:
    QString m_file;
    QList<Tunnel> m_tunnels;
    // Fields this version does not know, at the top and per tunnel name: written back as they were.
    QJsonObject m_unknownFields;
    QHash<QString, QJsonObject> m_unknownEntryFields;
    QList<QPair<QString, QString>> m_renamed;
};

} // namespace colab
