#pragma once

#include "TestEnv.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

namespace colab::test {

// The Cloudflare API + DoH stand-in (tests/fixtures/fake-cloudflare-api.py) for one test: started
// with `state`, its state and request log read back from the files it keeps up to date.
class FakeCloudflareApi
{
public:
    explicit FakeCloudflareApi(const QJsonObject& state)
    {
        m_dir = makeScratchDir(QStringLiteral("cf-api"));
        writeFile(m_dir + QStringLiteral("/state.json"), QJsonDocument(state).toJson());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("python3"), {fixturesDir() + QStringLiteral("/fake-cloudflare-api.py"),
                                                    QStringLiteral("--state"), m_dir + QStringLiteral("/state.json"),
                                                    QStringLiteral("--log"), m_dir + QStringLiteral("/requests.jsonl"),
                                                    QStringLiteral("--port-file"), m_dir + QStringLiteral("/port")});
        waitUntil([this] { return QFile::exists(m_dir + QStringLiteral("/port")); }, 10000);
        m_port = QString::fromLatin1(readFile(m_dir + QStringLiteral("/port"))).toInt();
    }
    ~FakeCloudflareApi()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    FakeCloudflareApi(const FakeCloudflareApi&) = delete;
    FakeCloudflareApi& operator=(const FakeCloudflareApi&) = delete;

    bool running() const { return m_port > 0 && m_process.state() == QProcess::Running; }
    QString dir() const { return m_dir; }
    QString root() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QStringList env() const
    {
        return {QStringLiteral("COLAB_TUNNEL_API_URL=") + root() + QStringLiteral("/client/v4"),
                QStringLiteral("COLAB_TUNNEL_DOH_URL=") + root() + QStringLiteral("/dns-query")};
    }
    QJsonObject state() const
    {
        return QJsonDocument::fromJson(readFile(m_dir + QStringLiteral("/state.json"))).object();
    }
    QByteArray rawLog() const { return readFile(m_dir + QStringLiteral("/requests.jsonl")); }
    // "METHOD /path status" per request to the API (not DoH), in order.
    QStringList calls() const
    {
        QStringList lines;
        for (const QByteArray& line : rawLog().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            const QString path = entry.value(QStringLiteral("path")).toString();
            if (!path.startsWith(QLatin1String("/client/v4")))
                continue;
            lines << QStringLiteral("%1 %2 %3")
                         .arg(entry.value(QStringLiteral("method")).toString(), path.mid(10))
                         .arg(entry.value(QStringLiteral("status")).toInt());
        }
        return lines;
    }
    // POST to a control endpoint (state changes, tunnel status); true on 200.
    bool control(const QString& path, const QJsonObject& body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(root() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        return ok;
    }

private:
    QString m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace colab::test
