#include "common/SingleInstance.h"

#include "common/AppPaths.h"
#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringList>

namespace colab {

namespace {
constexpr int kForwardTimeoutMs = 2000;
}

SingleInstance::SingleInstance(QObject* parent) : QObject(parent)
{
    // One name per data folder, so test instances with their own XDG_DATA_HOME never meet.
    const QByteArray id = QCryptographicHash::hash(AppPaths::dataDir().toUtf8(), QCryptographicHash::Sha1).toHex();
    m_name = QStringLiteral("colab-tunnel-%1").arg(QString::fromLatin1(id.left(16)));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claimOrForward(const QStringList& arguments)
{
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
        return false;
    }
    QLocalServer::removeServer(m_name); // a stale socket left by a crashed instance
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
