#pragma once

#include <QString>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace colab {

class CancelToken;

// Lets probes on worker threads wait for the password at the moment a login first needs it. Most
// logins use the app's key, so the keychain is read only then: an app whose runtimes are offline
// or know its key never loads the Secret Service client and never holds the password.
class PasswordGate
{
public:
    // `ask` runs once, on the first waiting thread, to start the lookup (it must not block).
    explicit PasswordGate(std::function<void()> ask) : m_ask(std::move(ask)) {}
    ~PasswordGate();
    PasswordGate(const PasswordGate&) = delete;
    PasswordGate& operator=(const PasswordGate&) = delete;

    // Worker threads: the caller's own copy of the password once the gate is open (empty when
    // none is stored), or empty when `cancel` fires or `timeoutMs` passes first.
    QString await(const CancelToken& cancel, int timeoutMs);
    // Any thread: wakes every waiter; later waits return this password at once.
    void open(const QString& password);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_opened;
    std::function<void()> m_ask;
    bool m_asked = false;
    bool m_open = false;
    QString m_password;
};

} // namespace colab
