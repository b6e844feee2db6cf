#include "TestEnv.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("the version flag prints the version and needs no display", "[cli]")
{
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    const auto result = test::runApp({QStringLiteral("--version")}, {}, {QStringLiteral("QT_QPA_PLATFORM=xcb")});
    CHECK(result.exitCode == 0);
    CHECK(QString::fromUtf8(result.out)
              .trimmed()
              .contains(QRegularExpression(QStringLiteral("^colab-tunnel \\d+\\.\\d+\\.\\d+$"))));
}

TEST_CASE("the help flag lists the commands", "[cli]")
{
    const auto result = test::runApp({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    for (const char* command : {"add", "list", "remove", "ssh-config", "open", "probe", "cell", "password", "doctor",
                                "login", "dns-check", "slot add", "slot remove"})
        CHECK(result.out.contains(QByteArray("  ") + command));
}
