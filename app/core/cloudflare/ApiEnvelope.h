#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace colab {

// One answer of the Cloudflare API v4, read from its envelope
// {"success","errors":[{"code","message"}],"messages","result","result_info"}.
struct ApiReply
{
    Q_DECLARE_TR_FUNCTIONS(ApiReply)
public:
    struct Error
    {
        int code = 0;
        QString message;
    };

    int httpStatus = 0;
    bool success = false;
    QList<Error> errors;
    QJsonValue result;
    QJsonObject resultInfo;
    // Set for transport problems (timeout, refused connection, not JSON); then `errors` is empty.
    QString transportError;
    int retryAfterSeconds = -1; // from a 429's Retry-After

    bool ok() const { return success && transportError.isEmpty(); }
    bool hasErrorCode(int code) const;
    // The schema's result_info has page, per_page, count and total_count (no total_pages): another
    // page follows unless this one was short or `seenSoFar` reached total_count.
    bool hasMorePages(int seenSoFar, int requestedPerPage) const;
    int page() const { return resultInfo.value(QStringLiteral("page")).toInt(1); }
    // Every error's code and message, in the API's own words: "Invalid API Token (code 1000)".
    QString errorText() const;

    static ApiReply parse(int httpStatus, const QByteArray& body);
};

} // namespace colab
