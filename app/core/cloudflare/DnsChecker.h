#pragma once

#include "cloudflare/DnsCheck.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace colab {

class CloudflareApi;

// Checks whether DOMAIN is ready for tunnels (the answer: DnsCheck). Its public NS records (DNS-over-HTTPS JSON,
// COLAB_TUNNEL_DOH_URL) must be Cloudflare's (*.ns.cloudflare.com) and, when an API client is given, the zone must
// exist in the account with status "active" and the very name servers Cloudflare assigned.
class DnsChecker : public QObject
{
    Q_OBJECT
public:
    explicit DnsChecker(QObject* parent = nullptr);
    static QString dohUrl();
    static bool isCloudflareNameServer(const QString& name);

    // `api` may be null (not logged in); borrowed.
    void check(const QString& domain, CloudflareApi* api);

signals:
    void finished(const colab::DnsCheck& result);

private:
    void readAnswer(int rcode, const QJsonArray& records);
    void checkZone();
    void finish();

    QNetworkAccessManager* m_network;
    CloudflareApi* m_api = nullptr;
    DnsCheck m_result;
};

} // namespace colab
