#pragma once

#include "diagnose/StepResult.h"
#include "secrets/SecretStore.h"
#include "ssh/Prober.h"
#include "tunnels/Tunnel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

class QThread;

namespace colab {

class CloudflareApi;

// Checks each link of the chain to a runtime, in order, and stops explaining at the first broken
// one: cloudflared present and recent → (named tunnels) DNS and zone → Cloudflare login → the
// tunnel's status at Cloudflare → reachable through the proxy → SSH banner → host key as pinned →
// login (the app's key, then the password) → GPU visible. Every step is reported as it ends
// (stepFinished); the links after a failed one are reported Skipped. Blocking work (cloudflared's
// version, the SSH session, which is Prober's with a stage hook) runs on a worker thread, API
// calls are asynchronous; cancel() ends it at once. No result, log or report holds a secret.
class Doctor : public QObject
{
    Q_OBJECT
public:
    struct Runtime
    {
        Tunnel tunnel = {};
        // The app's probe options for it (known-hosts file, the app's key, the password); the
        // doctor fills in cloudflared's path and the cancel token.
        Prober::Options probe = {};
    };
    struct Config
    {
        QString cloudflaredPath = {}; // an explicit choice; empty = the usual search
        QList<Runtime> runtimes = {};
        // Machine-wide links as their own steps (the keychain; Cloudflare login once when any
        // runtime is a named tunnel); without it the chain of the one runtime includes the login.
        bool machineWide = false;
        // What the keychain answered when the password was read (only reported when machineWide).
        bool keychainChecked = false;
        SecretStore::Status keychainStatus = SecretStore::Status::Failed;
        QString keychainMessage = {};
        int timeoutMs = 20000; // per SSH connection, remote command and API call
    };

    explicit Doctor(QObject* parent = nullptr);
    ~Doctor() override; // cancels and waits for the worker (which a cancel ends at once)

    void start(Config config);
    void cancel(); // the remaining links are reported Skipped, then finished(false)
    bool isRunning() const { return m_running; }

    QList<StepResult> results() const { return m_results; }
    bool ok() const; // finished with no failed step (warnings allowed)
    bool cancelled() const { return m_cancelled; }
    // Plain text for "Copy report": every step with its detail and fix; no secrets.
    QString report() const;
    // {"ok","cancelled","steps":[StepResult::toJson…],"runtimes":[{"name","hostname","kind","ok","failed_step"}]}
    QJsonObject toJson() const;

    // The plain words and the fix for a connection that did not reach the runtime's SSH server
    // (what cloudflared printed, what libssh said, the banner if one came): which link broke.
    struct Explanation
    {
        QString stepId;
        QString detail;
        QString fix;
    };
    static Explanation explainConnect(const Tunnel& tunnel, const QByteArray& proxyStderr, const QString& sshError,
                                      const QString& banner);

signals:
    void stepFinished(const colab::StepResult& step);
    void finished(bool ok);

private:
    struct Planned
    {
        QString id;
        int runtime = -1; // index into m_config.runtimes; -1 = machine-wide
    };
    void plan();
    void runNext();
    void finishStep(StepResult step);
    void skipRest(const QString& why);
    void complete();
    QString runtimeName(int index) const;
    bool blocked(int runtime) const;
    void inWorker(std::function<void()> work);
    // Posts to this object's thread from a worker; dropped unless run `generation` is still going.
    void post(int generation, std::function<void()> call);

    void checkCloudflared();
    void checkKeychain();
    void checkLogin();
    void checkDns(int runtime);
    void checkTunnelStatus(int runtime);
    void checkSsh(int runtime);
    void withCredentials(std::function<void()> then);
    StepResult make(const QString& id, int runtime, StepResult::Outcome outcome, const QString& detail,
                    const QString& fix = {}) const;

    Config m_config;
    QList<Planned> m_plan;
    QList<StepResult> m_results;
    QSet<int> m_blockedRuntimes;
    bool m_machineBlocked = false;
    bool m_namedBlocked = false; // the login link failed: named tunnels cannot be checked at Cloudflare
    bool m_running = false;
    bool m_cancelled = false;
    int m_generation = 0;
    QString m_cloudflared; // the located path
    QElapsedTimer m_stepClock;
    std::shared_ptr<CancelToken> m_cancel;
    QList<QPointer<QThread>> m_workers; // waited for on destruction
    // Cloudflare credentials, loaded once when a named tunnel needs them.
    bool m_credentialsLoaded = false;
    QString m_credentialsError;
    QString m_credentialsSource;
    QString m_accountId;
    int m_loginState = 0; // 0 unknown, 1 valid, -1 missing or refused
    QString m_loginDetail;
    QString m_loginFix;
    CloudflareApi* m_api = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace colab
