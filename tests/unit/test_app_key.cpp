#include "TestEnv.h"
#include "ssh/AppKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <vector>

using namespace colab;

namespace {

const char* const kChildDir = "COLAB_TEST_APP_KEY_DIR";

QString keyIn(const QString& dir)
{
    return dir + QStringLiteral("/id_ed25519");
}

// The public key OpenSSH derives from the private key file ("type base64").
QString derivedPublicKey(const QString& privateKey)
{
    const auto derived =
        test::runProcess(QStringLiteral("ssh-keygen"), {QStringLiteral("-y"), QStringLiteral("-f"), privateKey});
    INFO(derived.err.toStdString());
    const QStringList parts = QString::fromLatin1(derived.out).simplified().split(QLatin1Char(' '));
    return derived.exitCode == 0 && parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1) : QString();
}

QString publicKeyMaterial(const AppKey& key)
{
    return key.publicKeyLine().section(QLatin1Char(' '), 0, 1);
}

// One consistent pair, private key owner-only, and nothing left over beside it.
void checkPair(const QString& dir)
{
    const AppKey key(keyIn(dir));
    REQUIRE(key.exists());
    CHECK(test::readFile(key.privateKeyFile()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(key.privateKeyFile()).constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);
    CHECK(publicKeyMaterial(key).startsWith(QStringLiteral("ssh-ed25519 ")));
    CHECK(derivedPublicKey(key.privateKeyFile()) == publicKeyMaterial(key));
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden) ==
          QStringList({QStringLiteral("id_ed25519"), QStringLiteral("id_ed25519.pub")}));
}

// Runs AppKey::ensure on `count` threads released at the same moment; returns the public key each
// one found right after its ensure() returned (empty = it failed).
QStringList ensureOnThreads(const QString& dir, int count)
{
    std::atomic<bool> go{false};
    QStringList seen(count);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            while (!go.load())
                QThread::yieldCurrentThread();
            AppKey key(keyIn(dir));
            QString error;
            if (key.ensure(&error))
                seen[i] = publicKeyMaterial(key);
        }));
        threads.back()->start();
    }
    go = true;
    for (auto& thread : threads)
        thread->wait();
    return seen;
}

} // namespace

TEST_CASE("threads creating the app key at once get one consistent pair", "[key][concurrency]")
{
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        const QString dir = test::makeScratchDir(QStringLiteral("key")) + QStringLiteral("/data");
        const QStringList seen = ensureOnThreads(dir, 6);
        checkPair(dir);
        // Created once: every caller saw the key that stayed.
        CHECK(seen == QStringList(6, publicKeyMaterial(AppKey(keyIn(dir)))));
    }
}

// Not a test of its own: what each process in the test below runs.
TEST_CASE("child: ensure the app key in $COLAB_TEST_APP_KEY_DIR", "[.app-key-child]")
{
    const QString dir = qEnvironmentVariable(kChildDir);
    REQUIRE_FALSE(dir.isEmpty());
    // Start together: wait for the parent's signal file.
    REQUIRE(test::waitUntil([&] { return QFileInfo::exists(dir + QStringLiteral(".go")); }, 20000));
    AppKey key(keyIn(dir));
    QString error;
    const bool ok = key.ensure(&error);
    INFO(error.toStdString());
    REQUIRE(ok);
    std::printf("seen: %s\n", qPrintable(publicKeyMaterial(key)));
}

TEST_CASE("processes and threads creating the app key at once get one consistent pair", "[key][concurrency]")
{
    for (int round = 0; round < 5; ++round) {
        INFO("round " << round);
        const QString dir = test::makeScratchDir(QStringLiteral("key")) + QStringLiteral("/data");
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < 4; ++i) {
            auto child = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildDir), dir);
            child->setProcessEnvironment(env);
            child->start(QCoreApplication::applicationFilePath(), {QStringLiteral("[app-key-child]")});
            REQUIRE(child->waitForStarted());
            children.push_back(std::move(child));
        }
        QThread::msleep(300); // let the children reach their wait
        test::writeFile(dir + QStringLiteral(".go"), {});
        const QStringList seen = ensureOnThreads(dir, 2);
        QStringList childSeen;
        for (auto& child : children) {
            REQUIRE(child->waitForFinished(30000));
            INFO(child->readAllStandardError().toStdString());
            CHECK(child->exitCode() == 0);
            for (const QByteArray& line : child->readAllStandardOutput().split('\n'))
                if (line.startsWith("seen: "))
                    childSeen << QString::fromLatin1(line.mid(6));
        }
        checkPair(dir);
        const QString kept = publicKeyMaterial(AppKey(keyIn(dir)));
        CHECK(seen == QStringList(2, kept));
        CHECK(childSeen == QStringList(4, kept));
    }
}

TEST_CASE("a private key whose public half is missing is kept and completed", "[key]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("key"));
    const QString file = keyIn(dir);
    REQUIRE(test::runProcess(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-f"), file})
                .exitCode == 0);
    QFile::remove(file + QStringLiteral(".pub"));
    const QByteArray original = test::readFile(file);
    AppKey key(file);
    QString error;
    REQUIRE(key.ensure(&error));
    CHECK(test::readFile(file) == original);
    CHECK(publicKeyMaterial(key) == derivedPublicKey(file));
}
