#include "service/ProbeSetup.h"

#include "cloudflare/EdgeCheck.h"
#include "common/AppPaths.h"
#include "common/Logging.h"
#include "providers/RuntimeProvider.h"
#include "service/TunnelRepository.h"
#include "ssh/AppKey.h"

namespace colab {

ProbeSetup ProbeSetup::forTunnel(const Tunnel& tunnel, const QString& cloudflaredPath, const QString& password,
                                 Prober::Depth depth)
{
    ProbeSetup setup;
    const SshRoute route = RuntimeProviders::route(tunnel, {cloudflaredPath});
    if (!route.ok()) {
        setup.error = route.error;
        return setup;
    }
    AppPaths::ensurePrivateDir(AppPaths::knownHostsDir());
    const AppKey key(AppPaths::privateKeyFile());
    setup.options.proxyCommand = route.proxyCommand;
    setup.options.knownHostsFile = TunnelRepository::knownHostsFile(tunnel.name);
    setup.options.privateKeyFile = key.privateKeyFile();
    setup.options.publicKeyLine = key.exists() ? key.publicKeyLine() : QString();
    setup.options.password = password;
    setup.options.depth = depth;
    return setup;
}

bool ProbeSetup::ensureAppKey(const QString& cloudflaredPath, QString* error)
{
    AppKey key(AppPaths::privateKeyFile());
    if (key.exists())
        return true;
    if (!key.ensure(error))
        return false;
    const auto synced = TunnelRepository(cloudflaredPath).syncSshConfig();
    if (!synced.ok()) {
        *error = synced.message;
        return false;
    }
    return true;
}

namespace {
// The edge answers in a round trip or two; a slow answer is no answer, and the full probe follows.
constexpr int kEdgeTimeoutMs = 5000;

// What the full probe reports when cloudflared hears 530 from the edge, word for word.
ProbeResult stillOffline(const Tunnel& tunnel)
{
    ProbeResult result;
    result.name = tunnel.name;
    result.message = Prober::explainConnectFailure("websocket: bad handshake", QString(), true, &result.state);
    return result;
}
} // namespace

ProbeResult ProbeSetup::run(const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request)
{
    const auto cancelled = [&] {
        return request.cancel && request.cancel->isCancelled();
    };
    ProbeResult dropped; // what a cancelled probe returns: nothing learned, and the monitor drops it
    dropped.name = tunnel.name;
    QString error;
    if (cancelled())
        return dropped;
    // Creating the key may wait for another process's lock; a quit meanwhile must not wait for more.
    if (request.depth == Prober::Depth::Full && !ProbeSetup::ensureAppKey(request.cloudflaredPath, &error))
        qCWarning(lcSsh) << "the app's key is not available:" << error;
    if (cancelled())
        return dropped;
    ProbeSetup setup = ProbeSetup::forTunnel(tunnel, request.cloudflaredPath, request.password, request.depth);
    if (!setup.ok()) {
        ProbeResult result;
        result.name = tunnel.name;
        result.state = ProbeResult::State::Error;
        result.message = setup.error;
        return result;
    }
    setup.options.connectTimeoutMs = request.connectTimeoutMs;
    setup.options.commandTimeoutMs = request.commandTimeoutMs;
    setup.options.cancel = request.cancel;
    setup.options.keepSession = request.keptSession.get();
    setup.options.passwordOnDemand = request.passwordOnDemand;
    if (request.wasOffline && EdgeCheck::ask(tunnel.hostname, qMin(request.connectTimeoutMs, kEdgeTimeoutMs),
                                             cancelled) == EdgeCheck::Answer::NoConnector)
        return cancelled() ? dropped : stillOffline(tunnel);
    if (cancelled())
        return dropped;
    return Prober::probe(tunnel, setup.options);
}

} // namespace colab
