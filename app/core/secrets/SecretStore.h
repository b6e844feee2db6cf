#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace colab {

// The one place that talks to the OS keychain (QtKeychain). Asynchronous: every call returns at
// once and reports through its callback on the caller's thread. There is no plaintext fallback;
// the only alternative to the keychain is keeping a secret in memory for this session, and only
// after the user asked for it (allowSessionOnlyFallback).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kService = "colab-tunnel";
    static constexpr const char* kSshPasswordKey = "ssh-password";
    static constexpr const char* kCloudflareTokenKey = "cloudflare-api-token";

    enum class Status { Ok, NotFound, NoKeychain, AccessDenied, Failed };
    struct Result
    {
        Status status = Status::Failed;
        QString value;   // the secret, for reads that succeeded
        QString message; // plain-words explanation when status != Ok
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    void read(const QString& key, const Callback& done);
    void write(const QString& key, const QString& value, const Callback& done);
    void remove(const QString& key, const Callback& done);

    // After the keychain failed, the user may choose to keep secrets in memory until quit.
    void allowSessionOnlyFallback(bool allowed);
    bool sessionOnlyFallbackAllowed() const { return m_sessionFallback; }

    // Delay before the single retry when the Secret Service is not up yet (e.g. just after login).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

private:
    enum class Op { Read, Write, Remove };
    void start(Op op, const QString& key, const QString& value, const Callback& done, bool isRetry);
    bool serveFromSession(Op op, const QString& key, const QString& value, const Callback& done);

    bool m_sessionFallback = false;
    int m_retryDelayMs = 1500;
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace colab
