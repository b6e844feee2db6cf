#include "FakeRuntime.h"
#include "GuiApp.h"
#include "TestEnv.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>
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

TEST_CASE("the keychain is read only when a login needs the password, and that login uses it", "[gui][app][keychain]")
{
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    setPasswordWithCli("cell-password");
    test::FakeRuntime runtime(QStringLiteral("cell-password"));
    runtime.setRunning(false);
    AppService::Options options;
    options.probe = runtime.probe();
    options.monitor.offlineMinBackoffMs = 300;
    options.monitor.offlineMaxBackoffMs = 600;
    GuiApp gui(options);
    QSignalSpy wanted(&gui.service().monitor(), &TunnelMonitor::passwordWanted);
    gui.start();
    const auto state = [&] {
        return gui.service().state(QStringLiteral("gpu")).state;
    };
    REQUIRE(test::waitUntil([&] { return state() == State::Offline; }, 10000));
    QTest::qWait(1500);      // a few more checks while it stays away
    CHECK(wanted.isEmpty()); // nothing asked the keychain, nothing holds the password
    CHECK_FALSE(gui.service().keychainAnswered());

    QList<State> seen;
    QObject::connect(&gui.service(), &AppService::stateChanged, &gui.service(),
                     [&](const QString& name, const ProbeResult& result) {
                         if (name == QLatin1String("gpu"))
                             seen << result.state;
                     });
    runtime.setRunning(true); // the Colab cell started it
    REQUIRE(test::waitUntil([&] { return state() == State::Online; }, 10000));
    CHECK(gui.service().keychainAnswered());
    CHECK_FALSE(seen.contains(State::PasswordNeeded)); // the first login waited for the keychain's answer
    CHECK(runtime.passwordsTried() == QStringList{QStringLiteral("cell-password")});
    CHECK(wanted.count() == 1);
}
