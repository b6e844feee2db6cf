#include "cloudflare/DnsChecker.h"

#include "cloudflare/CloudflareApi.h"
#include "common/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace colab {

namespace {
constexpr int kNsType = 2;

// RFC 8484's JSON "Status" is the DNS RCODE of the answer.
constexpr int kRcodeNoError = 0;
constexpr int kRcodeServFail = 2;
constexpr int kRcodeNxDomain = 3;
constexpr int kRcodeRefused = 5;

// A name from a resolver's or Cloudflare's answer, as the user may see it: inert, normalised, and
// every byte a host name cannot hold written as DNS presentation format writes it (\060 for '<'):
// no markup, no escape sequence, and still exactly what the answer said.
QString dnsNameFromNetwork(const QString& data)
{
    const QByteArray bytes = normalisedDnsName(inertNetworkText(data, 255)).toUtf8();
    QString shown;
    for (const char byte : bytes) {
        const auto c = uchar(byte);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')
            shown += QLatin1Char(byte);
        else
            shown += QStringLiteral("\\%1").arg(int(c), 3, 10, QLatin1Char('0'));
    }
    return shown;
}

QStringList sortedSet(QStringList names)
{
    for (QString& name : names)
        name = dnsNameFromNetwork(name);
    names.removeAll(QString());
    names.removeDuplicates();
    names.sort();
    return names;
}
} // namespace

DnsChecker::DnsChecker(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

QString DnsChecker::dohUrl()
{
    return qEnvironmentVariable("COLAB_TUNNEL_DOH_URL", QStringLiteral("https://cloudflare-dns.com/dns-query"));
}

bool DnsChecker::isCloudflareNameServer(const QString& name)
{
    // Host names only: "<a href=…>x</a>.ns.cloudflare.com" ends the same way but is no name server.
    static const QRegularExpression cloudflare(
        QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+ns\\.cloudflare\\.com$"));
    return cloudflare.match(normalisedDnsName(name)).hasMatch();
}

void DnsChecker::check(const QString& domain, CloudflareApi* api)
{
    m_api = api;
    m_result = {};
    m_result.domain = normalisedDnsName(domain);
    QUrl url(dohUrl());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), m_result.domain);
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("NS"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/dns-json");
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue status = answer.value(QStringLiteral("Status"));
        if (reply->error() != QNetworkReply::NoError || !status.isDouble()) {
            m_result.problems << tr("The DNS-over-HTTPS resolver (%1) did not answer: %2")
                                     .arg(dohUrl(), reply->error() != QNetworkReply::NoError
                                                        ? inertNetworkText(reply->errorString())
                                                        : tr("its reply is not DNS JSON"));
            return checkZone();
        }
        readAnswer(status.toInt(), answer.value(QStringLiteral("Answer")).toArray());
        checkZone();
    });
}

void DnsChecker::readAnswer(int rcode, const QJsonArray& records)
{
    // Only an answer about the domain counts as one: a failing resolver says nothing about it.
    m_result.dnsAnswered = rcode == kRcodeNoError || rcode == kRcodeNxDomain;
    switch (rcode) {
    case kRcodeNoError:
        break;
    case kRcodeNxDomain:
        m_result.problems << tr("%1 does not exist in public DNS (NXDOMAIN): check the spelling, and that the domain "
                                "is registered and not expired at your registrar.")
                                 .arg(m_result.domain);
        return;
    case kRcodeServFail:
        m_result.problems << tr("Public DNS could not look up %1: the resolver (%2) failed (SERVFAIL). This says "
                                "nothing about whether the domain exists. It is often broken DNSSEC: a DS record at "
                                "your registrar that does not match Cloudflare's (remove it there, or enable DNSSEC "
                                "in Cloudflare and copy its DS record). Otherwise try again in a few minutes.")
                                 .arg(m_result.domain, dohUrl());
        return;
    case kRcodeRefused:
        m_result.problems << tr("The resolver (%1) refused to look up %2 (REFUSED); this says nothing about the "
                                "domain. Try again later.")
                                 .arg(dohUrl(), m_result.domain);
        return;
    default:
        m_result.problems << tr("The resolver (%1) failed to look up %2 (DNS error code %3); this says nothing about "
                                "the domain. Try again later.")
                                 .arg(dohUrl(), m_result.domain)
                                 .arg(rcode);
        return;
    }
    QStringList names;
    for (const QJsonValue& value : records) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("type")).toInt() == kNsType)
            names << record.value(QStringLiteral("data")).toString();
    }
    m_result.nameServers = sortedSet(names);
    m_result.onCloudflare = !m_result.nameServers.isEmpty() &&
                            std::all_of(m_result.nameServers.cbegin(), m_result.nameServers.cend(),
                                        [](const QString& name) { return isCloudflareNameServer(name); });
    if (m_result.nameServers.isEmpty())
        m_result.problems << tr("%1 exists in public DNS but has no name servers (NS records) of its own. Use the "
                                "domain you registered (example.com, not a name below it), and check that the "
                                "registrar lists name servers for it.")
                                 .arg(m_result.domain);
    else if (!m_result.onCloudflare)
        m_result.problems << tr("%1 is served by %2, not by Cloudflare. At your registrar, replace the name "
                                "servers with the two Cloudflare assigned to the zone (shown in Cloudflare's "
                                "dashboard, and here once you are logged in).")
                                 .arg(m_result.domain, m_result.nameServers.join(QStringLiteral(", ")));
}

void DnsChecker::checkZone()
{
    if (!m_api)
        return finish();
    m_result.zoneChecked = true;
    m_api->zoneByName(m_result.domain, [this](const ApiReply& reply) {
        if (!reply.ok()) {
            m_result.problems << tr("Cannot read the zone from Cloudflare: %1").arg(reply.errorText());
            return finish();
        }
        const QJsonArray zones = reply.result.toArray();
        if (zones.isEmpty()) {
            m_result.problems << tr("%1 is not a zone of your Cloudflare account: add it in Cloudflare's dashboard "
                                    "(Add a domain), then point the registrar at the name servers it assigns.")
                                     .arg(m_result.domain);
            return finish();
        }
        const QJsonObject zone = zones.first().toObject();
        m_result.zoneFound = true;
        m_result.zoneId = inertNetworkText(zone.value(QStringLiteral("id")).toString(), 64);
        m_result.zoneStatus = inertNetworkText(zone.value(QStringLiteral("status")).toString(), 40);
        QStringList assigned;
        for (const QJsonValue& value : zone.value(QStringLiteral("name_servers")).toArray())
            assigned << value.toString();
        m_result.assignedNameServers = sortedSet(assigned);
        if (m_result.zoneStatus == QLatin1String("pending")) {
            m_result.problems << tr("The zone %1 is pending: Cloudflare has not seen its name servers yet. At your "
                                    "registrar, set exactly these name servers: %2. Cloudflare re-checks on its "
                                    "own (usually within hours, at most a day) and the zone turns active.")
                                     .arg(m_result.domain, m_result.assignedNameServers.join(QStringLiteral(", ")));
        } else if (m_result.zoneStatus != QLatin1String("active")) {
            m_result.problems << tr("The zone %1 is %2, not active; open it in Cloudflare's dashboard.")
                                     .arg(m_result.domain, m_result.zoneStatus);
        } else if (m_result.dnsAnswered && m_result.onCloudflare && !m_result.assignedNameServers.isEmpty() &&
                   m_result.nameServers != m_result.assignedNameServers) {
            m_result.problems << tr("Public DNS names %1, but Cloudflare assigned %2; set the assigned ones at "
                                    "your registrar.")
                                     .arg(m_result.nameServers.join(QStringLiteral(", ")),
                                          m_result.assignedNameServers.join(QStringLiteral(", ")));
        }
        finish();
    });
}

void DnsChecker::finish()
{
    m_result.ready = m_result.problems.isEmpty() && m_result.onCloudflare &&
                     (!m_result.zoneChecked || (m_result.zoneFound && m_result.zoneStatus == QLatin1String("active")));
    emit finished(m_result);
}

} // namespace colab
