#include "cloudflare/CloudflareCredentials.h"

#include "cloudflare/OriginCert.h"
#include "secrets/SecretMemory.h"

namespace colab {

CloudflareCredentials::CloudflareCredentials(const CloudflareCredentials& other)
    : apiToken(copySecret(other.apiToken)), accountId(other.accountId), source(other.source), endpoint(other.endpoint)
{
}

CloudflareCredentials& CloudflareCredentials::operator=(const CloudflareCredentials& other)
{
    if (this != &other) {
        wipeSecret(apiToken);
        apiToken = copySecret(other.apiToken);
        accountId = other.accountId;
        source = other.source;
        endpoint = other.endpoint;
    }
    return *this;
}

CloudflareCredentials::~CloudflareCredentials()
{
    wipeSecret(apiToken);
}

bool CloudflareCredentials::choose(const SecretStore::Result& keychain, CloudflareCredentials* credentials,
                                   QString* error)
{
    if (keychain.ok() && !keychain.value.isEmpty()) {
        wipeSecret(credentials->apiToken);
        credentials->apiToken = copySecret(keychain.value);
        credentials->accountId.clear();
        credentials->endpoint.clear();
        credentials->source = tr("the API token in the keychain");
        return true;
    }
    const QString path = OriginCert::find();
    if (path.isEmpty())
        return false;
    protectProcessHoldingSecrets(); // cert.pem holds an API token

    OriginCert cert;
    if (!OriginCert::load(path, &cert, error)) {
        wipeSecret(cert.apiToken);
        return false;
    }
    wipeSecret(credentials->apiToken);
    credentials->apiToken = copySecret(cert.apiToken);
    wipeSecret(cert.apiToken);
    credentials->accountId = cert.accountId;
    credentials->endpoint = cert.endpoint;
    credentials->source = path;
    return true;
}

void CloudflareCredentials::load(SecretStore& store, const Callback& done)
{
    store.read(QLatin1String(SecretStore::kCloudflareTokenKey), [done](const SecretStore::Result& result) {
        CloudflareCredentials credentials;
        QString error;
        choose(result, &credentials, &error);
        SecretStore::Result spent = result; // shares the keychain's buffer: wiping it reaches that one
        wipeSecret(spent.value);
        if (done)
            done(credentials, error);
    });
}

} // namespace colab
