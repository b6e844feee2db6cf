#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QFileDevice;
class QProcess;

// Everything the app does that differs between POSIX (Linux, macOS) and Windows, in one place:
// PlatformPosix.cpp or PlatformWindows.cpp is compiled (app/core/CMakeLists.txt chooses). The rest
// of the code includes no system header for processes, signals, terminals or sockets.
namespace colab::platform {

// --- This process and its threads

// No core dump of a process that holds a secret (Linux: nor ptrace by the same user).
void disableCoreDumps();
// The calling thread (and what it starts) never takes CPU from the GUI thread.
void lowerCurrentThreadPriority();
// A long-running process whose many threads mostly wait on the network: they share a few heap
// arenas instead of keeping one each (glibc; elsewhere nothing to do).
void shareHeapArenas();
// The child of `process` is ended when we end, even when we are killed (Linux; elsewhere the
// owner stops it, as QProcess does when it is destroyed).
void endWithParent(QProcess& process);

// --- Files and folders

// Flushes an open file's data to the disk (fsync).
bool syncToDisk(QFileDevice& file);
// Puts the file `from` at `to` in one step (same folder). Where `to` exists and the system can
// (Linux: renameat2 RENAME_EXCHANGE), the two are swapped: `from` then holds what `to` held at that
// instant, so a save another program made just before is not lost unseen. A missing `to` is never
// overwritten should it appear meanwhile (Failed).
enum class FilePlaced { Swapped, Replaced, Failed };
FilePlaced placeFile(const QString& from, const QString& to, bool toExists);
// A folder that is ours and closed to everyone else (POSIX: a real folder, our uid, mode 0700).
bool isPrivateDirOfOurs(const QString& path);
// Makes `path` (one level) readable by us only; true when it is then a private folder of ours.
bool makePrivateDir(const QString& path);
// Where a private per-user folder goes when XDG_RUNTIME_DIR cannot be used.
QString fallbackRuntimeDir();
// The single-instance endpoint: a socket file of ours, someone else's, or nothing there.
enum class EndpointOwner { None, Us, SomeoneElse };
EndpointOwner localEndpointOwner(const QString& path);
// Who listens on TCP `port` where a local client connecting to it may land (127.0.0.1, ::1, or
// any address). None also where the system does not say (only Linux does, in /proc/net).
EndpointOwner loopbackPortOwner(int port);
// The kernel has a default route (IPv4 or IPv6): a way out of this computer. True where the system
// does not say (only Linux does, in /proc/net).
bool hasDefaultRoute();

// --- Standard input and the terminal

bool stdinIsTerminal();
// One line from standard input, without the newline (nor a trailing CR), into `buffer`; at most
// `capacity` bytes are read. Unbuffered, so nothing past the line is consumed.
int readLineFromStdin(char* buffer, int capacity);

// Turns the terminal's echo off for its lifetime (a password prompt); Ctrl+C, a closed terminal or
// kill put it back before the process goes.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
};

// Ctrl+C, SIGTERM and SIGHUP (Windows: Ctrl+C, Ctrl+Break, the console closing) while it lives:
// `requested` on the thread that made it, instead of the process ending. One at a time.
class StopRequests : public QObject
{
    Q_OBJECT
public:
    explicit StopRequests(QObject* parent = nullptr);
    ~StopRequests() override;
    bool active() const;

signals:
    void requested();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// --- A program that outlives us (an IDE, a terminal): its own session, stdin and stdout closed,
// stderr kept in an unlinked file (never a pipe we might stop reading).
class DetachedChild
{
public:
    DetachedChild() = default;
    ~DetachedChild();
    DetachedChild(const DetachedChild&) = delete;
    DetachedChild& operator=(const DetachedChild&) = delete;

    bool start(const QStringList& argv, QString* error);
    // Non-blocking. True once it has exited; then *exitCode is its status (-1: killed by a signal).
    bool exited(int* exitCode);
    // What it wrote to stderr so far (up to `limit` bytes).
    QByteArray errors(int limit);
    // We stop watching: the file is closed, and a child still running is reaped whenever it ends
    // (by a timer that `reaperOwner` owns).
    void release(QObject* reaperOwner);

private:
    qint64 m_pid = -1;
    int m_errorFile = -1;
    QString m_errorPath; // where the platform cannot unlink an open file
    void* m_handle = nullptr;
};

// --- A proxy command with its stdin and stdout joined to a socket that libssh uses
// (SSH_OPTIONS_FD); its stderr is kept, where cloudflared explains failures. Never a shell.
class ProxyChild
{
public:
    ProxyChild();
    ~ProxyChild();
    ProxyChild(const ProxyChild&) = delete;
    ProxyChild& operator=(const ProxyChild&) = delete;

    // argv[0] is the program (absolute, or found on PATH).
    bool start(const QStringList& argv, QString* error);
    // The socket (a file descriptor on POSIX, a SOCKET on Windows), -1 when none.
    qintptr socket() const;
    // Hands the socket to the caller.
    qintptr takeSocket();
    // What the proxy wrote to stderr so far (non-blocking).
    QByteArray readStderr();
    bool hasExited();
    // Closes our socket and stops the proxy and what it started (SIGTERM, then SIGKILL).
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The program ProxyChild::start runs: argv[0] as it is when it names a folder, else found on PATH;
// empty with *error set when there is none (Platform.cpp, shared by both implementations).
QString proxyProgram(const QStringList& argv, QString* error);

// --- Sockets handed to libssh

// A second handle on the same socket: shutting it down reaches the socket, and its number cannot
// be reused while we hold it. -1 when it fails.
qintptr duplicateSocket(qintptr socket);
// Wakes up every blocked read and write on the socket (the cancel of a probe).
void shutdownSocket(qintptr socket);
void closeSocket(qintptr socket);

} // namespace colab::platform
