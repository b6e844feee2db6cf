#include "ssh/Prober.h"

#include "common/Logging.h"
#include "secrets/SecretMemory.h"
#include "ssh/ProxyProcess.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>

namespace colab {

namespace {
using State = ProbeResult::State;

// Adds the key once; ~/.ssh 0700, authorized_keys 0600. The key arrives on stdin, not in argv.
const QString kInstallKey = QStringLiteral(
    "umask 077; mkdir -p \"$HOME/.ssh\" && chmod 700 \"$HOME/.ssh\" && touch \"$HOME/.ssh/authorized_keys\" && "
    "chmod 600 \"$HOME/.ssh/authorized_keys\" && IFS= read -r key && "
    "{ grep -qxF \"$key\" \"$HOME/.ssh/authorized_keys\" || printf '%s\\n' \"$key\" >> \"$HOME/.ssh/authorized_keys\"; "
    "}");
} // namespace

QString Prober::explainConnectFailure(const QByteArray& proxyStderr, const QString& sshError, bool proxyStarted,
                                      State* state)
{
    *state = State::Offline;
    if (!proxyStarted) {
        *state = State::Error;
        return tr("cloudflared could not be started (%1). Install it or choose its location in the settings.")
            .arg(sshError);
    }
    if (proxyStderr.contains("websocket: bad handshake") || proxyStderr.contains("1033") || proxyStderr.contains("530"))
        return tr("The runtime is not reachable: it stopped, or its quick tunnel is still starting (that "
                  "can take a minute). Re-run the Colab cell if it does not come back.");
    if (sshError.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
        return tr("The runtime did not answer in time. Check your network, then that the Colab cell is "
                  "still running.");
    if (proxyStderr.contains("no such host") || proxyStderr.contains("failed to resolve"))
        return tr("The hostname does not resolve: the tunnel is gone. Add the runtime's new hostname.");
    return tr("The connection closed before the runtime's SSH server answered (%1). The runtime may have "
              "stopped, or sshd is not running in it.")
        .arg(sshError.isEmpty() ? tr("no details") : sshError);
}

ProbeResult Prober::probe(const Tunnel& tunnel, const Options& options)
{
    ProbeResult result;
    result.name = tunnel.name;
    QElapsedTimer timer;
    timer.start();

    SshEndpoint endpoint;
    endpoint.host = tunnel.hostname;
    endpoint.port = 22;
    endpoint.user = QStringLiteral("root");
    endpoint.proxyCommand = options.proxyCommand;
    endpoint.knownHostsFile = options.knownHostsFile;
    endpoint.timeoutMs = options.connectTimeoutMs;

    const auto cancelled = [&] {
        if (!options.cancel || !options.cancel->isCancelled())
            return false;
        result.state = State::Unknown;
        result.message = tr("The check was cancelled.");
        return true;
    };
    auto owned = std::make_unique<SshSession>();
    SshSession& session = *owned;
    const auto report = [&](Stage stage, bool ok, bool firstUse = false) {
        if (options.onStage)
            options.onStage(StageReport{stage, ok, firstUse, &session, &result});
    };
    session.setCancelToken(options.cancel);
    if (!session.connect(endpoint)) {
        if (cancelled())
            return result;
        const bool proxyStarted = !session.errorString().contains(QLatin1String("not found")) &&
                                  !session.errorString().contains(QLatin1String("not executable"));
        result.message =
            explainConnectFailure(session.proxyStderr(), session.errorString(), proxyStarted, &result.state);
        qCDebug(lcSsh) << tunnel.name << "offline:" << session.errorString();
        report(Stage::Connect, false);
        return result;
    }
    report(Stage::Connect, true);
    result.hostKeySha256 = session.hostKeySha256();
    const SshSession::HostKeyStatus hostKey = session.checkHostKey();
    switch (hostKey) {
    case SshSession::HostKeyStatus::Trusted:
        break;
    case SshSession::HostKeyStatus::Unknown:
        // Trust on first use only counts if the key is on disk: otherwise the next connection
        // could not tell this runtime from an impostor, so no credential goes out.
        if (!session.trustHostKey()) {
            qCWarning(lcSsh) << "cannot record the host key of" << tunnel.hostname << ":" << session.errorString();
            result.state = State::Error;
            result.message = tr("Cannot record the host key of %1 in %2 (%3), so nothing was sent. Make sure that "
                                "folder is writable and the disk is not full, then check again.")
                                 .arg(tunnel.hostname, options.knownHostsFile, session.errorString());
            report(Stage::HostKey, false);
            return result;
        }
        break;
    case SshSession::HostKeyStatus::Changed:
        result.state = State::HostKeyChanged;
        // A slot's runtimes all present the slot's own key: a different one is a cell run with an old
        // secret, or an impostor. Removing and re-adding would only turn the slot into a plain runtime.
        result.message =
            tunnel.tunnelId.isEmpty()
                ? tr("The host key of %1 changed (now %2) although the hostname did not. Someone may "
                     "be intercepting the connection; nothing was sent. If you restarted the runtime "
                     "under the same hostname, remove and re-add it.")
                      .arg(tunnel.hostname, result.hostKeySha256)
                : tr("The runtime behind the slot %1 did not present the slot's own host key (it presented %2); "
                     "nothing was sent. If its Colab cell ran with a secret from before the slot had its own host "
                     "key, run colab-tunnel slot add %3 --domain %4 (or the setup wizard) once, put the new value "
                     "of colab-tunnel slot token %3 in the notebook's COLAB_TUNNEL_TOKEN secret and run the cell "
                     "again. Otherwise someone may be intercepting the connection.")
                      .arg(tunnel.hostname, result.hostKeySha256, tunnel.name,
                           tunnel.hostname.section(QLatin1Char('.'), 1));
        report(Stage::HostKey, false);
        return result;
    case SshSession::HostKeyStatus::Error:
        result.state = State::Error;
        result.message = tr("Cannot read the known-hosts file %1.").arg(options.knownHostsFile);
        report(Stage::HostKey, false);
        return result;
    }
    report(Stage::HostKey, true, hostKey == SshSession::HostKeyStatus::Unknown);

    if (options.depth == Depth::Banner) {
        result.state = State::Online;
        result.latencyMs = timer.elapsed();
        result.message = tr("The runtime answers (%1).").arg(session.serverBanner());
        return result;
    }

    SshSession::AuthResult auth = SshSession::AuthResult::Denied;
    if (!options.privateKeyFile.isEmpty() && QFile::exists(options.privateKeyFile))
        auth = session.authenticateWithKey(options.privateKeyFile);
    QString askedPassword; // from passwordOnDemand: this probe's own copy
    const auto wipeAsked = qScopeGuard([&askedPassword] { wipeSecret(askedPassword); });
    const QString* password = &options.password;
    // Also when the key could not be used at all (a damaged key file): the password may still work.
    if (auth != SshSession::AuthResult::Success && password->isEmpty() && options.passwordOnDemand && !cancelled()) {
        askedPassword = options.passwordOnDemand();
        password = &askedPassword;
    }
    if (auth != SshSession::AuthResult::Success && !password->isEmpty()) {
        auth = session.authenticateWithPassword(*password);
        result.passwordWasUsed = auth == SshSession::AuthResult::Success;
    }
    if (cancelled())
        return result;
    if (auth == SshSession::AuthResult::Error) {
        result.message = explainConnectFailure(session.proxyStderr(), session.errorString(), true, &result.state);
        report(Stage::Auth, false);
        return result;
    }
    if (auth != SshSession::AuthResult::Success && password->isEmpty()) {
        // Nothing was refused: the first login needs the password, and none is stored yet.
        result.state = State::PasswordNeeded;
        result.message = tr("The first login needs the SSH password your Colab cell set (after it, the app's key "
                            "is used). Set it with Set password…, or: colab-tunnel password set");
        report(Stage::Auth, false);
        return result;
    }
    if (auth != SshSession::AuthResult::Success) {
        result.state = State::AuthFailed;
        result.message = tr("The runtime refused the password. Check it matches the one in the Colab cell, then "
                            "set it again; it will not be retried until you do.");
        report(Stage::Auth, false);
        return result;
    }
    report(Stage::Auth, true);

    if (result.passwordWasUsed && !options.publicKeyLine.isEmpty()) {
        const ExecResult installed =
            session.exec(kInstallKey, options.commandTimeoutMs, options.publicKeyLine.toUtf8() + '\n');
        result.keyInstalled = installed.ok && installed.exitStatus == 0;
        if (!result.keyInstalled)
            qCWarning(lcSsh) << "could not install the app's key on" << tunnel.name << installed.error;
    }

    const ExecResult facts = session.exec(RuntimeFacts::command(), options.commandTimeoutMs);
    if (cancelled())
        return result;
    if (!facts.ok) {
        State state;
        result.message = explainConnectFailure(session.proxyStderr(), facts.error, true, &state);
        result.state = State::Offline;
        report(Stage::Facts, false);
        return result;
    }
    result.latencyMs = timer.elapsed();
    result.runtime = RuntimeFacts::parse(facts.out);
    result.state = State::Online;
    result.message = tr("Online · %1").arg(result.runtime->gpuSummary());
    report(Stage::Facts, true);
    if (options.keepSession)
        *options.keepSession = std::move(owned); // logged in: the live sampler continues on it
    return result;
}

} // namespace colab
