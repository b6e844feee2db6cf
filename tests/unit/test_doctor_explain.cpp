#include "diagnose/Doctor.h"
#include "diagnose/StepResult.h"

#include <catch2/catch.hpp>

using namespace colab;

namespace {
Tunnel quick()
{
    Tunnel tunnel;
    tunnel.name = QStringLiteral("t4");
    tunnel.hostname = QStringLiteral("some-random-words.trycloudflare.com");
    return tunnel;
}
} // namespace

TEST_CASE("the doctor words each known connection failure with its fix", "[doctor]")
{
    const auto handshake = Doctor::explainConnect(
        quick(), "2026-11-30T12:00:00Z ERR failed to connect to origin error=\"websocket: bad handshake\"\n",
        QStringLiteral("Connection closed by remote host"), {});
    CHECK(handshake.stepId == QStringLiteral("reachable"));
    CHECK(handshake.detail.contains(QStringLiteral("1033")));
    CHECK(handshake.fix.contains(QStringLiteral("colab-tunnel add --name t4")));

    const auto edge = Doctor::explainConnect(quick(), "error code: 1033\n", {}, {});
    CHECK(edge.stepId == QStringLiteral("reachable"));
    CHECK(edge.detail.contains(QStringLiteral("no tunnel running")));

    const auto closed = Doctor::explainConnect(quick(), {}, QStringLiteral("Connection closed by remote host"), {});
    CHECK(closed.stepId == QStringLiteral("reachable"));
    CHECK(closed.detail.contains(QStringLiteral("kex_exchange_identification")));
    CHECK(closed.fix.contains(QStringLiteral("Program Files")));

    const auto unresolved = Doctor::explainConnect(quick(), "dial tcp: lookup x: no such host\n", {}, {});
    CHECK(unresolved.detail.contains(QStringLiteral("does not resolve")));

    const auto timeout = Doctor::explainConnect(quick(), {}, QStringLiteral("Timeout connecting"), {});
    CHECK(timeout.detail.contains(QStringLiteral("in time")));

    const auto http = Doctor::explainConnect(quick(), {}, QStringLiteral("Protocol mismatch"),
                                             QStringLiteral("HTTP/1.1 400 Bad Request"));
    CHECK(http.stepId == QStringLiteral("banner"));
    CHECK(http.detail.contains(QStringLiteral("not an SSH server")));
    CHECK(http.fix.contains(QStringLiteral("ssh://localhost:22022")));

    Tunnel named = quick();
    named.kind = Tunnel::Kind::Named;
    named.hostname = QStringLiteral("alpha.example.com");
    CHECK(Doctor::explainConnect(named, "websocket: bad handshake", {}, {})
              .fix.contains(QStringLiteral("colab-tunnel cell --mode named --name t4")));
}

TEST_CASE("a step renders as one line with its fix and as JSON", "[doctor]")
{
    StepResult step;
    step.id = QLatin1String(StepResult::kAuth);
    step.outcome = StepResult::Outcome::Failed;
    step.title = StepResult::titleFor(step.id);
    step.detail = QStringLiteral("refused");
    step.fix = QStringLiteral("set it again");
    step.elapsedMs = 12;
    step.runtime = QStringLiteral("t4");
    CHECK(step.toText() ==
          QStringLiteral("✗ Login (the app's key, then the password): refused\n    Fix: set it again"));
    const QJsonObject json = step.toJson();
    CHECK(json.value(QStringLiteral("outcome")).toString() == QStringLiteral("failed"));
    CHECK(json.value(QStringLiteral("runtime")).toString() == QStringLiteral("t4"));
    CHECK(json.value(QStringLiteral("elapsed_ms")).toInt() == 12);
    step.outcome = StepResult::Outcome::Warning;
    step.fix.clear();
    step.runtime.clear();
    CHECK(step.toText() == QStringLiteral("⚠ Login (the app's key, then the password): refused"));
    CHECK(step.toJson().value(QStringLiteral("fix")).isNull());
    CHECK(step.toJson().value(QStringLiteral("runtime")).isNull());
}
