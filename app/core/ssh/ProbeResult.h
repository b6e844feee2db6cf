#pragma once

#include "ssh/RuntimeFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace colab {

// What a probe learned about one tunnel.
struct ProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(ProbeResult)
public:
    // PasswordNeeded: the runtime wants a password and none is stored (nothing was refused).
    // Ended: a quick tunnel offline so long that its hostname cannot come back (its cloudflared
    // exited); no longer checked until the user asks.
    enum class State { Unknown, Starting, Online, AuthFailed, PasswordNeeded, HostKeyChanged, Offline, Ended, Error };

    QString name;
    State state = State::Unknown;
    QString message; // one line, plain words, with the fix
    qint64 latencyMs = -1;
    QString hostKeySha256;
    bool keyInstalled = false; // this probe installed the app's key on the runtime
    bool passwordWasUsed = false;
    std::optional<RuntimeFacts> runtime;
    // A named tunnel's status at Cloudflare, e.g. "healthy · fra06, ams01"; empty for a quick tunnel
    // or while unknown (set by the monitor, not by a probe).
    QString tunnelStatus = {};

    static QString stateName(State state);  // stable, for --json
    static QString stateLabel(State state); // for people, translated
    // Waits for the user (a new password, a re-added runtime) instead of retrying on its own.
    static bool needsUser(State state);
    QJsonObject toJson() const;
};

} // namespace colab

Q_DECLARE_METATYPE(colab::ProbeResult)
