#include "CatchQt.h"
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

QJsonObject cellValues(const QByteArray& cell)
{
    const auto values = test::runProcess(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys\ncell = {'__name__': 'colab_tunnel_cell'}\n"
                        "exec(compile(sys.stdin.read(), 'cell', 'exec'), cell)\n"
                        "print(json.dumps({k: cell[k] for k in ('MODE', 'NAME', 'HOSTNAME', 'PASSWORD_HASH', "
                        "'PUBLIC_KEY', 'CLOUDFLARED_URL', 'CLOUDFLARED_SHA256')}))")},
        cell);
    INFO(values.err.toStdString());
    REQUIRE(values.exitCode == 0);
    return QJsonDocument::fromJson(values.out).object();
}

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
    };
    for (const QStringList& arguments : variants) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = test::runApp(arguments, {}, test::appEnv());
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        requireValidPython(result.out);
        CHECK_FALSE(result.out.contains(kPassword));
        CHECK_FALSE(result.err.contains(kPassword));

        const QJsonObject values = cellValues(result.out);
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
        cellValues(test::runApp({QStringLiteral("cell"), QStringLiteral("--mode"), QStringLiteral("named"),
                                 QStringLiteral("--name"), QStringLiteral("own")},
                                {}, test::appEnv())
                       .out);
    CHECK(named.value(QStringLiteral("MODE")).toString() == QStringLiteral("named"));
    CHECK(named.value(QStringLiteral("HOSTNAME")).toString() == QStringLiteral("colab-1.example.com"));
    CHECK(named.value(QStringLiteral("NAME")).toString() == QStringLiteral("own"));
    // Two runs, two salts: a leaked cell does not give away whether the password changed.
    const auto first = cellValues(test::runApp({QStringLiteral("cell")}, {}, test::appEnv()).out);
    const auto second = cellValues(test::runApp({QStringLiteral("cell")}, {}, test::appEnv()).out);
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
    };
    for (const QStringList& arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = test::runApp(arguments, {}, test::appEnv());
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
        CHECK(result.err.startsWith("colab-tunnel: "));
    }
}
