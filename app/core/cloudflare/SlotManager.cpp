#include "cloudflare/SlotManager.h"

#include "cloudflare/CloudflareApi.h"
#include "colab/RuntimeSsh.h"
#include "common/Text.h"
#include "secrets/SecretMemory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace colab {

SlotManager::SlotManager(CloudflareApi* api, QObject* parent) : QObject(parent), m_api(api) {}

SlotManager::~SlotManager()
{
    wipeSecret(m_slot.runToken);
}

void SlotManager::fail(const QString& message, const ApiReply& reply)
{
    rollBack(reply.errorText().isEmpty() ? message : message + QLatin1Char(' ') + reply.errorText());
}

void SlotManager::succeed(const QString& message)
{
    Slot done = m_slot;
    done.runToken = copySecret(m_slot.runToken);
    wipeSecret(m_slot.runToken);
    emit finished(true, message, done);
    wipeSecret(done.runToken);
}

void SlotManager::add(const QString& name, const QString& domain, const QString& accountHint,
                      const QString& knownTunnelId)
{
    m_slot = {};
    m_slot.name = name;
    m_slot.domain = normalisedDnsName(domain);
    m_slot.hostname = name + QLatin1Char('.') + m_slot.domain;
    m_slot.tunnelName = QStringLiteral("colab-") + name;
    m_slot.accountId = accountHint;
    m_knownTunnelId = knownTunnelId;
    m_triedTunnel = false;
    m_triedRecord = false;
    emit progress(tr("Looking up the zone %1...").arg(m_slot.domain));
    m_api->zoneByName(m_slot.domain, [this](const ApiReply& reply) {
        if (!reply.ok())
            return fail(tr("Cannot look up the zone %1:").arg(m_slot.domain), reply);
        const QJsonArray zones = reply.result.toArray();
        if (zones.isEmpty())
            return rollBack(tr("%1 is not a zone of this Cloudflare account. Add the domain in Cloudflare's "
                               "dashboard (and check it with: colab-tunnel dns-check %1).")
                                .arg(m_slot.domain));
        const QJsonObject zone = zones.first().toObject();
        m_slot.zoneId = zone.value(QStringLiteral("id")).toString();
        m_slot.zoneStatus = zone.value(QStringLiteral("status")).toString();
        const QString zoneAccount =
            zone.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString();
        if (m_slot.accountId.isEmpty())
            m_slot.accountId = zoneAccount;
        if (m_slot.accountId.isEmpty())
            return rollBack(tr("Cloudflare did not say which account %1 belongs to.").arg(m_slot.domain));
        if (m_slot.zoneStatus != QLatin1String("active"))
            emit progress(tr("Note: the zone %1 is %2, not active yet; the hostname works once its name servers "
                             "are Cloudflare's (colab-tunnel dns-check %1).")
                              .arg(m_slot.domain, inertNetworkText(m_slot.zoneStatus, 40)));
        findRecords();
    });
}

void SlotManager::findRecords()
{
    emit progress(tr("Checking the DNS records of %1...").arg(m_slot.hostname));
    m_api->dnsRecords(m_slot.zoneId, m_slot.hostname, [this](const ApiReply& reply) {
        if (!reply.ok())
            return fail(tr("Cannot read the DNS records of %1:").arg(m_slot.hostname), reply);
        QString existingTarget;
        for (const QJsonValue& value : reply.result.toArray()) {
            const QJsonObject record = value.toObject();
            if (normalisedDnsName(record.value(QStringLiteral("name")).toString()) != m_slot.hostname)
                continue;
            const QString type = record.value(QStringLiteral("type")).toString();
            const QString content = normalisedDnsName(record.value(QStringLiteral("content")).toString());
            if (type == QLatin1String("CNAME") && content.endsWith(QLatin1String(".cfargotunnel.com"))) {
                existingTarget = content;
                m_slot.recordId = record.value(QStringLiteral("id")).toString();
                m_slot.recordComment = record.value(QStringLiteral("comment")).toString();
                continue;
            }
            return rollBack(tr("%1 already has a %2 record (%3) that is not this app's; it was left unchanged. "
                               "Choose another slot name, or remove that record in Cloudflare's dashboard.")
                                .arg(m_slot.hostname, type, inertNetworkText(content, 100)));
        }
        findTunnel(existingTarget);
    });
}

void SlotManager::findTunnel(const QString& existingTarget)
{
    m_api->listTunnels(m_slot.accountId, m_slot.tunnelName, [this, existingTarget](const ApiReply& reply) {
        if (!reply.ok())
            return fail(tr("Cannot list the account's tunnels:"), reply);
        QJsonObject found;
        for (const QJsonValue& value : reply.result.toArray()) {
            const QJsonObject tunnel = value.toObject();
            if (tunnel.value(QStringLiteral("name")).toString() == m_slot.tunnelName &&
                tunnel.value(QStringLiteral("deleted_at")).toString().isEmpty())
                found = tunnel;
        }
        if (found.isEmpty())
            return dropOrphanRecord(existingTarget);
        m_slot.tunnelId = found.value(QStringLiteral("id")).toString();
        if (!CloudflareApi::isSafeId(m_slot.tunnelId))
            return rollBack(tr("Cloudflare's tunnel list names %1 with a malformed id.").arg(m_slot.tunnelName));
        checkOwnership(existingTarget, found);
    });
}

// A same-named tunnel is reused only when it is ours; anything else is refused untouched.
void SlotManager::checkOwnership(const QString& existingTarget, const QJsonObject& tunnel)
{
    const QString target = CloudflareApi::tunnelTarget(m_slot.tunnelId).toLower();
    if (!existingTarget.isEmpty() && existingTarget != target) {
        m_slot.recordId.clear();
        return rollBack(tr("%1 already points at another tunnel (%2), not %3; it was left unchanged. Choose "
                           "another slot name, or remove that record in Cloudflare's dashboard.")
                            .arg(m_slot.hostname, inertNetworkText(existingTarget, 100), m_slot.tunnelName));
    }
    const auto reuse = [this] {
        emit progress(tr("Reusing the tunnel %1 (%2).").arg(m_slot.tunnelName, m_slot.tunnelId));
        configure();
    };
    if (existingTarget == target || m_slot.tunnelId == m_knownTunnelId)
        return reuse();
    const QString created = tunnel.value(QStringLiteral("created_at")).toString();
    m_api->tunnelConfiguration(m_slot.accountId, m_slot.tunnelId, [this, created, reuse](const ApiReply& reply) {
        if (!reply.ok())
            return fail(tr("Cannot read the configuration of the tunnel %1:").arg(m_slot.tunnelName), reply);
        const QJsonArray ingress = reply.result.toObject()
                                       .value(QStringLiteral("config"))
                                       .toObject()
                                       .value(QStringLiteral("ingress"))
                                       .toArray();
        const QJsonObject first = ingress.at(0).toObject();
        if (normalisedDnsName(first.value(QStringLiteral("hostname")).toString()) == m_slot.hostname &&
            first.value(QStringLiteral("service")).toString().startsWith(QLatin1String("ssh://localhost:")))
            return reuse();
        const QString id = m_slot.tunnelId;
        m_slot.tunnelId.clear(); // not ours: nothing below may touch it
        rollBack(tr("The account already has a tunnel called %1 (id %2, created %3) that Colab Tunnel did not make "
                    "for %4; it was left unchanged and its run token was not read. Choose another slot name, or "
                    "rename or delete that tunnel in Cloudflare's dashboard (Zero Trust ▸ Networks ▸ Tunnels).")
                     .arg(m_slot.tunnelName, id,
                          created.isEmpty() ? tr("at an unknown time") : inertNetworkText(created, 40),
                          m_slot.hostname));
    });
}

// No tunnel of that name: a CNAME of ours still pointing at a deleted tunnel is a leftover of an
// earlier run (its tunnel is gone) and is replaced; any other is refused by findTunnel's rule.
void SlotManager::dropOrphanRecord(const QString& existingTarget)
{
    if (existingTarget.isEmpty())
        return createTunnel();
    const QString oldId = existingTarget.section(QLatin1Char('.'), 0, 0);
    if (m_slot.recordComment != CloudflareApi::recordComment() || !CloudflareApi::isSafeId(oldId)) {
        m_slot.recordId.clear();
        return rollBack(tr("%1 already points at another tunnel (%2), not %3; it was left unchanged. Choose "
                           "another slot name, or remove that record in Cloudflare's dashboard.")
                            .arg(m_slot.hostname, inertNetworkText(existingTarget, 100), m_slot.tunnelName));
    }
    m_api->tunnelById(m_slot.accountId, oldId, [this, existingTarget](const ApiReply& reply) {
        if (reply.ok()) {
            m_slot.recordId.clear();
            return rollBack(tr("%1 points at the tunnel %2, which is not %3; it was left unchanged. Choose another "
                               "slot name, or remove that record in Cloudflare's dashboard.")
                                .arg(m_slot.hostname, inertNetworkText(existingTarget, 100), m_slot.tunnelName));
        }
        if (reply.httpStatus != 404)
            return fail(tr("Cannot look up the tunnel %1 points at:").arg(m_slot.hostname), reply);
        emit progress(
            tr("Deleting the DNS record %1 left by an earlier slot (its tunnel is gone)...").arg(m_slot.hostname));
        m_api->deleteDnsRecord(m_slot.zoneId, m_slot.recordId, [this](const ApiReply& deleted) {
            if (!deleted.ok() && deleted.httpStatus != 404)
                return fail(tr("Cannot delete the old DNS record of %1:").arg(m_slot.hostname), deleted);
            m_slot.recordId.clear();
            createTunnel();
        });
    });
}

void SlotManager::createTunnel()
{
    emit progress(tr("Creating the tunnel %1...").arg(m_slot.tunnelName));
    m_triedTunnel = true;
    m_api->createTunnel(m_slot.accountId, m_slot.tunnelName, [this](const ApiReply& created) {
        if (created.ok()) {
            m_slot.tunnelId = created.result.toObject().value(QStringLiteral("id")).toString();
            m_slot.createdTunnel = true;
            if (!CloudflareApi::isSafeId(m_slot.tunnelId))
                return rollBack(tr("Cloudflare's answer did not name the new tunnel's id."));
            return configure();
        }
        // The create may have been done although its answer says otherwise (sent twice after a lost
        // answer: "already exists"): a tunnel of that name that was not there before is this run's.
        m_api->listTunnels(m_slot.accountId, m_slot.tunnelName, [this, created](const ApiReply& listed) {
            for (const QJsonValue& value : listed.result.toArray()) {
                const QJsonObject tunnel = value.toObject();
                if (listed.ok() && tunnel.value(QStringLiteral("name")).toString() == m_slot.tunnelName &&
                    CloudflareApi::isSafeId(tunnel.value(QStringLiteral("id")).toString())) {
                    m_slot.tunnelId = tunnel.value(QStringLiteral("id")).toString();
                    m_slot.createdTunnel = true;
                    return configure();
                }
            }
            fail(tr("Cannot create the tunnel %1:").arg(m_slot.tunnelName), created);
        });
    });
}

void SlotManager::configure()
{
    emit progress(tr("Routing %1 to %2...").arg(m_slot.hostname, runtimeSshService()));
    m_api->putSshIngress(m_slot.accountId, m_slot.tunnelId, m_slot.hostname, [this](const ApiReply& reply) {
        if (!reply.ok())
            return fail(tr("Cannot set the tunnel's ingress rules:"), reply);
        addCname(m_slot.recordId.isEmpty());
    });
}

void SlotManager::addCname(bool needed)
{
    if (!needed) {
        emit progress(
            tr("Reusing the DNS record %1 → %2.").arg(m_slot.hostname, CloudflareApi::tunnelTarget(m_slot.tunnelId)));
        return fetchToken();
    }
    createCname();
}

void SlotManager::createCname()
{
    emit progress(
        tr("Creating the DNS record %1 → %2...").arg(m_slot.hostname, CloudflareApi::tunnelTarget(m_slot.tunnelId)));
    m_triedRecord = true;
    m_api->createTunnelCname(m_slot.zoneId, m_slot.hostname, m_slot.tunnelId, [this](const ApiReply& reply) {
        if (reply.ok()) {
            m_slot.recordId = reply.result.toObject().value(QStringLiteral("id")).toString();
            m_slot.createdRecord = true;
            return fetchToken();
        }
        // As for the tunnel: a record the lost first answer made is there now, pointing at our tunnel.
        m_api->dnsRecords(m_slot.zoneId, m_slot.hostname, [this, reply](const ApiReply& listed) {
            for (const QJsonValue& value : listed.result.toArray()) {
                const QJsonObject record = value.toObject();
                if (listed.ok() && record.value(QStringLiteral("type")).toString() == QLatin1String("CNAME") &&
                    normalisedDnsName(record.value(QStringLiteral("content")).toString()) ==
                        CloudflareApi::tunnelTarget(m_slot.tunnelId).toLower()) {
                    m_slot.recordId = record.value(QStringLiteral("id")).toString();
                    m_slot.createdRecord = true;
                    return fetchToken();
                }
            }
            fail(tr("Cannot create the DNS record for %1:").arg(m_slot.hostname), reply);
        });
    });
}

void SlotManager::fetchToken()
{
    m_api->tunnelToken(m_slot.accountId, m_slot.tunnelId, [this](const ApiReply& reply) {
        if (!reply.ok() || !reply.result.isString() || reply.result.toString().isEmpty())
            return fail(tr("Cannot fetch the tunnel's run token:"), reply);
        m_slot.runToken = copySecret(reply.result.toString());
        succeed(tr("Slot %1 is ready: %2 → tunnel %3 (%4).")
                    .arg(m_slot.name, m_slot.hostname, m_slot.tunnelName, m_slot.tunnelId));
    });
}

// Undoes what this run created (record first, then the tunnel), so nothing is left half-made. What
// to delete is found by lookup: a create whose answer was lost still made something.
void SlotManager::rollBack(const QString& reason)
{
    const auto report = [this, reason](const QString& undone) {
        Slot failed = m_slot;
        failed.runToken.clear();
        emit finished(false, undone.isEmpty() ? reason : reason + QLatin1Char(' ') + undone, failed);
    };
    const auto dropTunnel = [this, report](const QString& soFar) {
        if (!m_triedTunnel)
            return report(soFar);
        m_api->listTunnels(m_slot.accountId, m_slot.tunnelName, [this, report, soFar](const ApiReply& listed) {
            QString id;
            for (const QJsonValue& value : listed.result.toArray())
                if (value.toObject().value(QStringLiteral("name")).toString() == m_slot.tunnelName)
                    id = value.toObject().value(QStringLiteral("id")).toString();
            if (listed.ok() && id.isEmpty())
                return report(soFar);
            if (!listed.ok() || !CloudflareApi::isSafeId(id))
                return report(soFar + tr("Whether the tunnel %1 was made could not be checked (%2); run the same "
                                         "slot add again to finish it, or slot remove to delete it.")
                                          .arg(m_slot.tunnelName, listed.errorText()));
            m_api->deleteTunnel(m_slot.accountId, id, [this, report, soFar](const ApiReply& reply) {
                report(reply.ok()
                           ? soFar + tr("The tunnel %1 this run created was deleted again.").arg(m_slot.tunnelName)
                           : soFar + tr("The tunnel %1 this run created could not be deleted (%2); run the "
                                        "same slot add again to finish it, or slot remove to delete it.")
                                         .arg(m_slot.tunnelName, reply.errorText()));
            });
        });
    };
    if (!m_triedRecord || !CloudflareApi::isSafeId(m_slot.tunnelId))
        return dropTunnel({});
    m_api->dnsRecords(m_slot.zoneId, m_slot.hostname, [this, dropTunnel](const ApiReply& listed) {
        QString id;
        for (const QJsonValue& value : listed.result.toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("type")).toString() == QLatin1String("CNAME") &&
                normalisedDnsName(record.value(QStringLiteral("content")).toString()) ==
                    CloudflareApi::tunnelTarget(m_slot.tunnelId).toLower())
                id = record.value(QStringLiteral("id")).toString();
        }
        if (listed.ok() && id.isEmpty())
            return dropTunnel({});
        if (!listed.ok() || !CloudflareApi::isSafeId(id))
            return dropTunnel(tr("The DNS record %1 this run may have created could not be checked (%2). ")
                                  .arg(m_slot.hostname, listed.errorText()));
        m_api->deleteDnsRecord(m_slot.zoneId, id, [this, dropTunnel](const ApiReply& reply) {
            dropTunnel(reply.ok() ? tr("The DNS record this run created was deleted again. ")
                                  : tr("The DNS record %1 this run created could not be deleted (%2). ")
                                        .arg(m_slot.hostname, reply.errorText()));
        });
    });
}

void SlotManager::recognise(const QString& hostname)
{
    m_slot = {};
    m_slot.hostname = normalisedDnsName(hostname);
    m_slot.name = m_slot.hostname.section(QLatin1Char('.'), 0, 0);
    m_slot.domain = m_slot.hostname.section(QLatin1Char('.'), 1);
    m_slot.tunnelName = QStringLiteral("colab-") + m_slot.name;
    const auto notSlot = [this] {
        emit recognised(false, m_slot);
    };
    if (m_slot.domain.isEmpty())
        return notSlot();
    m_api->zoneByName(m_slot.domain, [this, notSlot](const ApiReply& zones) {
        const QJsonObject zone = zones.result.toArray().at(0).toObject();
        m_slot.zoneId = zone.value(QStringLiteral("id")).toString();
        m_slot.accountId = zone.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString();
        if (!zones.ok() || !CloudflareApi::isSafeId(m_slot.zoneId) || !CloudflareApi::isSafeId(m_slot.accountId))
            return notSlot();
        m_api->dnsRecords(m_slot.zoneId, m_slot.hostname, [this, notSlot](const ApiReply& records) {
            for (const QJsonValue& value : records.result.toArray()) {
                const QJsonObject record = value.toObject();
                const QString content = normalisedDnsName(record.value(QStringLiteral("content")).toString());
                if (record.value(QStringLiteral("type")).toString() == QLatin1String("CNAME") &&
                    normalisedDnsName(record.value(QStringLiteral("name")).toString()) == m_slot.hostname &&
                    content.endsWith(QLatin1String(".cfargotunnel.com"))) {
                    m_slot.tunnelId = content.section(QLatin1Char('.'), 0, 0);
                    m_slot.recordId = record.value(QStringLiteral("id")).toString();
                }
            }
            if (!records.ok() || !CloudflareApi::isSafeId(m_slot.tunnelId))
                return notSlot();
            m_api->tunnelById(m_slot.accountId, m_slot.tunnelId, [this, notSlot](const ApiReply& tunnel) {
                if (!tunnel.ok() ||
                    tunnel.result.toObject().value(QStringLiteral("name")).toString() != m_slot.tunnelName)
                    return notSlot();
                emit recognised(true, m_slot);
            });
        });
    });
}

void SlotManager::remove(const Slot& slot)
{
    m_slot = slot;
    emit progress(tr("Looking for the DNS record of %1...").arg(m_slot.hostname));
    m_api->dnsRecords(m_slot.zoneId, m_slot.hostname, [this](const ApiReply& reply) {
        if (!reply.ok())
            return emit finished(
                false, tr("Cannot read the DNS records of %1: %2").arg(m_slot.hostname, reply.errorText()), m_slot);
        QString ours;
        for (const QJsonValue& value : reply.result.toArray()) {
            const QJsonObject record = value.toObject();
            if (record.value(QStringLiteral("type")).toString() == QLatin1String("CNAME") &&
                normalisedDnsName(record.value(QStringLiteral("name")).toString()) == m_slot.hostname &&
                normalisedDnsName(record.value(QStringLiteral("content")).toString()) ==
                    CloudflareApi::tunnelTarget(m_slot.tunnelId).toLower())
                ours = record.value(QStringLiteral("id")).toString();
        }
        const auto deleteTunnel = [this] {
            emit progress(tr("Deleting the tunnel %1 (its connections first)...").arg(m_slot.tunnelId));
            m_api->deleteTunnel(m_slot.accountId, m_slot.tunnelId, [this](const ApiReply& deleted) {
                if (!deleted.ok() && deleted.httpStatus != 404)
                    return emit finished(
                        false, tr("Cannot delete the tunnel %1: %2").arg(m_slot.tunnelId, deleted.errorText()), m_slot);
                emit finished(true,
                              tr("Removed the slot %1: its DNS record and tunnel are deleted.").arg(m_slot.hostname),
                              m_slot);
            });
        };
        if (ours.isEmpty())
            return deleteTunnel();
        emit progress(tr("Deleting the DNS record %1...").arg(m_slot.hostname));
        m_api->deleteDnsRecord(m_slot.zoneId, ours, [this, deleteTunnel](const ApiReply& deleted) {
            if (!deleted.ok() && deleted.httpStatus != 404)
                return emit finished(
                    false, tr("Cannot delete the DNS record %1: %2").arg(m_slot.hostname, deleted.errorText()), m_slot);
            deleteTunnel();
        });
    });
}

} // namespace colab
