#pragma once

#include <QByteArray>
#include <QStringList>
#include <sys/types.h>

namespace colab {

// Runs a proxy command (e.g. `cloudflared access ssh --hostname H`) with its stdin/stdout joined
// to one end of a socket pair, and keeps the other end for libssh (SSH_OPTIONS_FD). Unlike
// libssh's own ProxyCommand, this keeps the child's stderr, where cloudflared explains failures.
// Blocking-free to start; meant for worker threads. Never goes through a shell.
class ProxyProcess
{
public:
    ProxyProcess() = default;
    ~ProxyProcess();
    ProxyProcess(const ProxyProcess&) = delete;
    ProxyProcess& operator=(const ProxyProcess&) = delete;

    // argv[0] is the program (absolute path or found on PATH). Returns false with errorString set.
    bool start(const QStringList& argv);
    int socketFd() const { return m_socket; }
    // Hands the socket to the caller (libssh closes it with the session).
    int takeSocket();
    // What the proxy wrote to stderr so far (non-blocking read of what is buffered).
    QByteArray readStderr();
    bool hasExited();
    void stop();
    QString errorString() const { return m_error; }

private:
    pid_t m_pid = -1;
    int m_socket = -1;
    int m_stderr = -1;
    bool m_reaped = false;
    QByteArray m_stderrText;
    QString m_error;
};

} // namespace colab
