#include "SshdFixture.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kPassword = QStringLiteral("Cli-Doctor-Pass-93e1");
const QString kHost = QStringLiteral("doctor-cli-runtime.trycloudflare.com");
const QString kNvidiaSmi = QStringLiteral("#!/bin/sh\ncase \"$*\" in *-L*) echo 'GPU 0: Tesla T4 (UUID: GPU-1)' ;; "
                                          "*) echo 'Tesla T4, 15360, 1200, 3' ;; esac\n");

test::ProcessResult doctor(const QStringList& args)
{
    const auto result = test::runApp(QStringList{QStringLiteral("doctor")} + args, {}, test::appEnv());
    INFO("stdout: " << result.out.toStdString() << "\nstderr: " << result.err.toStdString());
    CHECK_FALSE(result.out.contains(kPassword.toUtf8()));
    CHECK_FALSE(result.err.contains(kPassword.toUtf8()));
    return result;
}

QJsonObject json(const test::ProcessResult& result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    INFO("stdout: " << result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QStringList outcomes(const QJsonObject& report)
{
    QStringList list;
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        list << step.toObject().value(QStringLiteral("id")).toString() + QLatin1Char(':') +
                    step.toObject().value(QStringLiteral("outcome")).toString();
    return list;
}

} // namespace

TEST_CASE("colab-tunnel doctor prints each link and exits 0 or 1 with documented JSON", "[doctor][cli][sshd][keyring]")
{
    test::SshdFixture sshd(kPassword, kNvidiaSmi);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(kHost);
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), kHost));
    REQUIRE(test::runApp({QStringLiteral("password"), QStringLiteral("set")}, kPassword.toUtf8() + '\n', test::appEnv())
                .exitCode == 0);

    // One runtime, for people: a line per step as it completes, exit 0.
    const auto text = doctor({QStringLiteral("gpu")});
    CHECK(text.exitCode == 0);
    const QString out = QString::fromUtf8(text.out);
    CHECK(out.contains(QStringLiteral("✓ cloudflared installed and recent: Found ")));
    CHECK(out.contains(QStringLiteral("gpu (") + kHost + QStringLiteral("):")));
    CHECK(out.contains(QStringLiteral("✓ SSH server answers: SSH-2.0-")));
    CHECK(out.contains(QStringLiteral("✓ GPU visible: Tesla T4")));
    CHECK(out.trimmed().endsWith(QStringLiteral("Every link works.")));

    // --json: one document with the documented fields.
    const auto healthy = doctor({QStringLiteral("gpu"), QStringLiteral("--json")});
    CHECK(healthy.exitCode == 0);
    const QJsonObject report = json(healthy);
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("cancelled")) == QJsonValue(false));
    CHECK(outcomes(report) == QStringList{"cloudflared:passed", "reachable:passed", "banner:passed", "host-key:passed",
                                          "auth:passed", "gpu:passed"});
    for (const QJsonValue& value : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        CHECK(step.keys() == QStringList{"detail", "elapsed_ms", "fix", "id", "outcome", "runtime", "title"});
        CHECK(step.value(QStringLiteral("elapsed_ms")).isDouble());
        CHECK(step.value(QStringLiteral("fix")).isNull()); // nothing to fix
        CHECK(step.value(QStringLiteral("runtime")).toString() ==
              (step.value(QStringLiteral("id")) == QStringLiteral("cloudflared") ? QString() : QStringLiteral("gpu")));
    }
    const QJsonArray runtimes = report.value(QStringLiteral("runtimes")).toArray();
    REQUIRE(runtimes.size() == 1);
    CHECK(runtimes.at(0).toObject() == QJsonObject{{QStringLiteral("name"), QStringLiteral("gpu")},
                                                   {QStringLiteral("hostname"), kHost},
                                                   {QStringLiteral("kind"), QStringLiteral("quick")},
                                                   {QStringLiteral("ok"), true},
                                                   {QStringLiteral("failed_step"), QJsonValue::Null}});

    // A runtime with nothing behind its hostname: ✗ at "reachable" with the fix, exit 1; without
    // NAME the machine-wide links come first, then every runtime.
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gone"), QStringLiteral("doctor-cli-gone.trycloudflare.com")));
    const auto gone = doctor({QStringLiteral("gone")});
    CHECK(gone.exitCode == 1);
    CHECK(gone.out.contains("✗ Runtime reachable through Cloudflare: Cloudflare has no tunnel running"));
    CHECK(gone.out.contains("    Fix: Re-run the Colab cell."));
    CHECK(gone.out.contains("– SSH server answers: Not checked: an earlier link is broken."));
    const auto all = doctor({QStringLiteral("--json")});
    CHECK(all.exitCode == 1);
    const QJsonObject everything = json(all);
    CHECK(outcomes(everything).mid(0, 2) == QStringList{"cloudflared:passed", "keychain:passed"});
    CHECK(outcomes(everything).size() == 2 + 5 + 5);
    QStringList failedSteps;
    for (const QJsonValue& runtime : everything.value(QStringLiteral("runtimes")).toArray())
        failedSteps << runtime.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('=') +
                           runtime.toObject().value(QStringLiteral("failed_step")).toString();
    failedSteps.sort();
    CHECK(failedSteps == QStringList{"gone=reachable", "gpu="});

    // cloudflared missing: the first link fails, exit 1.
    const auto missing = test::runApp({QStringLiteral("--cloudflared"), QStringLiteral("/nonexistent/cloudflared"),
                                       QStringLiteral("doctor"), QStringLiteral("gpu"), QStringLiteral("--json")},
                                      {}, test::appEnv());
    CHECK(missing.exitCode == 1);
    CHECK(outcomes(json(missing)).first() == QStringLiteral("cloudflared:failed"));

    // Usage errors: exit 2, nothing on stdout.
    for (const QStringList& bad : {QStringList{QStringLiteral("gpu"), QStringLiteral("gone")},
                                   QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("nosuch")}}) {
        const auto usage = doctor(bad);
        CHECK(usage.exitCode == 2);
        CHECK(usage.out.isEmpty());
    }
}
