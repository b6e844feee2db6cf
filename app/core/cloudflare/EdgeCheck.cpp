#include "cloudflare/EdgeCheck.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

namespace colab {

namespace {
std::unique_ptr<QTcpSocket> connectToEdge(const QString& hostname, int timeoutMs)
{
    const QUrl standIn(qEnvironmentVariable("COLAB_TUNNEL_EDGE"));
    if (standIn.isValid() && standIn.scheme() == QLatin1String("http")) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(standIn.host(), quint16(standIn.port(80)));
        return socket->waitForConnected(timeoutMs) ? std::move(socket) : nullptr;
    }
    if (!QSslSocket::supportsSsl())
        return nullptr;
    auto socket = std::make_unique<QSslSocket>();
    socket->connectToHostEncrypted(hostname, 443);
    return socket->waitForEncrypted(timeoutMs) ? std::move(socket) : nullptr;
}
} // namespace

EdgeCheck::Answer EdgeCheck::ask(const QString& hostname, int timeoutMs)
{
    static const QRegularExpression plainHostname(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
    if (!plainHostname.match(hostname).hasMatch())
        return Answer::Unknown;
    QElapsedTimer elapsed;
    elapsed.start();
    const std::unique_ptr<QTcpSocket> socket = connectToEdge(hostname, timeoutMs);
    if (!socket)
        return Answer::Unknown;
    socket->write("GET / HTTP/1.1\r\nHost: " + hostname.toLatin1() +
                  "\r\nUser-Agent: colab-tunnel\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    QByteArray statusLine;
    while (!statusLine.contains('\n') && statusLine.size() < 1024) {
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0 || !socket->waitForReadyRead(int(left)))
            break;
        statusLine += socket->read(1024 - statusLine.size());
    }
    const QList<QByteArray> words = statusLine.left(statusLine.indexOf('\n')).simplified().split(' ');
    const bool http = !words.isEmpty() && words.first().startsWith("HTTP/");
    return http && words.value(1) == "530" ? Answer::NoConnector : Answer::Unknown;
}

} // namespace colab
