#include "ide/LaunchRunner.h"

#include "common/Logging.h"
#include "common/ShellQuote.h"
#include "common/Text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTimer>

namespace colab {

namespace {
constexpr int kLaunchPollMs = 50;
constexpr int kPortTimeoutMs = 20000;
constexpr int kStopGraceMs = 2000;

} // namespace

LaunchRunner::LaunchRunner(QObject* parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(kLaunchPollMs);
}

LaunchRunner::~LaunchRunner()
{
    // Quitting: no event loop is left to finish a polite stop, so the forward is killed with its
    // QProcess (SIGKILL, reaped at once).
    if (m_forward)
        m_forward->disconnect(this);
    delete m_forward;
}

bool LaunchRunner::portForwardRunning() const
{
    return m_forward && m_forward->state() == QProcess::Running;
}

void LaunchRunner::stopPortForward()
{
    if (!m_forward)
        return;
    // Never wait here (this runs on the GUI thread): ask it to stop, make sure it does, and let
    // the process object go once it has.
    QProcess* forward = m_forward;
    m_forward = nullptr;
    forward->disconnect(this);
    forward->setParent(nullptr);
    connect(forward, &QProcess::finished, forward, &QObject::deleteLater);
    QTimer::singleShot(kStopGraceMs, forward, [forward] { forward->kill(); });
    forward->terminate();
}

void LaunchRunner::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    qCWarning(lcIde) << message;
    emit finished(false, message);
}

void LaunchRunner::start(const LaunchPlan& plan)
{
    m_plan = plan;
    m_done = false;
    if (plan.portForward.isEmpty()) {
        launchMain();
        return;
    }
    m_forward = new QProcess(this);
    m_forward->setProcessChannelMode(QProcess::SeparateChannels);
    platform::endWithParent(*m_forward);
    connect(m_forward, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString errors = QString::fromLocal8Bit(m_forward->readAllStandardError()).trimmed();
        const QString reason = tr("The local port for the IDE closed (cloudflared exited with %1): %2")
                                   .arg(code)
                                   .arg(inertNetworkText(errors.section(QLatin1Char('\n'), -1)));
        if (!m_done)
            fail(reason);
        else
            emit portForwardStopped(reason);
    });
    m_forward->start(plan.portForward.first(), plan.portForward.mid(1));
    pollWith(&LaunchRunner::waitForPort);
}

void LaunchRunner::pollWith(void (LaunchRunner::*step)())
{
    m_waitedMs = 0;
    m_poll->disconnect(this);
    connect(m_poll, &QTimer::timeout, this, step);
    m_poll->start();
}

void LaunchRunner::waitForPort()
{
    m_waitedMs += kLaunchPollMs;
    if (m_waitedMs > kPortTimeoutMs) {
        fail(tr("cloudflared did not open 127.0.0.1:%1 within %2 s.").arg(m_plan.localPort).arg(kPortTimeoutMs / 1000));
        return;
    }
    // An asynchronous knock on the port: the GUI thread never waits for it.
    auto* probe = new QTcpSocket(this);
    connect(probe, &QTcpSocket::connected, this, [this, probe] {
        probe->abort();
        probe->deleteLater();
        if (m_poll->isActive() && !m_done) {
            m_poll->stop();
            launchMain();
        }
    });
    connect(probe, &QTcpSocket::errorOccurred, probe, &QObject::deleteLater);
    probe->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_plan.localPort));
}

void LaunchRunner::launchMain()
{
    if (!m_plan.argv.isEmpty())
        spawn(m_plan.argv, QFileInfo(m_plan.argv.first()).fileName());
    else
        spawn(m_plan.urlOpener + QStringList{m_plan.url}, QFileInfo(m_plan.urlOpener.value(0)).fileName());
}

void LaunchRunner::spawn(const QStringList& argv, const QString& what)
{
    if (argv.isEmpty() || argv.first().isEmpty()) {
        fail(tr("Nothing can open this link on this system."));
        return;
    }
    qCDebug(lcIde) << "starting" << shellJoin(argv);
    // The child's stderr goes to an unlinked file, not a pipe: once we stop reading (or quit), a
    // pipe would kill a long-running IDE or terminal with SIGPIPE at its next message.
    auto child = std::make_unique<platform::DetachedChild>();
    QString error;
    if (!child->start(argv, &error)) {
        fail(tr("Could not start %1: %2").arg(what, error));
        return;
    }
    m_child = std::move(child);
    m_childWhat = what;
    pollWith(&LaunchRunner::pollChild);
}

void LaunchRunner::pollChild()
{
    m_waitedMs += kLaunchPollMs;
    int exitCode = 0;
    const bool exited = m_child->exited(&exitCode);
    if (!exited && m_waitedMs < m_earlyExitWindowMs)
        return;
    m_poll->stop();
    const QByteArray errors = m_child->errors(8192);
    // Still running: collected when it ends so no zombie is left behind.
    m_child->release(parent() ? parent() : this);
    m_child.reset();
    if (exited && exitCode != 0) {
        const QString output = QString::fromLocal8Bit(errors).trimmed();
        fail(tr("%1 exited at once (status %2)%3")
                 .arg(m_childWhat)
                 .arg(exitCode)
                 .arg(output.isEmpty()
                          ? QString()
                          : QStringLiteral(": ") + inertNetworkText(output.section(QLatin1Char('\n'), -1))));
        return;
    }
    m_done = true;
    emit finished(true, tr("Opened %1.").arg(m_plan.description));
}

} // namespace colab
