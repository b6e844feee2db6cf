#pragma once

#include "secrets/PasswordStrength.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace colab {

// What the front ends do with a password (or another secret, such as a run token) they hold for a
// moment: make a strong one, rate one that was typed, hand out a copy and wipe what was held; and
// the SSH password kept in the keychain for the command line (the app keeps it through AppService,
// which also offers the session-only fallback). Widget-free; the rules live in secrets/.
class PasswordService
{
    Q_DECLARE_TR_FUNCTIONS(PasswordService)
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

    // The SSH password in the system keychain: kept, or removed. `done` runs on the caller's thread
    // with one sentence for people.
    using Done = std::function<void(bool ok, const QString& message)>;
    static void keep(const QString& password, const Done& done);
    static void forget(const Done& done);
};

} // namespace colab
