#pragma once

#include "ssh/ProbeResult.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace colab {

// How a runtime's state looks: a kind (good, waiting, warning, problem), its text colour on the
// current palette and an icon, so that the state is never told by colour alone. The colours keep
// at least WCAG AA contrast (4.5:1) on the light and the dark palette's base colours.
class StateStyle
{
public:
    enum class Kind { Good, Waiting, Warning, Problem };

    static Kind kindOf(ProbeResult::State state);
    static QColor color(Kind kind, const QPalette& palette);
    static QIcon icon(Kind kind);
    static bool isDark(const QPalette& palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace colab
