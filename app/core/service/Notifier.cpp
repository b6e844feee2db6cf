#include "service/Notifier.h"

namespace colab {

namespace {
using State = ProbeResult::State;

// No result yet in this session: the app just started, or the runtime was just added.
bool firstContact(State before)
{
    return before == State::Unknown || before == State::Starting;
}
} // namespace

std::optional<Notifier::Notification> Notifier::decide(const QString& alias, State before, const ProbeResult& after,
                                                       bool addedThisSession)
{
    if (after.state == before || after.state == State::Starting)
        return std::nullopt;
    switch (after.state) {
    case State::Online:
        if (firstContact(before))
            return addedThisSession ? std::optional<Notification>(
                                          {Severity::Information, tr("%1 is online").arg(alias), after.message})
                                    : std::nullopt;
        if (before == State::Offline || before == State::Error)
            return Notification{Severity::Information, tr("%1 is back").arg(alias), after.message};
        return std::nullopt; // a password or key problem the user just fixed: they are looking
    case State::HostKeyChanged:
        // An alarm every time, also at start-up: someone may be in the middle.
        return Notification{Severity::Critical, tr("%1: host key changed").arg(alias), after.message};
    case State::Offline:
    case State::Error:
        if (before == State::Online)
            return Notification{Severity::Warning, tr("%1 went offline").arg(alias), after.message};
        return std::nullopt;
    case State::AuthFailed:
    case State::PasswordNeeded:
        // At start-up the window's banner says it once for all runtimes; one toast each is noise.
        if (firstContact(before) && !addedThisSession)
            return std::nullopt;
        return Notification{
            Severity::Warning,
            (after.state == State::AuthFailed ? tr("%1: password refused") : tr("%1: password needed")).arg(alias),
            after.message};
    case State::Ended: // "went offline" was said 15 minutes ago
    case State::Unknown:
    case State::Starting:
        break;
    }
    return std::nullopt;
}

} // namespace colab
