#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace colab {

// One local port per runtime name, the same every session, so an IDE's saved SSH interpreter
// (host 127.0.0.1, that port) keeps working. Kept in a small JSON file next to the tunnel store
// (common/JsonStoreFile: all or nothing, unknown fields kept, a newer version never rewritten);
// callers that change it hold the repository's lock (TunnelRepository), so two processes never
// hand one port to two names. A name keeps its port when the runtime is removed and added again.
// Where a name starts looking is decided by a random seed kept in the file (private to the user),
// so another local user cannot tell which port to take first.
class StablePorts
{
    Q_DECLARE_TR_FUNCTIONS(StablePorts)
public:
    static constexpr int kFirstPort = 22000;
    static constexpr int kLastPort = 22999;

    explicit StablePorts(QString file);

    // A missing file is an empty list with a new seed; an unreadable or damaged one, a newer
    // version's, or an entry that is not a port in the range, is an error naming it.
    bool load(QString* error);
    bool save(QString* error) const;

    int port(const QString& name) const { return m_ports.value(name, 0); }
    const QHash<QString, int>& ports() const { return m_ports; }
    // The name's port: the one it has, else the first from a start this user's seed and the name
    // decide onwards that no other name holds and `isFree` accepts. 0 when none is left.
    int assign(const QString& name, const std::function<bool(int port)>& isFree);
    // `from`'s port goes to `to` (a renamed runtime), unless `to` has one; true when it moved.
    bool rename(const QString& from, const QString& to);
    // Nothing listens on 127.0.0.1:port now (we can bind it).
    static bool isFreeOnLoopback(int port);

private:
    int firstChoice(const QString& name) const;

    QString m_file;
    QHash<QString, int> m_ports;
    QByteArray m_seed;           // hex
    QJsonObject m_unknownFields; // a newer version's, or the user's: written back as they were
};

} // namespace colab
