#pragma once

#include <QString>
#include <functional>

namespace colab {

class CloudflareApi;

// Moves a slot made by an earlier version (ingress NAME.DOMAIN → ssh://localhost:22) to where the
// Colab cell's own sshd listens now (runtimeSshService()). The app owns a slot's configuration, so
// it rewrites it, but only when it is still exactly what the app wrote: the first rule routes the
// slot's hostname to an ssh://localhost port. A configuration someone changed is left alone.
class SlotIngress
{
public:
    enum class Outcome { Current, Moved, NotOurs, Failed };

    // `api` must outlive the call's answer (it is the caller's child).
    static void update(CloudflareApi* api, const QString& accountId, const QString& tunnelId, const QString& hostname,
                       const std::function<void(Outcome)>& done);
};

} // namespace colab
