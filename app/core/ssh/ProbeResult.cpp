#include "ssh/ProbeResult.h"

namespace colab {

QString ProbeResult::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Online:
        return QStringLiteral("online");
    case State::AuthFailed:
        return QStringLiteral("auth_failed");
    case State::HostKeyChanged:
        return QStringLiteral("host_key_changed");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

QJsonObject ProbeResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("message"), message},
        {QStringLiteral("latency_ms"), latencyMs >= 0 ? QJsonValue(double(latencyMs)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("host_key_sha256"),
         hostKeySha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hostKeySha256)},
        {QStringLiteral("runtime"), runtime ? QJsonValue(runtime->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace colab
