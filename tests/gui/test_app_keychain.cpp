#include "FakeRuntime.h"
#include "GuiApp.h"
#include "TestEnv.h"
#include "secrets/SecretStore.h"

#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;

namespace {
void setPasswordWithCli(const QByteArray& password)
{
    const auto set = test::runApp({QStringLiteral("password"), QStringLiteral("set")}, password + '\n');
    REQUIRE(set.exitCode == 0);
}
} // namespace

TEST_CASE("a password changed from the command line is picked up without a click", "[gui][app][keychain]")
{
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    setPasswordWithCli("old-password");
    test::FakeRuntime runtime(QStringLiteral("new-password"));
    AppService::Options options;
    options.probe = runtime.probe();
    options.passwordRecheckMs = 300;
    GuiApp gui(options);
    gui.start();
    REQUIRE(
        test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::AuthFailed; }, 10000));
    const int triedBefore = int(runtime.passwordsTried().size());

    setPasswordWithCli("new-password"); // the user fixes it in a terminal
    CHECK(test::waitUntil([&] { return gui.service().state(QStringLiteral("gpu")).state == State::Online; }, 10000));
    INFO("tried: " << runtime.passwordsTried().join(QLatin1Char(' ')).toStdString());
    CHECK(runtime.passwordsTried().mid(triedBefore) == QStringList{QStringLiteral("new-password")});

    // "Check now" reads the keychain first: a password changed meanwhile is the one used.
    setPasswordWithCli("newest-password");
    runtime.setPassword(QStringLiteral("newest-password"));
    gui.service().probeNow(QStringLiteral("gpu"));
    CHECK(test::waitUntil([&] { return runtime.passwordsTried().last() == QStringLiteral("newest-password"); }, 10000));
}
