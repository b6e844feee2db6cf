#include "DoctorRun.h"
#include "ExampleAccount.h"
#include "FakeCloudflareApi.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace colab;
using test::doctor::diagnose;
namespace example = colab::test::example;

namespace {

const QString kSlotId = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000d0c7");
const QString kPassword = QStringLiteral("Named-Doctor-Pass-2f7a");

// The slot "alpha" as `slot add` leaves it: its tunnel at Cloudflare, connected in fra06.
QJsonObject accountWithSlot()
{
    QJsonObject state = example::baseState();
    QJsonArray tunnels = state.value(QStringLiteral("tunnels")).toArray();
    tunnels.append(QJsonObject{{QStringLiteral("id"), kSlotId},
                               {QStringLiteral("name"), QStringLiteral("colab-alpha")},
                               {QStringLiteral("account"), example::kAccount},
                               {QStringLiteral("status"), QStringLiteral("healthy")},
                               {QStringLiteral("connections"), QJsonArray{QStringLiteral("fra06")}},
                               {QStringLiteral("deleted_at"), QJsonValue::Null},
                               {QStringLiteral("token"), QStringLiteral("run-token-alpha")}});
    state.insert(QStringLiteral("tunnels"), tunnels);
    return state;
}

Tunnel slot()
{
    Tunnel tunnel = test::quickTunnel(QStringLiteral("alpha"), QStringLiteral("alpha.example.com"));
    tunnel.kind = Tunnel::Kind::Named;
    tunnel.tunnelId = kSlotId;
    tunnel.accountId = example::kAccount;
    tunnel.zoneId = example::kZone;
    return tunnel;
}

void pointAt(const test::FakeCloudflareApi& api)
{
    for (const QString& entry : api.env())
        qputenv(entry.section(QLatin1Char('='), 0, 0).toLatin1(), entry.section(QLatin1Char('='), 1).toUtf8());
}

} // namespace

TEST_CASE("the doctor stops at a named tunnel that is down at Cloudflare and says to re-run the cell",
          "[doctor][cloudflare]")
{
    test::FakeCloudflareApi api(accountWithSlot());
    REQUIRE(api.running());
    pointAt(api);
    example::writeCert(example::kToken);
    REQUIRE(api.control(QStringLiteral("/__control/tunnel_status"),
                        QJsonObject{{QStringLiteral("id"), kSlotId},
                                    {QStringLiteral("status"), QStringLiteral("down")},
                                    {QStringLiteral("colos"), QJsonArray{}}}));

    const auto down = diagnose(slot(), kPassword);
    CHECK(down.outcomes() == QStringLiteral("cloudflared:passed dns:passed login:passed tunnel-status:failed "
                                            "reachable:skipped banner:skipped host-key:skipped auth:skipped "
                                            "gpu:skipped"));
    CHECK_FALSE(down.ok);
    const StepResult status = down.step(QStringLiteral("tunnel-status"));
    CHECK(status.runtime == QStringLiteral("alpha"));
    CHECK(status.detail.startsWith(QStringLiteral("Down")));
    CHECK(status.fix.contains(QStringLiteral("colab-tunnel cell --mode named --name alpha")));
    CHECK(down.step(QStringLiteral("dns")).detail.contains(QStringLiteral("the zone is active")));
    CHECK(down.step(QStringLiteral("login")).detail.contains(QStringLiteral("cert.pem")));
    CHECK(down.step(QStringLiteral("reachable")).detail.contains(QStringLiteral("earlier link")));
    // Neither the API token nor the password reaches the report, the JSON or the API's log.
    for (const QString& secret : {example::kToken, kPassword}) {
        CHECK_FALSE(down.report.contains(secret));
        CHECK_FALSE(down.json.contains(secret.toUtf8()));
    }
    CHECK_FALSE(api.rawLog().contains(example::kToken.toUtf8()));
}

TEST_CASE("the doctor fails first at a missing cloudflared and skips every later link", "[doctor]")
{
    const auto missing = diagnose(slot(), kPassword, QStringLiteral("/nonexistent/cloudflared"));
    REQUIRE_FALSE(missing.steps.isEmpty());
    CHECK(missing.outcomes() == QStringLiteral("cloudflared:failed dns:skipped login:skipped tunnel-status:skipped "
                                               "reachable:skipped banner:skipped host-key:skipped auth:skipped "
                                               "gpu:skipped"));
    CHECK(missing.step(QStringLiteral("cloudflared")).fix.contains(QStringLiteral("Install cloudflared")));
    CHECK(missing.report.contains(QStringLiteral("✗ cloudflared installed and recent")));
}

TEST_CASE("a cancelled diagnosis reports the rest as skipped and finishes at once", "[doctor]")
{
    Doctor doctor;
    QSignalSpy finished(&doctor, &Doctor::finished);
    doctor.start(AppService::diagnosisConfig({slot()}, test::fakeCloudflared(), kPassword));
    doctor.cancel();
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(doctor.cancelled());
    REQUIRE(doctor.results().size() == 9);
    for (const StepResult& step : doctor.results())
        CHECK(step.outcome == StepResult::Outcome::Skipped);
    CHECK(doctor.toJson().value(QStringLiteral("cancelled")).toBool());
    test::waitUntil([] { return false; }, 300); // nothing arrives after the end
    CHECK(doctor.results().size() == 9);
    CHECK(finished.size() == 1);
}
