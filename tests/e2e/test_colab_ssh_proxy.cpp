// `colab ssh --proxy-mode` as OpenSSH's ProxyCommand, with the stand-in bridging to a real sshd:
// the key rules, one connection per runtime (HTTP 429) and the service's other refusals.
#include "CatchQt.h"
#include "FakeColab.h"
#include "SshdFixture.h"
#include "TestEnv.h"

#include <QProcess>

using namespace colab;

namespace {
const QString kPassword = QStringLiteral("colab-fixture-pass");
const QByteArray k429 = "[colab] Already-active SSH session (HTTP 429): another `colab ssh` is connected to this "
                        "runtime. Disconnect it and retry.\n";

QString makeKey(const QString& type)
{
    const QString key = test::makeScratchDir(QStringLiteral("key")) + QStringLiteral("/id_") + type;
    const auto made =
        test::runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), type,
                                                        QStringLiteral("-N"), QString(), QStringLiteral("-f"), key});
    REQUIRE(made.exitCode == 0);
    return key;
}

// Plain OpenSSH with the stand-in as its ProxyCommand; BatchMode: a password prompt would fail.
QStringList sshArguments(const QString& key, const QString& session, const QString& command)
{
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            QStringLiteral("-i"),
            key,
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=no"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("LogLevel=ERROR"),
            QStringLiteral("-o"),
            QStringLiteral("ProxyCommand=%1 ssh --proxy-mode -s %2 -i %3").arg(test::fakeColab(), session, key),
            QStringLiteral("root@colab-") + session,
            command};
}

QStringList runtimeEnv(const test::SshdFixture& sshd)
{
    return {QStringLiteral("FAKE_COLAB_SSHD=127.0.0.1:%1").arg(sshd.port()),
            QStringLiteral("FAKE_COLAB_RUNTIME_ROOT=") + sshd.rootHome()};
}

// The bridge alone, as a second client's ProxyCommand would start it.
test::ProcessResult bridge(const QString& session, const QString& key, const QStringList& env)
{
    return test::runFakeColab({QStringLiteral("ssh"), QStringLiteral("--proxy-mode"), QStringLiteral("-s"), session,
                               QStringLiteral("-i"), key},
                              env);
}
} // namespace

TEST_CASE("ssh logs in through colab ssh --proxy-mode with the key alone, creating the runtime", "[colabcli][sshd]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    test::signInToFakeColab();
    const QString key = makeKey(QStringLiteral("ed25519"));
    const auto login = test::runProcess(
        QStringLiteral("ssh"), sshArguments(key, QStringLiteral("fresh"), QStringLiteral("echo on-colab; id -u")), {},
        30000, runtimeEnv(sshd));
    INFO(login.err.toStdString());
    CHECK(login.exitCode == 0);
    CHECK(login.out == "on-colab\n0\n");
    // -s NAME made the session (its chatter on stderr, never in the ssh byte stream).
    CHECK(test::readFile(test::colabConfigDir() + QStringLiteral("/sessions.json")).contains("\"fresh\""));
}

TEST_CASE("a second colab ssh to the same runtime is refused with HTTP 429 while the first is open", "[colabcli][sshd]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    test::signInToFakeColab();
    const QStringList env = runtimeEnv(sshd);
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("shared"),
                                QStringLiteral("--gpu"), QStringLiteral("t4")},
                               env)
                .exitCode == 0);
    const QString key = makeKey(QStringLiteral("ed25519"));

    QProcess first;
    QProcessEnvironment processEnv = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : env)
        processEnv.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    first.setProcessEnvironment(processEnv);
    first.start(QStringLiteral("ssh"),
                sshArguments(key, QStringLiteral("shared"), QStringLiteral("echo up; sleep 30")));
    QByteArray firstOut;
    REQUIRE(test::waitUntil(
        [&] {
            firstOut += first.readAllStandardOutput();
            return firstOut.contains("up");
        },
        30000));

    const auto second = bridge(QStringLiteral("shared"), key, env);
    CHECK(second.exitCode == 1);
    CHECK(second.err == k429);
    CHECK(second.out.isEmpty());

    first.kill();
    first.waitForFinished(10000);
    const auto again =
        test::runProcess(QStringLiteral("ssh"),
                         sshArguments(key, QStringLiteral("shared"), QStringLiteral("echo again")), {}, 30000, env);
    CHECK(again.exitCode == 0);
    CHECK(again.out == "again\n");
}

TEST_CASE("the service's refusals: RSA key, no SSH on the runtime, expired token, sshd down", "[colabcli][sshd]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    test::signInToFakeColab();
    const QStringList env = runtimeEnv(sshd);
    REQUIRE(test::runFakeColab({QStringLiteral("new"), QStringLiteral("-s"), QStringLiteral("rt")}, env).exitCode == 0);
    const QString ed25519 = makeKey(QStringLiteral("ed25519"));

    const auto rsa = bridge(QStringLiteral("rt"), makeKey(QStringLiteral("rsa")), env);
    CHECK(rsa.exitCode == 1);
    CHECK(rsa.err.startsWith("[colab] Server rejected pubkey: unsupported key type."));
    CHECK(bridge(QStringLiteral("rt"), makeKey(QStringLiteral("ecdsa")), env).exitCode == 0); // stdin at EOF: ends

    const auto noKey = bridge(QStringLiteral("rt"), QStringLiteral("/nonexistent/id_ed25519"), env);
    CHECK(noKey.exitCode == 2);
    CHECK(noKey.err == "[colab] --identity /nonexistent/id_ed25519: file not found.\n");

    REQUIRE(test::runFakeColab({QStringLiteral("_fake-ssh-status"), QStringLiteral("rt"), QStringLiteral("404")})
                .exitCode == 0);
    const auto noSsh = bridge(QStringLiteral("rt"), ed25519, env);
    CHECK(noSsh.exitCode == 1);
    CHECK(noSsh.err.startsWith("[colab] Endpoint not found (HTTP 404)"));

    REQUIRE(test::runFakeColab({QStringLiteral("_fake-ssh-status"), QStringLiteral("rt"), QStringLiteral("200")})
                .exitCode == 0);
    sshd.stop();
    const auto down = bridge(QStringLiteral("rt"), ed25519, env);
    CHECK(down.exitCode == 1);
    CHECK(down.err.startsWith("[colab] Bad gateway (HTTP 502)"));

    REQUIRE(test::runFakeColab({QStringLiteral("_fake-server-drop"), QStringLiteral("rt")}).exitCode == 0);
    const auto expired = bridge(QStringLiteral("rt"), ed25519, env);
    CHECK(expired.exitCode == 1);
    CHECK(expired.err.startsWith("[colab] Authentication failed (HTTP 401)"));
}
