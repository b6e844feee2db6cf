#include "CatchQt.h"
#include "FakeCloudflareApi.h"
#include "TestEnv.h"
#include "cloudflare/CloudflareApi.h"
#include "cloudflare/NamedTunnelStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kToken = QStringLiteral("cfut-SECRET-api-tests-0001");

QJsonObject tunnel(const QString& id, const QString& name, const QString& status, const QJsonArray& colos)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("account"), QStringLiteral("acct0001")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("connections"), colos},
                       {QStringLiteral("deleted_at"), QJsonValue::Null}};
}

QJsonObject state(const QJsonArray& faults = {})
{
    QJsonArray tunnels;
    for (int i = 0; i < 5; ++i)
        tunnels.append(tunnel(QStringLiteral("t%1").arg(i), QStringLiteral("colab-%1").arg(i),
                              i % 2 ? QStringLiteral("healthy") : QStringLiteral("down"),
                              i % 2 ? QJsonArray{QStringLiteral("fra06")} : QJsonArray{}));
    return QJsonObject{{QStringLiteral("tokens"), QJsonObject{{kToken, QStringLiteral("acct0001")}}},
                       {QStringLiteral("zones"), QJsonArray{}},
                       {QStringLiteral("tunnels"), tunnels},
                       {QStringLiteral("faults"), faults},
                       {QStringLiteral("per_page_max"), 2}};
}

ApiReply wait(const std::function<void(CloudflareApi::Callback)>& call)
{
    ApiReply result;
    bool done = false;
    call([&](const ApiReply& reply) {
        result = reply;
        done = true;
    });
    test::waitUntil([&] { return done; }, 20000);
    return result;
}

void pointAt(const test::FakeCloudflareApi& api)
{
    for (const QString& entry : api.env())
        qputenv(entry.section(QLatin1Char('='), 0, 0).toLatin1(), entry.section(QLatin1Char('='), 1).toUtf8());
}

} // namespace

TEST_CASE("every page of a list is fetched and joined", "[cloudflare][api]")
{
    test::FakeCloudflareApi api(state());
    REQUIRE(api.running());
    pointAt(api);
    CloudflareApi client(kToken);
    const ApiReply reply = wait([&](auto done) { client.listTunnels(QStringLiteral("acct0001"), {}, done); });
    REQUIRE(reply.ok());
    CHECK(reply.result.toArray().size() == 5);
    CHECK(api.calls() == QStringList(3, QStringLiteral("GET /accounts/acct0001/cfd_tunnel 200")));
}

TEST_CASE("a read is retried after a server error and a change is not", "[cloudflare][api]")
{
    test::FakeCloudflareApi api(
        state(QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path"), QStringLiteral("/user/tokens/verify")},
                                     {QStringLiteral("status"), 503}},
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("path"), QStringLiteral("/accounts/[^/]+/cfd_tunnel")},
                                     {QStringLiteral("status"), 502}}}));
    REQUIRE(api.running());
    pointAt(api);
    CloudflareApi client(kToken);
    QSignalSpy waiting(&client, &CloudflareApi::waiting);
    CHECK(wait([&](auto done) { client.verifyToken({}, done); }).ok());
    CHECK(waiting.size() == 1);
    const ApiReply created =
        wait([&](auto done) { client.createTunnel(QStringLiteral("acct0001"), QStringLiteral("colab-x"), done); });
    CHECK_FALSE(created.ok());
    CHECK(created.httpStatus == 502);
    CHECK(created.errorText().contains(QLatin1String("Internal server error (code 10001)")));
    CHECK(api.calls() == QStringList{QStringLiteral("GET /user/tokens/verify 503"),
                                     QStringLiteral("GET /user/tokens/verify 200"),
                                     QStringLiteral("POST /accounts/acct0001/cfd_tunnel 502")});
}

TEST_CASE("a Retry-After longer than we wait is explained with the 5-minute block", "[cloudflare][api]")
{
    test::FakeCloudflareApi api(
        state(QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/user/tokens/verify")},
                                     {QStringLiteral("status"), 429},
                                     {QStringLiteral("retry_after"), 300}}}));
    REQUIRE(api.running());
    pointAt(api);
    CloudflareApi client(kToken);
    client.setMaxRetryAfterSeconds(10);
    const ApiReply reply = wait([&](auto done) { client.verifyToken({}, done); });
    CHECK_FALSE(reply.ok());
    CHECK(reply.retryAfterSeconds == 300);
    CHECK(reply.errorText().contains(QLatin1String("5 minutes")));
    CHECK(reply.errorText().contains(QLatin1String("300 s")));
    CHECK_FALSE(reply.errorText().contains(kToken));
}

TEST_CASE("an unanswered call times out with a plain message", "[cloudflare][api]")
{
    // A listening socket that never answers.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    qputenv("COLAB_TUNNEL_API_URL", QStringLiteral("http://127.0.0.1:%1/client/v4").arg(silent.serverPort()).toUtf8());
    CloudflareApi client(kToken);
    client.setTimeoutMs(1000);
    client.setMaxAttempts(1);
    const ApiReply reply = wait([&](auto done) { client.verifyToken({}, done); });
    CHECK_FALSE(reply.ok());
    CHECK(reply.errorText().contains(QLatin1String("did not answer within 1 s")));
}

// Guards the rate-limit promise: one round = one list call per account, however many tunnels.
TEST_CASE("NamedTunnelStatus polls all tunnels of an account with one list call per round", "[cloudflare][status]")
{
    test::FakeCloudflareApi api(state());
    REQUIRE(api.running());
    pointAt(api);
    CloudflareApi client(kToken);
    NamedTunnelStatus status(&client);
    status.setAccounts({QStringLiteral("acct0001"), QStringLiteral("acct0001")});
    status.setInterval(60000);
    CHECK(status.interval() == 60000);
    QSignalSpy updated(&status, &NamedTunnelStatus::updated);
    status.start();
    REQUIRE(test::waitUntil([&] { return updated.size() == 1; }, 20000));
    CHECK(status.snapshot().size() == 5);
    CHECK(status.snapshot().value(QStringLiteral("t1")).state == NamedTunnelStatus::State::Healthy);
    CHECK(status.snapshot().value(QStringLiteral("t1")).colos == QStringList{QStringLiteral("fra06")});
    CHECK(status.snapshot().value(QStringLiteral("t2")).state == NamedTunnelStatus::State::Down);
    // 5 tunnels in pages of 2: the one list call takes three pages; no call per tunnel.
    CHECK(api.calls() == QStringList(3, QStringLiteral("GET /accounts/acct0001/cfd_tunnel 200")));
    status.stop();

    // A refused token is a failed round, and the last snapshot stays.
    CloudflareApi wrong(QStringLiteral("cfut-WRONG"));
    NamedTunnelStatus refused(&wrong);
    refused.setAccounts({QStringLiteral("acct0001")});
    QSignalSpy failed(&refused, &NamedTunnelStatus::failed);
    refused.pollNow();
    REQUIRE(test::waitUntil([&] { return failed.size() == 1; }, 20000));
    CHECK(failed.first().first().toString().contains(QLatin1String("Invalid API Token (code 1000)")));
}

#include "cloudflare/CloudflaredVersion.h"
#include "cloudflare/LoginRunner.h"
#include "cloudflare/OriginCert.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

TEST_CASE("the installed cloudflared's version is asked and an old one is flagged", "[cloudflare][version]")
{
    const QString old = test::makeScratchDir(QStringLiteral("old-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(old, "#!/bin/sh\necho 'cloudflared version 2024.12.2 (built 2024-12-19-1724 UTC)'\n");
    QString error;
    const CloudflaredVersion version = CloudflaredVersion::query(old, &error);
    REQUIRE(version.isValid());
    CHECK(version.toString() == QStringLiteral("2024.12.2"));
    CHECK(version.isTooOld(QDate(2026, 11, 30)));
    CHECK(CloudflaredVersion::query(test::fakeCloudflared(), &error).toString() == QStringLiteral("2026.8.2"));

    const QString broken = test::makeScratchDir(QStringLiteral("odd-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(broken, "#!/bin/sh\necho 'something else'\n");
    CHECK_FALSE(CloudflaredVersion::query(broken, &error).isValid());
    CHECK(error.contains(QLatin1String("no version")));
}

TEST_CASE("cert.pem is found in cloudflared's order of places", "[cloudflare][cert]")
{
    qunsetenv("TUNNEL_ORIGIN_CERT");
    const QByteArray pem = "-----BEGIN ARGO TUNNEL TOKEN-----\n" +
                           QByteArray(R"({"zoneID":"z","accountID":"a","apiToken":"t"})").toBase64() +
                           "\n-----END ARGO TUNNEL TOKEN-----\n";
    CHECK(OriginCert::find().isEmpty());
    test::writeFile(QDir::homePath() + QStringLiteral("/cloudflare-warp/cert.pem"), pem);
    CHECK(OriginCert::find() == QDir::homePath() + QStringLiteral("/cloudflare-warp/cert.pem"));
    test::writeFile(QDir::homePath() + QStringLiteral("/.cloudflare-warp/cert.pem"), pem);
    CHECK(OriginCert::find() == QDir::homePath() + QStringLiteral("/.cloudflare-warp/cert.pem"));
    test::writeFile(QDir::homePath() + QStringLiteral("/.cloudflared/cert.pem"), pem);
    CHECK(OriginCert::find() == QDir::homePath() + QStringLiteral("/.cloudflared/cert.pem"));
    OriginCert cert;
    QString error;
    REQUIRE(OriginCert::load(OriginCert::find(), &cert, &error));
    CHECK(cert.accountId == QStringLiteral("a"));
}

// Guards the order the CLI (and a future wizard page) relies on: the URL first, then progress,
// then the certificate, and moveAside never deletes.
TEST_CASE("LoginRunner reports the URL at once and the certificate when it is written", "[cloudflare][login]")
{
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    qputenv("FAKE_CLOUDFLARED_LOGIN_DELAY", "1.5");
    LoginRunner runner;
    runner.setPollIntervalMs(200);
    QStringList events;
    QObject::connect(&runner, &LoginRunner::loginUrl,
                     [&](const QString& url) { events << QStringLiteral("url ") + url.left(39); });
    QObject::connect(&runner, &LoginRunner::progress, [&](int) {
        if (!events.contains(QStringLiteral("progress")))
            events << QStringLiteral("progress");
    });
    LoginRunner::Outcome outcome = LoginRunner::Outcome::Failed;
    QString certPath;
    bool done = false;
    QObject::connect(&runner, &LoginRunner::finished, [&](LoginRunner::Outcome o, const QString&, const QString& path) {
        outcome = o;
        certPath = path;
        done = true;
    });
    runner.start(test::fakeCloudflared());
    REQUIRE(test::waitUntil([&] { return done; }, 20000));
    qunsetenv("FAKE_CLOUDFLARED_LOGIN_DELAY");
    CHECK(outcome == LoginRunner::Outcome::LoggedIn);
    CHECK(certPath == LoginRunner::expectedCertPath());
    CHECK(events ==
          QStringList{QStringLiteral("url https://dash.cloudflare.com/argotunnel?"), QStringLiteral("progress")});

    const QByteArray original = test::readFile(certPath);
    QString movedTo, error;
    REQUIRE(LoginRunner::moveAside(certPath, &movedTo, &error));
    CHECK_FALSE(QFile::exists(certPath));
    CHECK(test::readFile(movedTo) == original);
    CHECK(QFileInfo(movedTo).fileName().startsWith(QLatin1String("cert.pem.replaced-")));
}

// Cancel never freezes the window: a cloudflared that ignores TERM is killed 2 s later, and the
// answer arrives once it is gone, so no login is left running.
TEST_CASE("cancelling a login returns at once even when cloudflared ignores TERM", "[cloudflare][login]")
{
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    const QString stubborn = test::makeScratchDir(QStringLiteral("stubborn-cf")) + QStringLiteral("/cloudflared");
    const QString pidFile = QFileInfo(stubborn).path() + QStringLiteral("/pid");
    test::writeExecutable(stubborn, QStringLiteral("#!/bin/sh\ntrap '' TERM\necho $$ > '%1'\n"
                                                   "echo 'https://dash.cloudflare.com/argotunnel?aud=&callback=x' >&2\n"
                                                   "while :; do sleep 0.1; done\n")
                                        .arg(pidFile)
                                        .toUtf8());
    LoginRunner runner;
    bool urlSeen = false;
    LoginRunner::Outcome outcome = LoginRunner::Outcome::LoggedIn;
    bool done = false;
    QObject::connect(&runner, &LoginRunner::loginUrl, [&](const QString&) { urlSeen = true; });
    QObject::connect(&runner, &LoginRunner::finished, [&](LoginRunner::Outcome o, const QString&, const QString&) {
        outcome = o;
        done = true;
    });
    runner.start(stubborn);
    REQUIRE(test::waitUntil([&] { return urlSeen; }, 10000));
    const QString pid = QString::fromUtf8(test::readFile(pidFile)).trimmed();
    REQUIRE(!pid.isEmpty());

    QElapsedTimer cancel;
    cancel.start();
    runner.cancel();
    CHECK(cancel.elapsed() < 200); // the GUI thread does not wait for cloudflared
    REQUIRE(test::waitUntil([&] { return done; }, 5000));
    CHECK(outcome == LoginRunner::Outcome::Cancelled);
    CHECK(cancel.elapsed() >= 1900);                                // it ignored TERM: the kill came 2 s later
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/proc/") + pid)); // and it is gone
    CHECK_FALSE(runner.isRunning());
}

TEST_CASE("a redirect is not followed: the token never reaches another origin", "[cloudflare][api]")
{
    // Where the redirect points: it must see no connection at all.
    QTcpServer elsewhere;
    REQUIRE(elsewhere.listen(QHostAddress::LocalHost));
    const QString target =
        QStringLiteral("http://127.0.0.1:%1/client/v4/user/tokens/verify").arg(elsewhere.serverPort());
    for (const int status : {301, 302, 307, 308}) {
        test::FakeCloudflareApi api(state(QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral(".*")},
                                                                 {QStringLiteral("status"), status},
                                                                 {QStringLiteral("location"), target}}}));
        REQUIRE(api.running());
        pointAt(api);
        CloudflareApi client(kToken);
        const ApiReply reply = wait([&](auto done) { client.verifyToken({}, done); });
        INFO(status);
        CHECK_FALSE(reply.ok());
        CHECK(reply.errorText().contains(QLatin1String("redirect")));
        CHECK_FALSE(reply.errorText().contains(kToken));
        QCoreApplication::processEvents();
        CHECK_FALSE(elsewhere.hasPendingConnections());
    }
}

TEST_CASE("API tokens are verified where Cloudflare verifies them, and only an active one passes", "[cloudflare][api]")
{
    const auto withToken = [](const QString& owner, const QString& status) {
        QJsonObject s = state();
        s.insert(QStringLiteral("token_info"), QJsonObject{{kToken, QJsonObject{{QStringLiteral("owner"), owner},
                                                                                {QStringLiteral("status"), status}}}});
        return s;
    };
    SECTION("an account-owned token verifies under its account (found through /accounts)")
    {
        test::FakeCloudflareApi api(withToken(QStringLiteral("account"), QStringLiteral("active")));
        REQUIRE(api.running());
        pointAt(api);
        CloudflareApi client(kToken);
        const ApiReply reply = wait([&](auto done) { client.verifyToken({}, done); });
        INFO(reply.errorText().toStdString());
        CHECK(reply.ok());
        CHECK(api.calls() == QStringList{QStringLiteral("GET /user/tokens/verify 401"),
                                         QStringLiteral("GET /accounts 200"),
                                         QStringLiteral("GET /accounts/acct0001/tokens/verify 200")});
    }
    SECTION("with the account known (cert.pem), straight there")
    {
        test::FakeCloudflareApi api(withToken(QStringLiteral("account"), QStringLiteral("active")));
        REQUIRE(api.running());
        pointAt(api);
        CloudflareApi client(kToken);
        CHECK(wait([&](auto done) { client.verifyToken(QStringLiteral("acct0001"), done); }).ok());
        CHECK(api.calls() == QStringList{QStringLiteral("GET /user/tokens/verify 401"),
                                         QStringLiteral("GET /accounts/acct0001/tokens/verify 200")});
    }
    SECTION("an expired or disabled token is refused, saying which")
    {
        for (const QString& status : {QStringLiteral("expired"), QStringLiteral("disabled")}) {
            for (const QString& owner : {QStringLiteral("user"), QStringLiteral("account")}) {
                test::FakeCloudflareApi api(withToken(owner, status));
                REQUIRE(api.running());
                pointAt(api);
                CloudflareApi client(kToken);
                const ApiReply reply = wait([&](auto done) { client.verifyToken({}, done); });
                INFO(owner.toStdString() << " " << status.toStdString());
                CHECK_FALSE(reply.ok());
                CHECK(reply.errorText().contains(status == QLatin1String("expired") ? QLatin1String("expired")
                                                                                    : QLatin1String("disabled")));
            }
        }
    }
}

TEST_CASE("a FedRAMP cert.pem talks to Cloudflare's FedRAMP API", "[cloudflare][api]")
{
    const QByteArray saved = qgetenv("COLAB_TUNNEL_API_URL");
    qunsetenv("COLAB_TUNNEL_API_URL");
    CHECK(CloudflareApi::baseUrl(QStringLiteral("fed")) == QStringLiteral("https://api.fed.cloudflare.com/client/v4"));
    CHECK(CloudflareApi::baseUrl() == QStringLiteral("https://api.cloudflare.com/client/v4"));
    if (!saved.isNull())
        qputenv("COLAB_TUNNEL_API_URL", saved);
}
