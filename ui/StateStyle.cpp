#include "StateStyle.h"

#include "UiResources.h"

#include <cmath>

namespace colab {

StateStyle::Kind StateStyle::kindOf(ProbeResult::State state)
{
    switch (state) {
    case ProbeResult::State::Online:
        return Kind::Good;
    case ProbeResult::State::Starting:
    case ProbeResult::State::Unknown:
    case ProbeResult::State::Ended:
        return Kind::Waiting;
    case ProbeResult::State::Offline:
        return Kind::Warning;
    case ProbeResult::State::AuthFailed:
    case ProbeResult::State::PasswordNeeded:
    case ProbeResult::State::HostKeyChanged:
    case ProbeResult::State::Error:
        return Kind::Problem;
    }
    return Kind::Waiting;
}

bool StateStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StateStyle::color(Kind kind, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Good:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x13, 0x73, 0x33);
    case Kind::Waiting:
        return dark ? QColor(0xbd, 0xc1, 0xc6) : QColor(0x5f, 0x63, 0x68);
    case Kind::Warning:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x9a, 0x4d, 0x00);
    case Kind::Problem:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
    }
    return palette.color(QPalette::Text);
}

QIcon StateStyle::icon(Kind kind)
{
    // Made once: the table asks for them on every repaint.
    static const QIcon icons[] = {
        ownIcon(QStringLiteral("state-online")),
        ownIcon(QStringLiteral("state-waiting")),
        ownIcon(QStringLiteral("state-offline")),
        ownIcon(QStringLiteral("state-problem")),
    };
    return icons[int(kind)];
}

namespace {
double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

double StateStyle::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace colab
