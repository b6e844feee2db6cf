#pragma once

#include "ssh/ProbeResult.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace colab {

// Decides which state changes are news worth a desktop notification. Pure: it sees the state
// before and after one probe and whether the runtime was added during this session, nothing
// else, so every rule is unit-tested.
class Notifier
{
    Q_DECLARE_TR_FUNCTIONS(Notifier)
public:
    enum class Severity { Information, Warning, Critical };
    struct Notification
    {
        Severity severity = Severity::Information;
        QString title;
        QString text;
    };

    // `alias`: what the user types (colab-gpu). `addedThisSession`: the user added it since the
    // app started, so its first contact is news; runtimes already known at start-up are not
    // announced one by one.
    static std::optional<Notification> decide(const QString& alias, ProbeResult::State before, const ProbeResult& after,
                                              bool addedThisSession);
};

} // namespace colab
