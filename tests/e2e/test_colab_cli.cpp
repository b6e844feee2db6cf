// Google's colab CLI as the core drives and reads it, against its stand-in (tests/fixtures/fake-colab).
#include "CatchQt.h"
#include "FakeColab.h"
#include "TestEnv.h"
#include "colabcli/ColabCli.h"
#include "colabcli/ColabCliLocator.h"
#include "colabcli/ColabSessions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <optional>

using namespace colab;

namespace {
ColabCli::Reply runAndWait(ColabCli& cli, const std::function<void()>& start)
{
    std::optional<ColabCli::Reply> answer;
    const auto connection =
        QObject::connect(&cli, &ColabCli::finished, [&answer](const ColabCli::Reply& reply) { answer = reply; });
    start();
    test::waitUntil([&answer] { return answer.has_value(); }, 60000);
    QObject::disconnect(connection);
    REQUIRE(answer.has_value());
    return *answer;
}

QString sessionsPath()
{
    return test::colabConfigDir() + QStringLiteral("/sessions.json");
}

ColabSession sessionNamed(const QString& name)
{
    const ColabSessions::Result result = ColabSessions::read();
    REQUIRE(result.ok());
    for (const ColabSession& session : result.sessions)
        if (session.name == name)
            return session;
    return {};
}

// Sets an environment variable for this test and puts it back after.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};
} // namespace

TEST_CASE("new makes a runtime with exactly the accelerator asked for, stop ends it", "[colabcli]")
{
    test::signInToFakeColab();
    ColabCli cli(test::fakeColab());
    const QStringList ours{QStringLiteral("t4"),
                           QStringLiteral("l4"),
                           QStringLiteral("a100"),
                           QStringLiteral("h100"),
                           QStringLiteral("v5e1"),
                           QStringLiteral("v6e1"),
                           QString()};
    const QStringList theirs{QStringLiteral("T4"),   QStringLiteral("L4"),   QStringLiteral("A100"),
                             QStringLiteral("H100"), QStringLiteral("V5E1"), QStringLiteral("V6E1"),
                             QStringLiteral("NONE")};
    for (int i = 0; i < ours.size(); ++i) {
        const QString name = QStringLiteral("rt-%1").arg(i);
        const ColabCli::Reply made = runAndWait(cli, [&] { cli.newRuntime(name, ours[i]); });
        INFO(made.message.toStdString());
        REQUIRE(made.ok());
        CHECK(sessionNamed(name).accelerator == theirs[i]);
    }
    const ColabCli::Reply stopped = runAndWait(cli, [&] { cli.stop(QStringLiteral("rt-2")); });
    CHECK(stopped.ok());
    CHECK(sessionNamed(QStringLiteral("rt-2")).name.isEmpty());
    const auto listed = test::runFakeColab({QStringLiteral("sessions")});
    CHECK_FALSE(listed.out.contains("[rt-2]"));
    CHECK(listed.out.contains("[rt-3] gpu-h100-s-"));
}

TEST_CASE("an accelerator the CLI would quietly turn into an A100 never reaches it", "[colabcli]")
{
    test::signInToFakeColab();
    // The quirk being guarded against: the CLI itself buys an A100 for a name it does not know.
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("direct"),
                                QStringLiteral("--gpu"), QStringLiteral("v100")})
                .exitCode == 0);
    CHECK(sessionNamed(QStringLiteral("direct")).accelerator == QLatin1String("A100"));

    const QString argvLog = test::makeScratchDir(QStringLiteral("argv")) + QStringLiteral("/argv");
    const ScopedEnv log("FAKE_COLAB_ARGV_LOG", argvLog.toUtf8());
    ColabCli cli(test::fakeColab());
    const ColabCli::Reply refused =
        runAndWait(cli, [&] { cli.newRuntime(QStringLiteral("mine"), QStringLiteral("v100")); });
    CHECK(refused.failure == ColabCli::Failure::BadInput);
    CHECK(refused.message.contains(QLatin1String("v100")));
    const ColabCli::Reply badName =
        runAndWait(cli, [&] { cli.newRuntime(QStringLiteral("--rm"), QStringLiteral("t4")); });
    CHECK(badName.failure == ColabCli::Failure::BadInput);
    CHECK_FALSE(QFile::exists(argvLog)); // the CLI was never run
}

TEST_CASE("the CLI's own refusals come back as what they are", "[colabcli]")
{
    ColabCli cli(test::fakeColab());
    SECTION("not signed in: the OAuth prompt ends at once instead of waiting for a code")
    {
        QElapsedTimer clock;
        clock.start();
        const ColabCli::Reply reply =
            runAndWait(cli, [&] { cli.newRuntime(QStringLiteral("a"), QStringLiteral("t4")); });
        CHECK(reply.failure == ColabCli::Failure::NotLoggedIn);
        CHECK(reply.message.contains(QLatin1String("colab sessions")));
        CHECK(clock.elapsed() < 10000);
    }
    SECTION("no quota for the accelerator")
    {
        test::signInToFakeColab();
        const ScopedEnv deny("FAKE_COLAB_DENY", "H100");
        const ColabCli::Reply reply =
            runAndWait(cli, [&] { cli.newRuntime(QStringLiteral("big"), QStringLiteral("h100")); });
        CHECK(reply.failure == ColabCli::Failure::NoQuota);
        CHECK(reply.message.startsWith(QLatin1String("Backend rejected accelerator 'H100'.")));
        CHECK(sessionNamed(QStringLiteral("big")).name.isEmpty());
    }
    SECTION("stop of a session it does not know, which the CLI reports with exit status 0")
    {
        test::signInToFakeColab();
        const ColabCli::Reply reply = runAndWait(cli, [&] { cli.stop(QStringLiteral("nobody")); });
        CHECK(reply.failure == ColabCli::Failure::UnknownSession);
        CHECK(reply.message.contains(QLatin1String("nobody")));
    }
    SECTION("a colab that cannot be started is one clear answer")
    {
        ColabCli missing(QStringLiteral("/nonexistent/colab"));
        const ColabCli::Reply reply = runAndWait(missing, [&] { missing.usage(); });
        CHECK(reply.failure == ColabCli::Failure::Failed);
        CHECK(reply.message.contains(QLatin1String("/nonexistent/colab")));
    }
    SECTION("a CLI that does not answer in time is stopped")
    {
        const QString slow = test::makeScratchDir(QStringLiteral("slow")) + QStringLiteral("/colab");
        test::writeExecutable(slow, "#!/bin/sh\nexec sleep 30\n");
        ColabCli slowCli(slow);
        slowCli.setTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        const ColabCli::Reply reply = runAndWait(slowCli, [&] { slowCli.stop(QStringLiteral("x")); });
        CHECK(reply.failure == ColabCli::Failure::TimedOut);
        CHECK(clock.elapsed() < 5000);
    }
}

TEST_CASE("usage reads the account's balance, rate and assignments", "[colabcli]")
{
    test::signInToFakeColab();
    ColabCli cli(test::fakeColab());
    REQUIRE(runAndWait(cli, [&] { cli.newRuntime(QStringLiteral("one"), QStringLiteral("t4")); }).ok());
    const ColabCli::Reply reply = runAndWait(cli, [&] { cli.usage(); });
    REQUIRE(reply.ok());
    CHECK(reply.usage.balanceCu == Approx(298.53));
    CHECK(reply.usage.ratePerHour == Approx(0.07));
    CHECK(reply.usage.activeAssignments == 1);

    const ScopedEnv old("FAKE_COLAB_NO_USAGE", "1");
    const ColabCli::Reply missing = runAndWait(cli, [&] { cli.usage(); });
    CHECK(missing.failure == ColabCli::Failure::NoUsageCommand);
}

TEST_CASE("sessions made by the CLI are read without their runtime-proxy tokens", "[colabcli]")
{
    test::signInToFakeColab();
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("train"),
                                QStringLiteral("--gpu"), QStringLiteral("t4")})
                .exitCode == 0);
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("tpu"),
                                QStringLiteral("--tpu"), QStringLiteral("v5e1")})
                .exitCode == 0);
    const QByteArray raw = test::readFile(sessionsPath());
    REQUIRE(raw.contains("fake-runtime-proxy-token-")); // the file does hold them

    const ColabSessions::Result result = ColabSessions::read();
    REQUIRE(result.ok());
    REQUIRE(result.sessions.size() == 2);
    CHECK(result.sessions[0].name == QLatin1String("tpu"));
    CHECK(result.sessions[0].accelerator == QLatin1String("V5E1"));
    CHECK(result.sessions[0].variant == QLatin1String("TPU"));
    CHECK(result.sessions[1].name == QLatin1String("train"));
    CHECK(result.sessions[1].endpoint.startsWith(QLatin1String("gpu-t4-s-")));
    QString everything;
    for (const ColabSession& session : result.sessions)
        everything += session.name + session.endpoint + session.variant + session.accelerator + session.running;
    CHECK_FALSE(everything.contains(QLatin1String("token")));
    CHECK_FALSE(everything.contains(QLatin1String("colab.dev"))); // nor the runtime's proxy URL
}

TEST_CASE("a missing sessions.json is no sessions, a corrupt one is one error", "[colabcli]")
{
    const ColabSessions::Result none = ColabSessions::read();
    CHECK(none.ok());
    CHECK(none.sessions.isEmpty());

    test::writeFile(sessionsPath(), "{\"a\": {\"name\": \"a\", \"token\": \"SECRET-IN-BROKEN-FILE\", \"endp");
    const ColabSessions::Result broken = ColabSessions::read();
    CHECK_FALSE(broken.ok());
    CHECK(broken.sessions.isEmpty());
    CHECK(broken.error.contains(sessionsPath()));
    CHECK_FALSE(broken.error.contains(QLatin1String("SECRET")));
}

TEST_CASE("a read waits while the CLI holds sessions.json's write lock", "[colabcli]")
{
    test::signInToFakeColab();
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("first")}).exitCode == 0);

    QProcess writer;
    writer.start(test::fakeColab(), {QStringLiteral("_fake-hold-write-lock"), QStringLiteral("1.5")});
    REQUIRE(test::waitUntil([&writer] { return writer.readAllStandardOutput().contains("locked"); }, 20000));
    QElapsedTimer clock;
    clock.start();
    const ColabSessions::Result result = ColabSessions::read();
    const qint64 waited = clock.elapsed();
    REQUIRE(result.ok());
    CHECK(waited >= 1000);
    // What the writer added while it held the lock is there: the read came after the write.
    REQUIRE(result.sessions.size() == 2);
    CHECK(result.sessions[1].name.startsWith(QLatin1String("held-")));
    writer.waitForFinished(10000);

    QProcess longWriter;
    longWriter.start(test::fakeColab(), {QStringLiteral("_fake-hold-write-lock"), QStringLiteral("4")});
    REQUIRE(test::waitUntil([&longWriter] { return longWriter.readAllStandardOutput().contains("locked"); }, 20000));
    clock.restart();
    const ColabSessions::Result gaveUp = ColabSessions::read(sessionsPath(), 300);
    CHECK(clock.elapsed() < 2000);
    CHECK_FALSE(gaveUp.ok());
    CHECK(gaveUp.error.contains(QLatin1String("locked")));
    longWriter.waitForFinished(10000);
}

TEST_CASE("the colab CLI is found in the documented order", "[colabcli]")
{
    const QString root = test::makeScratchDir(QStringLiteral("locator"));
    const auto place = [&root](const QString& folder) {
        const QString path = root + QLatin1Char('/') + folder + QStringLiteral("/colab");
        test::writeExecutable(path, "#!/bin/sh\n");
        return path;
    };
    const QString fromCommandLine = place(QStringLiteral("cmdline"));
    const QString fromEnvironment = place(QStringLiteral("env"));
    const QString saved = place(QStringLiteral("saved"));
    const QString onPath = place(QStringLiteral("path"));
    const QString pipx = QDir::homePath() + QStringLiteral("/.local/bin/colab");
    test::writeExecutable(pipx, "#!/bin/sh\n");

    const ScopedEnv path("PATH", (root + QStringLiteral("/path")).toUtf8());
    {
        const ScopedEnv env("COLAB_TUNNEL_COLAB", fromEnvironment.toUtf8());
        CHECK(ColabCliLocator::locate(fromCommandLine, saved).path == fromCommandLine);
        CHECK(ColabCliLocator::locate({}, saved).path == fromEnvironment);
    }
    CHECK(ColabCliLocator::locate({}, saved).path == saved);
    CHECK(ColabCliLocator::locate().path == onPath);
    QFile::remove(onPath);
    CHECK(ColabCliLocator::locate().path == pipx);
    QFile::remove(pipx);
    const ColabCliLocator::Result missing = ColabCliLocator::locate();
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QLatin1String("pipx install google-colab-cli")));
    CHECK(missing.error.contains(QLatin1String("uv tool install google-colab-cli")));
    // A chosen path that is not there is an error, not a quiet fall-through to another colab.
    const ColabCliLocator::Result chosen = ColabCliLocator::locate(root + QStringLiteral("/nowhere/colab"));
    CHECK_FALSE(chosen.ok());
    CHECK(chosen.error.contains(QLatin1String("/nowhere/colab")));
}
