#include "TestEnv.h"
#include "common/AppPaths.h"
#include "common/SingleInstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
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

TEST_CASE("the instance socket lives in a folder only this user can reach", "[gui][single-instance]")
{
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    REQUIRE_FALSE(runtimeDir.isEmpty());
    CHECK(SingleInstance().serverName().startsWith(runtimeDir + QStringLiteral("/colab-tunnel/")));

    // A runtime folder that others can write to is not used.
    QFile::setPermissions(runtimeDir, QFileDevice::Permissions(0x7777));
    const QString name = SingleInstance().serverName(); // nothing between here and the restore can fail
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK_FALSE(name.startsWith(runtimeDir));
    CHECK(name.startsWith(QStringLiteral("/tmp/colab-tunnel-")));
    CHECK(AppPaths::isPrivateDirOfOurs(QFileInfo(name).absolutePath()));
}

TEST_CASE("a socket that is not ours is never handed our arguments", "[gui][single-instance]")
{
    // Someone else's listener, reachable through a symlink planted where our socket belongs.
    const QString hostileName = test::makeScratchDir(QStringLiteral("hostile")) + QStringLiteral("/socket");
    QLocalServer hostile;
    REQUIRE(hostile.listen(hostileName));
    SingleInstance ours;
    REQUIRE(QFile::link(hostileName, ours.serverName()));

    const QStringList link{QStringLiteral("colab-tunnel://add?host=a-b.trycloudflare.com&name=gpu")};
    CHECK(ours.claimOrForward(link)); // it becomes the primary instead of forwarding
    QCoreApplication::processEvents();
    CHECK_FALSE(hostile.hasPendingConnections());
    CHECK_FALSE(hostile.waitForNewConnection(300));
    CHECK(QFileInfo(ours.serverName()).isSymLink() == false);
}
