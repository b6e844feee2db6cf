#pragma once

#include "common/Platform.h"

namespace colab {

// One line from standard input, a byte at a time straight from descriptor 0: no stdio or Qt
// buffer keeps a copy of a secret behind our back. `buffer` is the caller's, to wipe. Returns the
// line's length without its newline and trailing carriage returns.
using platform::readLineFromStdin;

} // namespace colab
