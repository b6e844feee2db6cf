#include "CatchQt.h"
#include "colabcli/ColabAccelerator.h"
#include "colabcli/ColabCli.h"
#include "colabcli/ColabSessions.h"

using namespace colab;

TEST_CASE("our accelerator names become exactly the keys of the colab CLI's own mapping", "[colabcli]")
{
    const auto args = [](const QString& ours) {
        return ColabAccelerator::cliArguments(ours).value_or(QStringList{});
    };
    CHECK(args(QStringLiteral("t4")) == QStringList{QStringLiteral("--gpu"), QStringLiteral("t4")});
    CHECK(args(QStringLiteral("l4")) == QStringList{QStringLiteral("--gpu"), QStringLiteral("l4")});
    CHECK(args(QStringLiteral("a100")) == QStringList{QStringLiteral("--gpu"), QStringLiteral("a100")});
    CHECK(args(QStringLiteral("H100")) == QStringList{QStringLiteral("--gpu"), QStringLiteral("h100")});
    CHECK(args(QStringLiteral("v5e1")) == QStringList{QStringLiteral("--tpu"), QStringLiteral("v5e1")});
    CHECK(args(QStringLiteral("v6e1")) == QStringList{QStringLiteral("--tpu"), QStringLiteral("v6e1")});
    // A CPU runtime: no accelerator flag at all.
    REQUIRE(ColabAccelerator::cliArguments(QString()).has_value());
    CHECK(ColabAccelerator::cliArguments(QString())->isEmpty());
}

TEST_CASE("a name the colab CLI would silently turn into an A100 or a V6E1 is refused", "[colabcli]")
{
    for (const char* name : {"v100", "g4", "t4 ", "--gpu", "v5e8", "tpu"}) {
        QString error;
        CHECK_FALSE(ColabAccelerator::cliArguments(QString::fromLatin1(name), &error).has_value());
        CHECK(error.contains(QLatin1String("t4, l4, a100, h100, v5e1, v6e1")));
    }
}

TEST_CASE("the CLI's accelerator in sessions.json reads as ours", "[colabcli]")
{
    CHECK(ColabAccelerator::fromCli(QStringLiteral("NONE")) == QLatin1String("cpu"));
    CHECK(ColabAccelerator::fromCli(QStringLiteral("A100")) == QLatin1String("a100"));
    CHECK(ColabAccelerator::fromCli(QStringLiteral("V5E1")) == QLatin1String("v5e1"));
    CHECK(ColabAccelerator::fromCli(QStringLiteral("G4")) == QLatin1String("g4"));
    CHECK(ColabAccelerator::fromCli(QStringLiteral("TPU9000")).isEmpty());
}

TEST_CASE("sessions.json parses without its tokens and tolerates fields it does not know", "[colabcli]")
{
    const QByteArray json = R"({
  "train": {"name": "train", "token": "SECRET-TOKEN-1", "url": "https://8080-x.prod.colab.dev",
            "endpoint": "gpu-t4-s-1", "variant": "GPU", "accelerator": "T4", "kernel_id": null,
            "session_id": null, "last_execution": ["a.py", null, "now"], "running": "a.py",
            "keep_alive_pid": 42, "added_in_a_later_cli": {"x": 1}},
  "cpu": {"name": "cpu", "token": "SECRET-TOKEN-2", "url": "", "endpoint": "default-none-s-2"}
})";
    const ColabSessions::Result result = ColabSessions::parse(json);
    REQUIRE(result.ok());
    REQUIRE(result.sessions.size() == 2);
    CHECK(result.sessions[0] == ColabSession{QStringLiteral("cpu"), QStringLiteral("default-none-s-2"),
                                             QStringLiteral("DEFAULT"), QStringLiteral("NONE"), QString()});
    CHECK(result.sessions[1] == ColabSession{QStringLiteral("train"), QStringLiteral("gpu-t4-s-1"),
                                             QStringLiteral("GPU"), QStringLiteral("T4"), QStringLiteral("a.py")});
}

TEST_CASE("a sessions.json that is not the CLI's shape is one error and no sessions", "[colabcli]")
{
    for (const QByteArray& bad :
         {QByteArray("{\"a\": {\"name\": \"a\", \"tok"), QByteArray("[1, 2]"),
          QByteArray("{\"a\": {\"name\": \"a\", \"token\": \"SECRET\"}}"), QByteArray("{\"a\": 7}")}) {
        const ColabSessions::Result result = ColabSessions::parse(bad);
        CHECK_FALSE(result.ok());
        CHECK(result.sessions.isEmpty());
        CHECK_FALSE(result.error.contains(QLatin1String("SECRET")));
    }
    // The CLI's own empty states.
    CHECK(ColabSessions::parse("").ok());
    CHECK(ColabSessions::parse("{}").ok());
}

TEST_CASE("colab usage's three lines are read, and nothing is guessed from anything else", "[colabcli]")
{
    ColabCli::Usage usage;
    REQUIRE(ColabCli::parseUsage(QStringLiteral("Current balance: 298.53 compute units\nUsage rate: 0.07/hr\n"
                                                "Active assignments: 2\n"),
                                 &usage));
    CHECK(usage.balanceCu == Approx(298.53));
    CHECK(usage.ratePerHour == Approx(0.07));
    CHECK(usage.activeAssignments == 2);
    CHECK_FALSE(
        ColabCli::parseUsage(QStringLiteral("Current balance: 298.53 compute units\nUsage rate: 0.07/hr\n"), &usage));
    CHECK_FALSE(ColabCli::parseUsage(QStringLiteral("Current balance: lots compute units\nUsage rate: 0.07/hr\n"
                                                    "Active assignments: 2\n"),
                                     &usage));
}
