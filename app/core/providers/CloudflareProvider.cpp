#include "providers/CloudflareProvider.h"

#include "cloudflare/CloudflaredLocator.h"
#include "ssh/ProxyProcess.h"

namespace colab {

bool CloudflareProvider::serves(const Tunnel& tunnel) const
{
    return tunnel.kind == Tunnel::Kind::Quick || tunnel.kind == Tunnel::Kind::Named;
}

QString CloudflareProvider::programName() const
{
    return QStringLiteral("cloudflared");
}

SshRoute CloudflareProvider::route(const Tunnel& tunnel, const ProgramChoices& programs) const
{
    SshRoute route;
    const auto cloudflared = CloudflaredLocator::locate(programs.cloudflared);
    if (!cloudflared.ok()) {
        route.error = cloudflared.error;
        return route;
    }
    route.proxyCommand = ProxyProcess::cloudflaredSsh(cloudflared.path, tunnel.hostname);
    route.portForwardCommand = {cloudflared.path,
                                QStringLiteral("access"),
                                QStringLiteral("tcp"),
                                QStringLiteral("--hostname"),
                                tunnel.hostname,
                                QStringLiteral("--url"),
                                QStringLiteral("127.0.0.1:%port")};
    return route;
}

} // namespace colab
