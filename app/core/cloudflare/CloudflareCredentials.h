#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace colab {

// What the app calls Cloudflare's API with: an API token kept in the keychain (`login
// --api-token-stdin`) first, else the token in cloudflared's cert.pem. One implementation for the
// command line (which waits) and the app (which must not). The token is a secret: each copy has a
// buffer of its own and is wiped when the holder goes; it never reaches a log or a message.
class CloudflareCredentials
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareCredentials)
public:
    QString apiToken;
    QString accountId; // cert.pem's account; empty for a keychain token
    QString source;    // "the API token in the keychain" or the cert.pem path, for messages
    QString endpoint;  // cert.pem's "endpoint" ("fed" for FedRAMP); CloudflareApi picks the API by it

    CloudflareCredentials() = default;
    CloudflareCredentials(const CloudflareCredentials& other);
    CloudflareCredentials& operator=(const CloudflareCredentials& other);
    ~CloudflareCredentials();

    bool ok() const { return !apiToken.isEmpty(); }

    // Once the keychain answered: its token, else cert.pem (from where cloudflared looks). False
    // with `error` empty when there are simply none; `error` names a malformed cert.pem.
    static bool choose(const SecretStore::Result& keychain, CloudflareCredentials* credentials, QString* error);

    // Asks `store` for the token (asynchronously), then choose(); `done` runs on the caller's thread
    // with credentials that are not ok() when there are none (then `error` may say why).
    using Callback = std::function<void(const CloudflareCredentials& credentials, const QString& error)>;
    static void load(SecretStore& store, const Callback& done);
};

} // namespace colab
