#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTcpServer;
class QTcpSocket;

namespace colab {

// A runtime's SSH server at a fixed local address, for IDEs that cannot run a ProxyCommand
// (PyCharm's SSH interpreter): listens on 127.0.0.1:PORT and relays each connection through a
// `cloudflared access ssh --hostname H` of its own (stdin/stdout). The command can change while it
// listens (a re-added runtime's new hostname): new connections use the new one. Nothing blocks:
// QTcpServer and QProcess, stopped children are reaped when they end.
class LocalForward : public QObject
{
    Q_OBJECT
public:
    explicit LocalForward(int port, QObject* parent = nullptr);
    ~LocalForward() override;

    int port() const { return m_port; }
    // The proxy command each new connection runs (ProxyProcess::cloudflaredSsh).
    void setProxyCommand(const QStringList& argv) { m_proxyCommand = argv; }
    QStringList proxyCommand() const { return m_proxyCommand; }

    // True when it listens (now or already); else errorString() says why (e.g. the port is taken).
    bool listen();
    // Stops listening and ends every relayed connection.
    void close();
    // New connections are refused; open ones carry on (a network blip must not cut the IDE's).
    void stopListening();
    bool isListening() const;
    QString errorString() const { return m_error; }
    int connectionCount() const { return m_connections; }

signals:
    void listeningChanged(bool listening);

private:
    void relay(QTcpSocket* client);
    static void endProxy(QProcess* proxy);

    int m_port;
    QTcpServer* m_server;
    QStringList m_proxyCommand;
    QString m_error;
    int m_connections = 0;
};

} // namespace colab
