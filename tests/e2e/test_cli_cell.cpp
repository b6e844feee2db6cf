#include "CatchQt.h"
#include "CellPython.h"
#include "TestEnv.h"
#include "colab/ShaCrypt.h"
#include "common/AppPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

// Non-ASCII and shell-hostile, so that quoting anywhere on the way would show.
const QByteArray kPassword = QStringLiteral("Pä$$ 'w\"ord' `id` $(x) ; 日本 \\").toUtf8();

void requireValidPython(const QByteArray& cell)
{
    const auto parsed =
        test::runProcess(QStringLiteral("python3"),
                         {QStringLiteral("-c"), QStringLiteral("import ast,sys; ast.parse(sys.stdin.read())")}, cell);
    INFO(parsed.err.toStdString());
    REQUIRE(parsed.exitCode == 0);
}

} // namespace

// Guards: with no password the cell would lock the user out; the fix is named and nothing printed.
TEST_CASE("cell without a stored password says how to store one", "[cli][cell][keychain]")
{
    const auto result = test::runApp({QStringLiteral("cell")}, {}, test::appEnv());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("colab-tunnel password set --generate"));
    CHECK(result.out.isEmpty());
}

// Guards "key only": no password login on the runtime, so none is needed here either; the cell
// holds no hash. This computer's git identity goes with it.
TEST_CASE("cell --key-only needs no stored password and carries the git identity", "[cli][cell][keychain]")
{
    const QString gitConfig = test::makeScratchDir(QStringLiteral("cli-cell-git")) + QStringLiteral("/gitconfig");
    test::writeFile(gitConfig, "[user]\n\tname = Ana Lima\n\temail = ana@example.org\n");
    const auto result = test::runApp({QStringLiteral("cell"), QStringLiteral("--key-only")}, {},
                                     test::appEnv({QStringLiteral("GIT_CONFIG_GLOBAL=") + gitConfig}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    requireValidPython(result.out);
    CHECK(test::cellGlobals(result.out) == QStringList{QStringLiteral("colab_tunnel")});
    const QJsonObject values = test::cellValues(result.out);
    CHECK(values.value(QStringLiteral("KEY_ONLY")) == QJsonValue(true));
    CHECK(values.value(QStringLiteral("PASSWORD_HASH")).toString().isEmpty());
    CHECK(values.value(QStringLiteral("PUBLIC_KEY")).toString().startsWith(QLatin1String("ssh-ed25519 ")));
    CHECK(values.value(QStringLiteral("GIT_NAME")).toString() == QStringLiteral("Ana Lima"));
    CHECK(values.value(QStringLiteral("GIT_EMAIL")).toString() == QStringLiteral("ana@example.org"));
}

// Guards the whole chain keychain → hash → cell: Python accepts every variant, the password is
// nowhere in the output, the hash verifies with openssl, and the app's key is the one in the cell.
TEST_CASE("cell prints a Colab cell built from the keychain's password and the app's key", "[cli][cell][keychain]")
{
    REQUIRE(
        test::runApp({QStringLiteral("password"), QStringLiteral("set")}, kPassword + '\n', test::appEnv()).exitCode ==
        0);
    REQUIRE(test::addTunnelWithCli(QStringLiteral("own"), QStringLiteral("colab-1.example.com")));

    const QList<QStringList> variants = {
        {QStringLiteral("cell")},
        {QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("quick"), QStringLiteral("--name"),
         QStringLiteral("t4")},
        {QStringLiteral("cell"), QStringLiteral("--mode=named"), QStringLiteral("--name=own")},
        {QStringLiteral("cell"), QStringLiteral("--cloudflared-url"), QStringLiteral("https://mirror.example.org/cf"),
         QStringLiteral("--cloudflared-sha256"), QString(64, QLatin1Char('a'))},
        {QStringLiteral("cell"), QStringLiteral("--drive"), QStringLiteral("--repo"),
         QStringLiteral("https://gitlab.com/group/project.git")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("https://github.com/o/r/tree/dev"),
         QStringLiteral("--branch"), QStringLiteral("main"), QStringLiteral("--mode=named"),
         QStringLiteral("--name=own")},
    };
    for (const QStringList& arguments : variants) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = test::runApp(arguments, {}, test::appEnv());
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        requireValidPython(result.out);
        // One name left in the notebook's globals, whatever the options.
        CHECK(test::cellGlobals(result.out) == QStringList{QStringLiteral("colab_tunnel")});
        CHECK_FALSE(result.out.contains(kPassword));
        CHECK_FALSE(result.err.contains(kPassword));

        const QJsonObject values = test::cellValues(result.out);
        const QString hash = values.value(QStringLiteral("PASSWORD_HASH")).toString();
        // Many more rounds than crypt's default 5000, written in the hash; openssl 3 takes the same
        // "rounds=N$SALT" setting.
        const QString rounds = QStringLiteral("rounds=%1").arg(ShaCrypt::kHashRounds);
        REQUIRE(hash.section(QLatin1Char('$'), 2, 2) == rounds);
        const QString salt = hash.section(QLatin1Char('$'), 3, 3);
        REQUIRE(salt.size() == 16);
        const auto openssl = test::runProcess(QStringLiteral("openssl"),
                                              {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-salt"),
                                               rounds + QLatin1Char('$') + salt, QStringLiteral("-stdin")},
                                              kPassword + '\n');
        REQUIRE(openssl.exitCode == 0);
        CHECK(QString::fromLatin1(openssl.out.trimmed()) == hash);

        // The key `ensureAppKey` made (or found), the one the ssh config names.
        const QString publicKey =
            QString::fromLatin1(test::readFile(AppPaths::privateKeyFile() + QStringLiteral(".pub")));
        const QString key = values.value(QStringLiteral("PUBLIC_KEY")).toString();
        CHECK(key.startsWith(QLatin1String("ssh-ed25519 ")));
        CHECK_FALSE(publicKey.isEmpty());
        CHECK(publicKey.contains(key.section(QLatin1Char(' '), 1, 1)));
    }
    const auto named =
        test::cellValues(test::runApp({QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named"),
                                       QStringLiteral("--name"), QStringLiteral("own")},
                                      {}, test::appEnv())
                             .out);
    CHECK(named.value(QStringLiteral("MODE")).toString() == QStringLiteral("named"));
    CHECK(named.value(QStringLiteral("HOSTNAME")).toString() == QStringLiteral("colab-1.example.com"));
    CHECK(named.value(QStringLiteral("NAME")).toString() == QStringLiteral("own"));
    // Two runs, two salts: a leaked cell does not give away whether the password changed.
    const auto first = test::cellValues(test::runApp({QStringLiteral("cell")}, {}, test::appEnv()).out);
    const auto second = test::cellValues(test::runApp({QStringLiteral("cell")}, {}, test::appEnv()).out);
    CHECK(first.value(QStringLiteral("PASSWORD_HASH")) != second.value(QStringLiteral("PASSWORD_HASH")));
}

TEST_CASE("cell refuses bad options with exit status 2 and prints nothing", "[cli][cell][keychain]")
{
    // A quick tunnel's hostname is stale once its cloudflared stops: no named cell for it.
    REQUIRE(test::addTunnelWithCli(QStringLiteral("quick1"), QStringLiteral("calm-river-stone.trycloudflare.com")));
    const QList<QStringList> bad = {
        {QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named"), QStringLiteral("--name"),
         QStringLiteral("quick1")},
        {QStringLiteral("cell"), QStringLiteral("--cloudflared-url"),
         QStringLiteral("https://user:pass@mirror.example.org/cf"), QStringLiteral("--cloudflared-sha256"),
         QString(64, QLatin1Char('a'))},
        {QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("fast")},
        {QStringLiteral("cell"), QStringLiteral("--name"), QStringLiteral("Not Valid")},
        {QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named")},
        {QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named"), QStringLiteral("--name"),
         QStringLiteral("nosuch")},
        {QStringLiteral("cell"), QStringLiteral("extra")},
        {QStringLiteral("cell"), QStringLiteral("--drive-please")},
        {QStringLiteral("cell"), QStringLiteral("--cloudflared-url"), QStringLiteral("https://mirror.example.org/cf")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("https://user:token@github.com/o/r")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("git@github.com:o/r.git")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("https://github.com/settings/profile")},
        {QStringLiteral("cell"), QStringLiteral("--branch"), QStringLiteral("main")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("https://github.com/o/r"),
         QStringLiteral("--branch"), QStringLiteral("--upload-pack=id")},
        {QStringLiteral("cell"), QStringLiteral("--repo"), QStringLiteral("https://github.com/o/r"),
         QStringLiteral("--branch"), QStringLiteral("a..b")},
    };
    for (const QStringList& arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = test::runApp(arguments, {}, test::appEnv());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith("colab-tunnel: "));
    }
}
