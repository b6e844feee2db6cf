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

    // Today's Colab image: its own tuned sshd (a drop-in turns passwords off) already holds port 22.
    // The cell runs an sshd of its own beside it and changes nothing of it.
    QDir().mkpath(ns.etc() + QStringLiteral("/ssh/sshd_config.d"));
    test::writeFile(ns.etc() + QStringLiteral("/ssh/sshd_config.d/50-cloud-init.conf"), "PasswordAuthentication no\n");
    const auto colabSshd = ns.run({QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("mkdir -p /run/sshd && ssh-keygen -A && /usr/sbin/sshd")});
    INFO(colabSshd.err.toStdString());
    REQUIRE(colabSshd.exitCode == 0);
    const auto colabSshdPid = [&] {
        return ns.run({QStringLiteral("pgrep"), QStringLiteral("-f"), QStringLiteral("^sshd: /usr/sbin/sshd \\[")})
            .out.trimmed();
    };
    const QByteArray colabPid = colabSshdPid();
    REQUIRE_FALSE(colabPid.isEmpty());
    const auto etcSsh = test::snapshotTree(ns.etc() + QStringLiteral("/ssh"));

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

    // The cell's sshd: its own config file and port, loopback only (cloudflared is its one client),
    // passwords allowed. Colab's sshd runs on, its /etc/ssh untouched.
    const auto effective = ns.run({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-T"), QStringLiteral("-f"),
                                   QStringLiteral("/root/.colab-tunnel/sshd_config")});
    INFO(effective.err.toStdString());
    CHECK(effective.out.contains("listenaddress 127.0.0.1:22022\n"));
    CHECK(effective.out.contains("listenaddress [::1]:22022\n"));
    CHECK_FALSE(effective.out.contains("listenaddress 0.0.0.0"));
    CHECK(effective.out.contains("passwordauthentication yes\n"));
    CHECK(colabSshdPid() == colabPid);
    CHECK(test::snapshotTree(ns.etc() + QStringLiteral("/ssh")) == etcSsh);

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
    CHECK(colabSshdPid() == colabPid);
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
    // The stand-in's token carries the port the slot's ingress names (the real one reads it from the
    // tunnel's configuration): the cell's own sshd.
    secret.insert(QStringLiteral("token"), QStringLiteral("fake:gpu.example.com:22022"));

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
    const QJsonObject stale = runRuntime(QStringLiteral("runtime-3"), QByteArrayLiteral("fake:gpu.example.com:22022"));
    CHECK(stale.value(QStringLiteral("state")).toString() == QStringLiteral("host_key_changed"));
    CHECK(stale.value(QStringLiteral("message")).toString().contains(QLatin1String("slot token gpu")));
    CHECK_FALSE(stale.value(QStringLiteral("message")).toString().contains(QLatin1String("remove and re-add")));
}

// Stopping the cell (Ctrl+C, or Colab's stop button: SIGINT to the kernel) at any step, then running
// it again, sets the runtime up: the second run finishes, the app probes the runtime online with
// its key, the repository is a complete clone on its branch, and git has this computer's identity.
// Each step is held by a stand-in (a program on PATH, Drive's mount, a tunnel that never gets
// ready) until the test interrupts; every step gets a fresh runtime.
TEST_CASE("a cell interrupted at any step sets the runtime up when run again", "[cell][sshd][keychain]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("cell-interrupted"));
    const QString map = test::SshdFixture::cloudflaredMapFile();
    test::writeFile(map, {});
    qputenv("FAKE_CLOUDFLARED_MAP", map.toUtf8());
    REQUIRE(test::runApp({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--generate")}, {},
                         test::appEnv())
                .exitCode == 0);

    // The repository "on GitHub": a local one with a branch, which git on the runtime is told to use
    // instead (url.insteadOf in root's ~/.gitconfig).
    const QString work = dir + QStringLiteral("/work");
    const auto git = [&](const QStringList& args) {
        const auto result = test::runProcess(QStringLiteral("git"), QStringList{QStringLiteral("-C"), work} + args);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    };
    QDir().mkpath(work);
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    test::writeFile(work + QStringLiteral("/README"), "main\n");
    git({QStringLiteral("add"), QStringLiteral("README")});
    git({QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"), QStringLiteral("user.email=t@e"),
         QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")});
    git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("topic")});
    const QString bare = dir + QStringLiteral("/project.git");
    git({QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), work, bare});

    // This computer's git identity, which the cell carries to the runtime.
    const QString gitConfig = dir + QStringLiteral("/gitconfig");
    test::writeFile(gitConfig, "[user]\n\tname = Ana Lima\n\temail = ana@example.org\n");
    const QString fake = test::fakeCloudflared();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(test::readFile(fake), QCryptographicHash::Sha256).toHex());
    const auto generated = test::runApp(
        {QStringLiteral("cell"), QStringLiteral("--name"), QStringLiteral("gpu"), QStringLiteral("--drive"),
         QStringLiteral("--repo"), QStringLiteral("https://github.com/owner/project"), QStringLiteral("--branch"),
         QStringLiteral("topic"), QStringLiteral("--cloudflared-url"), QStringLiteral("file://") + fake,
         QStringLiteral("--cloudflared-sha256"), digest},
        {}, test::appEnv({QStringLiteral("GIT_CONFIG_GLOBAL=") + gitConfig}));
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    const QString cellFile = dir + QStringLiteral("/cell.py");
    test::writeFile(cellFile, generated.out);

    // Colab's drive, which can be held; and the stand-ins that hold a step.
    QDir().mkpath(dir + QStringLiteral("/py/google/colab"));
    test::writeFile(dir + QStringLiteral("/py/google/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/drive.py"),
                    "import os, time\n"
                    "def mount(path):\n"
                    "    if os.environ.get('HOLD_STEP') == 'drive':\n"
                    "        open(os.environ['HOLD_MARK'], 'w').close()\n"
                    "        time.sleep(600)\n"
                    "    os.makedirs(path, exist_ok=True)\n");
    const QByteArray hold = "touch \"$HOLD_MARK\"; exec sleep 600\n";
    const QMap<QString, QPair<QString, QByteArray>> shims = {
        // ssh-keygen has begun writing the host key.
        {QStringLiteral("hostkey"),
         {QStringLiteral("ssh-keygen"), "#!/bin/bash\nfor last; do :; done\necho partial > \"$last\"\n" + hold}},
        // sshd is up, the cell has not yet seen it answer.
        {QStringLiteral("sshd"),
         {QStringLiteral("sshd"), "#!/bin/bash\ncase \" $* \" in *\" -t \"*) exec /usr/sbin/sshd \"$@\" ;; esac\n"
                                  "/usr/sbin/sshd \"$@\" || exit\n" +
                                      hold}},
        {QStringLiteral("password"), {QStringLiteral("chpasswd"), "#!/bin/bash\n" + hold}},
        // git has made the clone's folder and .git, and not finished.
        {QStringLiteral("clone"),
         {QStringLiteral("git"), "#!/bin/bash\ncase \" $* \" in *\" clone \"*)\n"
                                 "    for last; do :; done; mkdir -p \"$last/.git\"; " +
                                     hold + ";;\nesac\nexec /usr/bin/git \"$@\"\n"}},
    };
    const QString config = QDir::homePath() + QStringLiteral("/.ssh/config");
    for (const QString& step : {QStringLiteral("drive"), QStringLiteral("hostkey"), QStringLiteral("sshd"),
                                QStringLiteral("password"), QStringLiteral("clone"), QStringLiteral("tunnel")}) {
        INFO("interrupted at " << step.toStdString());
        CellNamespace ns(dir + QStringLiteral("/runtime-") + step);
        const auto started = ns.start();
        INFO(started.err.toStdString());
        REQUIRE(started.exitCode == 0);
        test::writeFile(ns.root() + QStringLiteral("/.gitconfig"),
                        "[url \"file://" + bare.toUtf8() + "\"]\n\tinsteadOf = https://github.com/owner/project\n");
        // The tunnel step is held by a cloudflared that never gets ready: its pid file marks it.
        const bool tunnel = step == QLatin1String("tunnel");
        QStringList held = {
            QStringLiteral("PYTHONPATH=") + dir + QStringLiteral("/py"), QStringLiteral("HOLD_STEP=") + step,
            tunnel ? QStringLiteral("HOLD_MARK=/root/.colab-tunnel/cloudflared.pid")
                   : QStringLiteral("HOLD_MARK=/root/held"),
            QStringLiteral("FAKE_CLOUDFLARED_READY_DELAY=") + (tunnel ? QStringLiteral("600") : QStringLiteral("1"))};
        if (shims.contains(step)) {
            const QString shimDir = dir + QStringLiteral("/shims/") + step;
            QDir().mkpath(shimDir);
            test::writeExecutable(shimDir + QLatin1Char('/') + shims.value(step).first, shims.value(step).second);
            held << QStringLiteral("PATH=") + shimDir + QLatin1Char(':') + qEnvironmentVariable("PATH");
        }
        const auto first =
            ns.run({QStringLiteral("python3"), QStringLiteral(COLAB_FIXTURES_DIR "/interrupt-cell.py"), cellFile}, held,
                   150000);
        INFO("interrupted run: " << first.out.toStdString() << first.err.toStdString());
        REQUIRE(first.out.contains("interrupted "));

        const auto again = ns.run({QStringLiteral("python3"), cellFile},
                                  {QStringLiteral("PYTHONPATH=") + dir + QStringLiteral("/py")}, 150000);
        INFO("run again: " << again.out.toStdString() << again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        REQUIRE(test::runApp({QStringLiteral("add"), QStringLiteral("-")}, again.out, test::appEnv()).exitCode == 0);
        const auto session =
            ns.desktop({QStringLiteral("ssh"), QStringLiteral("-F"), config, QStringLiteral("-o"),
                        QStringLiteral("BatchMode=yes"), QStringLiteral("colab-gpu"),
                        QStringLiteral("git -C /content/project branch --show-current && cat /content/project/README "
                                       "&& git config user.name && git config user.email")});
        INFO(session.err.toStdString());
        CHECK(session.out == "topic\nmain\nAna Lima\nana@example.org\n");
        // One sshd and one cloudflared of the cell's: the interrupted run's were replaced.
        const auto count = [&](const QString& pattern) {
            return ns.run({QStringLiteral("pgrep"), QStringLiteral("-fc"), pattern}).out;
        };
        CHECK(count(QStringLiteral("^sshd: /usr/sbin/sshd -f /root/.colab-tunnel/sshd_config")) == "1\n");
        CHECK(count(QStringLiteral("/root/.colab-tunnel/cloudflared tunnel")) == "1\n");
    }
}
