#pragma once

#include "common/Platform.h"

#include <QByteArray>
#include <QStringList>

namespace colab {

// Runs a proxy command (e.g. `cloudflared access ssh --hostname H`) with its stdin/stdout joined
// to one end of a socket pair, and keeps the other end for libssh (SSH_OPTIONS_FD). Unlike
// libssh's own ProxyCommand, this keeps the child's stderr, where cloudflared explains failures.
// Blocking-free to start; meant for worker threads. Never goes through a shell. How the child is
// started and stopped on each system: platform::ProxyChild (common/Platform.h).
class ProxyProcess
{
public:
    ProxyProcess() = default;
    ~ProxyProcess() = default;
    ProxyProcess(const ProxyProcess&) = delete;
    ProxyProcess& operator=(const ProxyProcess&) = delete;

    // What reaches a runtime's sshd on stdin/stdout: `cloudflared access ssh --hostname H` (the
    // probe, live sessions and the IDE port forward all use this one command line).
    static QStringList cloudflaredSsh(const QString& cloudflared, const QString& hostname)
    {
        return {cloudflared, QStringLiteral("access"), QStringLiteral("ssh"), QStringLiteral("--hostname"), hostname};
    }

    // argv[0] is the program (absolute path or found on PATH). Returns false with errorString set.
    bool start(const QStringList& argv) { return m_child.start(argv, &m_error); }
    qintptr socketFd() const { return m_child.socket(); }
    // Hands the socket to the caller (libssh closes it with the session).
    qintptr takeSocket() { return m_child.takeSocket(); }
    // What the proxy wrote to stderr so far (non-blocking read of what is buffered).
    QByteArray readStderr() { return m_child.readStderr(); }
    bool hasExited() { return m_child.hasExited(); }
    void stop() { m_child.stop(); }
    QString errorString() const { return m_error; }

private:
    platform::ProxyChild m_child;
    QString m_error;
};

} // namespace colab
