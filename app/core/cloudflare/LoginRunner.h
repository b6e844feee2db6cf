#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <optional>

namespace colab {

// Runs `cloudflared tunnel login` and waits for the cert.pem it writes: the dashboard URL is
// reported as soon as cloudflared prints it, progress every second, and the wait ends when a
// usable certificate appears (file watcher plus polling), on cancel(), or after the timeout (about
// cloudflared's own 10 minutes). When a certificate already exists cloudflared changes nothing and
// exits 0: that is reported as ExistingCertificate, and moveAside() can make room without deleting.
// A cert.pem that was there before the login started is never taken for the login's own, however
// long cloudflared takes to say so: only a new or changed file is. cloudflared's output is made
// inert (inertNetworkText) before any of it is passed on.
class LoginRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { LoggedIn, ExistingCertificate, Cancelled, TimedOut, Failed };
    Q_ENUM(Outcome)

    explicit LoginRunner(QObject* parent = nullptr);
    ~LoginRunner() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    // Where the new certificate is expected (cloudflared's default, ~/.cloudflared/cert.pem).
    static QString expectedCertPath();

    void start(const QString& cloudflaredPath);
    void cancel();
    bool isRunning() const { return m_running; }

    // Renames `certPath` to cert.pem.replaced-YYYYMMDD-HHMMSS (never deletes); the new name in `movedTo`.
    static bool moveAside(const QString& certPath, QString* movedTo, QString* error);

signals:
    void loginUrl(const QString& url);
    void progress(int elapsedSeconds);
    // `certPath`: the new certificate (LoggedIn) or the one in the way (ExistingCertificate).
    void finished(colab::LoginRunner::Outcome outcome, const QString& message, const QString& certPath);

private:
    // A file as it stands: a certificate that is exactly what it was when the login started is not new.
    struct FileState
    {
        bool exists = false;
        qint64 size = 0;
        QDateTime modified;
        QByteArray sha256;
        bool operator==(const FileState& other) const
        {
            return exists == other.exists && size == other.size && modified == other.modified && sha256 == other.sha256;
        }
    };
    static FileState fileState(const QString& path);
    bool unchangedSinceStart(const QString& path) const;

    void readOutput();
    void checkCertificate();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void end(Outcome outcome, const QString& message, const QString& certPath);
    void watch();
    void finishEnding(); // cloudflared is gone: the pending answer goes out

    QProcess m_process;
    // end() while cloudflared runs: it is asked to stop (killed after 2 s) and the answer waits
    // for it to be gone, so the GUI never waits and no login is left behind.
    struct Ending
    {
        Outcome outcome;
        QString message;
        QString certPath;
    };
    std::optional<Ending> m_ending;
    QTimer m_killDue;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QByteArray m_pending;
    QStringList m_lastLines; // cloudflared's last words, for a failure's explanation
    QString m_existing;
    FileState m_before; // expectedCertPath() when start() was called
    bool m_running = false;
    bool m_urlSeen = false;
    int m_timeoutMs = 10 * 60 * 1000;
};

} // namespace colab
