#pragma once

#include "cloudflare/CloudflareCredentials.h"
#include "cloudflare/SlotManager.h"
#include "secrets/SecretStore.h"
#include "service/TunnelRepository.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace colab {

class CloudflareApi;

// The slot use cases, once for both front ends (the setup wizard through SetupAssistant, and
// `colab-tunnel slot add|token`): make the slot at Cloudflare, keep its run token in the keychain,
// store it as a runtime (how is the caller's: the CLI writes the store itself, the GUI asks the
// service), then make and pin its own host key; and the value of its Colab secret.
class SlotSetup : public QObject
{
    Q_OBJECT
public:
    // Stores the made slot as a runtime; calls `stored` when done (at once or later).
    using StoreSlot =
        std::function<void(const QString& hostname, const QString& name, const TunnelRepository::CloudflareIds& ids,
                           std::function<void(bool ok, const QString& message)> stored)>;

    // `secrets` is borrowed and outlives this object.
    explicit SlotSetup(SecretStore& secrets, QObject* parent = nullptr);
    ~SlotSetup() override;

    // Why NAME.DOMAIN cannot be made a slot (an invalid hostname, or the name taken by the runtime
    // `known` for another hostname); empty when it can.
    static QString refusal(const Tunnel* known, const QString& name, const QString& domain);
    // `knownTunnelId`: the tunnel the store has for this name, when it has one (it is ours).
    void add(const CloudflareCredentials& credentials, const QString& name, const QString& domain,
             const QString& knownTunnelId, StoreSlot store);
    // Nothing more is sent or reported.
    void cancel();
    bool running() const { return m_running; }

    // The value of the slot's Colab secret (run token and host key): the run token from the
    // keychain, else fetched again with the account's credentials (read only then) and kept. `note`
    // is set when the slot has no host key yet. Runs `done` on the caller's thread; `secrets` must
    // outlive the call.
    using SecretDone = std::function<void(const QString& secret, const QString& error, const QString& note)>;
    static void colabSecret(SecretStore& secrets, const Tunnel& slot, const SecretDone& done);

signals:
    void progress(const QString& step);
    // Cloudflare asked us to wait (429) or a request is retried.
    void waiting(const QString& reason);
    void finished(bool ok, const QString& message, const QString& hostname);

private:
    void onMade(bool ok, const QString& message, const SlotManager::Slot& slot);
    void finish(bool ok, const QString& message, const QString& hostname);

    SecretStore& m_secrets;
    std::unique_ptr<CloudflareApi> m_api;
    SlotManager* m_manager = nullptr;
    StoreSlot m_store;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace colab
