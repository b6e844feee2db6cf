#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace colab {

class ProxyProcess;

struct SshEndpoint
{
    QString host; // the runtime's hostname (what known_hosts entries are keyed by)
    int port = 22;
    QString user = QStringLiteral("root");
    QStringList proxyCommand; // argv; empty = direct TCP to host:port
    QString knownHostsFile;   // per-tunnel file shared with OpenSSH; empty = no checking
    int timeoutMs = 15000;    // connect + banner + key exchange
};

struct ExecResult
{
    bool ok = false; // the command ran and finished within the timeout
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
    QString error; // why it did not run, when !ok
};

class SshSession;

// Stops blocking SSH work from another thread at once (quitting, a removed tunnel): cancel() shuts
// down the socket of every session watching the token, so libssh's waits return with an error,
// and each session then ends its proxy's process group as usual. Sessions that start later fail
// at once. Share it (std::shared_ptr) between the canceller and the worker.
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    friend class SshSession;
    std::mutex m_mutex; // guards m_sessions and every watched session's m_abortFd
    std::atomic<bool> m_cancelled{false};
    std::vector<SshSession*> m_sessions;
};

// One blocking libssh client session. Use from a worker thread, never the GUI thread.
// Never logs secrets; passwords pass straight to libssh.
class SshSession
{
public:
    enum class HostKeyStatus { Trusted, Unknown, Changed, Error };
    enum class AuthResult { Success, Denied, Error };

    SshSession();
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Watches `token` from now until destruction; set it before connect().
    void setCancelToken(std::shared_ptr<CancelToken> token);
    bool connect(const SshEndpoint& endpoint);
    QString serverBanner() const;  // the server's identification line, made inert
    QString hostKeySha256() const; // "SHA256:…" as OpenSSH prints it
    HostKeyStatus checkHostKey() const;
    bool trustHostKey(); // records the key in the endpoint's known-hosts file

    AuthResult authenticateWithKey(const QString& privateKeyFile);
    AuthResult authenticateWithPassword(const QString& password);
    ExecResult exec(const QString& command, int timeoutMs, const QByteArray& stdinData = {});

    // A long-running remote command whose output is read as it comes (the live sampler). One at a
    // time per session; the session stays usable for exec() meanwhile only from the same thread.
    enum class StreamRead { Data, Timeout, Closed, Error };
    bool openStream(const QString& command);
    // Appends what arrived within `timeoutMs` to `out` (stdout; stderr goes to streamStderr()).
    // Closed: the command ended (its exit status in streamExitStatus()); Error: the connection broke.
    StreamRead readStream(QByteArray* out, int timeoutMs);
    bool writeStream(const QByteArray& data);
    QByteArray streamStderr() const { return m_streamErr; }
    int streamExitStatus() const;
    void closeStream();

    QString errorString() const { return m_error; }
    // What the proxy (cloudflared) wrote to stderr: the key to explaining failures.
    QByteArray proxyStderr() const;
    void disconnect();

private:
    friend class CancelToken;
    bool cancelled() const { return m_cancel && m_cancel->isCancelled(); }
    void setAbortFd(qintptr fd);

    ssh_session_struct* m_session = nullptr;
    ssh_channel_struct* m_stream = nullptr;
    QByteArray m_streamErr;
    std::shared_ptr<CancelToken> m_cancel;
    qintptr m_abortFd = -1; // what cancel() shuts down (our duplicate); changed under m_cancel's lock
    std::unique_ptr<ProxyProcess> m_proxy;
    qintptr m_proxyFd = -1; // our end of the socket pair, lent to libssh
    SshEndpoint m_endpoint;
    QString m_error;
    int m_timeoutMs = 15000;
};

} // namespace colab
