#include "monitor/PasswordGate.h"

#include "secrets/SecretMemory.h"
#include "ssh/SshSession.h"

#include <chrono>

namespace colab {

namespace {
// A cancel has no wake-up of its own: waiters look at it this often.
constexpr std::chrono::milliseconds kCancelPoll{50};
} // namespace

PasswordGate::~PasswordGate()
{
    wipeSecret(m_password);
}

QString PasswordGate::await(const CancelToken& cancel, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_asked && !m_open) {
        m_asked = true;
        lock.unlock();
        if (m_ask)
            m_ask();
        lock.lock();
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!m_open && !cancel.isCancelled() && std::chrono::steady_clock::now() < deadline)
        m_opened.wait_for(lock, kCancelPoll);
    if (!m_open && !cancel.isCancelled())
        m_asked = false; // no answer in time (an unlock prompt left open?): the next login asks again
    return m_open && !cancel.isCancelled() ? copySecret(m_password) : QString();
}

void PasswordGate::open(const QString& password)
{
    {
        const std::lock_guard lock(m_mutex);
        wipeSecret(m_password);
        m_password = copySecret(password);
        m_open = true;
    }
    m_opened.notify_all();
}

} // namespace colab
