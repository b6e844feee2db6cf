#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace colab {

class CloudflareApi;

// Is DOMAIN ready for tunnels? Its public NS records (DNS-over-HTTPS JSON, COLAB_TUNNEL_DOH_URL)
// must be Cloudflare's (*.ns.cloudflare.com) and, when an API client is given, the zone must exist
// in the account with status "active" and the very name servers Cloudflare assigned.
class DnsCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
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

    explicit DnsCheck(QObject* parent = nullptr);
    static QString dohUrl();
    static bool isCloudflareNameServer(const QString& name);

    // `api` may be null (not logged in); borrowed.
    void check(const QString& domain, CloudflareApi* api);

signals:
    void finished(const colab::DnsCheck::Result& result);

private:
    void readAnswer(int rcode, const QJsonArray& records);
    void checkZone();
    void finish();

    QNetworkAccessManager* m_network;
    CloudflareApi* m_api = nullptr;
    Result m_result;
};

} // namespace colab
