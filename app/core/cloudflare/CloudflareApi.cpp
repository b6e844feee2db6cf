#include "cloudflare/CloudflareApi.h"

#include "colab/RuntimeSsh.h"
#include "common/Logging.h"
#include "secrets/SecretMemory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace colab {

namespace {
constexpr int kPerPage = 50;
constexpr int kMaxPages = 100;
} // namespace

CloudflareApi::CloudflareApi(const QString& apiToken, QObject* parent) : CloudflareApi(apiToken, QString(), parent) {}

CloudflareApi::CloudflareApi(const QString& apiToken, const QString& endpoint, QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_token(copySecret(apiToken)),
      m_baseUrl(baseUrl(endpoint))
{
    // A redirect would carry the Authorization header to wherever it points: never followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CloudflareApi::~CloudflareApi()
{
    wipeSecret(m_token);
}

QString CloudflareApi::baseUrl(const QString& endpoint)
{
    // cloudflared talks to the FedRAMP API for a cert.pem with "endpoint":"fed".
    const QString standard = endpoint.compare(QLatin1String("fed"), Qt::CaseInsensitive) == 0
                                 ? QStringLiteral("https://api.fed.cloudflare.com/client/v4")
                                 : QStringLiteral("https://api.cloudflare.com/client/v4");
    QString url = qEnvironmentVariable("COLAB_TUNNEL_API_URL", standard);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString CloudflareApi::tunnelTarget(const QString& tunnelId)
{
    return tunnelId + QStringLiteral(".cfargotunnel.com");
}

bool CloudflareApi::isSafeId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

void CloudflareApi::refuseBadId(const Callback& done)
{
    ApiReply reply;
    reply.transportError = tr("An identifier from Cloudflare or the tunnel list is malformed; nothing was sent.");
    QTimer::singleShot(0, this, [done, reply] { done(reply); });
}

void CloudflareApi::get(const QString& path, const QUrlQuery& query, Callback done)
{
    start({"GET", path, query, {}, 1, std::move(done)});
}

void CloudflareApi::send(const QByteArray& verb, const QString& path, const QJsonValue& body, Callback done)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    start({verb, path, {}, bytes, 1, std::move(done)});
}

void CloudflareApi::start(Call call)
{
    QUrl url(m_baseUrl + call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcCloudflare) << call.verb << call.path << "attempt" << call.attempt; // no query, no header
    QNetworkReply* reply = m_network->sendCustomRequest(request, call.verb, call.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        ApiReply answer;
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            answer.transportError =
                timedOut ? tr("Cloudflare's API did not answer within %1 s.").arg(m_timeoutMs / 1000)
                         : tr("Cannot reach Cloudflare's API (%1): %2").arg(m_baseUrl, reply->errorString());
        } else if (status >= 300 && status < 400) {
            answer.httpStatus = status;
            answer.transportError = tr("Cloudflare's API answered with a redirect (HTTP %1) to another address; it was "
                                       "not followed and the token was not sent there. Check COLAB_TUNNEL_API_URL and "
                                       "any proxy between this computer and %2.")
                                        .arg(status)
                                        .arg(m_baseUrl);
        } else {
            answer = ApiReply::parse(status, reply->readAll());
        }
        if (status == 429) {
            bool ok = false;
            const int seconds = QString::fromLatin1(reply->rawHeader("Retry-After")).trimmed().toInt(&ok);
            answer.retryAfterSeconds = ok && seconds >= 0 ? seconds : 60;
            if (answer.retryAfterSeconds <= m_maxRetryAfterSeconds && call.attempt < m_maxAttempts + 2) {
                emit waiting(
                    answer.retryAfterSeconds,
                    tr("Cloudflare's rate limit was reached; waiting %1 s as it asked.").arg(answer.retryAfterSeconds));
                ++call.attempt;
                QTimer::singleShot(answer.retryAfterSeconds * 1000, this, [this, call] { start(call); });
                return;
            }
            answer.transportError =
                tr("Cloudflare's rate limit was reached (1200 requests per 5 minutes per token; over it, the "
                   "API refuses calls for up to 5 minutes). Try again in %1 s. %2")
                    .arg(answer.retryAfterSeconds)
                    .arg(answer.errors.isEmpty() ? QString() : answer.errorText());
        } else if ((status == 0 || status >= 500) && call.verb == "GET" && call.attempt < m_maxAttempts) {
            const int seconds = call.attempt; // 1 s, then 2 s
            emit waiting(seconds, tr("Cloudflare's API failed (%1); trying again in %2 s.")
                                      .arg(status ? QString::number(status) : answer.transportError)
                                      .arg(seconds));
            ++call.attempt;
            QTimer::singleShot(seconds * 1000, this, [this, call] { start(call); });
            return;
        }
        call.done(answer);
    });
}

void CloudflareApi::getAllPages(const QString& path, const QUrlQuery& query, const Callback& done)
{
    collectPages(path, query, 1, std::make_shared<QJsonArray>(), done);
}

void CloudflareApi::collectPages(const QString& path, const QUrlQuery& query, int page,
                                 const std::shared_ptr<QJsonArray>& soFar, const Callback& done)
{
    QUrlQuery paged = query;
    paged.addQueryItem(QStringLiteral("page"), QString::number(page));
    paged.addQueryItem(QStringLiteral("per_page"), QString::number(kPerPage));
    get(path, paged, [this, path, query, page, soFar, done](const ApiReply& reply) {
        if (!reply.ok() || !reply.result.isArray()) {
            ApiReply failed = reply;
            if (reply.ok())
                failed.transportError = tr("Cloudflare's answer has no list where one was expected.");
            return done(failed);
        }
        const QJsonArray items = reply.result.toArray();
        for (const QJsonValue& value : items)
            soFar->append(value);
        if (reply.hasMorePages(int(soFar->size()), kPerPage) && page < kMaxPages)
            return collectPages(path, query, page + 1, soFar, done);
        ApiReply all = reply;
        all.result = *soFar;
        done(all);
    });
}

namespace {

// A token Cloudflare knows but no longer accepts answers success with a status: that is a refusal.
ApiReply withTokenStatus(ApiReply reply)
{
    if (!reply.ok())
        return reply;
    const QString status = reply.result.toObject().value(QStringLiteral("status")).toString();
    if (status == QLatin1String("active"))
        return reply;
    reply.success = false;
    if (status == QLatin1String("disabled"))
        reply.transportError = CloudflareApi::tr("The API token is disabled at Cloudflare. Enable it in the dashboard "
                                                 "(My Profile or Manage Account ▸ API Tokens) or make a new one.");
    else if (status == QLatin1String("expired"))
        reply.transportError = CloudflareApi::tr("The API token has expired. Make a new one in Cloudflare's dashboard "
                                                 "(API Tokens) and log in with it again.");
    else
        reply.transportError = CloudflareApi::tr("Cloudflare did not say that the API token is active.");
    return reply;
}

} // namespace

void CloudflareApi::verifyToken(const QString& accountHint, const Callback& done)
{
    // User tokens verify under /user; account-owned tokens only under their account.
    get(QStringLiteral("/user/tokens/verify"), {}, [this, accountHint, done](const ApiReply& asUser) {
        // Only a refusal of the token as a user token can mean an account-owned one.
        if (asUser.ok() || (asUser.httpStatus != 401 && asUser.httpStatus != 403))
            return done(withTokenStatus(asUser));
        const auto verifyAt = [this, done](const QString& account) {
            get(QStringLiteral("/accounts/%1/tokens/verify").arg(account), {},
                [done](const ApiReply& reply) { done(withTokenStatus(reply)); });
        };
        if (isSafeId(accountHint))
            return verifyAt(accountHint);
        get(QStringLiteral("/accounts"), {}, [asUser, verifyAt, done](const ApiReply& accounts) {
            const QString account =
                accounts.ok() ? accounts.result.toArray().at(0).toObject().value(QStringLiteral("id")).toString()
                              : QString();
            if (!isSafeId(account))
                return done(asUser);
            verifyAt(account);
        });
    });
}

void CloudflareApi::zoneByName(const QString& name, const Callback& done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/zones"), query, done);
}

void CloudflareApi::listTunnels(const QString& accountId, const QString& name, const Callback& done)
{
    if (!isSafeId(accountId))
        return refuseBadId(done);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("is_deleted"), QStringLiteral("false"));
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/accounts/%1/cfd_tunnel").arg(accountId), query, done);
}

void CloudflareApi::createTunnel(const QString& accountId, const QString& name, Callback done)
{
    if (!isSafeId(accountId))
        return refuseBadId(done);
    send("POST", QStringLiteral("/accounts/%1/cfd_tunnel").arg(accountId),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("config_src"), QStringLiteral("cloudflare")}},
         std::move(done));
}

void CloudflareApi::deleteTunnel(const QString& accountId, const QString& tunnelId, const Callback& done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    const QString path = QStringLiteral("/accounts/%1/cfd_tunnel/%2").arg(accountId, tunnelId);
    send("DELETE", path + QStringLiteral("/connections"), {}, [this, path, done](const ApiReply& cleaned) {
        if (!cleaned.ok() && cleaned.httpStatus != 404)
            return done(cleaned);
        send("DELETE", path, {}, done);
    });
}

void CloudflareApi::tunnelToken(const QString& accountId, const QString& tunnelId, Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    get(QStringLiteral("/accounts/%1/cfd_tunnel/%2/token").arg(accountId, tunnelId), {}, std::move(done));
}

void CloudflareApi::tunnelConnections(const QString& accountId, const QString& tunnelId, Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    get(QStringLiteral("/accounts/%1/cfd_tunnel/%2/connections").arg(accountId, tunnelId), {}, std::move(done));
}

void CloudflareApi::tunnelById(const QString& accountId, const QString& tunnelId, Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    get(QStringLiteral("/accounts/%1/cfd_tunnel/%2").arg(accountId, tunnelId), {}, std::move(done));
}

void CloudflareApi::tunnelConfiguration(const QString& accountId, const QString& tunnelId, Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    get(QStringLiteral("/accounts/%1/cfd_tunnel/%2/configurations").arg(accountId, tunnelId), {}, std::move(done));
}

void CloudflareApi::putSshIngress(const QString& accountId, const QString& tunnelId, const QString& hostname,
                                  Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    const QJsonArray ingress{
        QJsonObject{{QStringLiteral("hostname"), hostname}, {QStringLiteral("service"), runtimeSshService()}},
        // The schema requires a hostname on every rule; "*" is cloudflared's catch-all.
        QJsonObject{{QStringLiteral("hostname"), QStringLiteral("*")},
                    {QStringLiteral("service"), QStringLiteral("http_status:404")}}};
    send("PUT", QStringLiteral("/accounts/%1/cfd_tunnel/%2/configurations").arg(accountId, tunnelId),
         QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("ingress"), ingress}}}}, std::move(done));
}

void CloudflareApi::dnsRecords(const QString& zoneId, const QString& name, const Callback& done)
{
    if (!isSafeId(zoneId))
        return refuseBadId(done);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/zones/%1/dns_records").arg(zoneId), query, done);
}

void CloudflareApi::createTunnelCname(const QString& zoneId, const QString& name, const QString& tunnelId,
                                      Callback done)
{
    if (!isSafeId(zoneId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    send("POST", QStringLiteral("/zones/%1/dns_records").arg(zoneId),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("CNAME")},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("content"), tunnelTarget(tunnelId)},
                     {QStringLiteral("proxied"), true},
                     {QStringLiteral("ttl"), 1},
                     {QStringLiteral("comment"), recordComment()}},
         std::move(done));
}

void CloudflareApi::deleteDnsRecord(const QString& zoneId, const QString& recordId, Callback done)
{
    if (!isSafeId(zoneId) || !isSafeId(recordId))
        return refuseBadId(done);
    send("DELETE", QStringLiteral("/zones/%1/dns_records/%2").arg(zoneId, recordId), {}, std::move(done));
}

} // namespace colab
