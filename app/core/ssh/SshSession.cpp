#include "ssh/SshSession.h"

#include "common/Logging.h"
#include "common/Platform.h"
#include "common/Text.h"
#include "secrets/SecretMemory.h"
#include "ssh/ProxyProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <libssh/libssh.h>

namespace colab {

namespace {
struct LibsshInit
{
    LibsshInit() { ssh_init(); }
    ~LibsshInit() { ssh_finalize(); }
};
void ensureLibsshInitialized()
{
    static LibsshInit init;
}

// libssh's last error may quote the server (a disconnect's reason, its banner): inert, like all
// text from the network.
QString sessionError(ssh_session session)
{
    return inertNetworkText(QString::fromUtf8(ssh_get_error(session)));
}
} // namespace

void CancelToken::cancel()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    for (SshSession* session : m_sessions)
        if (session->m_abortFd >= 0)
            platform::shutdownSocket(session->m_abortFd);
}

SshSession::SshSession()
{
    ensureLibsshInitialized();
}

SshSession::~SshSession()
{
    disconnect();
    if (m_cancel) {
        const std::lock_guard<std::mutex> lock(m_cancel->m_mutex);
        auto& sessions = m_cancel->m_sessions;
        sessions.erase(std::remove(sessions.begin(), sessions.end(), this), sessions.end());
    }
}

void SshSession::setCancelToken(std::shared_ptr<CancelToken> token)
{
    if (m_cancel)
        return; // one token for the session's life: it may already be cancelling this one
    m_cancel = std::move(token);
    if (m_cancel) {
        const std::lock_guard<std::mutex> lock(m_cancel->m_mutex);
        m_cancel->m_sessions.push_back(this);
    }
}

void SshSession::setAbortFd(qintptr fd)
{
    // A duplicate of our own: shutting it down reaches the socket, yet its number cannot have
    // been reused after libssh closed the original.
    const qintptr own = platform::duplicateSocket(fd);
    qintptr previous;
    {
        std::unique_lock<std::mutex> lock;
        if (m_cancel)
            lock = std::unique_lock<std::mutex>(m_cancel->m_mutex);
        previous = m_abortFd;
        m_abortFd = own;
        // A cancel that came before the socket existed still counts.
        if (own >= 0 && cancelled())
            platform::shutdownSocket(own);
    }
    if (previous >= 0)
        platform::closeSocket(previous);
}

void SshSession::disconnect()
{
    closeStream();
    setAbortFd(-1);
    if (m_session) {
        // Since libssh 0.10 a socket handed over with SSH_OPTIONS_FD stays ours to close, unless
        // libssh closed it itself after an error (then it no longer reports it).
        const socket_t stillOpen = m_proxyFd >= 0 ? ssh_get_fd(m_session) : SSH_INVALID_SOCKET;
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
        if (stillOpen != SSH_INVALID_SOCKET && qintptr(stillOpen) == m_proxyFd)
            platform::closeSocket(qintptr(stillOpen));
        m_proxyFd = -1;
    }
    if (m_proxy)
        m_proxy->stop();
}

QByteArray SshSession::proxyStderr() const
{
    return m_proxy ? m_proxy->readStderr() : QByteArray();
}

bool SshSession::connect(const SshEndpoint& endpoint)
{
    disconnect();
    m_endpoint = endpoint;
    m_timeoutMs = endpoint.timeoutMs;
    m_session = ssh_new();
    if (!m_session) {
        m_error = QStringLiteral("out of memory");
        return false;
    }
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    int port = endpoint.port;
    long timeoutSec = qMax(1, endpoint.timeoutMs / 1000);
    long timeoutUsec = (endpoint.timeoutMs % 1000) * 1000L;
    int noConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    const QByteArray knownHosts =
        QFile::encodeName(endpoint.knownHostsFile.isEmpty() ? QStringLiteral("/dev/null") : endpoint.knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");

    if (!endpoint.proxyCommand.isEmpty()) {
        m_proxy = std::make_unique<ProxyProcess>();
        if (!m_proxy->start(endpoint.proxyCommand)) {
            m_error = m_proxy->errorString();
            return false;
        }
        m_proxyFd = m_proxy->takeSocket();
        socket_t fd = socket_t(m_proxyFd);
        ssh_options_set(m_session, SSH_OPTIONS_FD, &fd);
        setAbortFd(m_proxyFd);
    }
    if (cancelled()) {
        m_error = QStringLiteral("cancelled");
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    if (ssh_connect(m_session) != SSH_OK) {
        m_error = sessionError(m_session);
        qCDebug(lcSsh) << "connect to" << endpoint.host << "failed after" << timer.elapsed() << "ms:" << m_error;
        return false;
    }
    qCDebug(lcSsh) << "connected to" << endpoint.host << "in" << timer.elapsed() << "ms";
    if (m_proxyFd < 0)
        setAbortFd(ssh_get_fd(m_session)); // a direct connection: libssh made the socket
    return true;
}

QString SshSession::serverBanner() const
{
    const char* banner = m_session ? ssh_get_serverbanner(m_session) : nullptr;
    return banner ? inertNetworkText(QString::fromUtf8(banner), 200) : QString();
}

QString SshSession::hostKeySha256() const
{
    if (!m_session)
        return {};
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return {};
    unsigned char* hash = nullptr;
    size_t len = 0;
    QString result;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) == 0) {
        char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
        if (text) {
            result = QString::fromLatin1(text);
            ssh_string_free_char(text);
        }
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return result;
}

SshSession::HostKeyStatus SshSession::checkHostKey() const
{
    if (!m_session)
        return HostKeyStatus::Error;
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return HostKeyStatus::Trusted;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return HostKeyStatus::Changed;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return HostKeyStatus::Unknown;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return HostKeyStatus::Error;
}

bool SshSession::trustHostKey()
{
    if (!m_session || m_endpoint.knownHostsFile.isEmpty())
        return false;
    if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
        m_error = sessionError(m_session);
        return false;
    }
    // libssh does not check that the buffered line reached the disk (a full disk fails at close).
    if (ssh_session_is_known_server(m_session) != SSH_KNOWN_HOSTS_OK) {
        m_error = QStringLiteral("the key written to %1 cannot be read back").arg(m_endpoint.knownHostsFile);
        return false;
    }
    QFile::setPermissions(m_endpoint.knownHostsFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

SshSession::AuthResult SshSession::authenticateWithKey(const QString& privateKeyFile)
{
    ssh_key key = nullptr;
    const QByteArray path = QFile::encodeName(privateKeyFile);
    if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK) {
        m_error = QStringLiteral("cannot read the private key %1").arg(privateKeyFile);
        return AuthResult::Error;
    }
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS)
        return AuthResult::Success;
    m_error = sessionError(m_session);
    return rc == SSH_AUTH_ERROR ? AuthResult::Error : AuthResult::Denied;
}

SshSession::AuthResult SshSession::authenticateWithPassword(const QString& password)
{
    QByteArray secret = password.toUtf8();
    const int rc = ssh_userauth_password(m_session, nullptr, secret.constData());
    wipeSecret(secret);
    if (rc == SSH_AUTH_SUCCESS)
        return AuthResult::Success;
    m_error = sessionError(m_session);
    return rc == SSH_AUTH_ERROR ? AuthResult::Error : AuthResult::Denied;
}

ExecResult SshSession::exec(const QString& command, int timeoutMs, const QByteArray& stdinData)
{
    ExecResult result;
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel) {
        result.error = sessionError(m_session);
        return result;
    }
    auto cleanup = [&] {
        ssh_channel_close(channel);
        ssh_channel_free(channel);
    };
    if (ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, command.toUtf8().constData()) != SSH_OK) {
        result.error = sessionError(m_session);
        cleanup();
        return result;
    }
    if (!stdinData.isEmpty())
        ssh_channel_write(channel, stdinData.constData(), uint32_t(stdinData.size()));
    ssh_channel_send_eof(channel);

    QElapsedTimer timer;
    timer.start();
    char buf[4096];
    while (!ssh_channel_is_eof(channel)) {
        if (cancelled()) {
            result.error = QStringLiteral("cancelled");
            cleanup();
            return result;
        }
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0) {
            result.error = QStringLiteral("the remote command did not finish within %1 ms").arg(timeoutMs);
            cleanup();
            return result;
        }
        const int n = ssh_channel_read_timeout(channel, buf, sizeof buf, 0, qMin(left, 250));
        if (n == SSH_ERROR) {
            result.error = sessionError(m_session);
            cleanup();
            return result;
        }
        if (n > 0 && result.out.size() < 1024 * 1024)
            result.out.append(buf, n);
        int e;
        while ((e = ssh_channel_read_nonblocking(channel, buf, sizeof buf, 1)) > 0)
            if (result.err.size() < 1024 * 1024)
                result.err.append(buf, e);
    }
    int n;
    while ((n = ssh_channel_read_nonblocking(channel, buf, sizeof buf, 0)) > 0)
        result.out.append(buf, n);
    while ((n = ssh_channel_read_nonblocking(channel, buf, sizeof buf, 1)) > 0)
        result.err.append(buf, n);
    result.exitStatus = ssh_channel_get_exit_status(channel);
    result.ok = true;
    cleanup();
    return result;
}

bool SshSession::openStream(const QString& command)
{
    closeStream();
    m_streamErr.clear();
    m_stream = ssh_channel_new(m_session);
    if (!m_stream) {
        m_error = sessionError(m_session);
        return false;
    }
    if (ssh_channel_open_session(m_stream) != SSH_OK ||
        ssh_channel_request_exec(m_stream, command.toUtf8().constData()) != SSH_OK) {
        m_error = sessionError(m_session);
        closeStream();
        return false;
    }
    return true;
}

SshSession::StreamRead SshSession::readStream(QByteArray* out, int timeoutMs)
{
    if (!m_stream)
        return StreamRead::Error;
    if (cancelled()) {
        m_error = QStringLiteral("cancelled");
        return StreamRead::Error;
    }
    char buf[4096];
    // Waits for stdout or stderr (libssh reads both into the channel's buffers while it waits).
    const int ready = ssh_channel_poll_timeout(m_stream, timeoutMs, 0);
    if (ready == SSH_ERROR) {
        m_error = sessionError(m_session);
        return StreamRead::Error;
    }
    int n;
    while ((n = ssh_channel_read_nonblocking(m_stream, buf, sizeof buf, 1)) > 0)
        if (m_streamErr.size() < 64 * 1024)
            m_streamErr.append(buf, n);
    bool got = false;
    while ((n = ssh_channel_read_nonblocking(m_stream, buf, sizeof buf, 0)) > 0) {
        out->append(buf, n);
        got = true;
    }
    if (n == SSH_ERROR) {
        m_error = sessionError(m_session);
        return StreamRead::Error;
    }
    if (got)
        return StreamRead::Data;
    if (ready == SSH_EOF || ssh_channel_is_eof(m_stream) || ssh_channel_is_closed(m_stream)) {
        if (!ssh_is_connected(m_session)) {
            m_error = sessionError(m_session);
            return StreamRead::Error;
        }
        return StreamRead::Closed;
    }
    return StreamRead::Timeout;
}

bool SshSession::writeStream(const QByteArray& data)
{
    if (!m_stream)
        return false;
    return ssh_channel_write(m_stream, data.constData(), uint32_t(data.size())) == int(data.size());
}

int SshSession::streamExitStatus() const
{
    return m_stream ? ssh_channel_get_exit_status(m_stream) : -1;
}

void SshSession::closeStream()
{
    if (!m_stream)
        return;
    // Closing stdin ends the sampler even where the server does not signal it.
    if (ssh_channel_is_open(m_stream) && m_session && ssh_is_connected(m_session) && !cancelled()) {
        ssh_channel_send_eof(m_stream);
        ssh_channel_close(m_stream);
    }
    ssh_channel_free(m_stream);
    m_stream = nullptr;
}

} // namespace colab
