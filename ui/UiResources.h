#pragma once

namespace colab {

// Loads the icons compiled into the UI library (a static library's resources are not registered
// on their own). Safe to call more than once.
void ensureUiResources();

} // namespace colab
