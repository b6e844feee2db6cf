#pragma once

#include "cli/CommandLine.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QStringList>

namespace colab {

// `colab-tunnel watch NAME [--json] [--interval S]`: logs in once (the monitor's probe), then
// prints one line per live sample until interrupted (exit 0); when the runtime goes away it prints
// an offline line with the reason and exits 1. JSON Lines with --json (fields in docs/cli.md).
class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    WatchCommand(cli::Terminal terminal, QString cloudflaredPath);
    int run(const QStringList& args);

private:
    int watch(const Tunnel& tunnel, int intervalMs, bool json);
    void printOffline(const Tunnel& tunnel, const QString& state, const QString& reason, bool json);

    cli::Terminal m_terminal;
    QString m_cloudflared;
};

} // namespace colab
