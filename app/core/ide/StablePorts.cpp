#include "ide/StablePorts.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTcpServer>

namespace colab {

namespace {
constexpr int kPortsFileVersion = 1;
constexpr int kRangeSize = StablePorts::kLastPort - StablePorts::kFirstPort + 1;

// FNV-1a of the name: stable across runs and machines (qHash is seeded per process).
quint32 nameHash(const QString& name)
{
    quint32 hash = 2166136261u;
    // COLAB_TUNNEL_PORT_SEED (the test harness sets one per test): tests that run at once and use
    // the same runtime names start from different ports, as two users' machines never share one.
    for (const char byte : qgetenv("COLAB_TUNNEL_PORT_SEED") + name.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}
} // namespace

StablePorts::StablePorts(QString file) : m_file(std::move(file)) {}

bool StablePorts::load(QString* error)
{
    m_ports.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is damaged (%2); the local ports of the runtimes are not known.")
                     .arg(m_file, parseError.errorString());
        return false;
    }
    const QJsonObject ports = document.object().value(QStringLiteral("ports")).toObject();
    for (auto it = ports.constBegin(); it != ports.constEnd(); ++it) {
        const int port = it.value().toInt();
        if (port >= kFirstPort && port <= kLastPort)
            m_ports.insert(it.key(), port);
    }
    return true;
}

bool StablePorts::save(QString* error) const
{
    QJsonObject ports;
    for (auto it = m_ports.constBegin(); it != m_ports.constEnd(); ++it)
        ports.insert(it.key(), it.value());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), kPortsFileVersion}, {QStringLiteral("ports"), ports}})
            .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

int StablePorts::assign(const QString& name, const std::function<bool(int)>& isFree)
{
    if (const int existing = port(name))
        return existing;
    QSet<int> taken;
    for (const int used : std::as_const(m_ports))
        taken.insert(used);
    const int start = int(nameHash(name) % quint32(kRangeSize));
    for (int i = 0; i < kRangeSize; ++i) {
        const int candidate = kFirstPort + (start + i) % kRangeSize;
        if (taken.contains(candidate) || (isFree && !isFree(candidate)))
            continue;
        m_ports.insert(name, candidate);
        return candidate;
    }
    return 0;
}

bool StablePorts::isFreeOnLoopback(int port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, quint16(port));
}

} // namespace colab
