#include "CatchQt.h"
#include "InertText.h"
#include "TestEnv.h"
#include "cloudflare/LoginRunner.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <optional>

using namespace colab;

// `colab-tunnel login` and the wizard's Authorise page run LoginRunner with the cloudflared stand-in.
namespace {

QByteArray pemWithToken(const QByteArray& token)
{
    const QByteArray json = R"({"zoneID":"zone0001","accountID":"acct0001","apiToken":")" + token + R"("})";
    return "-----BEGIN ARGO TUNNEL TOKEN-----\n" + json.toBase64() + "\n-----END ARGO TUNNEL TOKEN-----\n";
}

struct Login
{
    LoginRunner::Outcome outcome = LoginRunner::Outcome::Failed;
    QString message;
    QString certPath;
    QString url;
};

Login runLogin(const QString& cloudflared)
{
    LoginRunner runner;
    runner.setPollIntervalMs(100); // polls many times while cloudflared is still starting
    std::optional<Login> login;
    QString url;
    QObject::connect(&runner, &LoginRunner::loginUrl, [&](const QString& shown) { url = shown; });
    QObject::connect(&runner, &LoginRunner::finished,
                     [&](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                         login = Login{outcome, message, certPath, url};
                     });
    runner.start(cloudflared);
    REQUIRE(test::waitUntil([&] { return login.has_value(); }, 30000));
    return *login;
}

// cloudflared as it starts on a slow or busy machine: nothing for `seconds`, then the stand-in.
QString slowCloudflared(const QString& seconds)
{
    const QString path = test::makeScratchDir(QStringLiteral("slow-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(
        path, QStringLiteral("#!/bin/sh\nsleep %1\nexec '%2' \"$@\"\n").arg(seconds, test::fakeCloudflared()).toUtf8());
    return path;
}

} // namespace

// cloudflared refuses to overwrite a cert.pem and exits 0; until it says so, the certificate that
// was already there must not pass for the browser login the user is being asked to complete.
TEST_CASE("a certificate that was there before the login is never reported as a new login", "[cloudflare][login]")
{
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    const QString cert = LoginRunner::expectedCertPath();
    test::writeFile(cert, pemWithToken("old-token-1111"));
    const QByteArray before = test::readFile(cert);

    const Login slow = runLogin(slowCloudflared(QStringLiteral("2")));
    INFO(slow.message.toStdString());
    CHECK(slow.outcome == LoginRunner::Outcome::ExistingCertificate);
    CHECK(slow.certPath == cert);
    CHECK(slow.message.contains(QLatin1String("already exists")));
    CHECK(test::readFile(cert) == before); // left as it was

    // A file that changes during the login is the login's: cloudflared that rewrites it in place
    // (same size, a new token) is reported as logged in.
    const QString rewriting = test::makeScratchDir(QStringLiteral("rewriting-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(rewriting, QStringLiteral("#!/bin/sh\nsleep 1\nprintf '%s' '%1' > '%2'\nexit 0\n")
                                         .arg(QString::fromLatin1(pemWithToken("new-token-2222")), cert)
                                         .toUtf8());
    const Login rewritten = runLogin(rewriting);
    INFO(rewritten.message.toStdString());
    CHECK(rewritten.outcome == LoginRunner::Outcome::LoggedIn);
    CHECK(test::readFile(cert) == pemWithToken("new-token-2222"));
}

// What cloudflared prints (it relays Cloudflare's words) ends up in the wizard and the terminal.
TEST_CASE("cloudflared's output reaches the user without terminal escapes", "[cloudflare][login][network]")
{
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    const QString hostile = test::makeScratchDir(QStringLiteral("hostile-cf")) + QStringLiteral("/cloudflared");
    test::writeExecutable(
        hostile, "#!/bin/sh\n"
                 "printf 'https://dash.cloudflare.com/argotunnel?aud=x\\033]8;;https://evil.example\\033\\\\\\n' >&2\n"
                 "printf 'ERR <a href=\"https://evil.example\">log in "
                 "here</a>\\033]8;;https://evil.example\\033\\\\click\\n' >&2\n"
                 "printf 'ERR \\033[2J\\342\\200\\256gnorw \\302\\233"
                 "31mfailed\\n' >&2\n"
                 "exit 1\n");
    const Login failed = runLogin(hostile);
    INFO(failed.message.toStdString());
    CHECK(failed.outcome == LoginRunner::Outcome::Failed);
    CHECK(failed.message.contains(QLatin1String("failed")));
    CHECK(test::activeCharacters(failed.message).isEmpty());
    CHECK(failed.url.startsWith(QLatin1String("https://dash.cloudflare.com/argotunnel?aud=x")));
    CHECK(test::activeCharacters(failed.url).isEmpty());
}
