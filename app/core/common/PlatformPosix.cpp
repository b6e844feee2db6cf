// Linux and macOS: the POSIX side of common/Platform.h.
#include "common/NativeArgv.h"
#include "common/Platform.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

namespace colab::platform {

namespace {
// pipe2() and SOCK_CLOEXEC are Linux's: elsewhere (macOS) the flags are set right after.
#ifndef Q_OS_LINUX
void setFlags(const int fds[2], int statusFlags)
{
    for (int i = 0; i < 2; ++i) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        if (statusFlags)
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | statusFlags);
    }
}
#endif

int makePipe(int fds[2], int statusFlags)
{
#ifdef Q_OS_LINUX
    return ::pipe2(fds, O_CLOEXEC | statusFlags);
#else
    if (::pipe(fds) != 0)
        return -1;
    setFlags(fds, statusFlags);
    return 0;
#endif
}

int makeSocketPair(int fds[2])
{
#ifdef Q_OS_LINUX
    return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds);
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        return -1;
    setFlags(fds, 0);
    return 0;
#endif
}
} // namespace

void disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif
}

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // Linux schedules threads one by one: the thread's own nice value (and its children inherit it).
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 19);
#elif defined(Q_OS_MACOS)
    // macOS: nice values are per process; the background band is the per-thread equivalent.
    setpriority(PRIO_DARWIN_THREAD, 0, PRIO_DARWIN_BG);
#endif
}

void shareHeapArenas()
{
#ifdef __GLIBC__
    // glibc gives each new thread an arena of its own (up to 8 per core); a probe's thread keeps
    // its freed memory in it afterwards. Probes wait on round trips, so sharing costs no time.
    mallopt(M_ARENA_MAX, 2); // NOLINT(concurrency-mt-unsafe): once at start-up, before any thread
#endif
}

void endWithParent(QProcess& process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

bool syncToDisk(QFileDevice& file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

FilePlaced placeFile(const QString& from, const QString& to, bool toExists)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(),
                    toExists ? RENAME_EXCHANGE : RENAME_NOREPLACE) == 0)
        return toExists ? FilePlaced::Swapped : FilePlaced::Replaced;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) // else: the file system cannot
        return FilePlaced::Failed;
#endif
    if (!toExists) {
        // link() never replaces: a file created meanwhile stays.
        if (::link(source.constData(), target.constData()) != 0)
            return FilePlaced::Failed;
        ::unlink(source.constData());
        return FilePlaced::Replaced;
    }
    return ::rename(source.constData(), target.constData()) == 0 ? FilePlaced::Replaced : FilePlaced::Failed;
}

bool isPrivateDirOfOurs(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::getuid() && (info.st_mode & 077) == 0;
}

bool makePrivateDir(const QString& path)
{
    // mkdir is atomic: either we create it 0700 now, or we check who made it.
    ::mkdir(QFile::encodeName(path).constData(), 0700);
    return isPrivateDirOfOurs(path);
}

QString fallbackRuntimeDir()
{
    return QStringLiteral("/tmp/colab-tunnel-%1").arg(::getuid());
}

EndpointOwner localEndpointOwner(const QString& path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return EndpointOwner::None;
    return S_ISSOCK(info.st_mode) && info.st_uid == ::getuid() ? EndpointOwner::Us : EndpointOwner::SomeoneElse;
}

EndpointOwner loopbackPortOwner(int port)
{
    EndpointOwner owner = EndpointOwner::None;
#ifdef Q_OS_LINUX
    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid ...
    const QByteArray hexPort = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> localHosts = {"0100007F", "00000000", "00000000000000000000000000000000",
                                          "00000000000000000000000001000000", "0000000000000000FFFF00000100007F"};
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 8 || fields.at(3) != "0A") // 0A: listening
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2 || local.at(1) != hexPort || !localHosts.contains(local.at(0)))
                continue;
            if (fields.at(7).toUInt() != ::getuid())
                return EndpointOwner::SomeoneElse;
            owner = EndpointOwner::Us;
        }
    }
#else
    Q_UNUSED(port);
#endif
    return owner;
}

bool hasDefaultRoute()
{
#ifdef Q_OS_LINUX
    constexpr uint kUp = 0x0001;     // RTF_UP
    constexpr uint kReject = 0x0200; // RTF_REJECT: the "unreachable" default IPv6 keeps on lo
    // Iface Destination Gateway Flags ... Mask ...
    QFile ipv4(QStringLiteral("/proc/net/route"));
    if (ipv4.open(QIODevice::ReadOnly)) {
        ipv4.readLine(); // the header
        while (!ipv4.atEnd()) {
            const QList<QByteArray> fields = ipv4.readLine().simplified().split(' ');
            if (fields.size() >= 8 && fields.at(1) == "00000000" && fields.at(7) == "00000000" &&
                (fields.at(3).toUInt(nullptr, 16) & (kUp | kReject)) == kUp)
                return true;
        }
    }
    // destination prefix-length source prefix-length next-hop metric refcount use flags device
    QFile ipv6(QStringLiteral("/proc/net/ipv6_route"));
    if (ipv6.open(QIODevice::ReadOnly)) {
        while (!ipv6.atEnd()) {
            const QList<QByteArray> fields = ipv6.readLine().simplified().split(' ');
            if (fields.size() >= 10 && fields.at(0) == QByteArray(32, '0') && fields.at(1) == "00" &&
                (fields.at(8).toUInt(nullptr, 16) & (kUp | kReject)) == kUp)
                return true;
        }
    }
    return false;
#else
    return true;
#endif
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

int readLineFromStdin(char* buffer, int capacity)
{
    int size = 0;
    while (size < capacity) {
        char c;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        buffer[size++] = c;
    }
    while (size > 0 && buffer[size - 1] == '\r')
        --size;
    return size;
}

namespace {
// The terminal's settings while echo is off, for the signal handler to put back.
termios g_savedTerminal{};
// Not SIGTSTP: the shell puts the terminal back for a stopped job, and after `fg` we read on.
constexpr int kEchoSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_echoPrevious[std::size(kEchoSignals)]{};

extern "C" void restoreEchoAndReraise(int signal)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
int g_stopPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1); // async-signal-safe
}
} // namespace

EchoOff::EchoOff()
{
    tcgetattr(STDIN_FILENO, &g_savedTerminal);
    struct sigaction action
    {
    };
    action.sa_handler = restoreEchoAndReraise;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < int(std::size(kEchoSignals)); ++i)
        sigaction(kEchoSignals[i], &action, &g_echoPrevious[i]);
    termios quiet = g_savedTerminal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
}

EchoOff::~EchoOff()
{
    tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    for (int i = 0; i < int(std::size(kEchoSignals)); ++i)
        sigaction(kEchoSignals[i], &g_echoPrevious[i], nullptr);
}

struct StopRequests::Private
{
    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction previous[std::size(kStopSignals)]{};
};

StopRequests::StopRequests(QObject* parent) : QObject(parent), d(new Private)
{
    // The self-pipe trick: the handler only writes a byte; the event loop reads it.
    if (g_stopPipe[0] >= 0 || makePipe(g_stopPipe, O_NONBLOCK) != 0)
        return;
    d->notifier = std::make_unique<QSocketNotifier>(g_stopPipe[0], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        while (::read(g_stopPipe[0], &byte, 1) > 0) {
        }
        emit requested();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < int(std::size(kStopSignals)); ++i)
        sigaction(kStopSignals[i], &action, &d->previous[i]);
}

StopRequests::~StopRequests()
{
    if (!d->notifier)
        return;
    for (int i = 0; i < int(std::size(kStopSignals)); ++i)
        sigaction(kStopSignals[i], &d->previous[i], nullptr);
    d->notifier.reset();
    ::close(g_stopPipe[0]);
    ::close(g_stopPipe[1]);
    g_stopPipe[0] = g_stopPipe[1] = -1;
}

bool StopRequests::active() const
{
    return bool(d->notifier);
}

namespace {
int openUnlinkedTempFile()
{
    const QByteArray dir = QFile::encodeName(QDir::tempPath());
#ifdef O_TMPFILE
    const int fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
#endif
    QByteArray name = dir + "/colab-tunnel-launch-XXXXXX";
    const int fallback = ::mkostemp(name.data(), O_CLOEXEC);
    if (fallback >= 0)
        ::unlink(name.constData());
    return fallback;
}
} // namespace

DetachedChild::~DetachedChild()
{
    if (m_errorFile >= 0)
        ::close(m_errorFile);
}

bool DetachedChild::start(const QStringList& argv, QString* error)
{
    const int errFile = openUnlinkedTempFile();
    if (errFile < 0) {
        *error = qt_error_string(errno);
        return false;
    }
    NativeArgv args(argv);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, errFile, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Its own session: the IDE outlives us and our terminal.
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, args.program(), &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) {
        ::close(errFile);
        *error = qt_error_string(rc);
        return false;
    }
    m_pid = pid;
    m_errorFile = errFile;
    return true;
}

bool DetachedChild::exited(int* exitCode)
{
    int status = 0;
    if (m_pid <= 0 || waitpid(pid_t(m_pid), &status, WNOHANG) != pid_t(m_pid))
        return false;
    m_pid = -1;
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return true;
}

QByteArray DetachedChild::errors(int limit)
{
    QByteArray text;
    char buf[1024];
    ssize_t n;
    while (m_errorFile >= 0 && text.size() < limit &&
           (n = ::pread(m_errorFile, buf, sizeof buf, off_t(text.size()))) > 0)
        text.append(buf, int(n));
    return text;
}

void DetachedChild::release(QObject* reaperOwner)
{
    if (m_errorFile >= 0)
        ::close(m_errorFile);
    m_errorFile = -1;
    if (m_pid <= 0)
        return;
    // Still running: collect it when it ends so no zombie is left behind.
    const pid_t pid = pid_t(m_pid);
    m_pid = -1;
    auto* reaper = new QTimer(reaperOwner);
    QObject::connect(reaper, &QTimer::timeout, reaper, [reaper, pid] {
        if (waitpid(pid, nullptr, WNOHANG) != 0)
            reaper->deleteLater();
    });
    reaper->start(2000);
}

struct ProxyChild::Private
{
    pid_t pid = -1;
    int socket = -1;
    int stderrFd = -1;
    bool reaped = false;
    QByteArray stderrText;
};

ProxyChild::ProxyChild() : d(new Private) {}

ProxyChild::~ProxyChild()
{
    stop();
}

bool ProxyChild::start(const QStringList& argv, QString* error)
{
    const QString program = proxyProgram(argv, error);
    if (program.isEmpty())
        return false;

    int pair[2];
    if (makeSocketPair(pair) != 0) {
        *error = qt_error_string(errno);
        return false;
    }
    int errPipe[2];
    if (makePipe(errPipe, 0) != 0) {
        *error = qt_error_string(errno);
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
    const int rc = posix_spawn(&d->pid, args.program(), &actions, &attr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(pair[1]);
    ::close(errPipe[1]);
    if (rc != 0) {
        *error = qt_error_string(rc);
        ::close(pair[0]);
        ::close(errPipe[0]);
        d->pid = -1;
        return false;
    }
    d->socket = pair[0];
    d->stderrFd = errPipe[0];
    fcntl(d->stderrFd, F_SETFL, fcntl(d->stderrFd, F_GETFL) | O_NONBLOCK);
    return true;
}

qintptr ProxyChild::socket() const
{
    return d->socket;
}

qintptr ProxyChild::takeSocket()
{
    const int fd = d->socket;
    d->socket = -1;
    return fd;
}

QByteArray ProxyChild::readStderr()
{
    if (d->stderrFd >= 0) {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(d->stderrFd, buf, sizeof buf);
            if (n <= 0)
                break;
            if (d->stderrText.size() < 64 * 1024)
                d->stderrText.append(buf, int(n));
        }
    }
    return d->stderrText;
}

bool ProxyChild::hasExited()
{
    if (d->pid < 0 || d->reaped)
        return true;
    int status = 0;
    if (waitpid(d->pid, &status, WNOHANG) == d->pid)
        d->reaped = true;
    return d->reaped;
}

void ProxyChild::stop()
{
    if (d->socket >= 0) {
        ::close(d->socket);
        d->socket = -1;
    }
    if (d->pid > 0 && !hasExited()) {
        ::kill(-d->pid, SIGTERM);
        for (int i = 0; i < 50 && !hasExited(); ++i)
            usleep(10 * 1000);
        if (!hasExited()) {
            ::kill(-d->pid, SIGKILL);
            waitpid(d->pid, nullptr, 0);
            d->reaped = true;
        }
    }
    readStderr();
    if (d->stderrFd >= 0) {
        ::close(d->stderrFd);
        d->stderrFd = -1;
    }
}

qintptr duplicateSocket(qintptr socket)
{
    return socket >= 0 ? ::fcntl(int(socket), F_DUPFD_CLOEXEC, 0) : -1;
}

void shutdownSocket(qintptr socket)
{
    ::shutdown(int(socket), SHUT_RDWR);
}

void closeSocket(qintptr socket)
{
    ::close(int(socket));
}

} // namespace colab::platform
