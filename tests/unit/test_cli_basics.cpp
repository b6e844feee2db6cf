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

TEST_CASE("every command answers --help with its own usage and does nothing else", "[cli]")
{
    for (const char* command : {"add", "list", "remove", "ssh-config", "open", "probe", "cell", "password", "doctor",
                                "watch", "login", "dns-check", "slot"}) {
        for (const char* flag : {"--help", "-h"}) {
            INFO(command << " " << flag);
            const auto result = test::runApp({QString::fromLatin1(command), QString::fromLatin1(flag)});
            CHECK(result.exitCode == 0);
            CHECK(result.err.isEmpty());
            CHECK(result.out.startsWith(QByteArray("Usage: colab-tunnel ") + command));
            CHECK_FALSE(result.out.contains("Commands:")); // its own, not the whole reference
        }
    }
    // After the sub-command and its arguments too.
    const auto set = test::runApp({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--help")});
    CHECK(set.exitCode == 0);
    CHECK(set.out.contains("password set [--generate]"));
    // After "--" it is an argument, not a flag: a runtime may not be called that, so remove refuses it.
    const auto named = test::runApp({QStringLiteral("remove"), QStringLiteral("--"), QStringLiteral("--help")});
    CHECK(named.exitCode != 0);
}
