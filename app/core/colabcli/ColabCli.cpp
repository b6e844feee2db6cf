#include "colabcli/ColabCli.h"

#include "colabcli/ColabAccelerator.h"
#include "common/Text.h"

#include <QRegularExpression>

namespace colab {

namespace {
constexpr int kNewTimeoutMs = 180000; // an assignment can queue for a GPU
constexpr int kStopTimeoutMs = 60000;
constexpr int kUsageTimeoutMs = 30000;

// The last non-empty line of what the CLI printed, inert, without its "[colab] " prefix.
QString lastLine(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        QString line = it->trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("[colab] ")))
            line = line.mid(8);
        return inertNetworkText(line);
    }
    return {};
}

QString lineStartingWith(const QString& text, const QString& prefix)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(prefix))
            return inertNetworkText(line.trimmed().mid(8));
    return {};
}
} // namespace

ColabCli::ColabCli(QString program, QObject* parent) : QObject(parent), m_program(std::move(program))
{
    qRegisterMetaType<colab::ColabCli::Reply>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ColabCli::timedOut);
    connect(&m_process, &QProcess::finished, this, &ColabCli::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFailedToStart();
    });
}

ColabCli::~ColabCli()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool ColabCli::isValidName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,63}$"));
    return valid.match(name).hasMatch();
}

void ColabCli::newRuntime(const QString& name, const QString& accelerator)
{
    if (!isValidName(name))
        return answerLater(Command::New, Failure::BadInput, tr("\"%1\" is not a usable runtime name.").arg(name));
    QString error;
    const std::optional<QStringList> acceleratorArguments = ColabAccelerator::cliArguments(accelerator, &error);
    if (!acceleratorArguments)
        return answerLater(Command::New, Failure::BadInput, error);
    m_name = name;
    run(Command::New, QStringList{QStringLiteral("new"), QStringLiteral("-s"), name} + *acceleratorArguments,
        kNewTimeoutMs);
}

void ColabCli::stop(const QString& name)
{
    if (!isValidName(name))
        return answerLater(Command::Stop, Failure::BadInput, tr("\"%1\" is not a usable runtime name.").arg(name));
    m_name = name;
    run(Command::Stop, {QStringLiteral("stop"), QStringLiteral("-s"), name}, kStopTimeoutMs);
}

void ColabCli::usage()
{
    m_name.clear();
    run(Command::Usage, {QStringLiteral("usage")}, kUsageTimeoutMs);
}

void ColabCli::run(Command command, const QStringList& arguments, int timeoutMs)
{
    if (isRunning())
        return answerLater(command, Failure::Busy, tr("The colab CLI is still busy with the previous command."));
    m_command = command;
    m_timedOut = false;
    m_process.setProgram(m_program);
    m_process.setArguments(arguments);
    m_process.start();
    if (m_process.state() == QProcess::NotRunning)
        return; // it failed to start, and processFailedToStart() has answered
    m_process.closeWriteChannel();
    m_timeout.start(m_timeoutOverrideMs > 0 ? m_timeoutOverrideMs : timeoutMs);
}

void ColabCli::answerLater(Command command, Failure failure, const QString& message)
{
    Reply reply;
    reply.command = command;
    reply.failure = failure;
    reply.message = message;
    QMetaObject::invokeMethod(
        this, [this, reply] { emit finished(reply); }, Qt::QueuedConnection);
}

void ColabCli::timedOut()
{
    m_timedOut = true;
    m_process.kill(); // processFinished answers
}

void ColabCli::processFailedToStart()
{
    m_timeout.stop();
    Reply reply;
    reply.command = m_command;
    reply.failure = Failure::Failed;
    reply.message = tr("Could not start the colab CLI (%1): %2").arg(m_program, m_process.errorString());
    emit finished(reply);
}

void ColabCli::processFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    const QString out = QString::fromUtf8(m_process.readAllStandardOutput());
    const QString err = QString::fromUtf8(m_process.readAllStandardError());
    Reply reply;
    if (m_timedOut) {
        reply.command = m_command;
        reply.failure = Failure::TimedOut;
        reply.message = tr("The colab CLI did not answer within %1 s.")
                            .arg((m_timeoutOverrideMs > 0 ? m_timeoutOverrideMs : m_timeout.interval()) / 1000);
    } else if (status == QProcess::CrashExit) {
        reply.command = m_command;
        reply.failure = Failure::Failed;
        reply.message = tr("The colab CLI crashed.");
    } else {
        reply = interpret(exitCode, out, err);
    }
    emit finished(reply);
}

ColabCli::Reply ColabCli::interpret(int exitCode, const QString& out, const QString& err) const
{
    Reply reply;
    reply.command = m_command;
    // colab_cli/auth.py: with no saved token, the first call to Google prints this and waits for a
    // pasted code; our closed stdin ends it with EOFError.
    if (err.contains(QLatin1String("To authorize colab-cli"))) {
        reply.failure = Failure::NotLoggedIn;
        reply.message = tr("The colab CLI is not signed in to Google. Run \"colab sessions\" once in a terminal and "
                           "follow the link it prints.");
        return reply;
    }
    switch (m_command) {
    case Command::New:
        if (exitCode == 0 && out.contains(QLatin1String("[colab] Session READY.")))
            return reply;
        if (const QString quota = lineStartingWith(err, QStringLiteral("[colab] Backend rejected accelerator"));
            !quota.isEmpty()) {
            reply.failure = Failure::NoQuota;
            reply.message = quota;
            return reply;
        }
        break;
    case Command::Stop:
        // session.py stop(): an unknown name is reported on stdout with exit status 0.
        if (out.contains(QStringLiteral("[colab] Session '%1' not found.").arg(m_name))) {
            reply.failure = Failure::UnknownSession;
            reply.message = tr("The colab CLI has no session named \"%1\".").arg(m_name);
            return reply;
        }
        if (exitCode == 0 && out.contains(QLatin1String("[colab] Session terminated.")))
            return reply;
        break;
    case Command::Usage:
        if (exitCode == 2 && err.contains(QLatin1String("No such command 'usage'"))) {
            reply.failure = Failure::NoUsageCommand;
            reply.message = tr("This colab CLI has no \"usage\" command; update it (pipx upgrade google-colab-cli).");
            return reply;
        }
        if (exitCode == 0) {
            if (parseUsage(out, &reply.usage))
                return reply;
            reply.failure = Failure::Unparsed;
            reply.message = tr("The colab CLI's usage report was not understood: %1").arg(lastLine(out));
            return reply;
        }
        break;
    }
    reply.failure = exitCode == 0 ? Failure::Unparsed : Failure::Failed;
    const QString said = lastLine(err.trimmed().isEmpty() ? out : err);
    reply.message = said.isEmpty() ? tr("The colab CLI failed (exit status %1).").arg(exitCode)
                                   : tr("The colab CLI failed: %1").arg(said);
    return reply;
}

bool ColabCli::parseUsage(const QString& output, Usage* usage)
{
    static const QRegularExpression balance(QStringLiteral("^Current balance: ([0-9]+(?:\\.[0-9]+)?) compute units$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression rate(QStringLiteral("^Usage rate: ([0-9]+(?:\\.[0-9]+)?)/hr$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression active(QStringLiteral("^Active assignments: ([0-9]+)$"),
                                           QRegularExpression::MultilineOption);
    QString text = output;
    text.remove(QLatin1Char('\r'));
    const auto b = balance.match(text);
    const auto r = rate.match(text);
    const auto a = active.match(text);
    if (!b.hasMatch() || !r.hasMatch() || !a.hasMatch())
        return false;
    usage->balanceCu = b.captured(1).toDouble();
    usage->ratePerHour = r.captured(1).toDouble();
    usage->activeAssignments = a.captured(1).toInt();
    return true;
}

} // namespace colab
