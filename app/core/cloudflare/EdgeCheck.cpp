#include "cloudflare/EdgeCheck.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace colab {

namespace {
constexpr int kCancelPollMs = 100; // how soon a cancel (quitting, the runtime removed) is noticed
} // namespace

EdgeCheck::Answer EdgeCheck::ask(const QString& hostname, int timeoutMs, const std::function<bool()>& cancelled)
{
    static const QRegularExpression plainHostname(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
    if (!plainHostname.match(hostname).hasMatch())
        return Answer::Unknown;
    const QUrl standIn(qEnvironmentVariable("COLAB_TUNNEL_EDGE"));
    const bool plain = standIn.isValid() && standIn.scheme() == QLatin1String("http");
    if (!plain && !QSslSocket::supportsSsl())
        return Answer::Unknown;

    // An event loop of this worker's own: the host lookup, the TLS handshake and the answer all
    // run asynchronously, so a cancel or the deadline ends the wait at once, also during a slow lookup.
    const std::unique_ptr<QTcpSocket> socket(plain ? new QTcpSocket : new QSslSocket);
    QEventLoop loop;
    bool over = false;
    const auto stop = [&] {
        over = true;
        loop.quit();
    };
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + hostname.toLatin1() +
                               "\r\nUser-Agent: colab-tunnel\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    const auto send = [&] {
        socket->write(request);
    };
    if (plain)
        QObject::connect(socket.get(), &QAbstractSocket::connected, send);
    else
        QObject::connect(static_cast<QSslSocket*>(socket.get()), &QSslSocket::encrypted, send);
    QByteArray statusLine;
    QObject::connect(socket.get(), &QIODevice::readyRead, [&] {
        statusLine += socket->read(1024 - statusLine.size());
        if (statusLine.contains('\n') || statusLine.size() >= 1024)
            stop();
    });
    QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, stop);
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (elapsed.elapsed() >= timeoutMs || (cancelled && cancelled()))
            stop();
    });
    poll.start();
    if (plain)
        socket->connectToHost(standIn.host(), quint16(standIn.port(80)));
    else
        static_cast<QSslSocket*>(socket.get())->connectToHostEncrypted(hostname, 443);
    if (!over)
        loop.exec();
    poll.stop();
    socket->abort();

    const QList<QByteArray> words = statusLine.left(statusLine.indexOf('\n')).simplified().split(' ');
    const bool http = !words.isEmpty() && words.first().startsWith("HTTP/");
    return http && words.value(1) == "530" ? Answer::NoConnector : Answer::Unknown;
}

} // namespace colab
