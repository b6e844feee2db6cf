#include "SshdFixture.h"
#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kPassword = QStringLiteral("Probe-Pass-7e1c9");
const QString kHost = QStringLiteral("gentle-wind-blows.trycloudflare.com");

void freshHomeWithTunnel()
{
    test::resetAppFiles();
    REQUIRE(test::runApp({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"), kHost}, {},
                         test::appEnv())
                .exitCode == 0);
}

void storePassword(const QString& password)
{
    const auto set =
        test::runApp({QStringLiteral("password"), QStringLiteral("set")}, password.toUtf8() + '\n', test::appEnv());
    REQUIRE(set.exitCode == 0);
}

QJsonObject probeJson(test::ProcessResult* raw = nullptr, const QStringList& extraEnv = {},
                      const QStringList& extraArgs = {})
{
    const auto result =
        test::runApp(QStringList{QStringLiteral("probe"), QStringLiteral("gpu"), QStringLiteral("--json")} + extraArgs,
                     {}, test::appEnv(extraEnv));
    if (raw)
        *raw = result;
    INFO("stderr: " << result.err.toStdString());
    return QJsonDocument::fromJson(result.out).object();
}

// A runtime answering under kHost, the tunnel "gpu" pointing at it, and a password in the keychain.
void prepareRuntime(test::SshdFixture& sshd, const QString& storedPassword = kPassword)
{
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(kHost);
    freshHomeWithTunnel();
    storePassword(storedPassword);
}

QString sshConfig()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

} // namespace

TEST_CASE("a password login installs the app's key, then real ssh needs no password", "[probe][sshd][keychain]")
{
    test::SshdFixture sshd(kPassword);
    prepareRuntime(sshd);

    test::ProcessResult raw;
    const QJsonObject first = probeJson(&raw);
    CHECK(raw.exitCode == 0);
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("online"));
    CHECK(first.value(QStringLiteral("host_key_sha256")).toString().startsWith(QStringLiteral("SHA256:")));
    CHECK(first.value(QStringLiteral("latency_ms")).toDouble() > 0);
    CHECK(first.value(QStringLiteral("runtime")).toObject().value(QStringLiteral("gpu")).toString() ==
          QStringLiteral("no GPU"));
    CHECK(first.value(QStringLiteral("runtime")).toObject().value(QStringLiteral("ram_total_mib")).toDouble() > 0);

    const QString keys = sshd.rootHome() + QStringLiteral("/.ssh/authorized_keys");
    const QByteArray installed = test::readFile(keys);
    CHECK(installed.count('\n') == 1);
    CHECK(installed.startsWith("ssh-ed25519 "));
    CHECK(installed.trimmed().endsWith(" colab-tunnel"));
    CHECK((QFileInfo(keys).permissions() & 0077) == 0);
    CHECK((QFileInfo(AppPaths::privateKeyFile()).permissions() & 0077) == 0);
    CHECK(test::readFile(AppPaths::privateKeyFile()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    CHECK(test::readFile(sshConfig()).contains("IdentityFile \"" + AppPaths::privateKeyFile().toUtf8() + "\""));

    // Probing again logs in with the key and adds no duplicate line.
    CHECK(probeJson().value(QStringLiteral("state")).toString() == QStringLiteral("online"));
    CHECK(test::readFile(keys) == installed);
    CHECK(sshd.log().contains(QStringLiteral("Accepted publickey for root")));

    // What VS Code and PyCharm run: plain ssh with the alias, and no way to ask for a password.
    const auto ssh =
        test::runProcess(QStringLiteral("ssh"),
                         {QStringLiteral("-F"), sshConfig(), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                          QStringLiteral("colab-gpu"), QStringLiteral("echo no-password-needed")});
    INFO(ssh.err.toStdString());
    CHECK(ssh.exitCode == 0);
    CHECK(ssh.out == "no-password-needed\n");
}

TEST_CASE("trust on first use, then a changed key on the same hostname is an alarm and no password is sent",
          "[probe][sshd][hostkey]")
{
    freshHomeWithTunnel();
    storePassword(kPassword);
    QString first;
    {
        test::SshdFixture sshd(kPassword);
        QString error;
        REQUIRE(sshd.start(&error));
        sshd.mapHostname(kHost);
        const QJsonObject result = probeJson();
        REQUIRE(result.value(QStringLiteral("state")).toString() == QStringLiteral("online"));
        first = result.value(QStringLiteral("host_key_sha256")).toString();
        CHECK(test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu")).startsWith(kHost.toUtf8() + ' '));
    }
    // Someone else answers under the same hostname, with another key.
    test::SshdFixture impostor(kPassword);
    QString error;
    REQUIRE(impostor.start(&error));
    impostor.mapHostname(kHost);
    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw);
    CHECK(raw.exitCode == 1);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("host_key_changed"));
    CHECK(result.value(QStringLiteral("host_key_sha256")).toString() != first);
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("nothing was sent")));
    const QString log = impostor.log();
    CHECK_FALSE(log.contains(QStringLiteral("password")));
    CHECK_FALSE(log.contains(QStringLiteral("Accepted")));
}

TEST_CASE("a host key that cannot be recorded stops the probe before any login", "[probe][sshd][hostkey]")
{
    test::SshdFixture sshd(kPassword);
    prepareRuntime(sshd);
    // Root ignores permission bits: make the tunnel's known-hosts file impossible to create by
    // putting a folder where it belongs.
    const QString knownHosts = AppPaths::knownHostsDir() + QStringLiteral("/gpu");
    REQUIRE(QDir().mkpath(knownHosts));

    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw);
    CHECK(raw.exitCode == 1);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("error"));
    const QString message = result.value(QStringLiteral("message")).toString();
    CHECK(message.contains(QStringLiteral("Cannot record the host key")));
    CHECK(message.contains(knownHosts));
    CHECK(message.contains(QStringLiteral("nothing was sent")));
    CHECK(message.contains(QStringLiteral("writable")));
    const QString log = sshd.log();
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("Connection"))); // it did reach the server
    CHECK_FALSE(log.contains(QStringLiteral("password")));
    CHECK_FALSE(log.contains(QStringLiteral("publickey")));
    CHECK_FALSE(log.contains(QStringLiteral("Accepted")));
    CHECK_FALSE(QFileInfo::exists(sshd.rootHome() + QStringLiteral("/.ssh/authorized_keys")));
}

TEST_CASE("a wrong password is reported as auth_failed", "[probe][sshd]")
{
    test::SshdFixture sshd(kPassword);
    prepareRuntime(sshd, QStringLiteral("not-the-password"));
    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw);
    CHECK(raw.exitCode == 1);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("auth_failed"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("refused the password")));
    // Exactly one password attempt: never retried in a loop.
    CHECK(sshd.log().count(QStringLiteral("Failed password")) == 1);
}

TEST_CASE("GPU facts come from nvidia-smi on the runtime", "[probe][sshd][gpu]")
{
    test::SshdFixture sshd(kPassword, QStringLiteral("#!/bin/sh\necho 'Tesla T4, 15360, 1024, 37'\n"));
    prepareRuntime(sshd);
    const QJsonObject runtime = probeJson().value(QStringLiteral("runtime")).toObject();
    CHECK(runtime.value(QStringLiteral("gpu")).toString() == QStringLiteral("Tesla T4"));
    CHECK(runtime.value(QStringLiteral("gpu_memory_total_mib")).toInt() == 15360);
    CHECK(runtime.value(QStringLiteral("gpu_memory_used_mib")).toInt() == 1024);
    CHECK(runtime.value(QStringLiteral("gpu_utilization_pct")).toInt() == 37);
    CHECK(runtime.value(QStringLiteral("uptime_s")).toDouble() > 0);
    CHECK(runtime.value(QStringLiteral("disk_free_mib")).toDouble() > 0);
}

TEST_CASE("a runtime that dies mid-session is offline within the timeout", "[probe][sshd][offline]")
{
    // nvidia-smi hangs, as a dying runtime would; then the whole runtime goes away.
    test::SshdFixture sshd(kPassword, QStringLiteral("#!/bin/sh\nsleep 60\n"));
    prepareRuntime(sshd);

    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLAB_TUNNEL_CLOUDFLARED"), test::fakeCloudflared());
    probe.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    probe.start(QStringLiteral(COLAB_APP_BINARY),
                {QStringLiteral("probe"), QStringLiteral("gpu"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                 QStringLiteral("6")});
    REQUIRE(test::waitUntil([&] { return sshd.log().contains(QStringLiteral("Accepted")); }, 10000));
    sshd.stop();
    REQUIRE(probe.waitForFinished(15000));
    CHECK(timer.elapsed() < 10000);
    CHECK(probe.exitCode() == 1);
    const QJsonObject result = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("offline"));

    // And a runtime that is not there at all: cloudflared's bad handshake, explained.
    const QJsonObject gone = probeJson();
    CHECK(gone.value(QStringLiteral("state")).toString() == QStringLiteral("offline"));
    CHECK(gone.value(QStringLiteral("message")).toString().contains(QStringLiteral("still starting")));
}

TEST_CASE("without cloudflared the probe is an error that says what to install", "[probe]")
{
    freshHomeWithTunnel();
    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw, {QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=/nonexistent/cloudflared")});
    CHECK(raw.exitCode == 1);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("error"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("cloudflared")));
}

TEST_CASE("the password never appears in logs, argv of spawned processes or files", "[probe][sshd][secrets]")
{
    test::SshdFixture sshd(kPassword);
    prepareRuntime(sshd);
    const QString argvLog = test::makeScratchDir(QStringLiteral("argv")) + QStringLiteral("/argv.log");
    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw, {QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                                                QStringLiteral("FAKE_CLOUDFLARED_ARGV_LOG=") + argvLog});
    REQUIRE(result.value(QStringLiteral("state")).toString() == QStringLiteral("online"));
    CHECK_FALSE(raw.err.isEmpty()); // debug logging really was on
    CHECK_FALSE(raw.out.contains(kPassword.toUtf8()));
    CHECK_FALSE(raw.err.contains(kPassword.toUtf8()));
    CHECK(test::readFile(argvLog).contains("access ssh --hostname"));
    CHECK_FALSE(test::readFile(argvLog).contains(kPassword.toUtf8()));
    const auto files = test::snapshotTree(QDir::homePath());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK_FALSE(it.value().contains(kPassword.toUtf8()));
    }
}

TEST_CASE("a runtime reached before any password is stored needs one and nothing is refused", "[probe][sshd]")
{
    test::SshdFixture sshd(kPassword);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(kHost);
    freshHomeWithTunnel(); // and no password in the keychain
    test::ProcessResult raw;
    const QJsonObject result = probeJson(&raw);
    CHECK(raw.exitCode == 1);
    CHECK(result.value(QStringLiteral("state")).toString() == QStringLiteral("password_needed"));
    CHECK(result.value(QStringLiteral("message")).toString().contains(QStringLiteral("password set")));
    CHECK(sshd.log().count(QStringLiteral("Failed password")) == 0);
}
