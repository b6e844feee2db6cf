#include "secrets/PasswordStrength.h"

#include "secrets/SecretMemory.h"

#include <QStringList>
#include <QStringView>
#include <cmath>
#include <utility>

namespace colab {

namespace {
constexpr int kMinimumLength = 10;
constexpr int kFairBits = 50;
constexpr int kStrongBits = 80;

bool isWellKnown(const QString& lower)
{
    static const QStringList known = {QStringLiteral("password"), QStringLiteral("123456"),  QStringLiteral("qwerty"),
                                      QStringLiteral("colab"),    QStringLiteral("letmein"), QStringLiteral("admin"),
                                      QStringLiteral("root"),     QStringLiteral("abc123"),  QStringLiteral("iloveyou"),
                                      QStringLiteral("welcome")};
    for (const QString& word : known)
        if (lower.contains(word))
            return true;
    return false;
}

// Characters that repeat the previous one or continue a run (abc, 321) add almost nothing.
int predictableCharacters(const QString& password)
{
    int predictable = 0;
    for (int i = 1; i < password.size(); ++i) {
        const int step = password.at(i).unicode() - password.at(i - 1).unicode();
        if (step == 0 || step == 1 || step == -1)
            ++predictable;
    }
    return predictable;
}
} // namespace

PasswordStrength PasswordStrength::of(const QString& password)
{
    PasswordStrength strength;
    if (password.isEmpty()) {
        strength.text = tr("Type a password or generate one.");
        return strength;
    }
    // No copy of the password is made that is not wiped: freed memory must not keep it.
    bool lower = false, upper = false, digit = false, other = false;
    qsizetype distinct = 0;
    for (qsizetype i = 0; i < password.size(); ++i) {
        const QChar c = password.at(i);
        if (QStringView(password).left(i).indexOf(c) < 0)
            ++distinct;
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const int effectiveLength = std::max(1, int(password.size()) - predictableCharacters(password) / 2);
    double bits = effectiveLength * std::log2(std::max(2, alphabet));
    // Few distinct characters ("aaaaabbbbb") cap the estimate whatever the length.
    bits = std::min(bits, password.size() * std::log2(std::max<qsizetype>(2, distinct)) * 1.5);
    // toLower() of a password without capitals would share its buffer, and the wipe below would
    // zero the caller's password: the lowered copy gets a buffer of its own first.
    QString lowered = copySecret(password);
    lowered = std::move(lowered).toLower();
    const bool wellKnown = isWellKnown(lowered);
    wipeSecret(lowered);
    if (wellKnown)
        bits = std::min(bits, 20.0);
    strength.bits = int(bits);

    if (password.size() < kMinimumLength) {
        strength.level = Level::Weak;
        strength.text = tr("Weak: use at least %1 characters.").arg(kMinimumLength);
    } else if (strength.bits < kFairBits) {
        strength.level = Level::Weak;
        strength.text = wellKnown ? tr("Weak: it contains a well-known password.")
                                  : tr("Weak: make it longer or mix letters, digits and marks.");
    } else if (strength.bits < kStrongBits) {
        strength.level = Level::Fair;
        strength.text = tr("Fair: good enough; a longer one is stronger.");
    } else {
        strength.level = Level::Strong;
        strength.text = tr("Strong.");
    }
    return strength;
}

} // namespace colab
