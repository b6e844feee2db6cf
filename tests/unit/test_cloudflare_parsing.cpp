#include "CatchQt.h"
#include "cloudflare/ApiEnvelope.h"
#include "cloudflare/CloudflaredVersion.h"
#include "cloudflare/DnsChecker.h"
#include "cloudflare/NamedTunnelStatus.h"
#include "cloudflare/OriginCert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kToken = QStringLiteral("tok-SECRET-1234567890abcdef");

QByteArray tokenBlock(const QByteArray& json)
{
    const QByteArray base64 = json.toBase64();
    QByteArray body;
    for (int i = 0; i < base64.size(); i += 64)
        body += base64.mid(i, 64) + '\n';
    return "-----BEGIN ARGO TUNNEL TOKEN-----\n" + body + "-----END ARGO TUNNEL TOKEN-----\n";
}

const QByteArray kPrivateKey = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n"
                               "-----END PRIVATE KEY-----\n";
const QByteArray kCertificate =
    "-----BEGIN CERTIFICATE-----\nMIIC+zCCAeOgAwIBAgIJAJ5Pm4Ct\n-----END CERTIFICATE-----\n";

} // namespace

// Guards: every form cloudflared has written since 2018 is read, with the same fields.
TEST_CASE("cert.pem is read in its current and older forms", "[cloudflare][cert]")
{
    const QByteArray current =
        tokenBlock(QStringLiteral(R"({"zoneID":"z1","accountID":"a1","apiToken":"%1"})").arg(kToken).toUtf8());
    const QByteArray fed = tokenBlock(
        QStringLiteral(R"({"zoneID":"z1","accountID":"a1","apiToken":"%1","endpoint":"fed"})").arg(kToken).toUtf8());
    const QByteArray withKeys = kPrivateKey + kCertificate + current;
    const QByteArray keysAfter = current + kPrivateKey + kCertificate;
    const QByteArray serviceKey =
        kPrivateKey + kCertificate +
        tokenBlock(QStringLiteral(R"({"zoneID":"z1","accountID":"a1","serviceKey":"%1"})").arg(kToken).toUtf8());
    const QByteArray crlf = QByteArray(current).replace("\n", "\r\n");
    for (const QByteArray& pem : {current, fed, withKeys, keysAfter, serviceKey, crlf}) {
        OriginCert cert;
        QString error;
        INFO(pem.toStdString());
        REQUIRE(OriginCert::parse(pem, &cert, &error));
        CHECK(cert.zoneId == QStringLiteral("z1"));
        CHECK(cert.accountId == QStringLiteral("a1"));
        CHECK(cert.apiToken == kToken);
    }
    OriginCert cert;
    QString error;
    REQUIRE(OriginCert::parse(fed, &cert, &error));
    CHECK(cert.endpoint == QStringLiteral("fed"));
}

// Guards: a broken file is named with what is wrong, and the message never carries the token.
TEST_CASE("a malformed cert.pem is a clear error without the token", "[cloudflare][cert]")
{
    const QList<QPair<QByteArray, QString>> cases = {
        {kPrivateKey + kCertificate, QStringLiteral("no ARGO TUNNEL TOKEN block")},
        {"-----BEGIN ARGO TUNNEL TOKEN-----\nabc", QStringLiteral("not closed")},
        {"-----BEGIN ARGO TUNNEL TOKEN-----\n!!notbase64!!\n-----END ARGO TUNNEL TOKEN-----\n",
         QStringLiteral("base64")},
        {tokenBlock("[1,2]"), QStringLiteral("JSON object")},
        {tokenBlock(QStringLiteral(R"({"accountID":"a1","apiToken":"%1"})").arg(kToken).toUtf8()),
         QStringLiteral("zoneID")},
        {tokenBlock(R"({"zoneID":"z1","accountID":"a1"})"), QStringLiteral("apiToken")},
        {tokenBlock(QStringLiteral(R"({"zoneID":"z1","apiToken":"%1",)").arg(kToken).toUtf8()),
         QStringLiteral("JSON object")},
    };
    for (const auto& [pem, expected] : cases) {
        OriginCert cert;
        QString error;
        INFO(pem.toStdString());
        REQUIRE_FALSE(OriginCert::parse(pem, &cert, &error));
        CHECK(error.contains(expected));
        CHECK_FALSE(error.contains(kToken));
        CHECK(cert.apiToken.isEmpty());
    }
}

TEST_CASE("cert.pem is looked for where cloudflared looks and TUNNEL_ORIGIN_CERT overrides", "[cloudflare][cert]")
{
    qunsetenv("TUNNEL_ORIGIN_CERT");
    const QStringList paths = OriginCert::searchPaths();
    REQUIRE(paths.size() == 5);
    CHECK(paths.at(0).endsWith(QLatin1String("/.cloudflared/cert.pem")));
    CHECK(paths.at(1).endsWith(QLatin1String("/.cloudflare-warp/cert.pem")));
    CHECK(paths.at(2).endsWith(QLatin1String("/cloudflare-warp/cert.pem")));
    CHECK(paths.at(3) == QStringLiteral("/etc/cloudflared/cert.pem"));
    CHECK(paths.at(4) == QStringLiteral("/usr/local/etc/cloudflared/cert.pem"));
    qputenv("TUNNEL_ORIGIN_CERT", "/somewhere/own.pem");
    CHECK(OriginCert::searchPaths() == QStringList{QStringLiteral("/somewhere/own.pem")});
    qunsetenv("TUNNEL_ORIGIN_CERT");
}

TEST_CASE("cloudflared's version is parsed and more than a year is too old", "[cloudflare][version]")
{
    const auto version =
        CloudflaredVersion::parse(QStringLiteral("cloudflared version 2026.8.2 (built 2026-08-14-1200 UTC)"));
    REQUIRE(version.isValid());
    CHECK(version.year == 2026);
    CHECK(version.month == 8);
    CHECK(version.patch == 2);
    CHECK(version.toString() == QStringLiteral("2026.8.2"));
    CHECK_FALSE(version.isTooOld(QDate(2027, 8, 1)));
    CHECK(version.isTooOld(QDate(2027, 8, 2)));
    CHECK_FALSE(version.isTooOld(QDate(2026, 11, 30)));
    CHECK(CloudflaredVersion::parse(QStringLiteral("2024.12.2")).isValid());
    CHECK(CloudflaredVersion::parse(QStringLiteral("cloudflared version 2025.1.0-12-gabcdef (built x)")).isValid());
    for (const char* bad : {"", "cloudflared version DEV", "cloudflared version 2026.13.1", "version 26.8.2",
                            "cloudflared version 2026.8"})
        CHECK_FALSE(CloudflaredVersion::parse(QString::fromLatin1(bad)).isValid());
    CHECK_FALSE(CloudflaredVersion::updateHint().isEmpty());
}

TEST_CASE("the API envelope gives result and every error's code and message", "[cloudflare][api]")
{
    const auto ok = ApiReply::parse(200, R"({"success":true,"errors":[],"messages":[],"result":[{"id":"a"}],
                 "result_info":{"page":2,"per_page":1,"count":1,"total_count":3}})");
    CHECK(ok.ok());
    CHECK(ok.result.toArray().size() == 1);
    CHECK(ok.page() == 2);
    // The schema's result_info (no total_pages): more while pages are full and total_count is not reached.
    CHECK(ok.hasMorePages(2, 1));
    CHECK_FALSE(ok.hasMorePages(3, 1));

    const auto refused = ApiReply::parse(400, R"({"success":false,"errors":[{"code":1003,"message":"Tunnel not found"},
                 {"code":7003,"message":"Could not route"}],"messages":[],"result":null})");
    CHECK_FALSE(refused.ok());
    CHECK(refused.hasErrorCode(1003));
    CHECK(refused.errorText() == QStringLiteral("Tunnel not found (code 1003); Could not route (code 7003)"));

    // A success flag with an error status is not a success; an HTML error page is not an envelope.
    CHECK_FALSE(ApiReply::parse(500, R"({"success":true,"errors":[],"result":{}})").ok());
    const auto html = ApiReply::parse(502, "<html>Bad gateway</html>");
    CHECK_FALSE(html.ok());
    CHECK(html.errorText().contains(QLatin1String("502")));
    // One line per error, whatever the server sent.
    const auto noisy = ApiReply::parse(403, "{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"a\\nb\"}]}");
    CHECK(noisy.errorText() == QStringLiteral("a b (code 1)"));
    CHECK_FALSE(ApiReply::parse(200, R"({"success":true,"result":[]})").hasMorePages(0, 50));
    // A short page ends the listing even when total_count is missing (cloudflared stops there too).
    CHECK_FALSE(ApiReply::parse(200, R"({"success":true,"result":[{}],"result_info":{"page":1,"per_page":50,
                 "count":1}})")
                    .hasMorePages(1, 50));
    CHECK(ApiReply::parse(200, R"({"success":true,"result":[{}],"result_info":{"page":1,"per_page":1,"count":1}})")
              .hasMorePages(1, 1));
}

TEST_CASE("the tunnel list gives each named tunnel's state and colos", "[cloudflare][status]")
{
    const QJsonArray list = QJsonDocument::fromJson(R"([
        {"id":"t1","name":"colab-gpu","status":"healthy","connections":[{"colo_name":"fra06"},{"colo_name":"ams01"},{"colo_name":"fra06"}]},
        {"id":"t2","name":"colab-tpu","status":"down","connections":[]},
        {"id":"t3","name":"colab-new","status":"inactive"},
        {"id":"t4","name":"colab-half","status":"degraded","connections":[{"colo_name":"lhr01"}]},
        {"id":"t5","name":"odd","status":"exploded"}])")
                                .array();
    const auto snapshot = NamedTunnelStatus::parseList(list);
    REQUIRE(snapshot.size() == 5);
    CHECK(snapshot.value(QStringLiteral("t1")).state == NamedTunnelStatus::State::Healthy);
    CHECK(snapshot.value(QStringLiteral("t1")).colos == QStringList{QStringLiteral("fra06"), QStringLiteral("ams01")});
    CHECK(snapshot.value(QStringLiteral("t2")).state == NamedTunnelStatus::State::Down);
    CHECK(snapshot.value(QStringLiteral("t3")).state == NamedTunnelStatus::State::Inactive);
    CHECK(snapshot.value(QStringLiteral("t4")).state == NamedTunnelStatus::State::Degraded);
    CHECK(snapshot.value(QStringLiteral("t5")).state == NamedTunnelStatus::State::Unknown);
    CHECK(snapshot.value(QStringLiteral("t1")).toJson().value(QStringLiteral("status")).toString() ==
          QStringLiteral("healthy"));
}

TEST_CASE("Cloudflare's name servers are recognised case-insensitively with a trailing dot", "[cloudflare][dns]")
{
    CHECK(DnsChecker::isCloudflareNameServer(QStringLiteral("ada.ns.cloudflare.com.")));
    CHECK(DnsChecker::isCloudflareNameServer(QStringLiteral("BOB.NS.Cloudflare.COM")));
    CHECK_FALSE(DnsChecker::isCloudflareNameServer(QStringLiteral("ns1.registrar.net")));
    CHECK_FALSE(DnsChecker::isCloudflareNameServer(QStringLiteral("ns.cloudflare.com.evil.net")));
}

#include "tunnels/Tunnel.h"

// Guards: a slot's Cloudflare ids survive the store's JSON, fields we do not know still round-trip,
// and an id that could reach a URL path malformed is refused like any bad entry.
TEST_CASE("a slot's tunnel, account and zone ids round-trip through the store's JSON", "[cloudflare][store]")
{
    const QJsonObject stored{{QStringLiteral("name"), QStringLiteral("gpu")},
                             {QStringLiteral("hostname"), QStringLiteral("gpu.example.com")},
                             {QStringLiteral("kind"), QStringLiteral("named")},
                             {QStringLiteral("tunnel_id"), QStringLiteral("5bfb52bc-9658-49c8-a217-82ff520efbbb")},
                             {QStringLiteral("account_id"), QStringLiteral("acct0001")},
                             {QStringLiteral("zone_id"), QStringLiteral("zone0001")},
                             {QStringLiteral("from_the_future"), 42}};
    Tunnel tunnel;
    QString error;
    QJsonObject unknown;
    REQUIRE(Tunnel::fromJson(stored, &tunnel, &error, &unknown));
    CHECK(tunnel.tunnelId == QStringLiteral("5bfb52bc-9658-49c8-a217-82ff520efbbb"));
    CHECK(tunnel.accountId == QStringLiteral("acct0001"));
    CHECK(tunnel.zoneId == QStringLiteral("zone0001"));
    CHECK(unknown == QJsonObject{{QStringLiteral("from_the_future"), 42}});
    const QJsonObject written = tunnel.toJson(unknown);
    for (const char* key : {"tunnel_id", "account_id", "zone_id", "from_the_future"})
        CHECK(written.value(QLatin1String(key)) == stored.value(QLatin1String(key)));

    // A quick tunnel writes none of them.
    Tunnel quick;
    quick.name = QStringLiteral("t4");
    quick.hostname = QStringLiteral("a-b.trycloudflare.com");
    CHECK_FALSE(quick.toJson().contains(QStringLiteral("tunnel_id")));

    QJsonObject bad = stored;
    bad.insert(QStringLiteral("tunnel_id"), QStringLiteral("../../zones"));
    CHECK_FALSE(Tunnel::fromJson(bad, &tunnel, &error));
    CHECK(error.contains(QLatin1String("tunnel_id")));
}
