#include "cloudflare/OriginCert.h"

#include "secrets/SecretMemory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace colab {

namespace {
const QByteArray kTokenBlock = "ARGO TUNNEL TOKEN";

// The body of the first PEM block called `label`; false when there is none or it is not closed.
bool pemBlock(const QByteArray& pem, const QByteArray& label, QByteArray* body)
{
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const qsizetype start = pem.indexOf(begin);
    if (start < 0)
        return false;
    const qsizetype stop = pem.indexOf(end, start + begin.size());
    if (stop < 0)
        return false;
    *body = pem.mid(start + begin.size(), stop - start - begin.size());
    return true;
}
} // namespace

bool OriginCert::parse(const QByteArray& pem, OriginCert* cert, QString* error)
{
    QByteArray body;
    if (!pemBlock(pem, kTokenBlock, &body)) {
        *error = pem.contains("-----BEGIN " + kTokenBlock)
                     ? tr("its ARGO TUNNEL TOKEN block is not closed.")
                     : tr("it has no ARGO TUNNEL TOKEN block (it is not a cloudflared origin certificate).");
        return false;
    }
    QByteArray compact;
    for (const char c : body)
        if (!QChar::isSpace(uchar(c)))
            compact += c;
    wipeSecret(body);
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    wipeSecret(compact);
    if (!decoded) {
        *error = tr("its ARGO TUNNEL TOKEN block is not valid base64.");
        return false;
    }
    QByteArray json = *decoded;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    wipeSecret(json);
    if (!doc.isObject()) {
        *error = tr("its ARGO TUNNEL TOKEN block does not hold a JSON object.");
        return false;
    }
    const QJsonObject object = doc.object();
    const QJsonValue token = object.contains(QStringLiteral("apiToken"))
                                 ? object.value(QStringLiteral("apiToken"))
                                 : object.value(QStringLiteral("serviceKey")); // before 2022.11
    const QString zoneId = object.value(QStringLiteral("zoneID")).toString();
    if (zoneId.isEmpty()) {
        *error = tr("it names no zone (zoneID is missing).");
        return false;
    }
    if (!token.isString() || token.toString().isEmpty()) {
        *error = tr("it holds no API token (apiToken is missing).");
        return false;
    }
    cert->zoneId = zoneId;
    cert->accountId = object.value(QStringLiteral("accountID")).toString();
    cert->endpoint = object.value(QStringLiteral("endpoint")).toString();
    cert->apiToken = copySecret(token.toString());
    return true;
}

bool OriginCert::load(const QString& path, OriginCert* cert, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the origin certificate %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.read(1024 * 1024);
    QString why;
    const bool ok = parse(bytes, cert, &why);
    wipeSecret(bytes);
    if (!ok) {
        *error = tr("%1 is not a usable cloudflared certificate: %2 Log in again with: colab-tunnel login "
                    "--move-existing")
                     .arg(path, why);
        return false;
    }
    cert->path = path;
    return true;
}

QStringList OriginCert::searchPaths()
{
    const QString overridden = qEnvironmentVariable("TUNNEL_ORIGIN_CERT");
    if (!overridden.isEmpty())
        return {overridden};
    const QString home = QDir::homePath();
    return {home + QStringLiteral("/.cloudflared/cert.pem"), home + QStringLiteral("/.cloudflare-warp/cert.pem"),
            home + QStringLiteral("/cloudflare-warp/cert.pem"), QStringLiteral("/etc/cloudflared/cert.pem"),
            QStringLiteral("/usr/local/etc/cloudflared/cert.pem")};
}

QString OriginCert::find()
{
    for (const QString& candidate : searchPaths())
        if (QFileInfo(candidate).isFile())
            return candidate;
    return {};
}

QString OriginCert::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.cloudflared/cert.pem");
}

} // namespace colab
