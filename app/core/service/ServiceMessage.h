#pragma once

#include <QMetaType>
#include <QString>

namespace colab {

// One thing the app tells the user. Problems that need the user's action carry a key and stay in
// view (a banner) until the service says they are resolved; the rest come and go.
struct ServiceMessage
{
    enum class Severity { Info, Warning, Error, ActionNeeded };
    enum class Action { None, SetPassword, CheckNow, RemoveAndReAdd, InstallCloudflared };

    Severity severity = Severity::Info;
    QString text;
    QString key; // non-empty for problems that stay until resolved
    Action action = Action::None;
    QString tunnelName; // the runtime the action applies to, if one
};

} // namespace colab

Q_DECLARE_METATYPE(colab::ServiceMessage)
