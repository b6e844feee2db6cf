#include "CatchQt.h"
#include "TestEnv.h"
#include "cloudflare/CloudflareCredentials.h"

#include <catch2/catch.hpp>

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
