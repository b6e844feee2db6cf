#include "SshdFixture.h"
#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("real ssh reaches the runtime through the alias the app wrote", "[sshd][openssh][tunnels]")
{
    const QString password = QStringLiteral("alias-test-pass");
    test::SshdFixture sshd(password);
    QString error;
    REQUIRE(sshd.start(&error));
    sshd.mapHostname(QStringLiteral("warm-sun-rises.trycloudflare.com"));

    test::resetAppFiles();
    test::writeFile(QDir::homePath() + QStringLiteral("/.ssh/config"), "Host *\n  User nobody\n  Port 2\n");
    REQUIRE(test::runApp({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("gpu"),
                          QStringLiteral("warm-sun-rises.trycloudflare.com")},
                         {}, test::appEnv())
                .exitCode == 0);

    const QString config = QDir::homePath() + QStringLiteral("/.ssh/config");
    const auto result = test::runProcess(QStringLiteral("sshpass"),
                                         {QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-F"), config,
                                          QStringLiteral("colab-gpu"), QStringLiteral("echo ok; id -un")},
                                         {}, 30000, {QStringLiteral("SSHPASS=") + password});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out == "ok\nroot\n");
    // accept-new recorded the runtime's key in the tunnel's own known-hosts file.
    CHECK(test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu"))
              .startsWith("warm-sun-rises.trycloudflare.com "));

    // Same alias, runtime gone: ssh fails and cloudflared says why.
    sshd.stop();
    const auto down = test::runProcess(QStringLiteral("sshpass"),
                                       {QStringLiteral("-e"), QStringLiteral("ssh"), QStringLiteral("-F"), config,
                                        QStringLiteral("colab-gpu"), QStringLiteral("true")},
                                       {}, 30000, {QStringLiteral("SSHPASS=") + password});
    CHECK(down.exitCode != 0);
}
