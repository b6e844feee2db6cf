#include "cloudflare/LoginRunner.h"

#include "cloudflare/OriginCert.h"
#include "common/Logging.h"
#include "common/Text.h"
#include "secrets/SecretMemory.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace colab {

LoginRunner::LoginRunner(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_poll.setInterval(1000);
    m_deadline.setSingleShot(true);
    connect(&m_process, &QProcess::readyRead, this, &LoginRunner::readOutput);
    connect(&m_process, &QProcess::finished, this, &LoginRunner::processFinished);
    m_killDue.setSingleShot(true);
    m_killDue.setInterval(2000);
    connect(&m_killDue, &QTimer::timeout, &m_process, &QProcess::kill);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (m_ending && m_process.state() == QProcess::NotRunning) {
            finishEnding();
            return;
        }
        if (error == QProcess::FailedToStart)
            end(Outcome::Failed, tr("cloudflared could not be started: %1").arg(m_process.errorString()), {});
    });
    connect(&m_poll, &QTimer::timeout, this, [this] {
        emit progress(int(m_elapsed.elapsed() / 1000));
        checkCertificate();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch(); // ~/.cloudflared may have just been created
        checkCertificate();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LoginRunner::checkCertificate);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        end(Outcome::TimedOut,
            tr("No certificate arrived within %1 minutes (the login page may not have been completed). Run "
               "colab-tunnel login again.")
                .arg(qMax(1, m_timeoutMs / 60000)),
            {});
    });
}

LoginRunner::~LoginRunner()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString LoginRunner::expectedCertPath()
{
    return OriginCert::defaultPath();
}

void LoginRunner::start(const QString& cloudflaredPath)
{
    if (m_ending) { // the last login's cloudflared is still stopping: it goes now
        m_process.kill();
        m_process.waitForFinished(1000); // delivers finished(), which sends the pending answer
        if (m_ending)
            finishEnding();
    }
    m_running = true;
    m_urlSeen = false;
    m_existing.clear();
    m_lastLines.clear();
    m_before = fileState(expectedCertPath()); // before cloudflared can touch it
    m_elapsed.start();
    watch();
    m_poll.start();
    m_deadline.start(m_timeoutMs);
    m_process.start(cloudflaredPath, {QStringLiteral("tunnel"), QStringLiteral("login")});
}

LoginRunner::FileState LoginRunner::fileState(const QString& path)
{
    FileState state;
    const QFileInfo info(path);
    if (!info.isFile())
        return state;
    state.exists = true;
    state.size = info.size();
    state.modified = info.lastModified();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        state.sha256 = hash.result();
    }
    return state;
}

bool LoginRunner::unchangedSinceStart(const QString& path) const
{
    return m_before.exists && fileState(path) == m_before;
}

void LoginRunner::watch()
{
    const QString dir = QFileInfo(expectedCertPath()).absolutePath();
    const QString watched = QFileInfo::exists(dir) ? dir : QDir::homePath();
    if (!m_watcher.directories().contains(watched))
        m_watcher.addPath(watched);
    if (QFileInfo::exists(expectedCertPath()) && !m_watcher.files().contains(expectedCertPath()))
        m_watcher.addPath(expectedCertPath());
}

void LoginRunner::cancel()
{
    if (m_running)
        end(Outcome::Cancelled, tr("Login cancelled; nothing was changed."), {});
}

void LoginRunner::readOutput()
{
    static const QRegularExpression url(QStringLiteral("https://dash\\.cloudflare\\.com/argotunnel\\?\\S+"));
    static const QRegularExpression existing(
        QStringLiteral("You have an existing certificate at (.+) which login would overwrite"));
    m_pending += m_process.readAll();
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        // cloudflared relays what Cloudflare says: one inert line each, never an escape sequence.
        const QString line = inertNetworkText(QString::fromUtf8(m_pending.left(newline)));
        m_pending.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_lastLines << line;
        if (m_lastLines.size() > 5)
            m_lastLines.removeFirst();
        if (const auto match = url.match(line); match.hasMatch() && !m_urlSeen) {
            m_urlSeen = true;
            emit loginUrl(match.captured(0));
        }
        if (const auto match = existing.match(line); match.hasMatch())
            m_existing = match.captured(1).trimmed();
    }
}

void LoginRunner::checkCertificate()
{
    if (!m_running || !m_existing.isEmpty())
        return;
    const QString path = expectedCertPath();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return;
    // There before the login and untouched: cloudflared has not yet said that it will not overwrite
    // it (it may be slow to start). It is not this login's certificate.
    if (unchangedSinceStart(path))
        return;
    OriginCert cert;
    QString error;
    // Not yet complete while cloudflared is still writing: the next change or poll looks again.
    if (!OriginCert::load(path, &cert, &error))
        return;
    wipeSecret(cert.apiToken);
    end(Outcome::LoggedIn, tr("Logged in: the certificate is at %1.").arg(path), path);
}

void LoginRunner::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_ending) {
        finishEnding();
        return;
    }
    if (!m_running)
        return;
    readOutput();
    if (!m_pending.isEmpty()) {
        m_pending += '\n';
        readOutput();
    }
    if (!m_existing.isEmpty()) {
        end(Outcome::ExistingCertificate,
            tr("A certificate already exists at %1; cloudflared left it unchanged.").arg(m_existing), m_existing);
        return;
    }
    checkCertificate();
    if (!m_running)
        return;
    const QString path = expectedCertPath();
    if (status == QProcess::NormalExit && exitCode == 0 && unchangedSinceStart(path)) {
        // cloudflared ended well without the sentence we know, and the old certificate is still there.
        end(Outcome::ExistingCertificate,
            tr("A certificate already exists at %1; cloudflared left it unchanged.").arg(path), path);
        return;
    }
    end(Outcome::Failed,
        tr("cloudflared tunnel login ended (%1) without writing a certificate: %2")
            .arg(status == QProcess::NormalExit ? tr("exit status %1").arg(exitCode) : tr("crashed"),
                 m_lastLines.join(QStringLiteral(" / "))),
        {});
}

void LoginRunner::end(Outcome outcome, const QString& message, const QString& certPath)
{
    if (!m_running)
        return;
    m_running = false;
    m_poll.stop();
    m_deadline.stop();
    qCInfo(lcCloudflare) << "login ended:" << int(outcome);
    if (m_process.state() != QProcess::NotRunning) {
        m_ending = Ending{outcome, message, certPath};
        m_process.terminate(); // lets cloudflared end its own children
        m_killDue.start();
        return;
    }
    emit finished(outcome, message, certPath);
}

void LoginRunner::finishEnding()
{
    if (!m_ending)
        return;
    m_killDue.stop();
    const Ending ending = *m_ending;
    m_ending.reset();
    emit finished(ending.outcome, ending.message, ending.certPath);
}

bool LoginRunner::moveAside(const QString& certPath, QString* movedTo, QString* error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = certPath + QStringLiteral(".replaced-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = certPath + QStringLiteral(".replaced-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(certPath, target)) {
        *error = tr("Cannot move %1 aside to %2.").arg(certPath, target);
        return false;
    }
    *movedTo = target;
    return true;
}

} // namespace colab
