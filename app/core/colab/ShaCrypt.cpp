#include "colab/ShaCrypt.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>

namespace colab {

namespace {

constexpr char kAlphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kDigestSize = 64;

QByteArray sha512(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha512);
}

// `length` bytes of `digest` repeated (steps 16 and 20 of the specification).
QByteArray repeatTo(const QByteArray& digest, int length)
{
    QByteArray out;
    out.reserve(length);
    while (out.size() + kDigestSize <= length)
        out += digest;
    out += digest.left(length - int(out.size()));
    return out;
}

void encode24(QString* out, unsigned char b2, unsigned char b1, unsigned char b0, int chars)
{
    unsigned int word = (unsigned(b2) << 16) | (unsigned(b1) << 8) | unsigned(b0);
    for (int i = 0; i < chars; ++i) {
        out->append(QLatin1Char(kAlphabet[word & 0x3f]));
        word >>= 6;
    }
}

} // namespace

QString ShaCrypt::crypt(const QByteArray& key, const QString& setting)
{
    static const QLatin1String prefix("$6$");
    static const QLatin1String roundsPrefix("rounds=");
    if (!setting.startsWith(prefix))
        return {};
    QString rest = setting.mid(prefix.size());
    int rounds = kDefaultRounds;
    bool customRounds = false;
    if (rest.startsWith(roundsPrefix)) {
        const int end = int(rest.indexOf(QLatin1Char('$')));
        bool ok = false;
        const qulonglong requested = rest.mid(roundsPrefix.size(), end - roundsPrefix.size()).toULongLong(&ok);
        if (end < 0 || !ok)
            return {};
        rounds = int(qBound<qulonglong>(kMinRounds, requested, kMaxRounds));
        customRounds = true;
        rest = rest.mid(end + 1);
    }
    const QByteArray salt = rest.section(QLatin1Char('$'), 0, 0).left(kMaxSaltLength).toLatin1();
    const int keyLength = int(key.size());

    // Digest B: key, salt, key.
    const QByteArray b = sha512(key + salt + key);
    // Digest A: key, salt, B for each byte of the key, then B or the key for each bit of its length.
    QCryptographicHash a(QCryptographicHash::Sha512);
    a.addData(key);
    a.addData(salt);
    a.addData(repeatTo(b, keyLength));
    for (int bits = keyLength; bits > 0; bits >>= 1)
        a.addData((bits & 1) ? b : key);
    QByteArray digest = a.result();

    // P: the key hashed once per byte of the key; S: the salt hashed 16 + A[0] times.
    QCryptographicHash dp(QCryptographicHash::Sha512);
    for (int i = 0; i < keyLength; ++i)
        dp.addData(key);
    const QByteArray p = repeatTo(dp.result(), keyLength);
    QCryptographicHash ds(QCryptographicHash::Sha512);
    for (int i = 0; i < 16 + static_cast<unsigned char>(digest.at(0)); ++i)
        ds.addData(salt);
    const QByteArray s = repeatTo(ds.result(), int(salt.size()));

    // One hash object and no copies per round: 200 000 rounds are what the user waits for.
    QCryptographicHash c(QCryptographicHash::Sha512);
    for (int round = 0; round < rounds; ++round) {
        c.reset();
        c.addData((round & 1) ? p : digest);
        if (round % 3 != 0)
            c.addData(s);
        if (round % 7 != 0)
            c.addData(p);
        c.addData((round & 1) ? digest : p);
        const QByteArrayView next = c.resultView();
        std::copy(next.begin(), next.end(), digest.begin());
    }

    QString out = prefix;
    if (customRounds)
        out += roundsPrefix + QString::number(rounds) + QLatin1Char('$');
    out += QString::fromLatin1(salt) + QLatin1Char('$');
    const auto d = [&](int i) {
        return static_cast<unsigned char>(digest.at(i));
    };
    // The specification's byte order for SHA-512: 21 groups of three, then the last byte.
    for (int i = 0; i < 21; ++i) {
        const int first = (i * 22) % 63;
        encode24(&out, d(first), d((first + 21) % 63), d((first + 42) % 63), 4);
    }
    encode24(&out, 0, 0, d(63), 2);
    return out;
}

QString ShaCrypt::randomSalt()
{
    QString salt;
    auto* random = QRandomGenerator::system();
    for (int i = 0; i < kMaxSaltLength; ++i)
        salt += QLatin1Char(kAlphabet[random->bounded(64)]);
    return salt;
}

QString ShaCrypt::hash(const QByteArray& key, int rounds)
{
    return crypt(key, QStringLiteral("$6$rounds=%1$").arg(qBound(kMinRounds, rounds, kMaxRounds)) + randomSalt());
}

} // namespace colab
