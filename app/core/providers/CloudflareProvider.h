#pragma once

#include "providers/RuntimeProvider.h"

#include <QCoreApplication>

namespace colab {

// Quick and named Cloudflare tunnels: the notebook's cloudflared publishes the runtime's sshd, and
// this computer's cloudflared reaches it (`cloudflared access ssh --hostname H`; for PyCharm's
// local port `cloudflared access tcp --hostname H --url 127.0.0.1:PORT`).
class CloudflareProvider : public RuntimeProvider
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareProvider)
public:
    bool serves(const Tunnel& tunnel) const override;
    QString programName() const override;
    SshRoute route(const Tunnel& tunnel, const ProgramChoices& programs) const override;
};

} // namespace colab
