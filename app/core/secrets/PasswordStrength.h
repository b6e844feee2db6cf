#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// How hard a password is to guess, for the wizard's meter: an estimate of its entropy from the
// kinds of characters used and its length, less for repeats, runs and well-known passwords. The
// SSH port of a Colab runtime is on the public internet behind the tunnel's hostname, so "fair"
// is the least the wizard accepts.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
public:
    enum class Level { Empty, Weak, Fair, Strong };

    Level level = Level::Empty;
    int bits = 0;
    QString text; // one line for the meter: the level and, when weak, what would help

    bool acceptable() const { return level == Level::Fair || level == Level::Strong; }
    static PasswordStrength of(const QString& password);
};

} // namespace colab
