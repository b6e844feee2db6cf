#include "cli/DoctorCommand.h"

#include "common/Platform.h"
#include "service/Checkup.h"
#include "service/TunnelRepository.h"

#include <QJsonDocument>

namespace colab {

using namespace cli;

DoctorCommand::DoctorCommand(Terminal terminal, QString cloudflaredPath)
    : m_terminal(terminal), m_cloudflared(std::move(cloudflaredPath))
{
}

int DoctorCommand::run(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--timeout")}, {QStringLiteral("--json")});
    if (!args.error.isEmpty())
        return m_terminal.usage(args.error);
    int timeoutSeconds = 0;
    if (!args.seconds(QStringLiteral("--timeout"), 1, 600, 20, &timeoutSeconds))
        return m_terminal.usage(tr("--timeout takes seconds between 1 and 600."));
    if (args.positional.size() > 1)
        return m_terminal.usage(tr("doctor takes at most one NAME: colab-tunnel doctor [NAME] [--json]."));
    const bool json = args.has(QStringLiteral("--json"));

    QList<Tunnel> tunnels;
    const bool machineWide = args.positional.isEmpty();
    if (machineWide) {
        QString error;
        if (!TunnelRepository(m_cloudflared).load(&tunnels, &error))
            return m_terminal.failure(error);
    } else {
        Tunnel tunnel;
        if (const int status = findTunnel(m_terminal, m_cloudflared, args.positional.first(), &tunnel);
            status != Success)
            return status;
        tunnels << tunnel;
    }

    Checkup checkup;
    QTextStream& out = m_terminal.out;
    QString lastRuntime = QStringLiteral("\x01");
    QObject::connect(&checkup, &Checkup::stepFinished, &checkup, [&](const StepResult& step) {
        if (json)
            return;
        if (step.runtime != lastRuntime) {
            lastRuntime = step.runtime;
            for (const Tunnel& tunnel : std::as_const(tunnels))
                if (!step.runtime.isEmpty() && tunnel.name == step.runtime)
                    out << '\n' << tr("%1 (%2):").arg(tunnel.name, tunnel.hostname) << '\n';
        }
        out << step.toText() << Qt::endl;
    });
    Wait wait;
    QObject::connect(&checkup, &Checkup::finished, &checkup, [&] { wait.done(); });
    platform::StopRequests stopRequests;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, &checkup, [&] { checkup.cancel(); });
    checkup.start(tunnels, machineWide, m_cloudflared, timeoutSeconds * 1000);
    wait.wait();

    if (json) {
        out << QJsonDocument(checkup.toJson()).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        out << '\n'
            << (checkup.cancelled() ? tr("Cancelled.")
                : checkup.ok()      ? tr("Every link works.")
                                    : tr("A link is broken: see the ✗ step and its fix."))
            << Qt::endl;
    }
    return checkup.ok() ? Success : Failure;
}

} // namespace colab
