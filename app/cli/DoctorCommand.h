#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QStringList>

namespace colab {

// `colab-tunnel doctor [NAME] [--json] [--timeout SECONDS]`: the service's Checkup on one runtime,
// or without NAME on the machine-wide links (cloudflared, keychain, Cloudflare login when there are
// named tunnels) and every known runtime. Prints each step as it completes (✓/⚠/✗/– title: detail,
// then "Fix: …"), or one JSON document with --json. Exit 0 when nothing failed (warnings allowed),
// 1 when a step failed, 2 on usage errors.
class DoctorCommand
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)
public:
    DoctorCommand(cli::Terminal terminal, QString cloudflaredPath);
    int run(const QStringList& args);

private:
    cli::Terminal m_terminal;
    QString m_cloudflared;
};

} // namespace colab
