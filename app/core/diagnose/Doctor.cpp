#include "diagnose/Doctor.h"

#include "cloudflare/CloudflareApi.h"
#include "cloudflare/CloudflareCredentials.h"
#include "cloudflare/CloudflaredCheck.h"
#include "cloudflare/CloudflaredLocator.h"
#include "cloudflare/DnsChecker.h"
#include "cloudflare/NamedTunnelStatus.h"
#include "colab/RuntimeSsh.h"
#include "common/Text.h"
#include "providers/RuntimeProvider.h"
#include "secrets/SecretMemory.h"
#include "ssh/LibsshThread.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>
#include <QUrlQuery>

namespace colab {

namespace {
using Outcome = StepResult::Outcome;

const QStringList kSshSteps = {QLatin1String(StepResult::kReachable), QLatin1String(StepResult::kBanner),
                               QLatin1String(StepResult::kHostKey), QLatin1String(StepResult::kAuth),
                               QLatin1String(StepResult::kGpu)};

// Why no GPU shows: nvidia-smi missing (a CPU runtime, or not on PATH although a GPU device is
// there) or failing (over SSH, usually the CUDA variables the notebook has and sessions lack).
const QString kGpuCheck = QStringLiteral(
    "export PATH=\"$PATH:/usr/local/bin:/usr/local/nvidia/bin:/usr/local/cuda/bin\"; "
    "if command -v nvidia-smi >/dev/null 2>&1; then t=; command -v timeout >/dev/null 2>&1 && t='timeout 5'; "
    "out=$($t nvidia-smi -L 2>&1); echo \"@rc $?\"; printf '%s\\n' \"$out\" | head -n 3; "
    "else echo '@missing'; ls /dev/nvidia0 2>/dev/null; fi");

QString domainOf(const QString& hostname)
{
    return hostname.section(QLatin1Char('.'), 1);
}

// The app's Colab cell for this runtime, for fixes that say "re-run the cell".
QString cellCommand(const Tunnel& tunnel)
{
    return tunnel.kind == Tunnel::Kind::Named
               ? QStringLiteral("colab-tunnel cell --mode named --name %1").arg(tunnel.name)
               : QStringLiteral("colab-tunnel cell");
}
} // namespace

Doctor::Doctor(QObject* parent) : QObject(parent) {}

Doctor::~Doctor()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
    for (const QPointer<QThread>& worker : std::as_const(m_workers))
        if (worker)
            worker->wait();
    for (Runtime& runtime : m_config.runtimes)
        wipeSecret(runtime.probe.password); // our own copies (start() made them)
}

void Doctor::start(Config config)
{
    if (m_running)
        cancel();
    ++m_generation;
    for (Runtime& runtime : m_config.runtimes)
        wipeSecret(runtime.probe.password);
    m_config = std::move(config);
    for (Runtime& runtime : m_config.runtimes)
        runtime.probe.password = copySecret(runtime.probe.password); // never wipe the caller's buffer
    m_results.clear();
    m_blockedRuntimes.clear();
    m_machineBlocked = false;
    m_namedBlocked = false;
    m_cancelled = false;
    m_running = true;
    m_cancel = std::make_shared<CancelToken>();
    m_credentialsLoaded = false;
    m_loginState = 0;
    plan();
    m_stepClock.start();
    QMetaObject::invokeMethod(
        this, [this, generation = m_generation] { generation == m_generation ? runNext() : void(); },
        Qt::QueuedConnection);
}

void Doctor::plan()
{
    m_plan.clear();
    m_plan.append({QLatin1String(StepResult::kCloudflared), -1});
    bool anyNamed = false;
    for (const Runtime& runtime : std::as_const(m_config.runtimes))
        anyNamed = anyNamed || (runtime.tunnel.kind == Tunnel::Kind::Named && !runtime.tunnel.tunnelId.isEmpty());
    if (m_config.machineWide) {
        if (m_config.keychainChecked)
            m_plan.append({QLatin1String(StepResult::kKeychain), -1});
        if (anyNamed)
            m_plan.append({QLatin1String(StepResult::kLogin), -1});
    }
    for (int i = 0; i < m_config.runtimes.size(); ++i) {
        const Tunnel& tunnel = m_config.runtimes.at(i).tunnel;
        if (tunnel.kind == Tunnel::Kind::Named) {
            m_plan.append({QLatin1String(StepResult::kDns), i});
            if (!m_config.machineWide)
                m_plan.append({QLatin1String(StepResult::kLogin), i});
            m_plan.append({QLatin1String(StepResult::kTunnelStatus), i});
        }
        for (const QString& id : kSshSteps)
            m_plan.append({id, i});
    }
}

QString Doctor::runtimeName(int index) const
{
    return index >= 0 && index < m_config.runtimes.size() ? m_config.runtimes.at(index).tunnel.name : QString();
}

bool Doctor::blocked(int runtime) const
{
    if (m_machineBlocked)
        return true;
    if (runtime < 0)
        return false;
    if (m_blockedRuntimes.contains(runtime))
        return true;
    const Tunnel& tunnel = m_config.runtimes.at(runtime).tunnel;
    return m_namedBlocked && tunnel.kind == Tunnel::Kind::Named && !tunnel.tunnelId.isEmpty();
}

StepResult Doctor::make(const QString& id, int runtime, Outcome outcome, const QString& detail,
                        const QString& fix) const
{
    StepResult step;
    step.id = id;
    step.runtime = runtimeName(runtime);
    step.outcome = outcome;
    step.title = StepResult::titleFor(id);
    step.detail = detail;
    step.fix = fix;
    return step;
}

void Doctor::runNext()
{
    while (m_running && !m_plan.isEmpty()) {
        const Planned next = m_plan.first();
        if (!blocked(next.runtime))
            break;
        finishStep(make(next.id, next.runtime, Outcome::Skipped, tr("Not checked: an earlier link is broken.")));
    }
    if (!m_running)
        return;
    if (m_plan.isEmpty()) {
        complete();
        return;
    }
    const Planned next = m_plan.first();
    m_stepClock.restart();
    if (next.id == QLatin1String(StepResult::kCloudflared))
        checkCloudflared();
    else if (next.id == QLatin1String(StepResult::kKeychain))
        checkKeychain();
    else if (next.id == QLatin1String(StepResult::kLogin))
        checkLogin();
    else if (next.id == QLatin1String(StepResult::kDns))
        checkDns(next.runtime);
    else if (next.id == QLatin1String(StepResult::kTunnelStatus))
        checkTunnelStatus(next.runtime);
    else
        checkSsh(next.runtime);
}

void Doctor::finishStep(StepResult step)
{
    int runtime = -1;
    for (int i = 0; i < m_plan.size(); ++i) {
        if (m_plan.at(i).id == step.id && runtimeName(m_plan.at(i).runtime) == step.runtime) {
            runtime = m_plan.at(i).runtime;
            m_plan.removeAt(i);
            break;
        }
    }
    if (step.outcome != Outcome::Skipped && step.elapsedMs == 0)
        step.elapsedMs = m_stepClock.restart();
    if (step.outcome == Outcome::Failed) {
        if (runtime >= 0)
            m_blockedRuntimes.insert(runtime);
        else if (step.id == QLatin1String(StepResult::kLogin))
            m_namedBlocked = true;
        else if (step.id == QLatin1String(StepResult::kCloudflared))
            m_machineBlocked = true;
    }
    m_results.append(step);
    emit stepFinished(step);
}

void Doctor::skipRest(const QString& why)
{
    while (!m_plan.isEmpty()) {
        const Planned next = m_plan.first();
        finishStep(make(next.id, next.runtime, Outcome::Skipped, why));
    }
}

void Doctor::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_cancelled = true;
    if (m_cancel)
        m_cancel->cancel();
    skipRest(tr("Not checked: the check was cancelled."));
    complete();
}

void Doctor::complete()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_api) {
        m_api->deleteLater(); // wipes its copy of the token
        m_api = nullptr;
    }
    emit finished(ok());
}

bool Doctor::ok() const
{
    if (m_cancelled || m_results.isEmpty())
        return false;
    for (const StepResult& step : m_results)
        if (step.outcome == Outcome::Failed)
            return false;
    return true;
}

void Doctor::inWorker(std::function<void()> work)
{
    QThread* thread = QThread::create([work = std::move(work)] {
        const LibsshThreadScope libssh; // steps probe over SSH
        work();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers.append(thread);
    thread->start();
}

void Doctor::post(int generation, std::function<void()> call)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, call = std::move(call)] {
            if (generation == m_generation && m_running)
                call();
        },
        Qt::QueuedConnection);
}

// --- cloudflared and the keychain

void Doctor::checkCloudflared()
{
    const QString chosen = m_config.cloudflaredPath;
    inWorker([this, chosen, generation = m_generation] {
        const CloudflaredCheck check = CloudflaredCheck::run(chosen);
        post(generation, [this, check] {
            const QString id = QLatin1String(StepResult::kCloudflared);
            if (!check.found) {
                finishStep(make(id, -1, Outcome::Failed, check.problem,
                                tr("Install cloudflared (%1), or choose its location in the settings or with "
                                   "--cloudflared PATH.")
                                    .arg(check.installCommand.isEmpty() ? CloudflaredLocator::installHint()
                                                                        : check.installCommand)));
            } else if (check.version.isEmpty()) {
                finishStep(make(id, -1, Outcome::Failed,
                                check.problem.isEmpty()
                                    ? tr("%1 does not answer to --version.").arg(QDir::toNativeSeparators(check.path))
                                    : check.problem,
                                tr("Install cloudflared again (%1).").arg(check.installCommand)));
            } else {
                m_cloudflared = check.path;
                QString detail = tr("Found %1, version %2.").arg(QDir::toNativeSeparators(check.path), check.version);
                if (check.path.contains(QLatin1Char(' ')))
                    detail += QLatin1Char(' ') + tr("Its path has spaces: the app quotes it in ~/.ssh/config; a "
                                                    "ProxyCommand of your own must quote it too.");
                if (check.tooOld)
                    finishStep(
                        make(id, -1, Outcome::Warning,
                             detail + QLatin1Char(' ') + tr("It is more than a year old; Cloudflare may refuse it."),
                             check.updateHint));
                else
                    finishStep(make(id, -1, Outcome::Passed, detail));
            }
            runNext();
        });
    });
}

void Doctor::checkKeychain()
{
    const QString id = QLatin1String(StepResult::kKeychain);
    const QString fix = tr("Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or keep the "
                           "password for this session in the app (Set password…). The app's key works without it "
                           "once it is installed on the runtime.");
    switch (m_config.keychainStatus) {
    case SecretStore::Status::Ok:
        finishStep(make(id, -1, Outcome::Passed, tr("The keychain answers and holds the SSH password.")));
        break;
    case SecretStore::Status::NotFound:
        finishStep(make(id, -1, Outcome::Passed,
                        tr("The keychain answers; no SSH password is stored (the app's key is used).")));
        break;
    case SecretStore::Status::NoKeychain:
        finishStep(make(
            id, -1, Outcome::Warning,
            tr("No keychain: the SSH password cannot be stored. %1").arg(m_config.keychainMessage).trimmed(), fix));
        break;
    case SecretStore::Status::AccessDenied:
        finishStep(make(id, -1, Outcome::Warning,
                        tr("The keychain did not give the password: %1").arg(m_config.keychainMessage),
                        tr("Unlock the keychain and allow colab-tunnel to use it.")));
        break;
    case SecretStore::Status::Failed:
        finishStep(make(id, -1, Outcome::Warning,
                        tr("The keychain did not give the password: %1").arg(m_config.keychainMessage), fix));
        break;
    }
    runNext();
}

// --- Cloudflare (named tunnels)

void Doctor::withCredentials(std::function<void()> then)
{
    if (m_credentialsLoaded) {
        then();
        return;
    }
    if (!m_secrets)
        m_secrets = std::make_unique<SecretStore>();
    CloudflareCredentials::load(*m_secrets, [this, generation = m_generation, then = std::move(then)](
                                                const CloudflareCredentials& credentials, const QString& error) {
        if (generation != m_generation || !m_running)
            return;
        m_credentialsLoaded = true;
        m_credentialsError = error;
        m_credentialsSource = credentials.source;
        m_accountId = credentials.accountId;
        if (credentials.ok()) {
            m_api =
                new CloudflareApi(credentials.apiToken, credentials.endpoint, this); // its own copy, wiped when it goes
            m_api->setTimeoutMs(m_config.timeoutMs);
            m_api->setMaxAttempts(2);
            m_api->setMaxRetryAfterSeconds(10);
        }
        then();
    });
}

void Doctor::checkDns(int runtime)
{
    withCredentials([this, runtime] {
        const Tunnel tunnel = m_config.runtimes.at(runtime).tunnel;
        auto* check = new DnsChecker(this);
        connect(check, &DnsChecker::finished, this,
                [this, check, runtime, tunnel, generation = m_generation](const DnsCheck& result) {
                    check->deleteLater();
                    if (generation != m_generation || !m_running)
                        return;
                    const QString id = QLatin1String(StepResult::kDns);
                    if (result.ready) {
                        QString detail = tr("%1 uses Cloudflare's name servers (%2)")
                                             .arg(result.domain, result.nameServers.join(QStringLiteral(", ")));
                        if (result.zoneChecked)
                            detail += tr("; the zone is %1").arg(result.zoneStatus);
                        finishStep(make(id, runtime, Outcome::Passed, detail + QLatin1Char('.')));
                    } else {
                        const QString fix =
                            result.assignedNameServers.isEmpty()
                                ? tr("Add %1 to your Cloudflare account and set the name servers Cloudflare "
                                     "assigns at your registrar; colab-tunnel dns-check %1 says when it is ready.")
                                      .arg(result.domain)
                                : tr("At your registrar, set the name servers of %1 to %2, then wait until the "
                                     "zone is active (colab-tunnel dns-check %1).")
                                      .arg(result.domain, result.assignedNameServers.join(QStringLiteral(", ")));
                        finishStep(make(id, runtime, Outcome::Failed,
                                        result.problems.isEmpty()
                                            ? tr("%1 is not ready for tunnels.").arg(result.domain)
                                            : result.problems.join(QLatin1Char(' ')),
                                        fix));
                    }
                    runNext();
                });
        check->check(domainOf(tunnel.hostname), m_api);
    });
}

void Doctor::checkLogin()
{
    const int runtime = m_plan.first().runtime;
    const QString id = QLatin1String(StepResult::kLogin);
    if (runtime >= 0 && m_config.runtimes.at(runtime).tunnel.tunnelId.isEmpty()) {
        finishStep(make(id, runtime, Outcome::Skipped,
                        tr("Not needed: this runtime is not a slot made by colab-tunnel slot add.")));
        runNext();
        return;
    }
    withCredentials([this, runtime, id] {
        const QString loginFix = tr("Log in: colab-tunnel login (cloudflared's browser login), or keep an API "
                                    "token: colab-tunnel login --api-token-stdin");
        if (!m_api) {
            finishStep(make(id, runtime, Outcome::Failed,
                            m_credentialsError.isEmpty()
                                ? tr("Not logged in to Cloudflare: no API token in the keychain and no cert.pem.")
                                : tr("Not logged in to Cloudflare: %1").arg(m_credentialsError),
                            loginFix));
            runNext();
            return;
        }
        const auto done = [this, runtime, id, generation = m_generation](const ApiReply& reply) {
            if (generation != m_generation || !m_running)
                return;
            if (reply.ok())
                finishStep(make(id, runtime, Outcome::Passed,
                                tr("Cloudflare accepts the token from %1.").arg(m_credentialsSource)));
            else if (!reply.transportError.isEmpty())
                finishStep(make(id, runtime, Outcome::Failed,
                                tr("Cloudflare's API did not answer: %1").arg(reply.transportError),
                                tr("Check the network connection, then run the doctor again.")));
            else
                finishStep(
                    make(id, runtime, Outcome::Failed,
                         tr("Cloudflare refused the token from %1: %2").arg(m_credentialsSource, reply.errorText()),
                         tr("Log in again: colab-tunnel login --move-existing (or a new API token with "
                            "colab-tunnel login --api-token-stdin).")));
            runNext();
        };
        // cert.pem's token is scoped to the account's tunnels: asking for them proves it; an API
        // token is checked where Cloudflare verifies tokens.
        if (!m_accountId.isEmpty() && CloudflareApi::isSafeId(m_accountId)) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
            m_api->get(QStringLiteral("/accounts/%1/cfd_tunnel").arg(m_accountId), query, done);
        } else {
            m_api->verifyToken(m_accountId, done);
        }
    });
}

void Doctor::checkTunnelStatus(int runtime)
{
    const Tunnel tunnel = m_config.runtimes.at(runtime).tunnel;
    const QString id = QLatin1String(StepResult::kTunnelStatus);
    if (tunnel.tunnelId.isEmpty()) {
        finishStep(make(id, runtime, Outcome::Skipped,
                        tr("Not known to the app: this runtime is not a slot made by colab-tunnel slot add.")));
        runNext();
        return;
    }
    withCredentials([this, runtime, tunnel, id] {
        const QString account = tunnel.accountId.isEmpty() ? m_accountId : tunnel.accountId;
        if (!m_api || !CloudflareApi::isSafeId(account) || !CloudflareApi::isSafeId(tunnel.tunnelId)) {
            finishStep(make(id, runtime, Outcome::Failed, tr("Cannot ask Cloudflare: not logged in."),
                            tr("Log in: colab-tunnel login")));
            runNext();
            return;
        }
        m_api->get(QStringLiteral("/accounts/%1/cfd_tunnel/%2").arg(account, tunnel.tunnelId), {},
                   [this, runtime, tunnel, id, generation = m_generation](const ApiReply& reply) {
                       if (generation != m_generation || !m_running)
                           return;
                       const QString rerun =
                           tr("Re-run the Colab cell of this slot (%1), then check again.").arg(cellCommand(tunnel));
                       if (!reply.ok()) {
                           if (reply.httpStatus == 404 || reply.hasErrorCode(1003))
                               finishStep(make(id, runtime, Outcome::Failed,
                                               tr("The tunnel of %1 no longer exists at Cloudflare.").arg(tunnel.name),
                                               tr("Make the slot again: colab-tunnel slot remove %1, then "
                                                  "colab-tunnel slot add %1 --domain %2.")
                                                   .arg(tunnel.name, domainOf(tunnel.hostname))));
                           else
                               finishStep(make(
                                   id, runtime, Outcome::Failed,
                                   tr("Cloudflare did not give the tunnel's status: %1")
                                       .arg(reply.transportError.isEmpty() ? reply.errorText() : reply.transportError),
                                   tr("Check the network connection and the login "
                                      "(colab-tunnel login), then run the doctor again.")));
                           runNext();
                           return;
                       }
                       const auto snapshot = NamedTunnelStatus::parseList(QJsonArray{reply.result});
                       const NamedTunnelStatus::Entry entry = snapshot.value(tunnel.tunnelId);
                       const QString where = entry.colos.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral(" (%1)").arg(entry.colos.join(QStringLiteral(", ")));
                       switch (entry.state) {
                       case NamedTunnelStatus::State::Healthy:
                           finishStep(make(id, runtime, Outcome::Passed, tr("Healthy: connected%1.").arg(where)));
                           break;
                       case NamedTunnelStatus::State::Degraded:
                           finishStep(make(id, runtime, Outcome::Warning,
                                           tr("Degraded: some of its connections to Cloudflare failed%1.").arg(where),
                                           tr("It usually recovers by itself; if SSH fails, %1")
                                               .arg(rerun.left(1).toLower() + rerun.mid(1))));
                           break;
                       case NamedTunnelStatus::State::Inactive:
                           finishStep(make(
                               id, runtime, Outcome::Failed,
                               tr("Inactive: the tunnel never ran, so nothing answers at %1.").arg(tunnel.hostname),
                               tr("Run this slot's Colab cell (%1; it uses the slot's token from "
                                  "colab-tunnel slot token %2).")
                                   .arg(cellCommand(tunnel), tunnel.name)));
                           break;
                       case NamedTunnelStatus::State::Down:
                           finishStep(make(id, runtime, Outcome::Failed,
                                           tr("Down: no cloudflared is connected for this tunnel, so nothing answers "
                                              "at %1 (the Colab runtime stopped, or its cell was interrupted).")
                                               .arg(tunnel.hostname),
                                           rerun));
                           break;
                       case NamedTunnelStatus::State::Unknown:
                           finishStep(make(id, runtime, Outcome::Warning,
                                           tr("Cloudflare reports a status the app does not know.")));
                           break;
                       }
                       runNext();
                   });
    });
}

// --- The SSH chain, on a worker thread through Prober's stage hook

Doctor::Explanation Doctor::explainConnect(const Tunnel& tunnel, const QByteArray& proxyStderr, const QString& sshError,
                                           const QString& banner)
{
    const QString reachable = QLatin1String(StepResult::kReachable);
    const QString bannerId = QLatin1String(StepResult::kBanner);
    if (!banner.isEmpty() && !banner.startsWith(QLatin1String("SSH-")))
        return {
            bannerId,
            tr("Something answered at %1, but not an SSH server (it said: %2).").arg(tunnel.hostname, banner.left(80)),
            tr("The runtime's tunnel must point at %1: re-run the app's Colab cell (%2).")
                .arg(runtimeSshService(), cellCommand(tunnel))};
    if (!banner.isEmpty())
        return {bannerId,
                tr("The SSH server greeted (%1), but the connection failed after it: %2").arg(banner, sshError),
                tr("Check again; if it repeats, re-run the Colab cell (%1).").arg(cellCommand(tunnel))};
    static const QRegularExpression edgeError(QStringLiteral("\\b(530|1033)\\b"));
    const QString err = QString::fromUtf8(proxyStderr);
    if (err.contains(QLatin1String("websocket: bad handshake")) || err.contains(edgeError)) {
        const QString fix =
            tunnel.kind == Tunnel::Kind::Quick
                ? tr("Re-run the Colab cell. A quick tunnel gets a new hostname every run: add the new one (paste "
                     "the cell's output into the app, or colab-tunnel add --name %1 NEW-HOSTNAME).")
                      .arg(tunnel.name)
                : tr("Re-run the Colab cell of this slot (%1), then check again.").arg(cellCommand(tunnel));
        return {reachable,
                tr("Cloudflare has no tunnel running for %1 (cloudflared: \"websocket: bad handshake\", the edge's "
                   "error 1033 / HTTP 530): the Colab runtime stopped, its cell was interrupted, or a quick tunnel is "
                   "still starting (that can take a minute).")
                    .arg(tunnel.hostname),
                fix};
    }
    if (err.contains(QLatin1String("no such host")) || err.contains(QLatin1String("failed to resolve")))
        return {reachable, tr("%1 does not resolve: this tunnel is gone.").arg(tunnel.hostname),
                tr("Add the runtime's current hostname: colab-tunnel add --name %1 HOSTNAME.").arg(tunnel.name)};
    if (sshError.contains(QLatin1String("Timeout"), Qt::CaseInsensitive) ||
        sshError.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
        return {reachable, tr("No answer from %1 in time through cloudflared.").arg(tunnel.hostname),
                tr("Check your network (a proxy or firewall may block Cloudflare), then that the Colab cell is still "
                   "running.")};
    return {reachable,
            tr("The connection closed before anything came back (ssh says \"kex_exchange_identification: Connection "
               "closed by remote host\"): nothing listens behind %1 (sshd is not running in the runtime), or the "
               "proxy command is broken (%2).")
                .arg(tunnel.hostname, sshError.isEmpty() ? tr("no details") : sshError),
            tr("Re-run the Colab cell (%1): it starts sshd and the tunnel. With your own ~/.ssh/config, the "
               "ProxyCommand must name cloudflared by its full path, in quotes when it has spaces (Windows: "
               "\"C:\\Program Files (x86)\\cloudflared\\cloudflared.exe\" access ssh --hostname %h).")
                .arg(cellCommand(tunnel))};
}

void Doctor::checkSsh(int runtime)
{
    const Runtime target = m_config.runtimes.at(runtime);
    Prober::Options options = target.probe; // its password is our own copy's (shared) buffer
    options.proxyCommand = RuntimeProviders::route(target.tunnel, {m_cloudflared}).proxyCommand;
    options.connectTimeoutMs = m_config.timeoutMs;
    options.commandTimeoutMs = m_config.timeoutMs;
    options.depth = Prober::Depth::Full;
    options.cancel = m_cancel;
    options.keepSession = nullptr;
    const Tunnel tunnel = target.tunnel;
    const bool noKeychain = m_config.keychainChecked && m_config.keychainStatus == SecretStore::Status::NoKeychain;
    const QString knownHosts = QDir::toNativeSeparators(options.knownHostsFile);
    const int timeoutMs = m_config.timeoutMs;
    // Called on the worker: the step is made and reported on this object's thread.
    const int generation = m_generation;
    const auto emitStep = [this, runtime, generation](const QString& id, Outcome outcome, const QString& detail,
                                                      const QString& fix = {}) {
        post(generation,
             [this, runtime, id, outcome, detail, fix] { finishStep(make(id, runtime, outcome, detail, fix)); });
    };
    options.onStage = [emitStep, tunnel, noKeychain, knownHosts, timeoutMs](const Prober::StageReport& reported) {
        SshSession& session = *reported.session;
        const ProbeResult& result = *reported.result;
        switch (reported.stage) {
        case Prober::Stage::Connect: {
            const QString banner = session.serverBanner();
            if (reported.ok) {
                emitStep(QLatin1String(StepResult::kReachable), Outcome::Passed,
                         tr("Bytes come back from %1 through cloudflared.").arg(tunnel.hostname));
                emitStep(QLatin1String(StepResult::kBanner), Outcome::Passed, banner);
                return;
            }
            if (result.state == ProbeResult::State::Error) { // cloudflared did not start
                emitStep(QLatin1String(StepResult::kReachable), Outcome::Failed, result.message,
                         tr("Install cloudflared, or choose its location in the settings."));
                return;
            }
            const Explanation why = explainConnect(tunnel, session.proxyStderr(), session.errorString(), banner);
            if (why.stepId == QLatin1String(StepResult::kBanner))
                emitStep(QLatin1String(StepResult::kReachable), Outcome::Passed,
                         tr("Bytes come back from %1 through cloudflared.").arg(tunnel.hostname));
            emitStep(why.stepId, Outcome::Failed, why.detail, why.fix);
            return;
        }
        case Prober::Stage::HostKey:
            if (reported.ok && reported.firstUse)
                emitStep(QLatin1String(StepResult::kHostKey), Outcome::Passed,
                         tr("%1: first connection, pinned now in %2 (trust on first use).")
                             .arg(result.hostKeySha256, knownHosts));
            else if (reported.ok)
                emitStep(QLatin1String(StepResult::kHostKey), Outcome::Passed,
                         tr("%1, as pinned in %2.").arg(result.hostKeySha256, knownHosts));
            else if (result.state == ProbeResult::State::HostKeyChanged)
                emitStep(QLatin1String(StepResult::kHostKey), Outcome::Failed,
                         tr("The runtime's host key is now %1, not the one pinned for %2 in %3. Someone may be "
                            "intercepting the connection, so nothing was sent.")
                             .arg(result.hostKeySha256, tunnel.hostname, knownHosts),
                         tunnel.tunnelId.isEmpty()
                             ? tr("If you restarted this runtime under the same hostname, remove and re-add it "
                                  "(colab-tunnel remove %1, then colab-tunnel add --name %1 %2). Otherwise do not "
                                  "connect.")
                                   .arg(tunnel.name, tunnel.hostname)
                             : tr("Give the slot its own host key once: colab-tunnel slot add %1 --domain %2, then "
                                  "put the value of colab-tunnel slot token %1 in the notebook's COLAB_TUNNEL_TOKEN "
                                  "secret and run the cell again. If the cell already has it, do not connect.")
                                   .arg(tunnel.name, tunnel.hostname.section(QLatin1Char('.'), 1)));
            else
                emitStep(
                    QLatin1String(StepResult::kHostKey), Outcome::Failed, result.message,
                    tr("Make sure %1 and its folder are yours and writable and the disk is not full.").arg(knownHosts));
            return;
        case Prober::Stage::Auth:
            if (reported.ok)
                emitStep(QLatin1String(StepResult::kAuth), Outcome::Passed,
                         result.passwordWasUsed ? tr("Logged in as root with the password.")
                                                : tr("Logged in as root with the app's key."));
            else if (result.state == ProbeResult::State::PasswordNeeded)
                emitStep(QLatin1String(StepResult::kAuth), Outcome::Failed,
                         noKeychain ? tr("The runtime did not accept the app's key, and there is no keychain to "
                                         "hold the SSH password.")
                                    : tr("The runtime did not accept the app's key, and no SSH password is stored."),
                         noKeychain ? tr("Set the password your Colab cell set with Set password… in the app "
                                         "(kept for the session), or install a keyring and run colab-tunnel "
                                         "password set.")
                                    : tr("Store the password your Colab cell set: colab-tunnel password set (or Set "
                                         "password… in the app)."));
            else if (result.state == ProbeResult::State::AuthFailed)
                emitStep(QLatin1String(StepResult::kAuth), Outcome::Failed,
                         tr("The runtime refused the app's key and the stored password."),
                         tr("Check that the password matches the one in the Colab cell, then set it again: "
                            "colab-tunnel password set (or Set password… in the app)."));
            else
                emitStep(QLatin1String(StepResult::kAuth), Outcome::Failed, result.message,
                         tr("Check again; if it repeats, re-run the Colab cell (%1).").arg(cellCommand(tunnel)));
            return;
        case Prober::Stage::Facts: {
            if (!reported.ok || !result.runtime) {
                emitStep(QLatin1String(StepResult::kGpu), Outcome::Failed, result.message,
                         tr("Check again; if it repeats, re-run the Colab cell (%1).").arg(cellCommand(tunnel)));
                return;
            }
            const RuntimeFacts& facts = *result.runtime;
            if (!facts.gpu.isEmpty() && facts.gpu != QLatin1String("no GPU")) {
                emitStep(QLatin1String(StepResult::kGpu), Outcome::Passed, facts.gpuSummary());
                return;
            }
            const ExecResult why = session.exec(kGpuCheck, timeoutMs);
            const QString out = QString::fromUtf8(why.out).trimmed();
            const QString envFix = tr("Re-run the app's Colab cell: it exports the notebook's environment (PATH, "
                                      "LD_LIBRARY_PATH and the CUDA variables) for SSH sessions.");
            const QString gpuFix =
                tr("If you need a GPU: in Colab, Runtime ▸ Change runtime type ▸ a GPU, then re-run the cell.");
            if (!why.ok || out.startsWith(QLatin1String("@missing"))) {
                if (why.ok && out.contains(QLatin1String("/dev/nvidia")))
                    emitStep(QLatin1String(StepResult::kGpu), Outcome::Failed,
                             tr("The runtime has a GPU device, but nvidia-smi is not on PATH in SSH sessions."),
                             envFix);
                else
                    emitStep(QLatin1String(StepResult::kGpu), Outcome::Warning,
                             tr("No GPU: nvidia-smi is not installed (a CPU runtime)."), gpuFix);
                return;
            }
            const QStringList lines = out.split(QLatin1Char('\n'));
            const int rc = lines.value(0).section(QLatin1Char(' '), 1).toInt();
            const QString said = inertNetworkText(lines.mid(1).join(QLatin1Char(' ')), 200); // the runtime's words
            if (rc != 0 && !said.contains(QLatin1String("No devices were found")))
                emitStep(
                    QLatin1String(StepResult::kGpu), Outcome::Failed,
                    tr("nvidia-smi fails over SSH (exit %1: %2).").arg(rc).arg(said.isEmpty() ? tr("no output") : said),
                    envFix);
            else
                emitStep(QLatin1String(StepResult::kGpu), Outcome::Warning,
                         tr("No GPU: nvidia-smi finds none (a CPU runtime)."), gpuFix);
            return;
        }
        }
    };
    inWorker([this, tunnel, options, runtime, generation] {
        const ProbeResult result = Prober::probe(tunnel, options);
        post(generation, [this, runtime, result] {
            // A failure the hook did not place (it always should) still breaks the chain here.
            bool failed = false;
            for (const Planned& planned : std::as_const(m_plan))
                if (planned.runtime == runtime && kSshSteps.contains(planned.id)) {
                    failed = m_blockedRuntimes.contains(runtime);
                    if (!failed && result.state != ProbeResult::State::Online)
                        finishStep(make(planned.id, runtime, Outcome::Failed, result.message));
                    break;
                }
            runNext();
        });
    });
}

// --- Reports

QString Doctor::report() const
{
    QString text = tr("Colab Tunnel doctor") + QLatin1Char('\n');
    QString runtime = QStringLiteral("\x01");
    for (const StepResult& step : m_results) {
        if (step.runtime != runtime) {
            runtime = step.runtime;
            if (!runtime.isEmpty()) {
                QString hostname;
                for (const Runtime& r : m_config.runtimes)
                    if (r.tunnel.name == runtime)
                        hostname = r.tunnel.hostname;
                text += QLatin1Char('\n') + tr("Runtime %1 (%2):").arg(runtime, hostname) + QLatin1Char('\n');
            }
        }
        text += step.toText() + QLatin1Char('\n');
    }
    QString verdict;
    if (m_cancelled)
        verdict = tr("Cancelled.");
    else if (m_running)
        verdict = tr("Still checking…");
    else if (ok())
        verdict = tr("Every link works.");
    else
        verdict = tr("A link is broken: see the ✗ step and its fix.");
    return text + QLatin1Char('\n') + verdict + QLatin1Char('\n');
}

QJsonObject Doctor::toJson() const
{
    QJsonArray steps;
    for (const StepResult& step : m_results)
        steps.append(step.toJson());
    QJsonArray runtimes;
    for (const Runtime& runtime : m_config.runtimes) {
        QJsonValue failedStep;
        bool passed = !m_cancelled;
        for (const StepResult& step : m_results) {
            if ((step.runtime == runtime.tunnel.name || step.runtime.isEmpty()) && step.outcome == Outcome::Failed) {
                if (failedStep.isNull())
                    failedStep = step.id;
                passed = false;
            }
        }
        runtimes.append(QJsonObject{{QStringLiteral("name"), runtime.tunnel.name},
                                    {QStringLiteral("hostname"), runtime.tunnel.hostname},
                                    {QStringLiteral("kind"), Tunnel::kindName(runtime.tunnel.kind)},
                                    {QStringLiteral("ok"), passed},
                                    {QStringLiteral("failed_step"), failedStep}});
    }
    return QJsonObject{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("cancelled"), m_cancelled},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("runtimes"), runtimes}};
}

} // namespace colab
