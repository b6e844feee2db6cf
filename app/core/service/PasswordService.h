#pragma once

#include "secrets/PasswordStrength.h"

#include <QByteArray>
#include <QString>

namespace colab {

// What the GUI does with a password (or another secret, such as a run token) it holds for a
// moment: make a strong one, rate one that was typed, hand out a copy and wipe what it held.
// Widget-free; the rules live in secrets/.
class PasswordService
{
public:
    // A strong password from the system CSPRNG, safe to type in any shell or IDE prompt.
    static QString generate();
    // The wizard's meter: the level, and one line saying it (and, when weak, what would help).
    static PasswordStrength strength(const QString& password);

    // A copy with a buffer of its own, for a holder that wipes it on its own schedule.
    static QString copy(const QString& secret);
    // Zeroes the one buffer every implicitly shared copy points at, then empties the variable.
    static void wipe(QString& secret);
    static void wipe(QByteArray& secret);
};

} // namespace colab
