#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// cloudflared's origin certificate (cert.pem, written by `cloudflared tunnel login`): the account,
// the zone chosen at login and an API token for both. Every historic form is read: the
// `ARGO TUNNEL TOKEN` block (base64 JSON), with or without the older PRIVATE KEY / CERTIFICATE
// blocks, and `serviceKey` as the token's name before 2022.11. The token is a secret: the caller
// wipes `apiToken` (wipeSecret) when done, and no error message ever contains it.
class OriginCert
{
    Q_DECLARE_TR_FUNCTIONS(OriginCert)
public:
    QString path;
    QString zoneId;
    QString accountId; // may be empty in very old files; the zone's account is used then
    QString apiToken;
    QString endpoint; // "fed" for FedRAMP accounts; empty otherwise

    // Parses the file's bytes; `error` names what is wrong, never the token.
    static bool parse(const QByteArray& pem, OriginCert* cert, QString* error);
    // Reads and parses `path`.
    static bool load(const QString& path, OriginCert* cert, QString* error);
    // Where cloudflared looks, in its order; TUNNEL_ORIGIN_CERT (when set) alone.
    static QStringList searchPaths();
    // The first existing file of searchPaths(); empty when there is none.
    static QString find();
    // Where `cloudflared tunnel login` writes a new one.
    static QString defaultPath();
};

} // namespace colab
