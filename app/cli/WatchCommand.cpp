#include "cli/WatchCommand.h"

#include "common/Platform.h"
#include "monitor/LiveSession.h"
#include "monitor/TunnelMonitor.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/ProbeSetup.h"
#include "service/TunnelRepository.h"
#include "tunnels/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

namespace colab {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

WatchCommand::WatchCommand(QTextStream& out, QTextStream& err, QString cloudflaredPath)
    : m_out(out), m_err(err), m_cloudflared(std::move(cloudflaredPath))
{
}

int WatchCommand::usage(const QString& message)
{
    m_err << "colab-tunnel: " << message << Qt::endl;
    return 2;
}

int WatchCommand::run(const QStringList& args)
{
    QString name;
    bool json = false;
    double intervalSeconds = 2.0;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--interval") || arg.startsWith(QLatin1String("--interval="))) {
            const QString value = arg.contains(QLatin1Char('=')) ? arg.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            intervalSeconds = value.toDouble(&ok);
            if (!ok || intervalSeconds < 0.5 || intervalSeconds > 3600)
                return usage(tr("--interval takes seconds between 0.5 and 3600."));
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(tr("watch does not know %1.").arg(arg.left(40)));
        } else if (name.isEmpty()) {
            name = arg;
        } else {
            return usage(tr("watch takes one NAME."));
        }
    }
    if (name.isEmpty())
        return usage(tr("watch takes one NAME."));
    const Validated valid = validateTunnelName(name);
    if (!valid.ok())
        return usage(valid.error);
    QList<Tunnel> tunnels;
    QString error;
    if (!TunnelRepository(m_cloudflared).load(&tunnels, &error)) {
        m_err << "colab-tunnel: " << error << Qt::endl;
        return 1;
    }
    for (const Tunnel& tunnel : std::as_const(tunnels))
        if (tunnel.name == valid.value)
            return watch(tunnel, int(intervalSeconds * 1000), json);
    return usage(tr("There is no tunnel called \"%1\".").arg(valid.value));
}

void WatchCommand::printOffline(const Tunnel& tunnel, const QString& state, const QString& reason, bool json)
{
    if (json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("offline")},
                                           {QStringLiteral("name"), tunnel.name},
                                           {QStringLiteral("time"), now()},
                                           {QStringLiteral("state"), state},
                                           {QStringLiteral("reason"), reason}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << tunnel.name << ": " << state << " - " << reason << '\n';
    m_out.flush();
}

int WatchCommand::watch(const Tunnel& tunnel, int intervalMs, bool json)
{
    protectProcessHoldingSecrets();
    // Ctrl+C / SIGTERM / SIGHUP end the watch cleanly (the session and its cloudflared closed).
    platform::StopRequests stopRequests;
    if (!stopRequests.active())
        return 1;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, [] { QCoreApplication::exit(0); });

    std::unique_ptr<LiveSession> live;
    // Its own thread, joined before returning: a pool thread that ran libssh may still be ending
    // (OpenSSL's per-thread cleanup) when exit() frees OpenSSL's locks, and then crashes.
    std::thread probeThread;
    auto cancel = std::make_shared<CancelToken>();
    SecretStore store;
    store.read(QLatin1String(SecretStore::kSshPasswordKey), [&](const SecretStore::Result& secret) {
        // The same probe the app's monitor runs, on a worker: the event loop stays free for Ctrl+C.
        TunnelMonitor::ProbeRequest request;
        request.depth = Prober::Depth::Full;
        request.password = secret.value; // shares the keychain answer's buffer: wiping it wipes both
        request.cloudflaredPath = m_cloudflared;
        request.cancel = cancel;
        request.keptSession = std::make_shared<std::unique_ptr<SshSession>>();
        probeThread = std::thread([this, tunnel, request, intervalMs, json, cancel, &live]() mutable {
            const ProbeResult result = ProbeSetup::run(tunnel, request);
            wipeSecret(request.password);
            auto kept = request.keptSession;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [this, tunnel, result, kept, intervalMs, json, cancel, &live] {
                    if (result.state != ProbeResult::State::Online || !kept || !*kept) {
                        printOffline(tunnel, ProbeResult::stateName(result.state), result.message, json);
                        QCoreApplication::exit(1);
                        return;
                    }
                    live = std::make_unique<LiveSession>(tunnel.name, std::move(*kept), cancel, intervalMs);
                    QObject::connect(live.get(), &LiveSession::sampleArrived,
                                     [this, tunnel, json](const RuntimeSample& s) {
                                         if (json) {
                                             QJsonObject line = s.toJson();
                                             line.insert(QStringLiteral("event"), QStringLiteral("sample"));
                                             line.insert(QStringLiteral("name"), tunnel.name);
                                             m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
                                         } else {
                                             m_out << s.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << ' '
                                                   << tunnel.name << ": " << s.summary() << '\n';
                                         }
                                         m_out.flush();
                                     });
                    QObject::connect(live.get(), &LiveSession::lost, [this, tunnel, json](const QString& reason, bool) {
                        printOffline(tunnel, QStringLiteral("offline"), reason, json);
                        QCoreApplication::exit(1);
                    });
                    live->start();
                },
                Qt::QueuedConnection);
        });
    });
    const int status = QCoreApplication::exec();
    cancel->cancel(); // ends the probe or the live session at once
    live.reset();     // waits for its thread; the session and its cloudflared are closed
    if (probeThread.joinable())
        probeThread.join();
    return status;
}

} // namespace colab
