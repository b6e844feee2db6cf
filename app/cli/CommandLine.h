#pragma once

#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace colab::cli {

// Exit codes of every command: 0 done, 1 failed while working, 2 bad usage or rejected input
// (one line on stderr, nothing written).
enum Exit { Success = 0, Failure = 1, Usage = 2 };

// "--opt value", "--opt=value", flags, positionals and "--" (the rest is positional). An unknown
// option or an option without its value is an error.
struct Args
{
    QHash<QString, QString> options;
    QStringList flags;
    QStringList positional;
    QString error;

    static Args parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions);
    QString value(const QString& option, const QString& fallback = {}) const { return options.value(option, fallback); }
    bool has(const QString& flag) const { return flags.contains(flag); }
    // A whole number of seconds in [min, max] from `option`, else `fallback`; false when it is not one.
    bool seconds(const QString& option, int min, int max, int fallback, int* seconds) const;
};

// Where a command speaks: results on stdout, problems on stderr with the program's name.
struct Terminal
{
    QTextStream& out;
    QTextStream& err;

    int usage(const QString& message) const { return say(message, Usage); }
    int failure(const QString& message) const { return say(message, Failure); }
    // A problem that does not stop the command.
    void warn(const QString& message) const { err << "colab-tunnel: " << message << Qt::endl; }

private:
    int say(const QString& message, int code) const
    {
        warn(message);
        return code;
    }
};

// The one way a command waits for asynchronous work: a local event loop until done() is called
// (by a callback or a signal), however early that happens.
class Wait
{
public:
    void done()
    {
        m_done = true;
        m_loop.quit();
    }
    void wait()
    {
        if (!m_done)
            m_loop.exec();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// The stored runtime called `name` (validated first); Success, or the exit code after saying why not.
int findTunnel(const Terminal& terminal, const QString& cloudflaredPath, const QString& name, Tunnel* tunnel);

// One line of secret from standard input (not echoed when it is a terminal, after `prompt` on
// stderr), read a byte at a time so that no buffer keeps a copy. A password is taken as typed; a
// token loses the spaces a paste may leave after it.
enum class SecretKind { Password, Token };
QString readSecretLine(QTextStream& err, const QString& prompt, SecretKind kind);

} // namespace colab::cli
