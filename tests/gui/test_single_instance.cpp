#include "TestEnv.h"
#include "common/SingleInstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("a second launch hands its arguments to the first instance", "[gui][single-instance]")
{
    SingleInstance first;
    REQUIRE(first.claimOrForward({}));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    SingleInstance second;
    const QStringList link{QStringLiteral("colab-tunnel://add?host=a-b.trycloudflare.com&name=gpu")};
    CHECK_FALSE(second.claimOrForward(link));
    REQUIRE(test::waitUntil([&] { return received.count() == 1; }, 5000));
    CHECK(received.first().first().toStringList() == link);
}

TEST_CASE("launching the app twice keeps one window", "[gui][single-instance]")
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(COLAB_APP_BINARY), {});
    REQUIRE(gui.waitForStarted());
    // The first instance is ready once a forwarded launch returns at once with status 0.
    SingleInstance probe;
    REQUIRE(test::waitUntil([&] {
        QLocalSocket socket;
        socket.connectToServer(probe.serverName());
        return socket.waitForConnected(100);
    }));
    const auto second = test::runProcess(QStringLiteral(COLAB_APP_BINARY), {}, {}, 10000,
                                         {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    CHECK(second.exitCode == 0);
    CHECK(gui.state() == QProcess::Running);
    gui.terminate();
    gui.waitForFinished(5000);
}
