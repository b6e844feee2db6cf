#pragma once

#include <QString>

namespace colab {

// A program looked for on this computer (cloudflared, Google's colab CLI): where it is, or why it
// was not found and what to do.
struct LocatedProgram
{
    QString path;  // absolute, when found
    QString error; // why not, with what to do
    bool ok() const { return error.isEmpty(); }
};

} // namespace colab
