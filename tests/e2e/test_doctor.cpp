#include "DoctorRun.h"
#include "SshdFixture.h"
#include "TestEnv.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace colab;
using test::doctor::diagnose;

namespace {

const QString kPassword = QStringLiteral("Doctor-Pass-4b2e9c");
const QString kWrongPassword = QStringLiteral("Not-The-Pass-81d3");
// A T4 for the runtime facts' query and for `nvidia-smi -L`.
const QString kNvidiaSmi = QStringLiteral("#!/bin/sh\ncase \"$*\" in *-L*) echo 'GPU 0: Tesla T4 (UUID: GPU-1)' ;; "
                                          "*) echo 'Tesla T4, 15360, 1200, 3' ;; esac\n");
// What nvidia-smi says over SSH when the driver's libraries are not found (CUDA variables missing).
const QByteArray kFailingNvidiaSmi =
    "#!/bin/sh\necho 'NVIDIA-SMI has failed because it couldn'\"'\"'t communicate with "
    "the NVIDIA driver.' >&2\nexit 9\n";

void checkNoSecret(const test::doctor::Run& run, const QString& secret)
{
    CHECK_FALSE(run.report.contains(secret));
    CHECK_FALSE(run.json.contains(secret.toUtf8()));
    for (const StepResult& step : run.steps)
        CHECK_FALSE((step.detail + step.fix + step.title).contains(secret));
}

} // namespace

TEST_CASE("the doctor passes a healthy runtime and stops explaining at the first broken link", "[doctor][sshd]")
{
    test::SshdFixture sshd(kPassword, kNvidiaSmi);
    QString error;
    REQUIRE(sshd.start(&error));
    const QString host = QStringLiteral("doctor-healthy-runtime.trycloudflare.com");
    sshd.mapHostname(host);
    const Tunnel tunnel = test::quickTunnel(QStringLiteral("gpu"), host);
    const QString knownHosts =
        AppService::diagnosisConfig({tunnel}, test::fakeCloudflared(), {}).runtimes.first().probe.knownHostsFile;

    // Healthy: every link passes; the first connection pins the host key.
    const auto healthy = diagnose(tunnel, kPassword);
    CHECK(healthy.outcomes() ==
          QStringLiteral("cloudflared:passed reachable:passed banner:passed host-key:passed auth:passed gpu:passed"));
    CHECK(healthy.ok);
    CHECK(healthy.step(QStringLiteral("banner")).detail.startsWith(QStringLiteral("SSH-2.0-")));
    CHECK(healthy.step(QStringLiteral("host-key")).detail.contains(QStringLiteral("pinned now")));
    CHECK(healthy.step(QStringLiteral("gpu")).detail.contains(QStringLiteral("Tesla T4")));
    CHECK(healthy.step(QStringLiteral("auth")).detail.contains(QStringLiteral("password")));
    CHECK(healthy.report.contains(QStringLiteral("✓ Host key as pinned: SHA256:")));
    CHECK(healthy.report.contains(QStringLiteral("Every link works.")));
    checkNoSecret(healthy, kPassword);
    CHECK(diagnose(tunnel, kPassword).step(QStringLiteral("host-key")).detail.contains(QStringLiteral("as pinned")));

    // A wrong password: broken at the login, the GPU is not checked.
    const auto refused = diagnose(tunnel, kWrongPassword);
    CHECK(refused.outcomes() ==
          QStringLiteral("cloudflared:passed reachable:passed banner:passed host-key:passed auth:failed gpu:skipped"));
    CHECK_FALSE(refused.ok);
    CHECK(refused.step(QStringLiteral("auth")).detail.contains(QStringLiteral("refused")));
    CHECK(refused.step(QStringLiteral("auth")).fix.contains(QStringLiteral("colab-tunnel password set")));
    checkNoSecret(refused, kWrongPassword);

    // Nothing behind the hostname (the stand-in does not know it): broken at "reachable".
    const auto gone =
        diagnose(test::quickTunnel(QStringLiteral("gone"), QStringLiteral("doctor-gone.trycloudflare.com")), kPassword);
    CHECK(gone.outcomes() == QStringLiteral("cloudflared:passed reachable:failed banner:skipped host-key:skipped "
                                            "auth:skipped gpu:skipped"));
    CHECK(gone.step(QStringLiteral("reachable")).detail.contains(QStringLiteral("websocket: bad handshake")));
    CHECK(gone.step(QStringLiteral("reachable")).fix.contains(QStringLiteral("Re-run the Colab cell")));
    CHECK(gone.report.contains(QStringLiteral("✗ Runtime reachable through Cloudflare")));
    CHECK(gone.report.contains(QStringLiteral("    Fix: Re-run the Colab cell")));

    // Another key pinned for the hostname: broken at "host key", no password sent.
    const QString otherKey = test::makeScratchDir(QStringLiteral("other-key")) + QStringLiteral("/key");
    REQUIRE(test::runProcess(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-f"), otherKey})
                .exitCode == 0);
    const QByteArray otherPublic = test::readFile(otherKey + QStringLiteral(".pub")).trimmed();
    const QByteArray pinned = test::readFile(knownHosts);
    REQUIRE(pinned.contains(host.toUtf8()));
    test::writeFile(knownHosts, host.toUtf8() + ' ' + otherPublic.split(' ').mid(0, 2).join(' ') + '\n');
    const auto changed = diagnose(tunnel, kPassword);
    CHECK(changed.outcomes() ==
          QStringLiteral("cloudflared:passed reachable:passed banner:passed host-key:failed auth:skipped gpu:skipped"));
    CHECK(changed.step(QStringLiteral("host-key")).detail.contains(QStringLiteral("intercepting")));
    CHECK(changed.step(QStringLiteral("host-key")).fix.contains(QStringLiteral("colab-tunnel remove gpu")));
    test::writeFile(knownHosts, pinned);

    // nvidia-smi failing over SSH: broken at "GPU", with the environment as the fix.
    test::writeExecutable(sshd.binDir() + QStringLiteral("/nvidia-smi"), kFailingNvidiaSmi);
    const auto failing = diagnose(tunnel, kPassword);
    CHECK(failing.outcomes() ==
          QStringLiteral("cloudflared:passed reachable:passed banner:passed host-key:passed auth:passed gpu:failed"));
    CHECK(failing.step(QStringLiteral("gpu")).detail.contains(QStringLiteral("exit 9")));
    CHECK(failing.step(QStringLiteral("gpu")).fix.contains(QStringLiteral("environment")));

    // No nvidia-smi at all (a CPU runtime): a warning, and the run still counts as passed.
    REQUIRE(QFile::remove(sshd.binDir() + QStringLiteral("/nvidia-smi")));
    const auto cpu = diagnose(tunnel, kPassword);
    CHECK(cpu.outcomes() ==
          QStringLiteral("cloudflared:passed reachable:passed banner:passed host-key:passed auth:passed gpu:warning"));
    CHECK(cpu.ok);
    CHECK(cpu.step(QStringLiteral("gpu")).detail.contains(QStringLiteral("No GPU")));
    CHECK(cpu.report.contains(QStringLiteral("⚠ GPU visible: No GPU")));
}
