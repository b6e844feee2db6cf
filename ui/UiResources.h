#pragma once

#include <QIcon>
#include <QString>

namespace colab {

// Loads the icons compiled into the UI library (a static library's resources are not registered
// on their own). Safe to call more than once.
void ensureUiResources();

// The app's own icon resources/icons/NAME.svg, parsed when it is first drawn.
QIcon ownIcon(const QString& name);
// The desktop theme's icon when it has one, else the app's own.
QIcon themedIcon(const QString& themeName, const QString& ownName);

} // namespace colab
