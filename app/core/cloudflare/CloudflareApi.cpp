#include "cloudflare/CloudflareApi.h"

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

CloudflareApi::CloudflareApi(const QString& apiToken, QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_token(copySecret(apiToken)), m_baseUrl(baseUrl())
{
}

CloudflareApi::~CloudflareApi()
{
    wipeSecret(m_token);
}

QString CloudflareApi::baseUrl()
{
    QString url = qEnvironmentVariable("COLAB_TUNNEL_API_URL", QStringLiteral("https://api.cloudflare.com/client/v4"));
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

void CloudflareApi::getAllPages(const QString& path, const QUrlQuery& query, Callback done)
{
    collectPages(path, query, 1, std::make_shared<QJsonArray>(), std::move(done));
}

void CloudflareApi::collectPages(const QString& path, const QUrlQuery& query, int page,
                                 std::shared_ptr<QJsonArray> soFar, Callback done)
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
        for (const QJsonValue& value : reply.result.toArray())
            soFar->append(value);
        if (page < reply.totalPages() && page < kMaxPages && !reply.result.toArray().isEmpty())
            return collectPages(path, query, page + 1, soFar, done);
        ApiReply all = reply;
        all.result = *soFar;
        done(all);
    });
}

void CloudflareApi::verifyToken(Callback done)
{
    get(QStringLiteral("/user/tokens/verify"), {}, std::move(done));
}

void CloudflareApi::zoneByName(const QString& name, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/zones"), query, std::move(done));
}

void CloudflareApi::listTunnels(const QString& accountId, const QString& name, Callback done)
{
    if (!isSafeId(accountId))
        return refuseBadId(done);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("is_deleted"), QStringLiteral("false"));
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/accounts/%1/cfd_tunnel").arg(accountId), query, std::move(done));
}

void CloudflareApi::createTunnel(const QString& accountId, const QString& name, Callback done)
{
    if (!isSafeId(accountId))
        return refuseBadId(done);
    send("POST", QStringLiteral("/accounts/%1/cfd_tunnel").arg(accountId),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("config_src"), QStringLiteral("cloudflare")}},
         std::move(done));
}

void CloudflareApi::deleteTunnel(const QString& accountId, const QString& tunnelId, Callback done)
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

void CloudflareApi::putSshIngress(const QString& accountId, const QString& tunnelId, const QString& hostname,
                                  Callback done)
{
    if (!isSafeId(accountId) || !isSafeId(tunnelId))
        return refuseBadId(done);
    const QJsonArray ingress{QJsonObject{{QStringLiteral("hostname"), hostname},
                                         {QStringLiteral("service"), QStringLiteral("ssh://localhost:22")}},
                             QJsonObject{{QStringLiteral("service"), QStringLiteral("http_status:404")}}};
    send("PUT", QStringLiteral("/accounts/%1/cfd_tunnel/%2/configurations").arg(accountId, tunnelId),
         QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("ingress"), ingress}}}}, std::move(done));
}

void CloudflareApi::dnsRecords(const QString& zoneId, const QString& name, Callback done)
{
    if (!isSafeId(zoneId))
        return refuseBadId(done);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    getAllPages(QStringLiteral("/zones/%1/dns_records").arg(zoneId), query, std::move(done));
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
                     {QStringLiteral("comment"), QStringLiteral("Colab Tunnel slot")}},
         std::move(done));
}

void CloudflareApi::deleteDnsRecord(const QString& zoneId, const QString& recordId, Callback done)
{
    if (!isSafeId(zoneId) || !isSafeId(recordId))
        return refuseBadId(done);
    send("DELETE", QStringLiteral("/zones/%1/dns_records/%2").arg(zoneId, recordId), {}, std::move(done));
}

} // namespace colab
