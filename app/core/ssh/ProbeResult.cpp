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
    case State::PasswordNeeded:
        return QStringLiteral("password_needed");
    case State::HostKeyChanged:
        return QStringLiteral("host_key_changed");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Ended:
        return QStringLiteral("ended");
    case State::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

QString ProbeResult::stateLabel(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Not checked yet");
    case State::Starting:
        return tr("Checking…");
    case State::Online:
        return tr("Online");
    case State::AuthFailed:
        return tr("Password refused");
    case State::PasswordNeeded:
        return tr("Password needed");
    case State::HostKeyChanged:
        return tr("Host key changed!");
    case State::Offline:
        return tr("Offline");
    case State::Ended:
        return tr("Ended");
    case State::Error:
        return tr("Error");
    }
    return {};
}

bool ProbeResult::needsUser(State state)
{
    return state == State::AuthFailed || state == State::PasswordNeeded || state == State::HostKeyChanged ||
           state == State::Ended;
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
        {QStringLiteral("tunnel_status"),
         tunnelStatus.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tunnelStatus)},
    };
}

} // namespace colab
