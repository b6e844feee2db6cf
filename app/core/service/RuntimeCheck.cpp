#include "service/RuntimeCheck.h"

#include "monitor/LiveSession.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/ProbeSetup.h"
#include "ssh/LibsshThread.h"

#include <QCoreApplication>
#include <QPointer>

namespace colab {

RuntimeCheck::RuntimeCheck(QString cloudflaredPath, QObject* parent)
    : QObject(parent), m_cloudflared(std::move(cloudflaredPath)), m_cancel(std::make_shared<CancelToken>())
{
}

RuntimeCheck::~RuntimeCheck()
{
    m_cancel->cancel(); // ends the probe or the live session at once
    m_live.reset();     // waits for its thread; the session and its cloudflared are closed
    // Joined, not detached: a thread that ran libssh may still be ending (OpenSSL's per-thread
    // cleanup) when exit() frees OpenSSL's locks, and then crashes.
    if (m_probe.joinable())
        m_probe.join();
}

void RuntimeCheck::probe(const Tunnel& tunnel, int timeoutMs)
{
    start(tunnel, timeoutMs, 0);
}

void RuntimeCheck::watch(const Tunnel& tunnel, int intervalMs)
{
    start(tunnel, 20000, intervalMs);
}

void RuntimeCheck::start(const Tunnel& tunnel, int timeoutMs, int sampleIntervalMs)
{
    auto* store = new SecretStore(this);
    const QPointer<RuntimeCheck> self(this);
    store->read(QLatin1String(SecretStore::kSshPasswordKey), [self, store, tunnel, timeoutMs,
                                                              sampleIntervalMs](const SecretStore::Result& secret) {
        store->deleteLater();
        if (!self)
            return;
        if (!secret.ok() && secret.status != SecretStore::Status::NotFound)
            emit self->keychainProblem(secret.message);
        TunnelMonitor::ProbeRequest request;
        request.depth = Prober::Depth::Full;
        request.password = copySecret(secret.value); // a buffer of its own, wiped on the thread
        SecretStore::Result spent = secret;
        wipeSecret(spent.value); // the keychain answer's buffer
        request.cloudflaredPath = self->m_cloudflared;
        request.connectTimeoutMs = timeoutMs;
        request.commandTimeoutMs = timeoutMs;
        request.cancel = self->m_cancel;
        if (sampleIntervalMs > 0)
            request.keptSession = std::make_shared<std::unique_ptr<SshSession>>();
        self->m_probe = std::thread([self, tunnel, request, sampleIntervalMs]() mutable {
            const LibsshThreadScope libssh;
            const ProbeResult result = ProbeSetup::run(tunnel, request);
            wipeSecret(request.password);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, tunnel, result, kept = request.keptSession, sampleIntervalMs] {
                    if (!self)
                        return;
                    emit self->checked(result);
                    if (sampleIntervalMs <= 0 || result.state != ProbeResult::State::Online)
                        return;
                    if (!kept || !*kept)
                        return emit self->lost(tr("The runtime answered, but its session was not kept."));
                    self->m_live =
                        std::make_unique<LiveSession>(tunnel.name, std::move(*kept), self->m_cancel, sampleIntervalMs);
                    connect(self->m_live.get(), &LiveSession::sampleArrived, self, &RuntimeCheck::sampleArrived);
                    connect(self->m_live.get(), &LiveSession::lost, self,
                            [self](const QString& reason, bool) { emit self->lost(reason); });
                    self->m_live->start();
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace colab
