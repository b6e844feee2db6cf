#pragma once

#include "cli/CommandLine.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace colab {

// The command-line front end. Same core as the GUI. Exit codes: 0 success, 1 failure while
// working, 2 bad usage or rejected input (one line on stderr, nothing written).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Success = cli::Success, Failure = cli::Failure, Usage = cli::Usage };

    Cli(QTextStream& out, QTextStream& err, QIODevice* in);

    // What a launch with these arguments (argv[0] first) asks for.
    enum class Launch { Gui, GuiWithLink, BadLink, Command };
    static Launch classify(const QStringList& arguments);
    // The value of --cloudflared PATH, for the window too (empty when not given).
    static QString cloudflaredOption(const QStringList& arguments);
    // --hidden: the GUI starts in the tray, without its window (a start at login).
    static bool hiddenOption(const QStringList& arguments) { return arguments.contains(QStringLiteral("--hidden")); }
    // Why a colab-tunnel:// link among the arguments is refused (empty when none is).
    static QString linkError(const QStringList& arguments);
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message);
    int failure(const QString& message);
    int help();
    int add(const QStringList& args);
    int list(const QStringList& args);
    int remove(const QStringList& args);
    int sshConfig(const QStringList& args);
    int open(const QStringList& args);
    int probe(const QStringList& args);
    int password(const QStringList& args);
    int cell(const QStringList& args);
    // Validates NAME and finds its tunnel; returns Success, or the exit code after saying why not.
    int findTunnel(const QString& name, Tunnel* tunnel);
    bool readStdin(QString* text);

    QTextStream& m_out;
    QTextStream& m_err;
    cli::Terminal m_terminal;
    QIODevice* m_in;
    QString m_cloudflared; // --cloudflared PATH
};

} // namespace colab
