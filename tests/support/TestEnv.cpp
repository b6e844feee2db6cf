#include "TestEnv.h"

#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace colab::test {

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

QString fixturesDir()
{
    return QStringLiteral(COLAB_FIXTURES_DIR);
}

QString fakeCloudflared()
{
    return fixturesDir() + QStringLiteral("/fake-cloudflared");
}

QString makeScratchDir(const QString& prefix)
{
    QString base = qEnvironmentVariable("COLAB_TEST_SCRATCH", QDir::tempPath());
    QTemporaryDir dir(base + QLatin1Char('/') + prefix + QStringLiteral("-XXXXXX"));
    dir.setAutoRemove(false);
    return dir.path();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs,
                         const QStringList& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runApp(const QStringList& arguments, const QByteArray& input, const QStringList& extraEnv)
{
    return runProcess(QStringLiteral(COLAB_APP_BINARY), arguments, input, 60000, extraEnv);
}

} // namespace colab::test

#include <QDirIterator>

namespace colab::test {

void writeExecutable(const QString& path, const QByteArray& script)
{
    writeFile(path, script);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadOther | QFileDevice::ExeOther);
}

QMap<QString, QByteArray> snapshotTree(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, readFile(path));
    }
    return files;
}

QStringList appEnv(const QStringList& extra)
{
    return QStringList{QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=") + fakeCloudflared()} + extra;
}

} // namespace colab::test

namespace colab::test {
void resetAppFiles()
{
    for (const QString& dir :
         {QDir::homePath() + QStringLiteral("/.ssh"), QDir::homePath() + QStringLiteral("/dotfiles"),
          AppPaths::dataDir(), AppPaths::configDir()})
        QDir(dir).removeRecursively();
    QDir().mkpath(QDir::homePath());
}

void resetAppFilesWithFakeCloudflared()
{
    resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", fakeCloudflared().toUtf8());
}

bool addTunnelWithCli(const QString& name, const QString& hostname)
{
    return runApp({QStringLiteral("add"), QStringLiteral("--name"), name, hostname}, {}, appEnv()).exitCode == 0;
}

} // namespace colab::test

namespace colab::test {
void setRoundTripMs(int ms)
{
    qputenv("FAKE_CLOUDFLARED_RTT_MS", QByteArray::number(ms));
    qputenv("FAKE_CLOUDFLARED_DELAY_RELAY", QByteArrayLiteral(COLAB_DELAY_RELAY));
}
} // namespace colab::test

namespace colab::test {
Tunnel quickTunnel(const QString& name, const QString& hostname)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Tunnel{name, hostname, Tunnel::Kind::Quick, now, now};
}
} // namespace colab::test

namespace colab::test {
SecretStore::Result readKeychain(const QString& key)
{
    SecretStore store;
    SecretStore::Result result;
    bool done = false;
    store.read(key, [&](const SecretStore::Result& r) {
        result = r;
        done = true;
    });
    waitUntil([&] { return done; }, 20000);
    return result;
}
} // namespace colab::test
