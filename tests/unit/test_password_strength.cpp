#include "CatchQt.h"
#include "secrets/PasswordGenerator.h"
#include "secrets/PasswordStrength.h"

#include <catch2/catch.hpp>

using namespace colab;
using Level = PasswordStrength::Level;

// The wizard accepts Fair or Strong: root's password guards a public SSH port.
TEST_CASE("password strength refuses short and well-known passwords and accepts generated ones", "[password]")
{
    CHECK(PasswordStrength::of({}).level == Level::Empty);
    CHECK_FALSE(PasswordStrength::of({}).acceptable());
    for (const char* weak :
         {"abc", "colab123", "Password123!", "aaaaaaaaaaaaaaaa", "abcdefghijklmnop", "1234567890123"}) {
        INFO(weak);
        CHECK_FALSE(PasswordStrength::of(QString::fromLatin1(weak)).acceptable());
        CHECK(PasswordStrength::of(QString::fromLatin1(weak)).text.startsWith(QLatin1String("Weak")));
    }
    CHECK(PasswordStrength::of(QStringLiteral("Lantern-Orbit-Velvet-42")).acceptable());
    for (int i = 0; i < 50; ++i) {
        const PasswordStrength generated = PasswordStrength::of(generatePassword());
        CHECK(generated.level == Level::Strong);
    }
    // Longer is never weaker.
    QString growing = QStringLiteral("x7");
    int lastBits = 0;
    for (const QChar c : QStringLiteral("Qm4!rT9zLp2#vB8n")) {
        growing += c;
        const int bits = PasswordStrength::of(growing).bits;
        CHECK(bits >= lastBits);
        lastBits = bits;
    }
}

TEST_CASE("rating a password leaves the caller's password as it was", "[password]")
{
    // Lower case only: the case the lowered copy used to share the caller's buffer and wipe it.
    const QString typed = QString::fromUtf8(QByteArray("cell-password"));
    const QString expected = QStringLiteral("cell-password");
    (void)PasswordStrength::of(typed);
    CHECK(typed == expected);
}
