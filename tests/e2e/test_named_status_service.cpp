#include "CatchQt.h"
#include "FakeCloudflareApi.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "service/AppService.h"
#include "tunnels/TunnelStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;

namespace {

// Distinctive, so that finding it anywhere is unambiguous.
const QString kToken = QStringLiteral("cfut-SECRET-watch-5e1f0a9d");
const QString kAccount = QStringLiteral("acct0001");
const QString kAlphaId = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kBetaId = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kAlpha = QStringLiteral("alpha");
const QString kBeta = QStringLiteral("beta");
const QString kListCall = QStringLiteral("GET /accounts/acct0001/cfd_tunnel 200");

QJsonObject cfTunnel(const QString& id, const QString& name, const QString& status, const QJsonArray& colos)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("account"), kAccount},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("connections"), colos},
                       {QStringLiteral("deleted_at"), QJsonValue::Null},
                       {QStringLiteral("token"), QStringLiteral("run-token")}};
}

QJsonObject ingressTo(const QString& hostname, const QString& service)
{
    return QJsonObject{
        {QStringLiteral("ingress"),
         QJsonArray{QJsonObject{{QStringLiteral("hostname"), hostname}, {QStringLiteral("service"), service}},
                    QJsonObject{{QStringLiteral("hostname"), QStringLiteral("*")},
                                {QStringLiteral("service"), QStringLiteral("http_status:404")}}}}};
}

QString firstService(const test::FakeCloudflareApi& api, const QString& id)
{
    for (const QJsonValue& tunnel : api.state().value(QStringLiteral("tunnels")).toArray())
        if (tunnel.toObject().value(QStringLiteral("id")).toString() == id)
            return tunnel.toObject()
                .value(QStringLiteral("config"))
                .toObject()
                .value(QStringLiteral("ingress"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("service"))
                .toString();
    return {};
}

// alpha's Colab cell is not running (down), beta's is (healthy in fra06); someone else's tunnel too.
// alpha was made by an earlier version (ingress to port 22); beta's ingress someone changed by hand.
QJsonObject apiState()
{
    QJsonObject alpha = cfTunnel(kAlphaId, QStringLiteral("colab-alpha"), QStringLiteral("down"), {});
    alpha.insert(QStringLiteral("config"),
                 ingressTo(QStringLiteral("alpha.example.com"), QStringLiteral("ssh://localhost:22")));
    QJsonObject beta =
        cfTunnel(kBetaId, QStringLiteral("colab-beta"), QStringLiteral("healthy"), QJsonArray{QStringLiteral("fra06")});
    beta.insert(QStringLiteral("config"),
                ingressTo(QStringLiteral("beta.example.com"), QStringLiteral("http://localhost:8080")));
    return QJsonObject{
        {QStringLiteral("tokens"), QJsonObject{{kToken, kAccount}}},
        {QStringLiteral("zones"), QJsonArray{}},
        {QStringLiteral("tunnels"),
         QJsonArray{alpha, beta,
                    cfTunnel(QStringLiteral("cccccccc-0000-4000-8000-000000000003"), QStringLiteral("someone-elses"),
                             QStringLiteral("healthy"), QJsonArray{QStringLiteral("ams01")})}},
    };
}

void pointAt(const test::FakeCloudflareApi& api)
{
    for (const QString& entry : api.env())
        qputenv(entry.section(QLatin1Char('='), 0, 0).toLatin1(), entry.section(QLatin1Char('='), 1).toUtf8());
}

// cloudflared's login certificate under HOME: no keychain needed.
void writeCert()
{
    const QByteArray json =
        QStringLiteral(R"({"zoneID":"zone0001","accountID":"%1","apiToken":"%2"})").arg(kAccount, kToken).toUtf8();
    test::writeFile(QDir::homePath() + QStringLiteral("/.cloudflared/cert.pem"),
                    "-----BEGIN ARGO TUNNEL TOKEN-----\n" + json.toBase64() + "\n-----END ARGO TUNNEL TOKEN-----\n");
}

// Two slots as `slot add` leaves them in the store.
void storeSlots()
{
    TunnelStore store(AppPaths::tunnelStoreFile());
    QString error;
    REQUIRE(store.load(&error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.upsert(QStringLiteral("alpha.example.com"), kAlpha, now);
    store.upsert(QStringLiteral("beta.example.com"), kBeta, now);
    REQUIRE(store.setCloudflareIds(kAlpha, kAlphaId, kAccount, QStringLiteral("zone0001")));
    REQUIRE(store.setCloudflareIds(kBeta, kBetaId, kAccount, QStringLiteral("zone0001")));
    REQUIRE(store.save(&error));
}

// Runtimes behind the slots: up or not, every check recorded with its time.
class Runtimes
{
public:
    Runtimes() { m_clock.start(); }
    void setUp(const QString& name, bool up)
    {
        QMutexLocker lock(&m_mutex);
        if (up)
            m_up.insert(name);
        else
            m_up.remove(name);
    }
    // When `name` was checked at or after `sinceMs`.
    QList<qint64> checks(const QString& name, qint64 sinceMs = 0) const
    {
        QMutexLocker lock(&m_mutex);
        QList<qint64> times;
        for (const auto& [tunnel, at] : m_calls)
            if (tunnel == name && at >= sinceMs)
                times << at;
        return times;
    }
    qint64 now() const { return m_clock.elapsed(); }

    TunnelMonitor::ProbeFunction function()
    {
        return [this](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest&) {
            ProbeResult result;
            result.name = tunnel.name;
            QMutexLocker lock(&m_mutex);
            m_calls.append({tunnel.name, m_clock.elapsed()});
            if (m_up.contains(tunnel.name)) {
                result.state = State::Online;
                result.message = QStringLiteral("Online");
            } else {
                result.state = State::Offline;
                result.message = QStringLiteral("The runtime is not reachable (websocket: bad handshake).");
            }
            return result;
        };
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_up;
    QList<QPair<QString, qint64>> m_calls;
    QElapsedTimer m_clock;
};

int listCalls(const test::FakeCloudflareApi& api)
{
    return int(api.calls().count(kListCall));
}

} // namespace

TEST_CASE("the service polls named tunnels with one list call per round and checks a tunnel back at once",
          "[service][cloudflare][named]")
{
    test::resetAppFiles();
    qunsetenv("TUNNEL_ORIGIN_CERT");
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    test::FakeCloudflareApi api(apiState());
    REQUIRE(api.running());
    pointAt(api);
    writeCert();
    storeSlots();

    Runtimes runtimes;
    runtimes.setUp(kBeta, true);
    AppService::Options options;
    options.probe = runtimes.function();
    options.monitor.liveSessions = false;
    options.monitor.jitter = 0;
    // Far beyond this test: a check of an offline runtime it sees was asked for by the tunnel status.
    options.monitor.offlineMinBackoffMs = 120000;
    options.monitor.offlineMaxBackoffMs = 120000;
    options.namedStatus.visibleIntervalMs = 5000; // NamedTunnelStatus's shortest
    options.namedStatus.hiddenIntervalMs = 15000;
    AppService service(options);
    QSignalSpy rounds(&service.namedWatch(), &NamedTunnelWatch::updated);
    service.start();

    REQUIRE(test::waitUntil([&] { return rounds.size() >= 1; }, 20000));
    CHECK(service.state(kAlpha).tunnelStatus == QStringLiteral("down"));
    CHECK(service.state(kBeta).tunnelStatus == QStringLiteral("healthy · fra06"));
    CHECK(service.state(kBeta).toJson().value(QStringLiteral("tunnel_status")).toString() ==
          QStringLiteral("healthy · fra06"));
    REQUIRE(test::waitUntil([&] { return service.state(kAlpha).state == State::Offline; }, 5000));
    CHECK(service.state(kAlpha).message.contains(QStringLiteral("No cloudflared is connected to tunnel colab-alpha")));
    CHECK(service.state(kBeta).state == State::Online);

    // The rate limit: one list call per round for both slots; beyond that, each slot's configuration
    // is read once, and alpha's (port 22, from an earlier version) moved to the cell's own sshd port.
    // beta's, changed by hand, is left as it is.
    REQUIRE(test::waitUntil([&] { return rounds.size() >= 2; }, 10000));
    CHECK(listCalls(api) == rounds.size());
    QStringList perTunnel = api.calls();
    perTunnel.removeAll(kListCall);
    perTunnel.sort();
    const QString config = QStringLiteral("%1 /accounts/acct0001/cfd_tunnel/%2/configurations 200");
    CHECK(perTunnel == QStringList{config.arg(QStringLiteral("GET"), kAlphaId),
                                   config.arg(QStringLiteral("GET"), kBetaId),
                                   config.arg(QStringLiteral("PUT"), kAlphaId)});
    CHECK(firstService(api, kAlphaId) == QStringLiteral("ssh://localhost:22022"));
    CHECK(firstService(api, kBetaId) == QStringLiteral("http://localhost:8080"));
    CHECK_FALSE(api.rawLog().contains(kToken.toUtf8()));

    // The Colab cell of alpha runs again: its runtime is checked as soon as a round says so, not
    // after the two-minute backoff.
    runtimes.setUp(kAlpha, true);
    const qint64 flippedAt = runtimes.now();
    REQUIRE(api.control(QStringLiteral("/__control/tunnel_status"),
                        QJsonObject{{QStringLiteral("id"), kAlphaId},
                                    {QStringLiteral("status"), QStringLiteral("healthy")},
                                    {QStringLiteral("colos"), QJsonArray{QStringLiteral("ams01")}}}));
    REQUIRE(test::waitUntil([&] { return service.state(kAlpha).tunnelStatus == QStringLiteral("healthy · ams01"); },
                            10000));
    const qint64 reportedAt = runtimes.now();
    REQUIRE(test::waitUntil([&] { return service.state(kAlpha).state == State::Online; }, 3000));
    const QList<qint64> checks = runtimes.checks(kAlpha, flippedAt);
    REQUIRE_FALSE(checks.isEmpty());
    CHECK(checks.first() - reportedAt < 1000);
    CHECK(runtimes.now() - flippedAt < 8000); // within one round (5 s) and the checks
    CHECK(service.state(kAlpha).toJson().value(QStringLiteral("tunnel_status")).toString() ==
          QStringLiteral("healthy · ams01"));

    // Hidden: a round every 15 s instead of 5 s; shown again: 5 s.
    service.setWindowVisible(false);
    CHECK(service.namedWatch().pollIntervalMs() == 15000);
    service.setWindowVisible(true);
    CHECK(service.namedWatch().pollIntervalMs() == 5000);

    // No named tunnel left: no more polling.
    service.removeTunnel(kAlpha);
    service.removeTunnel(kBeta);
    REQUIRE(test::waitUntil([&] { return service.tunnels().isEmpty(); }, 10000));
    CHECK_FALSE(service.namedWatch().watching());
    CHECK(service.namedWatch().pollIntervalMs() == -1);
    service.shutdown();
}
