#include "CatchQt.h"
#include "TestEnv.h"
#include "cloudflare/CloudflareCredentials.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace colab;

namespace {

const QString kKeychainToken = QStringLiteral("cfut-SECRET-keychain-0001");
const QString kCertToken = QStringLiteral("cfut-SECRET-certpem-0002");

QString writeCert(const QByteArray& json)
{
    const QString path = test::makeScratchDir(QStringLiteral("cert")) + QStringLiteral("/cert.pem");
    test::writeFile(path,
                    "-----BEGIN ARGO TUNNEL TOKEN-----\n" + json.toBase64() + "\n-----END ARGO TUNNEL TOKEN-----\n");
    return path;
}

SecretStore::Result keychain(SecretStore::Status status, const QString& value = {})
{
    return SecretStore::Result{status, value, {}};
}

} // namespace

// Guards the one rule the CLI and the app share: the keychain's API token first, then cert.pem.
TEST_CASE("Cloudflare credentials come from the keychain first and from cert.pem otherwise", "[cloudflare][cert]")
{
    const QString path =
        writeCert(QStringLiteral(R"({"zoneID":"z1","accountID":"a1","apiToken":"%1"})").arg(kCertToken).toUtf8());
    qputenv("TUNNEL_ORIGIN_CERT", path.toUtf8());

    CloudflareCredentials fromKeychain;
    QString error;
    REQUIRE(CloudflareCredentials::choose(keychain(SecretStore::Status::Ok, kKeychainToken), &fromKeychain, &error));
    CHECK(fromKeychain.apiToken == kKeychainToken);
    CHECK(fromKeychain.accountId.isEmpty());
    CHECK(fromKeychain.source.contains(QStringLiteral("keychain")));

    for (const SecretStore::Status status :
         {SecretStore::Status::NotFound, SecretStore::Status::NoKeychain, SecretStore::Status::Failed}) {
        CloudflareCredentials fromCert;
        REQUIRE(CloudflareCredentials::choose(keychain(status), &fromCert, &error));
        CHECK(fromCert.apiToken == kCertToken);
        CHECK(fromCert.accountId == QStringLiteral("a1"));
        CHECK(fromCert.source == path);
    }

    // A copy has a buffer of its own: wiping one leaves the other intact.
    CloudflareCredentials original;
    REQUIRE(CloudflareCredentials::choose(keychain(SecretStore::Status::NotFound), &original, &error));
    {
        const CloudflareCredentials copy = original;
        CHECK(copy.apiToken == kCertToken);
    }
    CHECK(original.apiToken == kCertToken);
    qunsetenv("TUNNEL_ORIGIN_CERT");
}

TEST_CASE("no Cloudflare credentials is no error and a broken cert.pem is named without its token",
          "[cloudflare][cert]")
{
    qputenv("TUNNEL_ORIGIN_CERT",
            (test::makeScratchDir(QStringLiteral("none")) + QStringLiteral("/cert.pem")).toUtf8());
    CloudflareCredentials none;
    QString error;
    CHECK_FALSE(CloudflareCredentials::choose(keychain(SecretStore::Status::NotFound), &none, &error));
    CHECK_FALSE(none.ok());
    CHECK(error.isEmpty());

    const QString broken = writeCert(QStringLiteral(R"({"accountID":"a1","apiToken":"%1"})").arg(kCertToken).toUtf8());
    qputenv("TUNNEL_ORIGIN_CERT", broken.toUtf8());
    CHECK_FALSE(CloudflareCredentials::choose(keychain(SecretStore::Status::NotFound), &none, &error));
    CHECK_FALSE(none.ok());
    CHECK(error.contains(broken));
    CHECK_FALSE(error.contains(kCertToken));
    qunsetenv("TUNNEL_ORIGIN_CERT");
}

// Guards the rule that loading a secret protects the process by itself (dns-check and list --json
// once read cert.pem's token without it): afterwards no core dump can hold the token.
TEST_CASE("reading cert.pem's token makes the process write no core dump", "[cloudflare][cert][secrets]")
{
    // In a fresh process (this binary again): the protection lasts for the process, this test
    // process must stay as it is, and a fork() of a process with Qt's threads may hang in malloc.
    if (qEnvironmentVariableIsSet("COLAB_CORE_DUMP_CHILD")) {
        if (prctl(PR_GET_DUMPABLE) != 1)
            _exit(3); // nothing to prove: already protected
        CloudflareCredentials credentials;
        QString error;
        if (!CloudflareCredentials::choose(keychain(SecretStore::Status::NotFound), &credentials, &error))
            _exit(2);
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        _exit(prctl(PR_GET_DUMPABLE) == 0 && core.rlim_cur == 0 ? 0 : 1);
    }
    const QString path =
        writeCert(QStringLiteral(R"({"zoneID":"z1","accountID":"a1","apiToken":"%1"})").arg(kCertToken).toUtf8());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TUNNEL_ORIGIN_CERT"), path);
    environment.insert(QStringLiteral("COLAB_CORE_DUMP_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("reading cert.pem's token makes the process write no core dump")});
    REQUIRE(child.waitForFinished(60000));
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
}
