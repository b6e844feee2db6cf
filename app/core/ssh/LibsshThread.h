#pragma once

namespace colab {

// Put one at the top of every task that may run libssh (and so OpenSSL) on a thread the app does not
// join with pthread_join — a QThreadPool worker or a QThread. QThreadPool::waitForDone() and
// QThread::wait() return before the OS thread has run its thread-local destructors, and OpenSSL's
// per-thread cleanup running there while exit() frees OpenSSL's global locks crashed CI once. Ending
// the thread's OpenSSL state when the task ends leaves nothing for that late cleanup to do.
class LibsshThreadScope
{
public:
    LibsshThreadScope() = default;
    ~LibsshThreadScope();
    LibsshThreadScope(const LibsshThreadScope&) = delete;
    LibsshThreadScope& operator=(const LibsshThreadScope&) = delete;
};

} // namespace colab
