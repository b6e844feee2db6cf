// The system's word on the network and on sleep (service/ConnectivityWatch): waking up is announced
// from logind's PrepareForSleep(false), here sent by a stand-in logind on the harness's private
// session bus.
#include "TestEnv.h"
#include "service/ConnectivityWatch.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QNetworkInformation>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>
#include <sched.h>

using namespace colab;

TEST_CASE("waking from sleep is announced once, going to sleep is not", "[connectivity]")
{
    QDBusConnection logind =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("stand-in-logind"));
    REQUIRE(logind.isConnected());
    REQUIRE(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    ConnectivityWatch watch({true});
    QSignalSpy resumed(&watch, &ConnectivityWatch::resumed);
    const auto prepareForSleep = [&](bool sleeping) {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                         QStringLiteral("org.freedesktop.login1.Manager"),
                                                         QStringLiteral("PrepareForSleep"));
        signal << sleeping;
        REQUIRE(logind.send(signal));
    };

    prepareForSleep(true);
    QTest::qWait(300);
    CHECK(resumed.isEmpty());
    prepareForSleep(false);
    REQUIRE(resumed.wait(5000));
    QTest::qWait(200);
    CHECK(resumed.size() == 1);
}

TEST_CASE("a network without a route out is offline, and online again once it has one", "[connectivity][network]")
{
    // This test process moves into a network namespace of its own: only a loopback, no route out,
    // as on a laptop with Wi-Fi off. The machine's other processes keep their network.
    REQUIRE(::unshare(CLONE_NEWNET) == 0);
    REQUIRE(QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                     QStringLiteral("lo"), QStringLiteral("up")}) == 0);
    ConnectivityWatch watch({true});
    if (!QNetworkInformation::instance())
        FAIL("no reachability backend loads here (available: "
             << QNetworkInformation::availableBackends().join(QStringLiteral(", ")).toStdString() << ")");
    INFO("backend: " << QNetworkInformation::instance()->backendName().toStdString());
    REQUIRE(test::waitUntil([&] { return !watch.isOnline(); }, 3000));
    QSignalSpy changes(&watch, &ConnectivityWatch::onlineChanged);

    // A default route (through the loopback: containers may not make new links): the network is back.
    REQUIRE(QProcess::execute(QStringLiteral("ip"),
                              QStringLiteral("route add default dev lo").split(QLatin1Char(' '))) == 0);
    REQUIRE(test::waitUntil([&] { return watch.isOnline(); }, 5000));
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().at(0).toBool());
}
