// The local forward behind PyCharm's port, with plain programs as the proxy (cat echoes what the
// IDE sends): bytes go both ways, a new command applies to new connections only, a taken port is
// reported, and closing ends every connection and its proxy.
#include "TestEnv.h"
#include "monitor/LocalForward.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <memory>

using namespace colab;

namespace {
int freePort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

std::unique_ptr<QTcpSocket> connectTo(int port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    REQUIRE(test::waitUntil([&] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000));
    return socket;
}

QByteArray readUntil(QTcpSocket& socket, const QByteArray& expected)
{
    QByteArray got;
    test::waitUntil(
        [&] {
            got += socket.readAll();
            return got.size() >= expected.size();
        },
        5000);
    return got;
}
} // namespace

TEST_CASE("the local forward relays both ways and new connections use the new proxy command", "[forward]")
{
    const int port = freePort();
    LocalForward forward(port);
    forward.setProxyCommand({QStringLiteral("/bin/cat")});
    REQUIRE(forward.listen());
    CHECK(forward.isListening());

    auto first = connectTo(port);
    first->write("SSH-2.0-PyCharm\r\n");
    CHECK(readUntil(*first, "SSH-2.0-PyCharm\r\n") == "SSH-2.0-PyCharm\r\n");
    // A larger chunk, as a file upload would send.
    const QByteArray big(512 * 1024, 'x');
    first->write(big);
    CHECK(readUntil(*first, big) == big);

    // The runtime got a new hostname: the next connection runs the new command, the open one is kept.
    forward.setProxyCommand({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo second")});
    auto second = connectTo(port);
    CHECK(readUntil(*second, "second\n") == "second\n");
    // The proxy ended: so does its connection.
    CHECK(test::waitUntil([&] { return second->state() == QAbstractSocket::UnconnectedState; }, 5000));
    first->write("still cat\n");
    CHECK(readUntil(*first, "still cat\n") == "still cat\n");
    CHECK(forward.connectionCount() == 1);

    // Someone else on the port: said in words, with the number.
    LocalForward clash(port);
    clash.setProxyCommand({QStringLiteral("/bin/cat")});
    CHECK_FALSE(clash.listen());
    CHECK(clash.errorString().contains(QString::number(port)));

    // Closing (runtime offline or removed, app quitting) ends the open connection and its proxy.
    forward.close();
    CHECK_FALSE(forward.isListening());
    CHECK(test::waitUntil([&] { return first->state() == QAbstractSocket::UnconnectedState; }, 5000));
    CHECK(test::waitUntil([&] { return forward.connectionCount() == 0; }, 8000));
    QTcpSocket refused;
    refused.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    CHECK_FALSE(refused.waitForConnected(2000));
}

TEST_CASE("a proxy that cannot start closes the IDE's connection at once", "[forward]")
{
    const int port = freePort();
    LocalForward forward(port);
    forward.setProxyCommand({QStringLiteral("/nonexistent/cloudflared"), QStringLiteral("access"),
                             QStringLiteral("ssh"), QStringLiteral("--hostname"), QStringLiteral("gone.example")});
    REQUIRE(forward.listen());
    auto client = connectTo(port);
    CHECK(test::waitUntil([&] { return client->state() == QAbstractSocket::UnconnectedState; }, 5000));
    CHECK(forward.connectionCount() == 0);
    CHECK(forward.isListening()); // the next connection may find it
}
