#pragma once

#include "sshconfig/SshConfigBlock.h"
#include "tunnels/TunnelStore.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace colab {

// The one path by which tunnels are added, renamed to a new hostname, or removed, for the CLI and
// the GUI alike. It validates input, holds a lock across processes, and keeps the store and the
// managed ssh config block in step.
class TunnelRepository
{
public:
    struct Result
    {
        enum class Status { Ok, Rejected, Failed };
        Status status = Status::Ok;
        QString message; // one plain sentence for Rejected/Failed
        TunnelStore::Change change;
        bool ok() const { return status == Status::Ok; }
    };

    // A named tunnel's identity at Cloudflare, kept with it for its live status.
    struct CloudflareIds
    {
        QString tunnelId;
        QString accountId;
        QString zoneId;
        bool isEmpty() const { return tunnelId.isEmpty(); }
    };

    // `cloudflaredPath`: an explicit choice (command line / settings); empty = locate it.
    explicit TunnelRepository(QString cloudflaredPath = {});

    // `ids`: a slot just created at Cloudflare (its hostname is `text`), stored under the same lock.
    Result add(const QString& text, const QString& name, const CloudflareIds& ids = {});
    Result remove(const QString& name);
    // Gives every stored runtime that has none its stable local port (ide/StablePorts); add() does
    // it for the runtime it adds. False with a message when the ports file cannot be updated.
    bool assignLocalPorts(QString* error);
    // Re-writes the ssh config block from the store (e.g. after the app's key was created).
    Result syncSshConfig();
    // Also saves the renaming of names that start with '-' (TunnelStore::load) when it can.
    bool load(QList<Tunnel>* tunnels, QString* error);
    // The stable local port of runtime `name` (PyCharm's saved interpreter uses 127.0.0.1:PORT while
    // the app runs); 0 when it has none. False with a message when the ports file is unreadable.
    static bool localPorts(QHash<QString, int>* portsByName, const QList<Tunnel>& tunnels, QString* error);
    // The user's ssh config file, which holds the managed block.
    static QString sshConfigFile();
    // The managed block of ~/.ssh/config as it stands, line by line; empty when there is none.
    static QStringList managedBlock();

    // What the block for `tunnels` is rendered with; false when a runtime's program (its provider's:
    // cloudflared) cannot be found.
    bool blockSettings(const QList<Tunnel>& tunnels, SshConfigBlock::Settings* settings, QString* error) const;
    // Why a runtime at `hostname` could not be reached from here (its provider's program is
    // missing); empty when it can. Checked before anything is made or written.
    QString programProblem(const QString& hostname) const;
    static QString knownHostsFile(const QString& tunnelName);

private:
    Result writeConfig(const QList<Tunnel>& tunnels);
    // Under the lock: writes what TunnelStore::load renamed, and moves the old names' files.
    Result saveRenamed(const TunnelStore& store);

    QString m_cloudflaredPath;
};

} // namespace colab
