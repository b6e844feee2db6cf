#pragma once

#include "ssh/RuntimeSample.h"
#include "ssh/SshSession.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <thread>

namespace colab {

// One kept-open, logged-in SSH session to an online runtime, running the live sampler and reading
// it on its own thread (see docs/live-sessions.md for why a thread per session). It notices a lost
// runtime within silenceLimitMs(): end of file, the proxy gone, or nothing — not even a heartbeat —
// for that long. Signals arrive queued in the thread that owns the object.
class LiveSession : public QObject
{
    Q_OBJECT
public:
    // `cancel` is the token `session` watches: cancelling it (stop(), or its owner) ends the thread.
    LiveSession(QString name, std::unique_ptr<SshSession> session, std::shared_ptr<CancelToken> cancel, int intervalMs,
                QObject* parent = nullptr);
    ~LiveSession() override; // stops and waits for the thread (promptly: the socket is shut down)

    void start();
    void setIntervalMs(int intervalMs); // any thread; applied on the runtime within a second
    void stop();                        // returns at once; finished() follows
    void wait();
    QString name() const { return m_name; }

    // Three heartbeats missed, plus a second of slack: offline within 10 s of a stall.
    static int silenceLimitMs() { return 3 * RuntimeSample::heartbeatSeconds() * 1000 + 1000; }

signals:
    void sampleArrived(const colab::RuntimeSample& sample);
    // The session is gone. `connectionLost`: the runtime (or the way to it) went away; otherwise
    // only the sampler ended and the runtime may still answer. `reason` is for people.
    void lost(const QString& reason, bool connectionLost);
    void finished();

private:
    void run();
    QString explainLoss(const QString& sshError) const;
    static QString stalledFor(qint64 silentMs);

    QString m_name;
    std::unique_ptr<SshSession> m_session;
    std::shared_ptr<CancelToken> m_cancel;
    std::atomic<int> m_intervalMs;
    std::thread m_thread;
};

} // namespace colab
