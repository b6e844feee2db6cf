#include "cli/WatchCommand.h"

#include "common/Platform.h"
#include "service/RuntimeCheck.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace colab {

using namespace cli;

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

WatchCommand::WatchCommand(Terminal terminal, QString cloudflaredPath)
    : m_terminal(terminal), m_cloudflared(std::move(cloudflaredPath))
{
}

int WatchCommand::run(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--interval")}, {QStringLiteral("--json")});
    if (!args.error.isEmpty())
        return m_terminal.usage(args.error);
    double intervalSeconds = 2.0;
    if (args.options.contains(QStringLiteral("--interval"))) {
        bool ok = false;
        intervalSeconds = args.value(QStringLiteral("--interval")).toDouble(&ok);
        if (!ok || intervalSeconds < 0.5 || intervalSeconds > 3600)
            return m_terminal.usage(tr("--interval takes seconds between 0.5 and 3600."));
    }
    if (args.positional.size() != 1)
        return m_terminal.usage(tr("watch takes one NAME."));
    Tunnel tunnel;
    if (const int status = findTunnel(m_terminal, m_cloudflared, args.positional.first(), &tunnel); status != Success)
        return status;
    return watch(tunnel, int(intervalSeconds * 1000), args.has(QStringLiteral("--json")));
}

void WatchCommand::printOffline(const Tunnel& tunnel, const QString& state, const QString& reason, bool json)
{
    QTextStream& out = m_terminal.out;
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("offline")},
                                         {QStringLiteral("name"), tunnel.name},
                                         {QStringLiteral("time"), now()},
                                         {QStringLiteral("state"), state},
                                         {QStringLiteral("reason"), reason}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    else
        out << tunnel.name << ": " << state << " - " << reason << '\n';
    out.flush();
}

int WatchCommand::watch(const Tunnel& tunnel, int intervalMs, bool json)
{
    // Ctrl+C / SIGTERM / SIGHUP end the watch cleanly (the session and its cloudflared closed).
    platform::StopRequests stopRequests;
    if (!stopRequests.active())
        return Failure;
    int status = Success;
    Wait wait;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, &stopRequests, [&] { wait.done(); });

    RuntimeCheck check(m_cloudflared);
    QTextStream& out = m_terminal.out;
    QObject::connect(&check, &RuntimeCheck::checked, &check, [&](const ProbeResult& result) {
        if (result.state == ProbeResult::State::Online)
            return;
        printOffline(tunnel, ProbeResult::stateName(result.state), result.message, json);
        status = Failure;
        wait.done();
    });
    QObject::connect(&check, &RuntimeCheck::sampleArrived, &check, [&](const RuntimeSample& sample) {
        if (json) {
            QJsonObject line = sample.toJson();
            line.insert(QStringLiteral("event"), QStringLiteral("sample"));
            line.insert(QStringLiteral("name"), tunnel.name);
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << sample.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << ' ' << tunnel.name << ": "
                << sample.summary() << '\n';
        }
        out.flush();
    });
    QObject::connect(&check, &RuntimeCheck::lost, &check, [&](const QString& reason) {
        printOffline(tunnel, QStringLiteral("offline"), reason, json);
        status = Failure;
        wait.done();
    });
    check.watch(tunnel, intervalMs);
    wait.wait();
    return status; // `check` stops at once and waits for its session and cloudflared to close
}

} // namespace colab
