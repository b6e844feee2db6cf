#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace colab {

// Runs one command of Google's colab CLI at a time (`new`, `stop`, `usage`) with an argument
// list, its standard input closed (so the CLI's OAuth prompt cannot wait for an answer) and a
// timeout, and reads what it printed into one answer. The CLI's words are matched as
// colab_cli/commands/session.py and auth.py print them.
class ColabCli : public QObject
{
    Q_OBJECT
public:
    enum class Command { New, Stop, Usage };
    enum class Failure {
        None,
        BadInput,       // a name or accelerator we do not pass on
        Busy,           // another command of this runner is still running
        NotLoggedIn,    // the CLI started its OAuth flow
        NoQuota,        // Google refused the accelerator (HTTP 400 on the assignment)
        UnknownSession, // `stop` of a name the CLI does not know (it exits 0 for that)
        NoUsageCommand, // a CLI without `usage`
        Unparsed,       // it answered something we do not understand
        TimedOut,
        Failed, // any other failure; message says what the CLI said
    };
    Q_ENUM(Failure)

    struct Usage
    {
        double balanceCu = 0;
        double ratePerHour = 0;
        int activeAssignments = 0;
    };
    struct Reply
    {
        Command command = Command::New;
        Failure failure = Failure::None;
        QString message; // why it failed, for the user
        Usage usage;     // Usage only
        bool ok() const { return failure == Failure::None; }
    };

    explicit ColabCli(QString program, QObject* parent = nullptr);
    ~ColabCli() override;

    // Overrides the per-command timeouts (new 180 s, stop 60 s, usage 30 s).
    void setTimeoutMs(int ms) { m_timeoutOverrideMs = ms; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // `accelerator`: one of ColabAccelerator::names(), or empty for a CPU runtime.
    void newRuntime(const QString& name, const QString& accelerator = {});
    void stop(const QString& name);
    void usage();

    // A session name as we pass it: letters, digits, '-', '_' and '.', not starting with '-'.
    static bool isValidName(const QString& name);
    // The three lines `colab usage` prints; false when any is missing.
    static bool parseUsage(const QString& output, Usage* usage);

signals:
    void finished(const colab::ColabCli::Reply& reply);

private:
    void run(Command command, const QStringList& arguments, int timeoutMs);
    void answerLater(Command command, Failure failure, const QString& message);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processFailedToStart();
    void timedOut();
    Reply interpret(int exitCode, const QString& out, const QString& err) const;

    QString m_program;
    QProcess m_process;
    QTimer m_timeout;
    Command m_command = Command::New;
    QString m_name;
    int m_timeoutOverrideMs = 0;
    bool m_timedOut = false;
};

} // namespace colab

Q_DECLARE_METATYPE(colab::ColabCli::Reply)
