#include "service/SlotSetup.h"

#include "cloudflare/CloudflareApi.h"
#include "secrets/SecretMemory.h"
#include "service/SlotKeys.h"
#include "tunnels/Validation.h"

namespace colab {

SlotSetup::SlotSetup(SecretStore& secrets, QObject* parent) : QObject(parent), m_secrets(secrets) {}

SlotSetup::~SlotSetup()
{
    cancel();
}

void SlotSetup::cancel()
{
    ++m_generation;
    m_running = false;
    // The manager first: its pending callbacks point into the API.
    delete m_manager;
    m_manager = nullptr;
    m_api.reset();
}

QString SlotSetup::refusal(const Tunnel* known, const QString& name, const QString& domain)
{
    const Validated hostname = validateHostname(name + QLatin1Char('.') + domain);
    if (!hostname.ok())
        return hostname.error;
    if (known && known->hostname != hostname.value)
        return tr("The name %1 is already used for %2; choose another slot name or remove that runtime first.")
            .arg(name, known->hostname);
    return {};
}

void SlotSetup::add(const CloudflareCredentials& credentials, const QString& name, const QString& domain,
                    const QString& knownTunnelId, StoreSlot store)
{
    cancel();
    m_running = true;
    m_store = std::move(store);
    m_api = std::make_unique<CloudflareApi>(credentials.apiToken, credentials.endpoint);
    connect(m_api.get(), &CloudflareApi::waiting, this, [this](int, const QString& reason) { emit waiting(reason); });
    m_manager = new SlotManager(m_api.get());
    connect(m_manager, &SlotManager::progress, this, &SlotSetup::progress);
    connect(m_manager, &SlotManager::finished, this, &SlotSetup::onMade);
    m_manager->add(name, domain, credentials.accountId, knownTunnelId);
}

void SlotSetup::finish(bool ok, const QString& message, const QString& hostname)
{
    m_running = false;
    emit finished(ok, message, hostname);
}

void SlotSetup::onMade(bool ok, const QString& message, const SlotManager::Slot& slot)
{
    m_manager->deleteLater();
    m_manager = nullptr;
    if (!ok)
        return finish(false, message, slot.hostname);
    const int generation = m_generation;
    const QPointer<SlotSetup> self(this);
    // The run token lives only in the keychain (not kept: it is fetched again when asked for).
    QString token = copySecret(slot.runToken);
    m_secrets.write(SlotManager::runTokenKey(slot.name), token, [](const SecretStore::Result&) {});
    wipeSecret(token);
    emit progress(tr("Adding %1 to Colab Tunnel…").arg(slot.hostname));
    m_store(slot.hostname, slot.name, {slot.tunnelId, slot.accountId, slot.zoneId},
            [self, generation, message, slot](bool stored, const QString& why) {
                if (!self || generation != self->m_generation)
                    return;
                if (!stored)
                    return self->finish(
                        false, tr("%1 The slot exists at Cloudflare; run the same slot add again to finish.").arg(why),
                        slot.hostname);
                // After the store: a runtime whose hostname changed has its known-hosts file cleared there.
                emit self->progress(tr("Pinning the slot's own host key…"));
                SlotKeys::ensure(self->m_secrets, slot.name, slot.hostname, TunnelRepository::knownHostsFile(slot.name),
                                 [self, generation, message, slot](const SlotKeys::Pinned& pinned) {
                                     if (!self || generation != self->m_generation)
                                         return;
                                     if (!pinned.ok)
                                         return self->finish(false,
                                                             tr("%1 The slot exists at Cloudflare; run the same slot "
                                                                "add again to finish.")
                                                                 .arg(pinned.message),
                                                             slot.hostname);
                                     self->finish(true, message + QLatin1Char('\n') + pinned.message, slot.hostname);
                                 });
            });
}

void SlotSetup::colabSecret(SecretStore& secrets, const Tunnel& slot, const SecretDone& done)
{
    const QString name = slot.name;
    const auto withHostKey = [&secrets, name, done](QString token) {
        SlotKeys::colabSecret(secrets, name, token,
                              [done](const QString& secret, const QString& note) { done(secret, {}, note); });
        wipeSecret(token);
    };
    secrets.read(SlotManager::runTokenKey(name), [&secrets, slot, withHostKey, done](const SecretStore::Result& kept) {
        SecretStore::Result spent = kept;
        if (kept.ok() && !kept.value.isEmpty()) {
            QString token = copySecret(kept.value);
            wipeSecret(spent.value);
            return withHostKey(token);
        }
        // Not kept yet (or the keychain was unavailable at slot add): fetch it now and keep it.
        if (slot.tunnelId.isEmpty())
            return done({}, tr("%1 is not a tunnel slot of this app.").arg(slot.name), {});
        CloudflareCredentials::load(secrets, [&secrets, slot, withHostKey,
                                              done](const CloudflareCredentials& credentials, const QString&) {
            if (!credentials.ok())
                return done({}, tr("Not logged in to Cloudflare, so the run token cannot be fetched again."), {});
            auto* api = new CloudflareApi(credentials.apiToken, credentials.endpoint);
            api->tunnelToken(
                slot.accountId, slot.tunnelId, [&secrets, api, slot, withHostKey, done](const ApiReply& reply) {
                    api->deleteLater();
                    if (!reply.ok() || !reply.result.isString() || reply.result.toString().isEmpty())
                        return done({}, tr("Cannot fetch the run token of %1: %2").arg(slot.name, reply.errorText()),
                                    {});
                    QString token = copySecret(reply.result.toString());
                    secrets.write(SlotManager::runTokenKey(slot.name), token, [](const SecretStore::Result&) {});
                    withHostKey(token);
                });
        });
    });
}

} // namespace colab
