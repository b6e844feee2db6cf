#include "cloudflare/SlotIngress.h"

#include "cloudflare/CloudflareApi.h"
#include "colab/RuntimeSsh.h"
#include "common/Text.h"

#include <QJsonArray>
#include <QJsonObject>

namespace colab {

void SlotIngress::update(CloudflareApi* api, const QString& accountId, const QString& tunnelId, const QString& hostname,
                         const std::function<void(Outcome)>& done)
{
    api->tunnelConfiguration(accountId, tunnelId, [api, accountId, tunnelId, hostname, done](const ApiReply& reply) {
        if (!reply.ok())
            return done(Outcome::Failed);
        const QJsonObject first = reply.result.toObject()
                                      .value(QStringLiteral("config"))
                                      .toObject()
                                      .value(QStringLiteral("ingress"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QString service = first.value(QStringLiteral("service")).toString();
        if (normalisedDnsName(first.value(QStringLiteral("hostname")).toString()) != normalisedDnsName(hostname) ||
            !service.startsWith(QLatin1String("ssh://localhost:")))
            return done(Outcome::NotOurs);
        if (service == runtimeSshService())
            return done(Outcome::Current);
        api->putSshIngress(accountId, tunnelId, normalisedDnsName(hostname),
                           [done](const ApiReply& put) { done(put.ok() ? Outcome::Moved : Outcome::Failed); });
    });
}

} // namespace colab
