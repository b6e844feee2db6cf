#include "ide/IdePlanner.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
Tunnel gpu()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Tunnel{QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com"), Tunnel::Kind::Quick, now, now};
}

IdePlanner::Environment envWith(const QHash<QString, QString>& installed)
{
    IdePlanner::Environment env;
    // The Cloudflare provider's listener for gpu() (providers/CloudflareProvider).
    env.portForwardCommand = {QStringLiteral("/usr/local/bin/cloudflared"),
                              QStringLiteral("access"),
                              QStringLiteral("tcp"),
                              QStringLiteral("--hostname"),
                              QStringLiteral("calm-river.trycloudflare.com"),
                              QStringLiteral("--url"),
                              QStringLiteral("127.0.0.1:%port")};
    env.findProgram = [installed](const QString& name) {
        return installed.value(name);
    };
    return env;
}
} // namespace

TEST_CASE("VS Code opens the alias with Remote-SSH, preferring code over its variants", "[ide]")
{
    auto result = IdePlanner::plan(IdePlanner::Ide::VsCode, gpu(),
                                   envWith({{QStringLiteral("codium"), QStringLiteral("/usr/bin/codium")},
                                            {QStringLiteral("code"), QStringLiteral("/usr/bin/code")}}));
    REQUIRE(result.ok());
    CHECK(result.plan.argv == QStringList{QStringLiteral("/usr/bin/code"), QStringLiteral("--remote"),
                                          QStringLiteral("ssh-remote+colab-gpu"), QStringLiteral("/content")});
    CHECK(result.plan.dryRunLines() ==
          QStringList{QStringLiteral("/usr/bin/code --remote ssh-remote+colab-gpu /content")});

    result = IdePlanner::plan(IdePlanner::Ide::VsCode, gpu(),
                              envWith({{QStringLiteral("cursor"), QStringLiteral("/opt/cursor")}}));
    CHECK(result.plan.argv.first() == QStringLiteral("/opt/cursor"));
}

TEST_CASE("without VS Code on the machine its vscode:// link is opened", "[ide]")
{
    auto env = envWith({{QStringLiteral("xdg-open"), QStringLiteral("/usr/bin/xdg-open")}});
    env.remoteFolder = QStringLiteral("/content/drive");
    const auto result = IdePlanner::plan(IdePlanner::Ide::VsCode, gpu(), env);
    REQUIRE(result.ok());
    CHECK(result.plan.argv.isEmpty());
    CHECK(result.plan.url == QStringLiteral("vscode://vscode-remote/ssh-remote+colab-gpu/content/drive"));
    CHECK(result.plan.dryRunLines() == QStringList{result.plan.url});

    const auto nothing = IdePlanner::plan(IdePlanner::Ide::VsCode, gpu(), envWith({}));
    CHECK_FALSE(nothing.ok());
    CHECK(nothing.error.contains(QStringLiteral("Install VS Code")));
}

TEST_CASE("PyCharm gets a local port from cloudflared access tcp and a Gateway link", "[ide]")
{
    const auto result =
        IdePlanner::plan(IdePlanner::Ide::PyCharm, gpu(),
                         envWith({{QStringLiteral("xdg-open"), QStringLiteral("/usr/bin/xdg-open")}}), 40123);
    REQUIRE(result.ok());
    CHECK(result.plan.dryRunLines() ==
          QStringList{
              QStringLiteral("/usr/local/bin/cloudflared access tcp --hostname calm-river.trycloudflare.com --url "
                             "127.0.0.1:40123"),
              QStringLiteral("jetbrains-gateway://connect#type=ssh&deploy=false&host=127.0.0.1&port=40123&user=root&"
                             "projectPath=%2Fcontent")});
}

TEST_CASE("PyCharm uses the port the app forwards already and starts no cloudflared of its own", "[ide]")
{
    auto env = envWith({{QStringLiteral("xdg-open"), QStringLiteral("/usr/bin/xdg-open")}});
    env.portForwardCommand.clear(); // not needed for a port that is forwarded already
    env.forwardedPort = 22345;
    const auto result = IdePlanner::plan(IdePlanner::Ide::PyCharm, gpu(), env);
    REQUIRE(result.ok());
    CHECK(result.plan.localPort == 22345);
    CHECK(result.plan.dryRunLines() ==
          QStringList{QStringLiteral("jetbrains-gateway://connect#type=ssh&deploy=false&host=127.0.0.1&port=22345&"
                                     "user=root&projectPath=%2Fcontent")});
}

TEST_CASE("the terminal runs ssh with the alias in the first emulator found", "[ide]")
{
    auto result =
        IdePlanner::plan(IdePlanner::Ide::Terminal, gpu(),
                         envWith({{QStringLiteral("gnome-terminal"), QStringLiteral("/usr/bin/gnome-terminal")},
                                  {QStringLiteral("xterm"), QStringLiteral("/usr/bin/xterm")}}));
    REQUIRE(result.ok());
    CHECK(result.plan.argv == QStringList{QStringLiteral("/usr/bin/gnome-terminal"), QStringLiteral("--"),
                                          QStringLiteral("ssh"), QStringLiteral("colab-gpu")});
    result = IdePlanner::plan(IdePlanner::Ide::Terminal, gpu(), envWith({}));
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("ssh colab-gpu")));
}
