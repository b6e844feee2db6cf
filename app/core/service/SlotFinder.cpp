#include "service/SlotFinder.h"

#include "cloudflare/CloudflareApi.h"
#include "cloudflare/CloudflareCredentials.h"
#include "tunnels/PasteParser.h"
#include "tunnels/Tunnel.h"

namespace colab {

void SlotFinder::find(SecretStore& store, const QString& text, const Done& done)
{
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok() || Tunnel::kindForHostname(parsed.hostname) != Tunnel::Kind::Named)
        return done(false, {});
    const QString hostname = parsed.hostname;
    CloudflareCredentials::load(store, [hostname, done](const CloudflareCredentials& credentials, const QString&) {
        if (!credentials.ok())
            return done(false, {});
        auto* api = new CloudflareApi(credentials.apiToken, credentials.endpoint);
        auto* manager = new SlotManager(api, api);
        api->setTimeoutMs(15000);
        QObject::connect(manager, &SlotManager::recognised, api,
                         [api, done](bool found, const SlotManager::Slot& slot) {
                             api->deleteLater();
                             done(found, slot);
                         });
        manager->recognise(hostname);
    });
}

} // namespace colab
