#pragma once

#include <QIcon>
#include <QString>

namespace colab {

// Loads the icons compiled into the UI library (a static library's resources are not registered
// on their own). Safe to call more than once.
void ensureUiResources();

// The desktop theme's icon when it has one, else the app's own (resources/icons/NAME.svg).
QIcon themedIcon(const QString& themeName, const QString& ownName);

} // namespace colab
