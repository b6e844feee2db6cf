#include "diagnose/StepResult.h"

namespace colab {

QString StepResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("passed");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString StepResult::symbol(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed:
        return QStringLiteral("✓");
    case Outcome::Warning:
        return QStringLiteral("⚠");
    case Outcome::Failed:
        return QStringLiteral("✗");
    case Outcome::Skipped:
        break;
    }
    return QStringLiteral("–");
}

QString StepResult::titleFor(const QString& id)
{
    if (id == QLatin1String(kCloudflared))
        return tr("cloudflared installed and recent");
    if (id == QLatin1String(kKeychain))
        return tr("System keychain");
    if (id == QLatin1String(kDns))
        return tr("DNS and zone at Cloudflare");
    if (id == QLatin1String(kLogin))
        return tr("Cloudflare login");
    if (id == QLatin1String(kTunnelStatus))
        return tr("Tunnel status at Cloudflare");
    if (id == QLatin1String(kReachable))
        return tr("Runtime reachable through Cloudflare");
    if (id == QLatin1String(kBanner))
        return tr("SSH server answers");
    if (id == QLatin1String(kHostKey))
        return tr("Host key as pinned");
    if (id == QLatin1String(kAuth))
        return tr("Login (the app's key, then the password)");
    if (id == QLatin1String(kGpu))
        return tr("GPU visible");
    return id;
}

QString StepResult::toText() const
{
    QString text = symbol(outcome) + QLatin1Char(' ') + title;
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    if (!fix.isEmpty())
        text += QLatin1Char('\n') + tr("    Fix: %1").arg(fix);
    return text;
}

QJsonObject StepResult::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("runtime"), runtime.isEmpty() ? QJsonValue() : QJsonValue(runtime)},
                       {QStringLiteral("outcome"), outcomeName(outcome)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("fix"), fix.isEmpty() ? QJsonValue() : QJsonValue(fix)},
                       {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
}

} // namespace colab
