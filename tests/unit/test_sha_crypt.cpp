#include "CatchQt.h"
#include "TestEnv.h"
#include "colab/ShaCrypt.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace colab;

// Guards the hash the Colab cell hands to `chpasswd -e`: if it drifts from glibc's, root's
// password on the runtime silently stops matching the keychain's.
TEST_CASE("SHA-512 crypt matches the specification's test vectors", "[sha-crypt]")
{
    // Ulrich Drepper, "Unix crypt using SHA-256 and SHA-512", the SHA-512 test vectors.
    struct Vector
    {
        const char* setting;
        const char* key;
        const char* expected;
    };
    const Vector vectors[] = {
        {"$6$saltstring", "Hello world!",
         "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"},
        {"$6$rounds=10000$saltstringsaltstring", "Hello world!",
         "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/"
         "YTBmSK6H9qs/y3RnOaw5v."},
        {"$6$rounds=5000$toolongsaltstring", "This is just a test",
         "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/"
         "e1JSbq3y6JMxxl8audkUEm0"},
        {"$6$rounds=1400$anotherlongsaltstring",
         "a very much longer text to encrypt.  This one even stretches over morethan one line.",
         "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/"
         "pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGqd8p4ur1"},
        {"$6$rounds=77777$short", "we have a short salt string but not a short password",
         "$6$rounds=77777$short$WuQyW2YR.hBNpjjRhpYD/"
         "ifIw05xdfeEyQoMxIXbkvr0gge1a1x3yRULJ5CCaUeOxFmtlcGZelFl5CxtgfiAc0"},
        {"$6$rounds=123456$asaltof16chars..", "a short string",
         "$6$rounds=123456$asaltof16chars..$BtCwjqMJGx5hrJhZywWvt0RLE8uZ4oPwcelCjmw2kSYu."
         "Ec6ycULevoBK25fs2xXgMNrCzIMVcgEJAstJeonj1"},
        {"$6$rounds=10$roundstoolow", "the minimum number is still observed",
         "$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn."
         "S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX."},
    };
    for (const Vector& v : vectors) {
        INFO(v.setting);
        CHECK(ShaCrypt::crypt(QByteArray(v.key), QLatin1String(v.setting)) == QLatin1String(v.expected));
    }
}

TEST_CASE("SHA-512 crypt refuses settings that are not $6$", "[sha-crypt]")
{
    CHECK(ShaCrypt::crypt("pw", QStringLiteral("$5$saltstring")).isEmpty());
    CHECK(ShaCrypt::crypt("pw", QStringLiteral("saltstring")).isEmpty());
    CHECK(ShaCrypt::crypt("pw", QStringLiteral("$6$rounds=x$salt")).isEmpty());
    CHECK(ShaCrypt::crypt("pw", QStringLiteral("$6$rounds=99999999999999999999999$salt")).isEmpty());
}

TEST_CASE("SHA-512 crypt agrees with openssl passwd -6 for awkward passwords", "[sha-crypt]")
{
    QByteArray longPassword;
    for (int i = 0; i < 200; ++i)
        longPassword += "aZ9 -_!\"#%&'()*+"[i % 16];
    const QList<QByteArray> passwords = {
        "Hello world!",
        "x",
        QStringLiteral("pässwörd-日本語-🙂-ÆØÅ").toUtf8(),
        longPassword,
        "'; rm -rf / #",
        "$(touch /tmp/pwned)`id`$HOME\\n\\",
        "\"quoted\" 'single' \ttab * ? [a-z] ~root | & ; < > { }",
        "pass:with:colons",
        "exactly-sixty-four-bytes-to-land-on-a-sha512-block-boundary-xyz!",
    };
    REQUIRE(passwords.last().size() == 64);
    REQUIRE(longPassword.size() == 200);
    REQUIRE_FALSE(longPassword.contains(char(0)));
    const QStringList salts = {QStringLiteral("saltstring"), QStringLiteral("./AZaz09"), ShaCrypt::randomSalt(),
                               QStringLiteral("rounds=1234$abc")};
    for (const QByteArray& password : passwords) {
        for (const QString& salt : salts) {
            INFO("password " << password.toStdString() << " salt " << salt.toStdString());
            // The password goes to openssl on stdin, never in its argv.
            const auto openssl = test::runProcess(QStringLiteral("openssl"),
                                                  {QStringLiteral("passwd"), QStringLiteral("-6"),
                                                   QStringLiteral("-salt"), salt, QStringLiteral("-stdin")},
                                                  password + '\n');
            REQUIRE(openssl.exitCode == 0);
            CHECK(ShaCrypt::crypt(password, QStringLiteral("$6$") + salt) ==
                  QString::fromLatin1(openssl.out.trimmed()));
        }
    }
}

TEST_CASE("fresh hashes have a random 16-character salt", "[sha-crypt]")
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
        QStringLiteral("\\$6\\$rounds=1000\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}")));
    QSet<QString> salts;
    for (int i = 0; i < 20; ++i) {
        const QString hash = ShaCrypt::hash("secret", 1000);
        CHECK(shape.match(hash).hasMatch());
        salts.insert(hash.mid(15, 16));
        // The hash verifies: crypt() with the hash itself as the setting gives it back.
        CHECK(ShaCrypt::crypt("secret", hash) == hash);
        CHECK(ShaCrypt::crypt("Secret", hash) != hash);
    }
    CHECK(salts.size() == 20);
}

// Guards: a notebook gets shared, so the cell's hash names many more rounds than crypt's default
// 5000, and it still verifies.
TEST_CASE("a fresh hash names the cell's rounds", "[sha-crypt]")
{
    STATIC_REQUIRE(ShaCrypt::kHashRounds >= 100000);
    const QString hash = ShaCrypt::hash("secret");
    CHECK(hash.startsWith(QStringLiteral("$6$rounds=%1$").arg(ShaCrypt::kHashRounds)));
    CHECK(ShaCrypt::crypt("secret", hash) == hash);
}
