#pragma once

#include <QByteArray>
#include <QString>

namespace colab {

// SHA-512 crypt ("$6$", Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512"), the hash
// `chpasswd -e` takes for root's password in the Colab cell. Our own code, because macOS's
// crypt() cannot do it; the primitive is QCryptographicHash's SHA-512.
class ShaCrypt
{
public:
    static constexpr int kDefaultRounds = 5000;
    static constexpr int kMinRounds = 1000;
    static constexpr int kMaxRounds = 999999999;
    static constexpr int kMaxSaltLength = 16;

    // crypt(key, setting) for a setting "$6$[rounds=N$]salt[$…]", exactly as glibc: the salt is
    // cut to 16 characters, rounds are clamped to 1000–999999999 and written back only when the
    // setting named them. Returns an empty string for a setting that is not "$6$".
    static QString crypt(const QByteArray& key, const QString& setting);
    // The rounds a fresh hash names: a notebook gets shared, so its hash must be slow to guess
    // (about 0.2 s on one 2020s x86-64 core in a release build; 500000 took about 0.47 s).
    static constexpr int kHashRounds = 200000;

    // A fresh hash of `key`, "$6$rounds=N$salt$…", with 16 salt characters from the system's random
    // source. Tests that need many hashes may pass fewer rounds.
    static QString hash(const QByteArray& key, int rounds = kHashRounds);
    // 16 characters of [./0-9A-Za-z] from QRandomGenerator::system().
    static QString randomSalt();
};

} // namespace colab
