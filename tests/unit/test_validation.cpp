#include "tunnels/Validation.h"

#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("hostnames are accepted as lower-case ASCII DNS names", "[validation]")
{
    CHECK(validateHostname(QStringLiteral("Some-Random-Words.TryCloudflare.com")).value ==
          QStringLiteral("some-random-words.trycloudflare.com"));
    CHECK(validateHostname(QStringLiteral("colab-1.example.com.")).value == QStringLiteral("colab-1.example.com"));
    CHECK(validateHostname(QString(63, QLatin1Char('a')) + QStringLiteral(".example.com")).ok());
}

TEST_CASE("hostnames that could inject into ssh config or a shell are rejected with a reason", "[validation]")
{
    const char* bad[] = {"",
                         "localhost",
                         "a b.example.com",
                         "a;b.example.com",
                         "$(reboot).example.com",
                         "`id`.example.com",
                         "%h.example.com",
                         "a\nHost *.example.com",
                         "-oProxyCommand.example.com",
                         "a..example.com",
                         "192.168.1.10",
                         "::1",
                         "exa\"mple.com",
                         "e\xd1\x85"
                         "ample.com", // Cyrillic 'х' look-alike
                         "xn--.com-"};
    for (const char* input : bad) {
        const Validated result = validateHostname(QString::fromUtf8(input));
        INFO("input: " << input);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error.isEmpty());
    }
    CHECK_FALSE(validateHostname(QString(64, QLatin1Char('a')) + QStringLiteral(".com")).ok());
    CHECK_FALSE(validateHostname(QString::fromUtf8("a\0b.com", 7)).ok());
    QString tooLong;
    for (int i = 0; i < 51; ++i)
        tooLong += QStringLiteral("abcd.");
    tooLong += QStringLiteral("com");
    CHECK_FALSE(validateHostname(tooLong).ok());
}

TEST_CASE("tunnel names follow [a-z0-9-]{1,32}", "[validation]")
{
    CHECK(validateTunnelName(QStringLiteral("gpu-1")).ok());
    CHECK_FALSE(validateTunnelName(QStringLiteral("GPU")).ok());
    CHECK_FALSE(validateTunnelName(QStringLiteral("a b")).ok());
    CHECK_FALSE(validateTunnelName(QString(33, QLatin1Char('a'))).ok());
    CHECK(validateTunnelName(QString(32, QLatin1Char('a'))).ok());
    CHECK(nameFromLabel(QStringLiteral("--Hello_World--")) == QStringLiteral("hello-world"));
}

TEST_CASE("a tunnel name cannot start with '-', which a command line reads as an option", "[validation]")
{
    for (const char* name : {"--help", "-v", "-"}) {
        const Validated valid = validateTunnelName(QString::fromLatin1(name));
        CHECK_FALSE(valid.ok());
        CHECK(valid.error.contains(QStringLiteral("starts with '-'")));
    }
    CHECK(validateTunnelName(QStringLiteral("gpu-")).ok());
    CHECK(validateTunnelName(QStringLiteral("0-gpu")).ok());
}
