#include "ide/StablePorts.h"

#include "common/JsonStoreFile.h"

#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QtEndian>

namespace colab {

namespace {
constexpr int kPortsFileVersion = 1;
constexpr int kRangeSize = StablePorts::kLastPort - StablePorts::kFirstPort + 1;
constexpr int kSeedBytes = 16;

QByteArray newSeed()
{
    QByteArray seed(kSeedBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(seed.begin(), seed.end());
    return seed.toHex();
}
} // namespace

StablePorts::StablePorts(QString file) : m_file(std::move(file)), m_seed(newSeed()) {}

bool StablePorts::load(QString* error)
{
    m_ports.clear();
    m_unknownFields = {};
    m_seed = newSeed();
    const JsonStoreFile file(m_file, kPortsFileVersion);
    QJsonObject root;
    if (!file.read(&root, error))
        return false;
    const QJsonValue seed = root.take(QStringLiteral("seed"));
    const QJsonValue ports = root.take(QStringLiteral("ports"));
    if (!seed.isUndefined()) {
        const QByteArray hex = seed.toString().toLatin1();
        if (hex.size() != 2 * kSeedBytes || QByteArray::fromHex(hex).toHex() != hex.toLower()) {
            *error = file.entryError(
                QStringLiteral("\"seed\""),
                tr("%1 is not %2 hexadecimal digits.").arg(JsonStoreFile::shown(seed)).arg(2 * kSeedBytes));
            return false;
        }
        m_seed = hex.toLower();
    }
    if (!ports.isUndefined() && !ports.isObject()) {
        *error = file.entryError(QStringLiteral("\"ports\""),
                                 tr("%1 is not a list of names and ports.").arg(JsonStoreFile::shown(ports)));
        return false;
    }
    QHash<QString, int> loaded;
    QHash<int, QString> owners;
    const QJsonObject list = ports.toObject();
    for (auto it = list.constBegin(); it != list.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        const int port = int(value);
        const QString entry = tr("the port of \"%1\"").arg(it.key().left(40));
        if (!it.value().isDouble() || double(port) != value || port < kFirstPort || port > kLastPort) {
            *error = file.entryError(entry, tr("%1 is not a port between %2 and %3.")
                                                .arg(JsonStoreFile::shown(it.value()))
                                                .arg(kFirstPort)
                                                .arg(kLastPort));
            return false;
        }
        if (owners.contains(port)) {
            *error = file.entryError(entry, tr("%1 is the port of \"%2\" as well.").arg(port).arg(owners.value(port)));
            return false;
        }
        owners.insert(port, it.key());
        loaded.insert(it.key(), port);
    }
    m_ports = loaded;
    m_unknownFields = root;
    return true;
}

bool StablePorts::save(QString* error) const
{
    QJsonObject ports;
    for (auto it = m_ports.constBegin(); it != m_ports.constEnd(); ++it)
        ports.insert(it.key(), it.value());
    QJsonObject root = m_unknownFields;
    root.insert(QStringLiteral("seed"), QString::fromLatin1(m_seed));
    root.insert(QStringLiteral("ports"), ports);
    return JsonStoreFile(m_file, kPortsFileVersion).write(root, error);
}

int StablePorts::firstChoice(const QString& name) const
{
    // A keyed hash: without the seed the name says nothing about the port.
    const QByteArray mac =
        QMessageAuthenticationCode::hash(name.toUtf8(), QByteArray::fromHex(m_seed), QCryptographicHash::Sha256);
    return int(qFromBigEndian<quint32>(mac.constData()) % quint32(kRangeSize));
}

int StablePorts::assign(const QString& name, const std::function<bool(int)>& isFree)
{
    if (const int existing = port(name))
        return existing;
    QSet<int> taken;
    for (const int used : std::as_const(m_ports))
        taken.insert(used);
    const int start = firstChoice(name);
    for (int i = 0; i < kRangeSize; ++i) {
        const int candidate = kFirstPort + (start + i) % kRangeSize;
        if (taken.contains(candidate) || (isFree && !isFree(candidate)))
            continue;
        m_ports.insert(name, candidate);
        return candidate;
    }
    return 0;
}

bool StablePorts::rename(const QString& from, const QString& to)
{
    if (!m_ports.contains(from) || m_ports.contains(to))
        return false;
    m_ports.insert(to, m_ports.take(from));
    return true;
}

bool StablePorts::isFreeOnLoopback(int port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, quint16(port));
}

} // namespace colab
