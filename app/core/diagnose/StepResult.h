#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace colab {

// One link of the chain as the doctor found it. Never holds a secret: the password and the API
// token are not part of any detail or fix.
struct StepResult
{
    Q_DECLARE_TR_FUNCTIONS(StepResult)
public:
    enum class Outcome { Passed, Warning, Failed, Skipped };

    // Stable ids, in chain order (for --json and the GUI).
    static constexpr const char* kCloudflared = "cloudflared";
    static constexpr const char* kKeychain = "keychain";
    static constexpr const char* kDns = "dns";
    static constexpr const char* kLogin = "login";
    static constexpr const char* kTunnelStatus = "tunnel-status";
    static constexpr const char* kReachable = "reachable";
    static constexpr const char* kBanner = "banner";
    static constexpr const char* kHostKey = "host-key";
    static constexpr const char* kAuth = "auth";
    static constexpr const char* kGpu = "gpu";

    QString id;
    Outcome outcome = Outcome::Skipped;
    QString title;  // what the link is, e.g. "SSH server answers"
    QString detail; // what was found, in plain words
    QString fix;    // what to do; empty when nothing needs doing
    qint64 elapsedMs = 0;
    QString runtime = {}; // the runtime's name; empty for a machine-wide link (cloudflared, keychain, login)

    static QString outcomeName(Outcome outcome); // "passed", "warning", "failed", "skipped"
    static QString symbol(Outcome outcome);      // ✓ ⚠ ✗ –
    // The link's title for people (translated).
    static QString titleFor(const QString& id);
    // "✓ title: detail" and, when there is one, an indented "Fix: …" line.
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace colab

Q_DECLARE_METATYPE(colab::StepResult)
