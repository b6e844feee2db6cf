#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>

namespace colab {

// One local port per runtime name, the same every session, so an IDE's saved SSH interpreter
// (host 127.0.0.1, that port) keeps working. Kept in a small JSON file next to the tunnel store,
// written atomically; callers that change it hold the repository's lock (TunnelRepository), so
// two processes never hand one port to two names. A name keeps its port when the runtime is
// removed and added again.
class StablePorts
{
    Q_DECLARE_TR_FUNCTIONS(StablePorts)
public:
    static constexpr int kFirstPort = 22000;
    static constexpr int kLastPort = 22999;

    explicit StablePorts(QString file);

    // A missing file is an empty list; an unreadable or damaged one is an error.
    bool load(QString* error);
    bool save(QString* error) const;

    int port(const QString& name) const { return m_ports.value(name, 0); }
    const QHash<QString, int>& ports() const { return m_ports; }
    // The name's port: the one it has, else the first from a start the name decides (the same on
    // every machine) onwards that no other name holds and `isFree` accepts. 0 when none is left.
    int assign(const QString& name, const std::function<bool(int port)>& isFree);
    // Nothing listens on 127.0.0.1:port now (we can bind it).
    static bool isFreeOnLoopback(int port);

private:
    QString m_file;
    QHash<QString, int> m_ports;
};

} // namespace colab
