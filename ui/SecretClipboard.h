#pragma once

#include <QString>

namespace colab {

// How long a secret (the SSH password, a run token) stays on the clipboard.
constexpr int kSecretClipboardSeconds = 30;

// Puts a copy of `secret` on the clipboard, marked so clipboard managers keep no history of it, and
// clears it after kSecretClipboardSeconds unless something else was copied meanwhile. The copy is
// the clipboard's own: the caller may wipe `secret` at once.
void copySecretToClipboard(const QString& secret);

} // namespace colab
