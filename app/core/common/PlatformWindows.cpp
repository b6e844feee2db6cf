// Windows: the Win32 side of common/Platform.h (QProcess wherever it is enough). Built only on
// Windows (app/core/CMakeLists.txt); on the Linux test machines scripts/check-windows.sh compiles
// it with MinGW-w64 (syntax only) and nothing runs it — see installers/README.md.
#include "common/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QProcess>
#include <QUuid>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <future>
#include <mutex>
#include <thread>

// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <io.h>
// clang-format on

namespace colab::platform {

void disableCoreDumps()
{
    // No crash dialog and no Windows Error Reporting dump of a process that holds a secret.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

void lowerCurrentThreadPriority()
{
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_LOWEST);
}

void shareHeapArenas() {}

namespace {
// One job for the whole process: when the last handle closes (we end, however), its members end.
HANDLE killOnCloseJob()
{
    static const HANDLE job = [] {
        HANDLE created = CreateJobObjectW(nullptr, nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (created)
            SetInformationJobObject(created, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        return created;
    }();
    return job;
}
} // namespace

void endWithParent(QProcess& process)
{
    QObject::connect(&process, &QProcess::started, &process, [&process] {
        const HANDLE job = killOnCloseJob();
        const HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process.processId()));
        if (job && child)
            AssignProcessToJobObject(job, child);
        if (child)
            CloseHandle(child);
    });
}

FilePlaced placeFile(const QString& from, const QString& to, bool toExists)
{
    return MoveFileExW(reinterpret_cast<const wchar_t*>(from.utf16()), reinterpret_cast<const wchar_t*>(to.utf16()),
                       toExists ? MOVEFILE_REPLACE_EXISTING : 0) != 0
               ? FilePlaced::Replaced
               : FilePlaced::Failed;
}

bool syncToDisk(QFileDevice& file)
{
    if (!file.flush())
        return false;
    // QFile keeps its HANDLE to itself: a second handle on the same file flushes its cached data.
    const HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t*>(file.fileName().utf16()), GENERIC_WRITE,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool flushed = FlushFileBuffers(handle) != 0;
    CloseHandle(handle);
    return flushed;
}

bool isPrivateDirOfOurs(const QString& path)
{
    // Folders under the user's profile (%LOCALAPPDATA%, its Temp) are closed to other users by
    // their inherited ACL; a link could point anywhere.
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink() && !info.isJunction();
}

bool makePrivateDir(const QString& path)
{
    QDir().mkdir(path);
    return isPrivateDirOfOurs(path);
}

QString fallbackRuntimeDir()
{
    return QDir::tempPath() + QStringLiteral("/colab-tunnel"); // %LOCALAPPDATA%\Temp: per user
}

EndpointOwner localEndpointOwner(const QString& path)
{
    // QLocalServer uses a named pipe, not a file: nothing of anyone's is at `path`, and the pipe's
    // default DACL admits this user's processes only.
    Q_UNUSED(path);
    return EndpointOwner::Us;
}

bool hasDefaultRoute()
{
    return true; // not looked up here: never keeps the checks paused
}

EndpointOwner loopbackPortOwner(int port)
{
    Q_UNUSED(port); // the owner of a listening socket is not looked up here
    return EndpointOwner::None;
}

bool stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

int readLineFromStdin(char* buffer, int capacity)
{
    int size = 0;
    while (size < capacity) {
        char c;
        if (_read(_fileno(stdin), &c, 1) != 1 || c == '\n')
            break;
        buffer[size++] = c;
    }
    while (size > 0 && buffer[size - 1] == '\r')
        --size;
    return size;
}

namespace {
DWORD g_savedConsoleMode = 0;

BOOL WINAPI restoreEcho(DWORD)
{
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), g_savedConsoleMode);
    return FALSE; // and the default handling ends the process
}

std::mutex g_stopMutex;
QPointer<StopRequests> g_stopRequests;

BOOL WINAPI onConsoleStop(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    const std::lock_guard<std::mutex> lock(g_stopMutex);
    if (!g_stopRequests)
        return FALSE;
    QMetaObject::invokeMethod(g_stopRequests.data(), "requested", Qt::QueuedConnection);
    return TRUE;
}
} // namespace

EchoOff::EchoOff()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    GetConsoleMode(input, &g_savedConsoleMode);
    SetConsoleCtrlHandler(restoreEcho, TRUE);
    SetConsoleMode(input, g_savedConsoleMode & ~DWORD(ENABLE_ECHO_INPUT));
}

EchoOff::~EchoOff()
{
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), g_savedConsoleMode);
    SetConsoleCtrlHandler(restoreEcho, FALSE);
}

struct StopRequests::Private
{
    bool installed = false;
};

StopRequests::StopRequests(QObject* parent) : QObject(parent), d(new Private)
{
    const std::lock_guard<std::mutex> lock(g_stopMutex);
    if (g_stopRequests)
        return;
    g_stopRequests = this;
    d->installed = SetConsoleCtrlHandler(onConsoleStop, TRUE) != 0;
}

StopRequests::~StopRequests()
{
    if (!d->installed)
        return;
    SetConsoleCtrlHandler(onConsoleStop, FALSE);
    const std::lock_guard<std::mutex> lock(g_stopMutex);
    g_stopRequests = nullptr;
}

bool StopRequests::active() const
{
    return d->installed;
}

DetachedChild::~DetachedChild()
{
    if (m_handle)
        CloseHandle(HANDLE(m_handle));
    if (!m_errorPath.isEmpty())
        QFile::remove(m_errorPath); // fails while the child still writes to it: then it stays in Temp
}

bool DetachedChild::start(const QStringList& argv, QString* error)
{
    m_errorPath = QDir::tempPath() +
                  QStringLiteral("/colab-tunnel-launch-%1.log").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QProcess process;
    process.setProgram(argv.first());
    process.setArguments(argv.mid(1));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(m_errorPath);
    if (!process.startDetached(&m_pid)) {
        *error = process.errorString();
        return false;
    }
    m_handle = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(m_pid));
    return true;
}

bool DetachedChild::exited(int* exitCode)
{
    if (!m_handle || WaitForSingleObject(HANDLE(m_handle), 0) != WAIT_OBJECT_0)
        return false;
    DWORD code = 0;
    GetExitCodeProcess(HANDLE(m_handle), &code);
    CloseHandle(HANDLE(m_handle));
    m_handle = nullptr;
    m_pid = -1;
    *exitCode = int(code);
    return true;
}

QByteArray DetachedChild::errors(int limit)
{
    QFile file(m_errorPath);
    return file.open(QIODevice::ReadOnly) ? file.read(limit) : QByteArray();
}

void DetachedChild::release(QObject* reaperOwner)
{
    // Windows keeps no zombies: closing our handle is all.
    Q_UNUSED(reaperOwner);
    if (m_handle)
        CloseHandle(HANDLE(m_handle));
    m_handle = nullptr;
    m_pid = -1;
}

namespace {
struct WinsockInit
{
    WinsockInit()
    {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
    }
    ~WinsockInit() { WSACleanup(); }
};

// Windows has no socketpair(): two ends of a loopback TCP connection instead.
bool loopbackPair(SOCKET ends[2])
{
    static WinsockInit winsock;
    const SOCKET listener = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (listener == INVALID_SOCKET)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof address;
    ends[0] = ends[1] = INVALID_SOCKET;
    if (::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0 && ::listen(listener, 1) == 0) {
        ends[0] = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        if (ends[0] != INVALID_SOCKET &&
            ::connect(ends[0], reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
            // Another local process could connect first: accept only the end we connected.
            sockaddr_in ours{};
            sockaddr_in peer{};
            int oursLength = sizeof ours;
            int peerLength = sizeof peer;
            ends[1] = ::accept(listener, reinterpret_cast<sockaddr*>(&peer), &peerLength);
            if (ends[1] != INVALID_SOCKET &&
                (::getsockname(ends[0], reinterpret_cast<sockaddr*>(&ours), &oursLength) != 0 ||
                 ours.sin_port != peer.sin_port)) {
                ::closesocket(ends[1]);
                ends[1] = INVALID_SOCKET;
            }
        }
    }
    ::closesocket(listener);
    if (ends[1] == INVALID_SOCKET) {
        if (ends[0] != INVALID_SOCKET)
            ::closesocket(ends[0]);
        return false;
    }
    return true;
}
} // namespace

// A pump thread runs the proxy with QProcess (blocking calls, no event loop) and copies bytes
// between its stdin/stdout and our end of the loopback pair.
struct ProxyChild::Private
{
    SOCKET socket = INVALID_SOCKET; // libssh's end
    SOCKET pumpEnd = INVALID_SOCKET;
    std::thread pump;
    std::atomic<bool> stopping{false};
    std::atomic<bool> exited{false};
    std::mutex mutex;
    QByteArray stderrText;

    void run(QStringList argv, std::promise<QString> started)
    {
        QProcess process;
        process.setProgram(argv.first());
        process.setArguments(argv.mid(1));
        process.start();
        if (!process.waitForStarted(10000)) {
            started.set_value(process.errorString());
            exited = true;
            return;
        }
        started.set_value(QString());
        char buffer[16384];
        while (!stopping && process.state() == QProcess::Running) {
            if (process.waitForReadyRead(20) || process.bytesAvailable() > 0) {
                const QByteArray out = process.readAllStandardOutput();
                for (qsizetype sent = 0; sent < out.size();) {
                    const int n = ::send(pumpEnd, out.constData() + sent, int(out.size() - sent), 0);
                    if (n <= 0)
                        break;
                    sent += n;
                }
            }
            const QByteArray err = process.readAllStandardError();
            if (!err.isEmpty()) {
                const std::lock_guard<std::mutex> lock(mutex);
                if (stderrText.size() < 64 * 1024)
                    stderrText.append(err);
            }
            fd_set readable;
            FD_ZERO(&readable);
            FD_SET(pumpEnd, &readable);
            timeval now{0, 0};
            if (::select(0, &readable, nullptr, nullptr, &now) == 1) {
                const int n = ::recv(pumpEnd, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    process.closeWriteChannel(); // libssh closed its end
                    break;
                }
                process.write(buffer, n);
                process.waitForBytesWritten(1000);
            }
        }
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(500)) {
                process.kill();
                process.waitForFinished(2000);
            }
        }
        const std::lock_guard<std::mutex> lock(mutex);
        stderrText.append(process.readAllStandardError());
        exited = true;
    }
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
    SOCKET ends[2];
    if (!loopbackPair(ends)) {
        *error = QStringLiteral("no loopback socket pair (WSA error %1)").arg(WSAGetLastError());
        return false;
    }
    d->socket = ends[0];
    d->pumpEnd = ends[1];
    std::promise<QString> started;
    std::future<QString> result = started.get_future();
    d->pump = std::thread(&Private::run, d.get(), QStringList{program} + argv.mid(1), std::move(started));
    *error = result.get();
    if (!error->isEmpty()) {
        stop();
        return false;
    }
    return true;
}

qintptr ProxyChild::socket() const
{
    return d->socket == INVALID_SOCKET ? -1 : qintptr(d->socket);
}

qintptr ProxyChild::takeSocket()
{
    const qintptr taken = socket();
    d->socket = INVALID_SOCKET;
    return taken;
}

QByteArray ProxyChild::readStderr()
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->stderrText;
}

bool ProxyChild::hasExited()
{
    return d->exited;
}

void ProxyChild::stop()
{
    if (d->socket != INVALID_SOCKET) {
        ::closesocket(d->socket);
        d->socket = INVALID_SOCKET;
    }
    d->stopping = true;
    if (d->pump.joinable())
        d->pump.join();
    if (d->pumpEnd != INVALID_SOCKET) {
        ::closesocket(d->pumpEnd);
        d->pumpEnd = INVALID_SOCKET;
    }
}

qintptr duplicateSocket(qintptr socket)
{
    if (socket < 0)
        return -1;
    WSAPROTOCOL_INFOW info{};
    if (WSADuplicateSocketW(SOCKET(socket), GetCurrentProcessId(), &info) != 0)
        return -1;
    const SOCKET copy = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0, 0);
    return copy == INVALID_SOCKET ? -1 : qintptr(copy);
}

void shutdownSocket(qintptr socket)
{
    ::shutdown(SOCKET(socket), SD_BOTH);
}

void closeSocket(qintptr socket)
{
    ::closesocket(SOCKET(socket));
}

} // namespace colab::platform
