#pragma once

#include "monitor/TunnelMonitor.h"

#include <QMutex>
#include <QStringList>
#include <QThread>

namespace colab::test {

// Plays a Colab runtime for the monitor where Cloudflare cannot be reached: it answers a probe the
// way the real Prober does for such a runtime — offline (bad handshake) while stopped; a password
// needed when neither the app's key nor a password is offered; a refused password; online with
// the right one. It takes a little time, on the worker thread, and honours cancellation.
class FakeRuntime
{
public:
    explicit FakeRuntime(QString password = {}) : m_password(std::move(password)) {}

    void setRunning(bool running)
    {
        QMutexLocker lock(&m_mutex);
        m_running = running;
    }
    void setPassword(const QString& password)
    {
        QMutexLocker lock(&m_mutex);
        m_password = password;
    }
    void setHangs(bool hangs)
    {
        QMutexLocker lock(&m_mutex);
        m_hangs = hangs;
    }
    QStringList passwordsTried() const
    {
        QMutexLocker lock(&m_mutex);
        return m_tried;
    }

    TunnelMonitor::ProbeFunction probe()
    {
        return [this](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request) {
            return answer(tunnel, request);
        };
    }

private:
    ProbeResult answer(const Tunnel& tunnel, const TunnelMonitor::ProbeRequest& request)
    {
        ProbeResult result;
        result.name = tunnel.name;
        bool hangs;
        {
            QMutexLocker lock(&m_mutex);
            hangs = m_hangs;
        }
        for (int waited = 0; waited < (hangs ? 60000 : 30); waited += 10) {
            if (request.cancel && request.cancel->isCancelled())
                return result; // Unknown: the monitor drops it
            QThread::msleep(10);
        }
        bool running;
        {
            QMutexLocker lock(&m_mutex);
            running = m_running;
        }
        // As Prober does: the app's key is not authorised here, so a login without a password asks
        // for one (and may wait for the keychain) before it tries it.
        QString password = request.password;
        if (running && request.depth == Prober::Depth::Full && password.isEmpty() && request.passwordOnDemand)
            password = request.passwordOnDemand();
        QMutexLocker lock(&m_mutex);
        if (!m_running) {
            result.state = ProbeResult::State::Offline;
            result.message = QStringLiteral("The runtime is not reachable: it stopped (websocket: bad handshake).");
            return result;
        }
        if (request.depth == Prober::Depth::Banner) {
            result.state = ProbeResult::State::Online;
            return result;
        }
        // What reaches a runtime is a copy of the bytes; the monitor wipes its own afterwards.
        m_tried << QString(password.constData(), password.size());
        if (password.isEmpty()) {
            result.state = ProbeResult::State::PasswordNeeded;
            result.message = QStringLiteral("The runtime needs the SSH password for the first login.");
        } else if (password != m_password) {
            result.state = ProbeResult::State::AuthFailed;
            result.message = QStringLiteral("The runtime refused the password.");
        } else {
            result.state = ProbeResult::State::Online;
            result.message = QStringLiteral("Online · Tesla T4");
        }
        return result;
    }

    mutable QMutex m_mutex;
    QString m_password;
    bool m_running = true;
    bool m_hangs = false;
    QStringList m_tried;
};

} // namespace colab::test
