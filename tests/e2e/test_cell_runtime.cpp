#include "CatchQt.h"
#include "ExampleAccount.h"
#include "FakeCloudflareApi.h"
#include "SshdFixture.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "tunnels/PasteParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kScript = QStringLiteral(COLAB_FIXTURES_DIR "/cell-namespace.sh");

// The runtime: private mount, network and PID namespaces (fixtures/cell-namespace.sh), stopped
// with everything in it when the test ends, however it ends.
class CellNamespace
{
public:
    explicit CellNamespace(QString dir) : m_dir(std::move(dir)) {}
    ~CellNamespace() { test::runProcess(kScript, {QStringLiteral("stop"), m_dir}); }
    CellNamespace(const CellNamespace&) = delete;
    CellNamespace& operator=(const CellNamespace&) = delete;

    test::ProcessResult start() { return test::runProcess(kScript, {QStringLiteral("start"), m_dir}); }
    // Inside the runtime (as the notebook's kernel is).
    test::ProcessResult run(const QStringList& command, const QStringList& env = {}, int timeoutMs = 60000)
    {
        return test::runProcess(kScript, QStringList{QStringLiteral("run"), m_dir} + command, {}, timeoutMs, env);
    }
    // The desktop's side: the test's files and keychain, the runtime's loopback (where the
    // cloudflared stand-in's hostnames lead).
    test::ProcessResult desktop(const QStringList& command, const QByteArray& input = {}, const QStringList& env = {})
    {
        return test::runProcess(kScript, QStringList{QStringLiteral("net"), m_dir} + command, input, 60000, env);
    }
    QString root() const { return m_dir + QStringLiteral("/root"); }
    QString etc() const { return m_dir + QStringLiteral("/etc"); }

private:
    QString m_dir;
};

QString ownPid(const CellNamespace& ns, const QString& name)
{
    return QString::fromLatin1(test::readFile(ns.root() + QStringLiteral("/.colab-tunnel/") + name).trimmed());
}

} // namespace

// The proof that the notebook half works: the cell the app prints is run with python3 as root in a
// runtime-like namespace (sshd owns port 22, cloudflared comes from a file:// "mirror" with its
// digest), then the app adds the printed link, probes the runtime online with its own key, and ssh
// through the alias sees the notebook's environment. Running the cell again restarts only the
// cell's own processes: a decoy cloudflared survives.
TEST_CASE("the generated cell runs in a runtime and the app connects to it", "[cell][sshd][keychain]")
{
    const QByteArray password = QStringLiteral("Cell pass wörd $(id) 'q' \\").toUtf8();
    const QString dir = test::makeScratchDir(QStringLiteral("cell-runtime"));
    // The runtime's cloudflared, the app's and the edge stand-in share one map.
    const QString map = test::SshdFixture::cloudflaredMapFile();
    test::writeFile(map, {});
    qputenv("FAKE_CLOUDFLARED_MAP", map.toUtf8());
    REQUIRE(
        test::runApp({QStringLiteral("password"), QStringLiteral("set")}, password + '\n', test::appEnv()).exitCode ==
        0);

    const QString fake = test::fakeCloudflared();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(test::readFile(fake), QCryptographicHash::Sha256).toHex());
    const auto generated = test::runApp({QStringLiteral("cell"), QStringLiteral("--name"), QStringLiteral("gpu"),
                                         QStringLiteral("--cloudflared-url"), QStringLiteral("file://") + fake,
                                         QStringLiteral("--cloudflared-sha256"), digest},
                                        {}, test::appEnv());
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString cellFile = dir + QStringLiteral("/cell.py");
    test::writeFile(cellFile, generated.out);

    // The notebook kernel's environment, with a GPU tool only its PATH finds.
    const QString nvbin = dir + QStringLiteral("/nvidia/bin");
    QDir().mkpath(nvbin);
    test::writeExecutable(nvbin + QStringLiteral("/nvidia-smi"), "#!/bin/sh\necho 'NVIDIA-SMI 535.104.05 stand-in'\n");
    const QStringList kernelEnv = {QStringLiteral("COLAB_GPU=1"),
                                   QStringLiteral("PATH=") + nvbin + QLatin1Char(':') + qEnvironmentVariable("PATH"),
                                   QStringLiteral("LD_LIBRARY_PATH=/usr/lib64-nvidia"),
                                   QStringLiteral("COLAB_RELEASE_TAG=release-colab \"x\" $y")};

    CellNamespace ns(dir + QStringLiteral("/runtime"));
    const auto started = ns.start();
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);

    // A cloudflared the cell did not start (say, from colab_ssh): it must survive the cell.
    const QString decoy = dir + QStringLiteral("/decoy/cloudflared");
    QDir().mkpath(dir + QStringLiteral("/decoy"));
    REQUIRE(QFile::copy(QStringLiteral("/bin/sleep"), decoy));
    REQUIRE(ns.run({QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("setsid \"$0\" 600 </dev/null >/dev/null 2>&1 &"), decoy})
                .exitCode == 0);
    const auto decoyAlive = [&] {
        return ns.run({QStringLiteral("pgrep"), QStringLiteral("-f"), QStringLiteral("^") + decoy}).exitCode == 0;
    };
    REQUIRE(decoyAlive());

    // cloud-init's drop-in turns passwords off; sshd keeps the first value, so the cell's comes first.
    QDir().mkpath(ns.etc() + QStringLiteral("/ssh/sshd_config.d"));
    test::writeFile(ns.etc() + QStringLiteral("/ssh/sshd_config.d/50-cloud-init.conf"), "PasswordAuthentication no\n");

    const auto first = ns.run({QStringLiteral("python3"), cellFile}, kernelEnv, 150000);
    INFO("cell stdout: " << first.out.toStdString() << "\ncell stderr: " << first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const ParsedRuntime card = PasteParser::parse(QString::fromUtf8(first.out));
    REQUIRE(card.ok());
    CHECK(card.hostname.endsWith(QLatin1String(".trycloudflare.com")));
    CHECK(card.name == QStringLiteral("gpu"));

    // The password is nowhere: not in the cell, its output, or any file it wrote.
    CHECK_FALSE(generated.out.contains(password));
    CHECK_FALSE(first.out.contains(password));
    CHECK_FALSE(first.err.contains(password));
    for (const QString& tree :
         {ns.root(), ns.etc() + QStringLiteral("/ssh"), ns.etc() + QStringLiteral("/profile.d")}) {
        const auto files = test::snapshotTree(tree);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK_FALSE(it.value().contains(password));
        }
    }

    // sshd listens on loopback only (cloudflared is its one client) and allows passwords.
    CHECK(QFile::exists(ns.etc() + QStringLiteral("/ssh/sshd_config.d/00-colab-tunnel.conf")));
    const auto effective = ns.run({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-T")});
    INFO(effective.err.toStdString());
    CHECK(effective.out.contains("listenaddress 127.0.0.1:22\n"));
    CHECK(effective.out.contains("listenaddress [::1]:22\n"));
    CHECK_FALSE(effective.out.contains("listenaddress 0.0.0.0"));
    CHECK(effective.out.contains("passwordauthentication yes\n"));

    // The app adds what the cell printed, as from the clipboard or `add -`.
    const auto added = test::runApp({QStringLiteral("add"), QStringLiteral("-")}, first.out, test::appEnv());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const auto probe = ns.desktop(
        {QStringLiteral(COLAB_APP_BINARY), QStringLiteral("probe"), QStringLiteral("gpu"), QStringLiteral("--json")},
        {}, test::appEnv());
    INFO(probe.out.toStdString() << probe.err.toStdString());
    CHECK(probe.exitCode == 0);
    CHECK(QJsonDocument::fromJson(probe.out).object().value(QStringLiteral("state")).toString() ==
          QStringLiteral("online"));

    // ssh through the alias: the app's key (the cell installed it; BatchMode allows no password),
    // and the notebook's environment in the session.
    const QString config = QDir::homePath() + QStringLiteral("/.ssh/config");
    const auto session = ns.desktop({QStringLiteral("ssh"), QStringLiteral("-F"), config, QStringLiteral("-o"),
                                     QStringLiteral("BatchMode=yes"), QStringLiteral("colab-gpu"),
                                     QStringLiteral("echo $COLAB_GPU; echo \"$COLAB_RELEASE_TAG\"; nvidia-smi")});
    INFO(session.err.toStdString());
    CHECK(session.exitCode == 0);
    CHECK(session.out == "1\nrelease-colab \"x\" $y\nNVIDIA-SMI 535.104.05 stand-in\n");

    // The keychain's password is root's password on the runtime.
    const auto byPassword =
        ns.desktop({QStringLiteral("sshpass"), QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-F"),
                    config, QStringLiteral("-o"), QStringLiteral("PubkeyAuthentication=no"),
                    QStringLiteral("colab-gpu"), QStringLiteral("id -un")},
                   {}, {QStringLiteral("SSHPASS=") + QString::fromUtf8(password)});
    INFO(byPassword.err.toStdString());
    CHECK(byPassword.out == "root\n");

    // Running the cell again: its own sshd and cloudflared are replaced, the decoy lives on, the
    // key is not added twice, and the new hostname works under the same name.
    const QString oldTunnel = ownPid(ns, QStringLiteral("cloudflared.pid"));
    const QString oldSshd = ownPid(ns, QStringLiteral("sshd.pid"));
    const auto second = ns.run({QStringLiteral("python3"), cellFile}, kernelEnv, 150000);
    INFO("second run: " << second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(decoyAlive());
    CHECK(ownPid(ns, QStringLiteral("cloudflared.pid")) != oldTunnel);
    CHECK(ownPid(ns, QStringLiteral("sshd.pid")) != oldSshd);
    CHECK(ns.run({QStringLiteral("kill"), QStringLiteral("-0"), oldTunnel}).exitCode != 0);
    CHECK(test::readFile(ns.root() + QStringLiteral("/.ssh/authorized_keys")).count("colab-tunnel") == 1);
    CHECK(test::readFile(ns.root() + QStringLiteral("/.bashrc")).count("# colab-tunnel: the notebook environment") ==
          1);
    const ParsedRuntime again = PasteParser::parse(QString::fromUtf8(second.out));
    REQUIRE(again.ok());
    REQUIRE(test::runApp({QStringLiteral("add"), QStringLiteral("-")}, second.out, test::appEnv()).exitCode == 0);
    const auto reconnected =
        ns.desktop({QStringLiteral("ssh"), QStringLiteral("-F"), config, QStringLiteral("-o"),
                    QStringLiteral("BatchMode=yes"), QStringLiteral("colab-gpu"), QStringLiteral("echo ok")});
    INFO(reconnected.err.toStdString());
    CHECK(reconnected.out == "ok\n");
}

// The own-domain promise: a slot's hostname stays the same from runtime to runtime, and so does its
// host key. slot add makes the key and pins it; the named cell installs it from the Colab secret
// that slot token prints. Two fresh "runtimes" (new /etc, new ssh-keygen -A each) are both online
// with no alarm; a runtime run with a bare token (a secret from before slots had a key) is the
// alarm, and its message points to the slot's fix instead of remove and re-add.
TEST_CASE("every runtime of a slot presents the slot's pinned host key", "[cell][sshd][keychain][slot]")
{
    using namespace colab::test::example;
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::resetAppFiles();
    const QString dir = test::makeScratchDir(QStringLiteral("slot-runtimes"));
    const QString map = test::SshdFixture::cloudflaredMapFile();
    test::writeFile(map, {});
    qputenv("FAKE_CLOUDFLARED_MAP", map.toUtf8());
    const QStringList env = test::appEnv(api.env());
    writeCert(kToken);
    const auto added = test::runApp({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                                     QStringLiteral("--domain"), QStringLiteral("example.com")},
                                    {}, env);
    INFO(added.out.toStdString() << added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QByteArray pinned = test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
    REQUIRE(pinned.startsWith("gpu.example.com ssh-ed25519 "));
    REQUIRE(test::runApp({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--generate")}, {}, env)
                .exitCode == 0);

    const auto shown = test::runApp({QStringLiteral("slot"), QStringLiteral("token"), QStringLiteral("gpu")}, {}, env);
    REQUIRE(shown.exitCode == 0);
    QJsonObject secret = QJsonDocument::fromJson(shown.out.trimmed()).object();
    REQUIRE(secret.value(QStringLiteral("host_key")).toString().startsWith(QLatin1String("-----BEGIN OPENSSH")));
    // The cloudflared stand-in's run tokens name the hostname they serve; the host key is the slot's.
    secret.insert(QStringLiteral("token"), QStringLiteral("fake:gpu.example.com"));

    const QString fake = test::fakeCloudflared();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(test::readFile(fake), QCryptographicHash::Sha256).toHex());
    const auto generated =
        test::runApp({QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named"),
                      QStringLiteral("--name"), QStringLiteral("gpu"), QStringLiteral("--cloudflared-url"),
                      QStringLiteral("file://") + fake, QStringLiteral("--cloudflared-sha256"), digest},
                     {}, env);
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString cellFile = dir + QStringLiteral("/cell.py");
    test::writeFile(cellFile, generated.out);
    // The cell holds no key: the private half comes only from the Colab secret.
    CHECK_FALSE(generated.out.contains(
        secret.value(QStringLiteral("host_key")).toString().section(QLatin1Char('\n'), 1, 1).toUtf8()));

    // Colab's userdata, serving the secret the user pasted.
    QDir().mkpath(dir + QStringLiteral("/py/google/colab"));
    test::writeFile(dir + QStringLiteral("/py/google/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/userdata.py"),
                    "import os\ndef get(name):\n    assert name == 'COLAB_TUNNEL_TOKEN'\n"
                    "    return open(os.environ['SLOT_SECRET_FILE']).read()\n");
    const QString secretFile = dir + QStringLiteral("/secret");
    const QString config = QDir::homePath() + QStringLiteral("/.ssh/config");

    const auto runRuntime = [&](const QString& runtime, const QByteArray& secretValue) {
        test::writeFile(secretFile, secretValue);
        CellNamespace ns(dir + QLatin1Char('/') + runtime);
        const auto started = ns.start();
        INFO(started.err.toStdString());
        REQUIRE(started.exitCode == 0);
        const auto cell = ns.run({QStringLiteral("python3"), cellFile},
                                 {QStringLiteral("PYTHONPATH=") + dir + QStringLiteral("/py"),
                                  QStringLiteral("SLOT_SECRET_FILE=") + secretFile},
                                 150000);
        INFO(runtime.toStdString() << " cell: " << cell.out.toStdString() << cell.err.toStdString());
        REQUIRE(cell.exitCode == 0);
        const auto probe = ns.desktop({QStringLiteral(COLAB_APP_BINARY), QStringLiteral("probe"), QStringLiteral("gpu"),
                                       QStringLiteral("--json")},
                                      {}, env);
        INFO(probe.out.toStdString() << probe.err.toStdString());
        const QJsonObject json = QJsonDocument::fromJson(probe.out).object();
        if (json.value(QStringLiteral("state")).toString() == QLatin1String("online")) {
            const auto session =
                ns.desktop({QStringLiteral("ssh"), QStringLiteral("-F"), config, QStringLiteral("-o"),
                            QStringLiteral("BatchMode=yes"), QStringLiteral("colab-gpu"), QStringLiteral("echo ok")});
            INFO(session.err.toStdString());
            CHECK(session.out == "ok\n");
        }
        return json;
    };

    const QByteArray withKey = QJsonDocument(secret).toJson(QJsonDocument::Compact);
    for (const QString& runtime : {QStringLiteral("runtime-1"), QStringLiteral("runtime-2")}) {
        const QJsonObject state = runRuntime(runtime, withKey);
        INFO(runtime.toStdString());
        CHECK(state.value(QStringLiteral("state")).toString() == QStringLiteral("online"));
        // The pin is untouched: no first-use entry for another key, nothing replaced.
        CHECK(test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu")) == pinned);
    }

    // A runtime started with the bare run token makes keys of its own: that is the alarm, and it
    // says how to fix a slot.
    const QJsonObject stale = runRuntime(QStringLiteral("runtime-3"), QByteArrayLiteral("fake:gpu.example.com"));
    CHECK(stale.value(QStringLiteral("state")).toString() == QStringLiteral("host_key_changed"));
    CHECK(stale.value(QStringLiteral("message")).toString().contains(QLatin1String("slot token gpu")));
    CHECK_FALSE(stale.value(QStringLiteral("message")).toString().contains(QLatin1String("remove and re-add")));
}
