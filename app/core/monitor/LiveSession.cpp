#include "monitor/LiveSession.h"

#include "common/Logging.h"
#include "common/Platform.h"
#include "common/Text.h"

#include <QElapsedTimer>

namespace colab {

namespace {
// The last line cloudflared or the runtime wrote, as the reason shown to the user: inert.
QString lastLine(const QByteArray& text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return inertNetworkText(QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()), 200);
}
} // namespace

LiveSession::LiveSession(QString name, std::unique_ptr<SshSession> session, std::shared_ptr<CancelToken> cancel,
                         int intervalMs, QObject* parent)
    : QObject(parent), m_name(std::move(name)), m_session(std::move(session)), m_cancel(std::move(cancel)),
      m_intervalMs(intervalMs)
{
    qRegisterMetaType<colab::RuntimeSample>();
}

LiveSession::~LiveSession()
{
    stop();
    wait();
}

void LiveSession::start()
{
    if (!m_thread.joinable() && m_session)
        m_thread = std::thread([this] { run(); });
}

void LiveSession::setIntervalMs(int intervalMs)
{
    m_intervalMs = qMax(500, intervalMs);
}

void LiveSession::stop()
{
    if (m_cancel)
        m_cancel->cancel();
}

void LiveSession::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

QString LiveSession::explainLoss(const QString& sshError) const
{
    const QByteArray proxy = m_session->proxyStderr();
    if (proxy.contains("websocket: bad handshake") || proxy.contains("1033") || proxy.contains("530"))
        return tr("The runtime stopped answering: Cloudflare no longer reaches it (its tunnel is down). Colab "
                  "may have stopped it; it is checked again until it is back.");
    if (!proxy.trimmed().isEmpty() && (proxy.contains("ERR") || proxy.contains("rror")))
        return tr("The connection to the runtime closed (cloudflared: %1). The runtime may have stopped.")
            .arg(lastLine(proxy));
    return tr("The connection to the runtime was lost (%1). The runtime stopped or the network dropped; it is "
              "checked again until it is back.")
        .arg(sshError.isEmpty() ? tr("end of stream") : sshError);
}

QString LiveSession::stalledFor(qint64 silentMs)
{
    return tr("The runtime has not answered for %1 s: it stalled, or the network to it did. It is checked again "
              "until it is back.")
        .arg(silentMs / 1000);
}

void LiveSession::run()
{
    // Like the probe workers: never take CPU from the GUI thread.
    platform::lowerCurrentThreadPriority();
    int sentIntervalMs = m_intervalMs.load();
    QString reason;
    bool connectionLost = true;
    QElapsedTimer silence;
    silence.start();
    if (!m_session->openStream(RuntimeSample::samplerCommand(sentIntervalMs / 1000.0))) {
        // libssh waits up to its timeout for the channel: a long wait means the connection stalled.
        reason = silence.elapsed() > 2 * RuntimeSample::heartbeatSeconds() * 1000
                     ? stalledFor(silence.elapsed())
                     : explainLoss(m_session->errorString());
    } else {
        QByteArray buffer;
        for (;;) {
            if (m_cancel && m_cancel->isCancelled())
                break;
            const int wanted = m_intervalMs.load();
            if (wanted != sentIntervalMs) {
                m_session->writeStream(QByteArray("interval ") + QByteArray::number(wanted / 1000.0, 'f', 1) + '\n');
                sentIntervalMs = wanted;
            }
            const SshSession::StreamRead read = m_session->readStream(&buffer, 1000);
            if (read == SshSession::StreamRead::Error) {
                qCDebug(lcMonitor) << m_name << "stream error after" << silence.elapsed()
                                   << "ms of silence:" << m_session->errorString();
                // libssh gives up on a socket that has been silent for its own timeout: that is a stall.
                if (silence.elapsed() > 2 * RuntimeSample::heartbeatSeconds() * 1000)
                    reason = stalledFor(silence.elapsed());
                else if (!(m_cancel && m_cancel->isCancelled()))
                    reason = explainLoss(m_session->errorString());
                break;
            }
            if (read == SshSession::StreamRead::Closed) {
                connectionLost = false;
                reason = tr("The live view ended on the runtime (exit status %1%2).")
                             .arg(m_session->streamExitStatus())
                             .arg(m_session->streamStderr().trimmed().isEmpty()
                                      ? QString()
                                      : QStringLiteral(": ") + lastLine(m_session->streamStderr()));
                break;
            }
            if (read == SshSession::StreamRead::Data)
                silence.restart();
            qsizetype newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const QByteArray line = buffer.left(newline);
                buffer.remove(0, newline + 1);
                RuntimeSample sample;
                if (RuntimeSample::parseLine(line, &sample) == RuntimeSample::LineKind::Sample)
                    emit sampleArrived(sample);
            }
            if (buffer.size() > 256 * 1024)
                buffer.clear(); // not the sampler talking: drop it rather than grow
            if (silence.elapsed() > silenceLimitMs()) {
                reason = stalledFor(silence.elapsed());
                break;
            }
        }
    }
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    if (!cancelled)
        qCDebug(lcMonitor) << m_name << "live session lost:" << reason;
    // Said before the teardown, which may wait on a stalled socket.
    if (!cancelled)
        emit lost(reason, connectionLost);
    m_session.reset(); // closes the channel and ends the proxy (the sampler exits on end of input)
    emit finished();
}

} // namespace colab
