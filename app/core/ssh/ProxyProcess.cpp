#include "ssh/ProxyProcess.h"

#include "common/NativeArgv.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace colab {

ProxyProcess::~ProxyProcess()
{
    stop();
}

bool ProxyProcess::start(const QStringList& argv)
{
    if (argv.isEmpty()) {
        m_error = QStringLiteral("no proxy command");
        return false;
    }
    QString program = argv.first();
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_error = QStringLiteral("%1 was not found or is not executable").arg(argv.first());
        return false;
    }

    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    int errPipe[2];
    if (pipe2(errPipe, O_CLOEXEC) != 0) {
        m_error = QString::fromLocal8Bit(strerror(errno));
        ::close(pair[0]);
        ::close(pair[1]);
        return false;
    }

    NativeArgv args(QStringList{program} + argv.mid(1));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pair[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pair[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Own process group, so stopping the proxy also stops what it started (e.g. socat).
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    const int rc = posix_spawn(&m_pid, args.program(), &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(pair[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        m_error = QString::fromLocal8Bit(strerror(rc));
        ::close(pair[0]);
        ::close(errPipe[0]);
        m_pid = -1;
        return false;
    }
    m_socket = pair[0];
    m_stderr = errPipe[0];
    fcntl(m_stderr, F_SETFL, fcntl(m_stderr, F_GETFL) | O_NONBLOCK);
    return true;
}

int ProxyProcess::takeSocket()
{
    const int fd = m_socket;
    m_socket = -1;
    return fd;
}

QByteArray ProxyProcess::readStderr()
{
    if (m_stderr >= 0) {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(m_stderr, buf, sizeof buf);
            if (n <= 0)
                break;
            if (m_stderrText.size() < 64 * 1024)
                m_stderrText.append(buf, int(n));
        }
    }
    return m_stderrText;
}

bool ProxyProcess::hasExited()
{
    if (m_pid < 0 || m_reaped)
        return true;
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid)
        m_reaped = true;
    return m_reaped;
}

void ProxyProcess::stop()
{
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
    if (m_pid > 0 && !hasExited()) {
        ::kill(-m_pid, SIGTERM);
        for (int i = 0; i < 50 && !hasExited(); ++i)
            usleep(10 * 1000);
        if (!hasExited()) {
            ::kill(-m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
            m_reaped = true;
        }
    }
    readStderr();
    if (m_stderr >= 0) {
        ::close(m_stderr);
        m_stderr = -1;
    }
}

} // namespace colab
