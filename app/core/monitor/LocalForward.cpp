#include "monitor/LocalForward.h"

#include "common/Logging.h"
#include "common/Platform.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace colab {

namespace {
constexpr int kProxyGraceMs = 2000; // after the IDE hung up, before cloudflared is told to stop
constexpr int kKillMs = 2000;       // after that, before it is killed
constexpr qint64 kClientBufferBytes = 1024 * 1024;
} // namespace

LocalForward::LocalForward(int port, QObject* parent) : QObject(parent), m_port(port), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server->nextPendingConnection())
            relay(client);
    });
}

LocalForward::~LocalForward()
{
    // Quitting: the children go with their QProcess objects (killed and reaped at once).
    m_server->close();
}

bool LocalForward::isListening() const
{
    return m_server->isListening();
}

bool LocalForward::listen()
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, quint16(m_port))) {
        m_error = tr("127.0.0.1:%1 is in use by another program: %2").arg(m_port).arg(m_server->errorString());
        qCWarning(lcIde) << m_error;
        return false;
    }
    m_error.clear();
    qCInfo(lcIde) << "forwarding 127.0.0.1:" << m_port << "through" << m_proxyCommand.value(4);
    emit listeningChanged(true);
    return true;
}

void LocalForward::stopListening()
{
    const bool was = m_server->isListening();
    m_server->close();
    if (was)
        emit listeningChanged(false);
}

void LocalForward::close()
{
    for (QTcpSocket* client : findChildren<QTcpSocket*>(QString(), Qt::FindDirectChildrenOnly))
        client->abort();
    stopListening();
}

void LocalForward::endProxy(QProcess* proxy)
{
    if (proxy->state() == QProcess::NotRunning)
        return;
    // End of input first (cloudflared and the relay behind it end on their own), then firmer.
    proxy->closeWriteChannel();
    QTimer::singleShot(kProxyGraceMs, proxy, [proxy] { proxy->terminate(); });
    QTimer::singleShot(kProxyGraceMs + kKillMs, proxy, [proxy] { proxy->kill(); });
}

void LocalForward::relay(QTcpSocket* client)
{
    if (m_proxyCommand.isEmpty()) {
        client->abort();
        client->deleteLater();
        return;
    }
    client->setParent(this);
    client->setReadBufferSize(kClientBufferBytes);
    auto* proxy = new QProcess(this);
    proxy->setProcessChannelMode(QProcess::SeparateChannels);
    proxy->setReadChannel(QProcess::StandardOutput);
    platform::endWithParent(*proxy);
    ++m_connections;

    // IDE → runtime, holding back while cloudflared has not taken the last chunk.
    const auto forward = [client, proxy] {
        if (proxy->state() != QProcess::NotRunning && proxy->bytesToWrite() < kClientBufferBytes)
            proxy->write(client->readAll());
    };
    connect(client, &QTcpSocket::readyRead, proxy, forward);
    connect(proxy, &QProcess::bytesWritten, client, forward);
    // Runtime → IDE.
    connect(proxy, &QProcess::readyReadStandardOutput, client,
            [client, proxy] { client->write(proxy->readAllStandardOutput()); });
    // Either side ending ends the other.
    connect(client, &QTcpSocket::disconnected, proxy, [proxy] { endProxy(proxy); });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(proxy, &QProcess::finished, client, [client, proxy] {
        client->write(proxy->readAllStandardOutput());
        client->disconnectFromHost();
    });
    const auto done = [this, proxy] {
        --m_connections;
        const QString errors = QString::fromLocal8Bit(proxy->readAllStandardError()).trimmed();
        if (!errors.isEmpty())
            qCDebug(lcIde) << "forward connection on port" << m_port
                           << "ended:" << errors.section(QLatin1Char('\n'), -1);
        proxy->deleteLater();
    };
    connect(proxy, &QProcess::finished, this, done);
    connect(proxy, &QProcess::errorOccurred, this, [this, client, proxy](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        qCWarning(lcIde) << "could not start" << m_proxyCommand.value(0) << ":" << proxy->errorString();
        --m_connections;
        proxy->deleteLater();
        client->abort();
    });
    proxy->start(m_proxyCommand.first(), m_proxyCommand.mid(1));
}

} // namespace colab
