#include "common/SingleInstance.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Platform.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringList>

namespace colab {

namespace {
constexpr int kForwardTimeoutMs = 2000;

using SocketOwner = platform::EndpointOwner;

SocketOwner socketOwner(const QString& path)
{
    return platform::localEndpointOwner(path);
}
} // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent)
{
    // One name per data folder, so test instances with their own XDG_DATA_HOME never meet.
    const QByteArray id = QCryptographicHash::hash(AppPaths::dataDir().toUtf8(), QCryptographicHash::Sha1).toHex();
    const QString dir = AppPaths::privateRuntimeDir();
    if (dir.isEmpty())
        qCWarning(lcApp) << "no private folder for the instance socket; a second launch opens a second window";
    else
        m_name = dir + QStringLiteral("/instance-%1").arg(QString::fromLatin1(id.left(16)));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QStringList& arguments)
{
    if (m_name.isEmpty() || socketOwner(m_name) != SocketOwner::Us)
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(kForwardTimeoutMs)) {
        QByteArray payload;
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << arguments;
        socket.write(payload);
        socket.waitForBytesWritten(kForwardTimeoutMs);
        socket.disconnectFromServer();
        qCInfo(lcApp) << "handed over to the running instance";
        return true;
    }
    return false;
}

bool SingleInstance::claimOrForward(const QStringList& arguments)
{
    if (m_name.isEmpty())
        return true;
    if (forwardToRunning(arguments))
        return false;
    if (socketOwner(m_name) == SocketOwner::SomeoneElse)
        qCWarning(lcApp) << m_name << "is not a socket of this user; replacing it";
    // A stale socket left by a crashed instance, or one that is not ours: never reuse it.
    QFile::remove(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        qCWarning(lcApp) << "cannot listen for other instances:" << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readClient);
    return true;
}

void SingleInstance::readClient()
{
    while (QLocalSocket* client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, [this, client] {
            QStringList arguments;
            QDataStream stream(client->readAll());
            stream >> arguments;
            if (stream.status() == QDataStream::Ok)
                emit argumentsReceived(arguments);
            client->deleteLater();
        });
    }
}

} // namespace colab
