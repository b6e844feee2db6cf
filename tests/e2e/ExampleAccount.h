#pragma once

#include "TestEnv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

// One Cloudflare account as the API stand-in (FakeCloudflareApi) serves it, and the cert.pem that
// `cloudflared tunnel login` leaves for it: shared by the command line's and the wizard's tests.
namespace colab::test::example {

// Distinctive, so that finding it anywhere is unambiguous.
const QString kToken = QStringLiteral("cfut-SECRET-7f3a9c1e5b2d4f60");
const QString kAccount = QStringLiteral("acct0001");
const QString kZone = QStringLiteral("zone0001");

inline QJsonObject zone(const QString& id, const QString& name, const QString& status)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("name_servers"),
                        QJsonArray{QStringLiteral("ada.ns.cloudflare.com"), QStringLiteral("bob.ns.cloudflare.com")}},
                       {QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), kAccount}}}};
}

inline QJsonObject record(const QString& id, const QString& type, const QString& name, const QString& content)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("proxied"), true}};
}

// An account with example.com (active), pending.example.com (pending), someone else's tunnel and
// records, and public DNS for example.com, pending.example.com (Cloudflare) and other.org (not).
inline QJsonObject baseState(const QJsonArray& extraRecords = {})
{
    QJsonArray records{record(QStringLiteral("rec-www"), QStringLiteral("CNAME"), QStringLiteral("www.example.com"),
                              QStringLiteral("example.com"))};
    for (const QJsonValue& value : extraRecords)
        records.append(value);
    const QJsonArray cloudflareNs{QStringLiteral("ada.ns.cloudflare.com."), QStringLiteral("bob.ns.cloudflare.com.")};
    return QJsonObject{
        {QStringLiteral("tokens"), QJsonObject{{kToken, kAccount}}},
        {QStringLiteral("zones"), QJsonArray{zone(kZone, QStringLiteral("example.com"), QStringLiteral("active")),
                                             zone(QStringLiteral("zone0002"), QStringLiteral("pending.example.com"),
                                                  QStringLiteral("pending"))}},
        {QStringLiteral("dns_records"), QJsonObject{{kZone, records}, {QStringLiteral("zone0002"), QJsonArray{}}}},
        {QStringLiteral("tunnels"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("11111111-0000-0000-0000-000000000001")},
                                {QStringLiteral("name"), QStringLiteral("someone-elses")},
                                {QStringLiteral("account"), kAccount},
                                {QStringLiteral("status"), QStringLiteral("healthy")},
                                {QStringLiteral("connections"), QJsonArray{QStringLiteral("ams01")}},
                                {QStringLiteral("deleted_at"), QJsonValue::Null},
                                {QStringLiteral("token"), QStringLiteral("other-run-token")}}}},
        {QStringLiteral("dns"),
         QJsonObject{{QStringLiteral("example.com"), cloudflareNs},
                     {QStringLiteral("pending.example.com"), cloudflareNs},
                     {QStringLiteral("other.org"),
                      QJsonArray{QStringLiteral("ns1.registrar.net."), QStringLiteral("ns2.registrar.net.")}}}},
        {QStringLiteral("per_page_max"), 1}, // every list comes in pages of one: pagination is exercised
    };
}

inline QString certPath()
{
    return QDir::homePath() + QStringLiteral("/.cloudflared/cert.pem");
}

inline void writeCert(const QString& token)
{
    const QByteArray json =
        QStringLiteral(R"({"zoneID":"%1","accountID":"%2","apiToken":"%3"})").arg(kZone, kAccount, token).toUtf8();
    test::writeFile(certPath(),
                    "-----BEGIN ARGO TUNNEL TOKEN-----\n" + json.toBase64() + "\n-----END ARGO TUNNEL TOKEN-----\n");
}

// The tunnels of the account that are not deleted.
inline QJsonArray liveTunnels(const QJsonObject& state)
{
    QJsonArray live;
    for (const QJsonValue& value : state.value(QStringLiteral("tunnels")).toArray())
        if (value.toObject().value(QStringLiteral("deleted_at")).isNull())
            live.append(value);
    return live;
}

// What the cloudflared stand-in writes into cert.pem at `tunnel login`: this account's token.
inline QStringList cloudflaredLoginEnv()
{
    return {QStringLiteral("FAKE_CLOUDFLARED_CERT_TOKEN=") + kToken,
            QStringLiteral("FAKE_CLOUDFLARED_ACCOUNT=") + kAccount, QStringLiteral("FAKE_CLOUDFLARED_ZONE=") + kZone};
}

// The cloudflared stand-ins running `tunnel login` for this test's HOME (tests may run in parallel).
inline QStringList loginsOfThisHome()
{
    const auto found = test::runProcess(QStringLiteral("pgrep"),
                                        {QStringLiteral("-f"), QStringLiteral("fake-cloudflared tunnel login")});
    QStringList ours;
    for (const QByteArray& pid : found.out.split('\n')) {
        if (pid.trimmed().isEmpty())
            continue;
        const QByteArray environ =
            test::readFile(QStringLiteral("/proc/%1/environ").arg(QString::fromLatin1(pid.trimmed())));
        if (environ.split('\0').contains("HOME=" + QDir::homePath().toUtf8()))
            ours << QString::fromLatin1(pid.trimmed());
    }
    return ours;
}

} // namespace colab::test::example
