#pragma once

#include <QByteArray>
#include <QString>

namespace colab {

// Zeroes the bytes that hold a secret in place, then empties the variable. Unlike fill(), which
// detaches and zeroes a private copy, this reaches the one buffer every implicit-sharing copy
// points at, so no stray copy of the password stays in memory.
void wipeSecret(QString& secret);
void wipeSecret(QByteArray& secret);
// A copy with a buffer of its own, for a holder that will wipe it on its own schedule.
QString copySecret(const QString& secret);

// For processes that hold a secret: no core dump (RLIMIT_CORE 0) and not dumpable or traceable by
// other processes of the same user (PR_SET_DUMPABLE 0 on Linux).
void protectProcessHoldingSecrets();

} // namespace colab
