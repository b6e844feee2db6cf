#include "providers/RuntimeProvider.h"

#include "providers/CloudflareProvider.h"

namespace colab {

const RuntimeProvider& RuntimeProviders::of(const Tunnel& tunnel)
{
    // Registration: one line per provider, the most specific first.
    static const CloudflareProvider cloudflare;
    static const RuntimeProvider* const providers[] = {&cloudflare};
    for (const RuntimeProvider* provider : providers)
        if (provider->serves(tunnel))
            return *provider;
    return cloudflare;
}

} // namespace colab
