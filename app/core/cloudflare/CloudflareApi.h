#pragma once

#include "cloudflare/ApiEnvelope.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace colab {

// Asynchronous client for the parts of Cloudflare's API v4 the app uses. The base URL is
// COLAB_TUNNEL_API_URL when set (tests run a local stand-in). The bearer token is a secret: it is
// only ever put in the Authorization header — never logged, never in a URL or an error.
// Retries: a 429 is waited out (Retry-After) for any call, since the API did not act on it; a 5xx or
// a lost connection is retried only for GET, which changes nothing.
class CloudflareApi : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiReply&)>;

    explicit CloudflareApi(const QString& apiToken, QObject* parent = nullptr);
    // `endpoint`: cert.pem's ("fed" = the FedRAMP API), empty for the standard one.
    CloudflareApi(const QString& apiToken, const QString& endpoint, QObject* parent = nullptr);
    ~CloudflareApi() override;

    // COLAB_TUNNEL_API_URL when set, else Cloudflare's (FedRAMP's for endpoint "fed").
    static QString baseUrl(const QString& endpoint = {});
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // A longer Retry-After than this is not waited out: the caller is told when to try again.
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfterSeconds = seconds; }

    void get(const QString& path, const QUrlQuery& query, Callback done);
    // Every page (per_page 50) until a short page or total_count, as cloudflared's own client pages;
    // `result` of the reply is the concatenated array.
    void getAllPages(const QString& path, const QUrlQuery& query, const Callback& done);
    void send(const QByteArray& verb, const QString& path, const QJsonValue& body, Callback done);

    // A user token at /user/tokens/verify, else an account-owned one at /accounts/{id}/tokens/verify
    // (`accountHint`, else the token's first account). Not ok() unless its status is "active".
    void verifyToken(const QString& accountHint, const Callback& done);
    void zoneByName(const QString& name, const Callback& done); // result: array of zones (0 or 1)
    void listTunnels(const QString& accountId, const QString& name, const Callback& done); // name empty = all
    void createTunnel(const QString& accountId, const QString& name, Callback done);
    // Cleans up its connections first, as the API requires.
    void deleteTunnel(const QString& accountId, const QString& tunnelId, const Callback& done);
    void tunnelToken(const QString& accountId, const QString& tunnelId, Callback done);
    void tunnelConnections(const QString& accountId, const QString& tunnelId, Callback done);
    void tunnelById(const QString& accountId, const QString& tunnelId, Callback done); // 404 once deleted
    // result: {"config": {"ingress": [...]} or null (never configured), ...}
    void tunnelConfiguration(const QString& accountId, const QString& tunnelId, Callback done);
    // hostname → runtimeSshService() (the cell's own sshd), then the catch-all "*" → http_status:404.
    void putSshIngress(const QString& accountId, const QString& tunnelId, const QString& hostname, Callback done);
    void dnsRecords(const QString& zoneId, const QString& name, const Callback& done); // every type
    void createTunnelCname(const QString& zoneId, const QString& name, const QString& tunnelId, Callback done);
    void deleteDnsRecord(const QString& zoneId, const QString& recordId, Callback done);

    // The comment on every DNS record the app makes: what marks a record as ours.
    static QString recordComment() { return QStringLiteral("Colab Tunnel slot"); }
    // What a CNAME to this tunnel points at.
    static QString tunnelTarget(const QString& tunnelId);
    // True for ids we are willing to put into a URL path (the API's hex/uuid ids).
    static bool isSafeId(const QString& id);

signals:
    // A pause before the next attempt (rate limit or server error), in plain words.
    void waiting(int seconds, const QString& reason);

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        int attempt = 1;
        Callback done;
    };
    void start(Call call);
    void collectPages(const QString& path, const QUrlQuery& query, int page, const std::shared_ptr<QJsonArray>& soFar,
                      const Callback& done);
    void refuseBadId(const Callback& done);

    QNetworkAccessManager* m_network;
    QString m_token;
    QString m_baseUrl;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 3;
    int m_maxRetryAfterSeconds = 120;
};

} // namespace colab
