#include "CatchQt.h"
#include "InertText.h"
#include "TestEnv.h"
#include "cloudflare/LoginRunner.h"

#include <QDir>
#include <catch2/catch.hpp>
#include <optional>

using namespace colab;

// `colab-tunnel login` and the wizard's Authorise page run LoginRunner with the cloudflared stand-in.
namespace {

struct Login
{
    LoginRunner::Outcome outcome = LoginRunner::Outcome::Failed;
    QString message;
    QString certPath;
    QString url;
};

Login runLogin(const QString& cloudflared)
{
    LoginRunner runner;
    runner.setPollIntervalMs(100); // polls many times while cloudflared is still starting
    std::optional<Login> login;
    QString url;
    QObject::connect(&runner, &LoginRunner::loginUrl, [&](const QString& shown) { url = shown; });
    QObject::connect(&runner, &LoginRunner::finished,
                     [&](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                         login = Login{outcome, message, certPath, url};
                     });
    runner.start(cloudflared);
    REQUIRE(test::waitUntil([&] { return login.has_value(); }, 30000));
    return *login;
}

} // namespace

// What cloudflared prints (it relays Cloudflare's words) ends up in the wizard and the terminal.
TEST_CASE("cloudflared's output reaches the user without terminal escapes", "[cloudflare][login][network]")
{
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    const QString hostile = test::makeScratchDir(QStringLiteral("hostile-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(
        hostile, "#!/bin/sh\n"
                 "printf 'https://dash.cloudflare.com/argotunnel?aud=x\\033]8;;https://evil.example\\033\\\\\\n' >&2\n"
                 "printf 'ERR <a href=\"https://evil.example\">log in "
                 "here</a>\\033]8;;https://evil.example\\033\\\\click\\n' >&2\n"
                 "printf 'ERR \\033[2J\\342\\200\\256gnorw \\302\\233"
                 "31mfailed\\n' >&2\n"
                 "exit 1\n");
    const Login failed = runLogin(hostile);
    INFO(failed.message.toStdString());
    CHECK(failed.outcome == LoginRunner::Outcome::Failed);
    CHECK(failed.message.contains(QLatin1String("failed")));
    CHECK(test::activeCharacters(failed.message).isEmpty());
    CHECK(failed.url.startsWith(QLatin1String("https://dash.cloudflare.com/argotunnel?aud=x")));
    CHECK(test::activeCharacters(failed.url).isEmpty());
}
