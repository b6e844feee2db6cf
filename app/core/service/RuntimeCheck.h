#pragma once

#include "ssh/ProbeResult.h"
#include "ssh/RuntimeSample.h"
#include "tunnels/Tunnel.h"

#include <QObject>
#include <QString>
#include <memory>
#include <thread>

namespace colab {

class CancelToken;
class LiveSession;

// A runtime checked on request, outside the app's monitor (`colab-tunnel probe` and `watch`): the
// keychain's password, then the monitor's own probe (key first, then the password, TOFU, facts) on
// a thread of its own that is joined before this object goes; a watch keeps the logged-in session
// and samples it. Widget-free; every signal arrives on the caller's thread.
class RuntimeCheck : public QObject
{
    Q_OBJECT
public:
    // `cloudflaredPath`: the user's choice; empty = locate it.
    explicit RuntimeCheck(QString cloudflaredPath, QObject* parent = nullptr);
    ~RuntimeCheck() override; // stops at once and waits for the probe or the live session to end

    // One full probe; checked follows.
    void probe(const Tunnel& tunnel, int timeoutMs);
    // A full probe that, once online, samples the runtime every `intervalMs` over the same session:
    // checked, then sampleArrived until lost.
    void watch(const Tunnel& tunnel, int intervalMs);

signals:
    // The keychain did not give the password (the probe tries the app's key only).
    void keychainProblem(const QString& message);
    void checked(const colab::ProbeResult& result);
    void sampleArrived(const colab::RuntimeSample& sample);
    void lost(const QString& reason);

private:
    void start(const Tunnel& tunnel, int timeoutMs, int sampleIntervalMs);

    QString m_cloudflared;
    std::shared_ptr<CancelToken> m_cancel;
    std::thread m_probe;
    std::unique_ptr<LiveSession> m_live;
};

} // namespace colab
