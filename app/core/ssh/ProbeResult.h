#pragma once

#include "ssh/RuntimeFacts.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace colab {

// What a probe learned about one tunnel.
struct ProbeResult
{
    enum class State { Unknown, Starting, Online, AuthFailed, HostKeyChanged, Offline, Error };

    QString name;
    State state = State::Unknown;
    QString message; // one line, plain words, with the fix
    qint64 latencyMs = -1;
    QString hostKeySha256;
    bool keyInstalled = false; // this probe installed the app's key on the runtime
    bool passwordWasUsed = false;
    std::optional<RuntimeFacts> runtime;

    static QString stateName(State state);
    QJsonObject toJson() const;
};

} // namespace colab

Q_DECLARE_METATYPE(colab::ProbeResult)
