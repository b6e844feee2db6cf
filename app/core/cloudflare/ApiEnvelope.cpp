#include "cloudflare/ApiEnvelope.h"

#include "common/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace colab {

bool ApiReply::hasErrorCode(int code) const
{
    for (const Error& error : errors)
        if (error.code == code)
            return true;
    return false;
}

bool ApiReply::hasMorePages(int seenSoFar, int requestedPerPage) const
{
    const int count = resultInfo.value(QStringLiteral("count")).toInt(int(result.toArray().size()));
    const int perPage = resultInfo.value(QStringLiteral("per_page")).toInt(requestedPerPage);
    if (count <= 0 || count < perPage)
        return false;
    const QJsonValue total = resultInfo.value(QStringLiteral("total_count"));
    return !total.isDouble() || seenSoFar < total.toInt();
}

QString ApiReply::errorText() const
{
    if (!transportError.isEmpty())
        return inertNetworkText(transportError, 1000); // may quote Qt's words about the network
    QStringList parts;
    for (const Error& error : errors)
        parts << tr("%1 (code %2)").arg(error.message).arg(error.code);
    if (parts.isEmpty())
        return httpStatus ? tr("Cloudflare answered HTTP %1 without an explanation.").arg(httpStatus)
                          : tr("Cloudflare gave no answer.");
    return parts.join(QStringLiteral("; "));
}

ApiReply ApiReply::parse(int httpStatus, const QByteArray& body)
{
    ApiReply reply;
    reply.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        reply.transportError = tr("Cloudflare's answer (HTTP %1) is not the API's JSON envelope.").arg(httpStatus);
        return reply;
    }
    const QJsonObject object = doc.object();
    reply.success = object.value(QStringLiteral("success")).toBool(false);
    for (const QJsonValue& value : object.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        // Messages come from the network: one inert line (no escape sequence reaches a terminal).
        QString message = inertNetworkText(error.value(QStringLiteral("message")).toString());
        reply.errors.append({error.value(QStringLiteral("code")).toInt(), message});
    }
    reply.result = object.value(QStringLiteral("result"));
    reply.resultInfo = object.value(QStringLiteral("result_info")).toObject();
    if (reply.success && (httpStatus < 200 || httpStatus >= 300))
        reply.success = false;
    return reply;
}

} // namespace colab
