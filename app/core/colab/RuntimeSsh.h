#pragma once

#include <QString>

namespace colab {

// The loopback port of the sshd the Colab cell runs, with its own config file: not 22, which
// Colab's own sshd (openssh-server in the image, started with COLAB_ENABLE_SSH) may hold. Quick
// tunnels and every slot's ingress lead here.
inline constexpr int kRuntimeSshPort = 22022;

// cloudflared's origin for it: a slot's ingress service, a quick tunnel's --url.
inline QString runtimeSshService()
{
    return QStringLiteral("ssh://localhost:%1").arg(kRuntimeSshPort);
}

} // namespace colab
