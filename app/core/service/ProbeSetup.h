#pragma once

#include "monitor/TunnelMonitor.h"
#include "ssh/Prober.h"

namespace colab {

// The app's standard probe options for a tunnel: its known-hosts file, the app's key (created on
// first need, and then referenced from the ssh config), the located cloudflared.
struct ProbeSetup
{
    Prober::Options options;
    QString error; // cloudflared missing, key not creatable
    bool ok() const { return error.isEmpty(); }

    static ProbeSetup forTunnel(const Tunnel& tunnel, const QString& cloudflaredPath, const QString& password,
                                Prober::Depth depth);
    // Creates the app's key if missing and adds it to the ssh config block. Call off the GUI thread.
    static bool ensureAppKey(const QString& cloudflaredPath, QString* error);

    // The app's probe, for the monitor and `colab-tunnel probe` alike: the app's key (created on
    // first need), the tunnel's known hosts, then Prober. Blocks; worker threads only.
    static ProbeResult run(const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request);
};

} // namespace colab
