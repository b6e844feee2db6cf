#pragma once

#include "cloudflare/SlotManager.h"
#include "secrets/SecretStore.h"

#include <QString>
#include <functional>

namespace colab {

// Adding a hostname that is one of the account's slots (say, after the runtime was removed and is
// added again) must give back the slot, not make a plain runtime of it: its ids, so that slot token
// and the live status work, and its pinned host key. Quick tunnels and hostnames without Cloudflare
// credentials are simply not slots; nothing here changes anything at Cloudflare.
class SlotFinder
{
public:
    using Done = std::function<void(bool found, const SlotManager::Slot& slot)>;
    // `text`: what is being added (a hostname, a link, Colab's output). `done` runs on the caller's
    // thread, at once when it names no hostname of a domain; `store` must outlive the call.
    static void find(SecretStore& store, const QString& text, const Done& done);
};

} // namespace colab
