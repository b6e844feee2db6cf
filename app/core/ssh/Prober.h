#pragma once

#include "ssh/ProbeResult.h"
#include "ssh/SshSession.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>

namespace colab {

// One probe of one runtime, blocking: run it on a worker thread (ProbeSetup::run on TunnelMonitor's pool,
// the doctor's step threads, watch's first-probe thread), never on Qt's global pool.
// Through `cloudflared access ssh` it reads the banner, checks the host key against the tunnel's
// known-hosts file (trust on first use; a changed key is an alarm and no password is sent),
// authenticates (the app's key, then the password), installs the app's key after a password
// login, and reads the runtime's facts.
class Prober
{
    Q_DECLARE_TR_FUNCTIONS(Prober)
public:
    enum class Depth { Banner, Full };

    // The links a probe goes through, reported one by one to Options::onStage (the doctor).
    enum class Stage { Connect, HostKey, Auth, Facts };
    struct StageReport
    {
        Stage stage = Stage::Connect;
        bool ok = false;
        bool firstUse = false;               // HostKey: not pinned before, recorded now (trust on first use)
        SshSession* session = nullptr;       // as it stands: banner, host key, proxy's stderr, error
        const ProbeResult* result = nullptr; // so far; when !ok its state and message say why
    };

    struct Options
    {
        QStringList proxyCommand; // argv joined to the runtime's sshd (providers/: its route)
        QString knownHostsFile;   // the tunnel's own
        QString privateKeyFile;   // the app's key (may not exist yet)
        QString publicKeyLine;    // installed after a password login; empty = do not install
        QString password;         // empty = key only, unless passwordOnDemand gives one
        // When set and `password` is empty, called on the probe's thread once the app's key is
        // refused; it may block until the keychain answers. Returns the password or empty.
        std::function<QString()> passwordOnDemand = {};
        int connectTimeoutMs = 20000;
        int commandTimeoutMs = 15000;
        Depth depth = Depth::Full;
        // Cancelling it (from any thread) ends the probe at once: state Unknown, nothing more sent.
        std::shared_ptr<CancelToken> cancel;
        // When set, a full probe that ends online hands its authenticated session over here
        // instead of closing it (no second login for the live session).
        std::unique_ptr<SshSession>* keepSession = nullptr;
        // When set, called on the probe's thread as each stage ends (not after a cancel).
        std::function<void(const StageReport&)> onStage = {};
    };

    static ProbeResult probe(const Tunnel& tunnel, const Options& options);

    // The plain-words explanation of what cloudflared printed / libssh reported.
    static QString explainConnectFailure(const QByteArray& proxyStderr, const QString& sshError, bool proxyStarted,
                                         ProbeResult::State* state);
};

} // namespace colab
