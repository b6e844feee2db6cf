#pragma once

#include <QString>

namespace colab {

// A folder on the runtime that IDEs open: an absolute path of letters, digits, '.', '_', '-' and
// '/', without "..", at most 201 characters. It reaches command lines and vscode:// URLs, so
// nothing else is let through (not even a trailing newline).
bool isValidRemoteFolder(const QString& folder);

} // namespace colab
