#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace colab {

// Whether a domain is ready for tunnels, as DnsChecker found it: its public name servers and, when
// logged in, its zone at Cloudflare. A value; `dns-check --json` prints it.
struct DnsCheck
{
    QString domain;
    // Public NS answer, lower case, no trailing dot; any byte a host name cannot hold is written
    // \DDD (DNS presentation format), so a hostile answer carries no markup or escape sequence.
    QStringList nameServers;
    bool dnsAnswered = false; // the resolver answered about the domain (NOERROR or NXDOMAIN)
    bool onCloudflare = false;
    bool zoneChecked = false; // credentials were available
    bool zoneFound = false;
    QString zoneId;
    QString zoneStatus;
    QStringList assignedNameServers;
    QStringList problems; // plain sentences, with what to do; text from the network made inert
    bool ready = false;

    // The documented shape of `dns-check --json` (README, "Own domain").
    QJsonObject toJson() const;
};

} // namespace colab
