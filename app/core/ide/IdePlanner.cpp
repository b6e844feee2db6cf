#include "ide/IdePlanner.h"

#include "common/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>

namespace colab {

namespace {

const QStringList kVsCodeVariants = {QStringLiteral("code"), QStringLiteral("code-insiders"), QStringLiteral("codium"),
                                     QStringLiteral("cursor")};

QStringList usualLocations(const QString& name)
{
    const QString home = QDir::homePath();
#if defined(Q_OS_WIN)
    const QString local = qEnvironmentVariable("LOCALAPPDATA", home + QStringLiteral("/AppData/Local"));
    if (name == QLatin1String("code"))
        return {local + QStringLiteral("/Programs/Microsoft VS Code/bin/code.cmd"),
                QStringLiteral("C:/Program Files/Microsoft VS Code/bin/code.cmd")};
    if (name == QLatin1String("wt"))
        return {local + QStringLiteral("/Microsoft/WindowsApps/wt.exe")};
    return {};
#elif defined(Q_OS_MACOS)
    if (name == QLatin1String("code"))
        return {QStringLiteral("/Applications/Visual Studio Code.app/Contents/Resources/app/bin/code"),
                home + QStringLiteral("/Applications/Visual Studio Code.app/Contents/Resources/app/bin/code")};
    if (name == QLatin1String("cursor"))
        return {QStringLiteral("/Applications/Cursor.app/Contents/Resources/app/bin/cursor")};
    return {};
#else
    return {QStringLiteral("/snap/bin/") + name, QStringLiteral("/usr/share/") + name + QStringLiteral("/bin/") + name,
            home + QStringLiteral("/.local/bin/") + name};
#endif
}

QString firstFound(const QStringList& names, const std::function<QString(const QString&)>& find)
{
    for (const QString& name : names) {
        QString path = find(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QStringList terminalCommand(const QString& alias, const std::function<QString(const QString&)>& find)
{
    const QStringList ssh{QStringLiteral("ssh"), alias};
#if defined(Q_OS_WIN)
    if (const QString wt = find(QStringLiteral("wt")); !wt.isEmpty())
        return QStringList{wt} + ssh;
    return QStringList{QStringLiteral("cmd.exe"), QStringLiteral("/c"), QStringLiteral("start"), QString()} + ssh;
#elif defined(Q_OS_MACOS)
    Q_UNUSED(find)
    // The alias is validated ([a-z0-9-]), so it is safe inside the AppleScript string.
    return {QStringLiteral("/usr/bin/osascript"), QStringLiteral("-e"),
            QStringLiteral("tell application \"Terminal\" to do script \"ssh %1\"").arg(alias), QStringLiteral("-e"),
            QStringLiteral("tell application \"Terminal\" to activate")};
#else
    if (const QString t = find(QStringLiteral("x-terminal-emulator")); !t.isEmpty())
        return QStringList{t, QStringLiteral("-e")} + ssh;
    if (const QString t = find(QStringLiteral("gnome-terminal")); !t.isEmpty())
        return QStringList{t, QStringLiteral("--")} + ssh;
    if (const QString t = find(QStringLiteral("konsole")); !t.isEmpty())
        return QStringList{t, QStringLiteral("-e")} + ssh;
    if (const QString t = find(QStringLiteral("xterm")); !t.isEmpty())
        return QStringList{t, QStringLiteral("-e")} + ssh;
    return {};
#endif
}

int freeLocalPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

IdePlanner::Environment IdePlanner::Environment::forApp()
{
    Environment env;
    env.remoteFolder = AppSettings::remoteFolder();
    return env;
}

bool IdePlanner::parseIde(const QString& text, Ide* ide)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("vscode") || lower == QLatin1String("code"))
        *ide = Ide::VsCode;
    else if (lower == QLatin1String("pycharm") || lower == QLatin1String("gateway"))
        *ide = Ide::PyCharm;
    else if (lower == QLatin1String("terminal"))
        *ide = Ide::Terminal;
    else
        return false;
    return true;
}

QString IdePlanner::findInstalledProgram(const QString& name)
{
    QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    for (const QString& candidate : usualLocations(name)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return candidate;
    }
    return {};
}

QStringList IdePlanner::urlOpener(const std::function<QString(const QString&)>& findProgram)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(findProgram)
    return {QStringLiteral("explorer.exe")};
#elif defined(Q_OS_MACOS)
    Q_UNUSED(findProgram)
    return {QStringLiteral("/usr/bin/open")};
#else
    const QString opener = findProgram(QStringLiteral("xdg-open"));
    return opener.isEmpty() ? QStringList() : QStringList{opener};
#endif
}

QString IdePlanner::vscodeUrl(const QString& alias, const QString& folder)
{
    return QStringLiteral("vscode://vscode-remote/ssh-remote+%1%2").arg(alias, folder);
}

QString IdePlanner::gatewayUrl(const QString& host, int port, const QString& folder)
{
    return QStringLiteral("jetbrains-gateway://connect#type=ssh&deploy=false&host=%1&port=%2&user=root&projectPath=%3")
        .arg(host)
        .arg(port)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(folder)));
}

IdePlanner::Result IdePlanner::plan(Ide ide, const Tunnel& tunnel, const Environment& env, int localPort)
{
    const auto find = env.findProgram ? env.findProgram : &IdePlanner::findInstalledProgram;
    Result result;
    LaunchPlan& plan = result.plan;
    const QString alias = tunnel.alias();
    switch (ide) {
    case Ide::VsCode: {
        const QString code = firstFound(kVsCodeVariants, find);
        if (!code.isEmpty()) {
            plan.argv = {code, QStringLiteral("--remote"), QStringLiteral("ssh-remote+") + alias, env.remoteFolder};
            plan.description = IdePlanner::tr("VS Code (%1) on %2").arg(QFileInfo(code).fileName(), alias);
            return result;
        }
        plan.url = vscodeUrl(alias, env.remoteFolder);
        plan.urlOpener = urlOpener(find);
        plan.description = IdePlanner::tr("VS Code (through its vscode:// link) on %1").arg(alias);
        if (plan.urlOpener.isEmpty())
            result.error =
                IdePlanner::tr("VS Code was not found (looked for code, code-insiders, codium, cursor) and "
                               "there is no xdg-open to open its link. Install VS Code with the Remote - SSH "
                               "extension from https://code.visualstudio.com.");
        return result;
    }
    case Ide::PyCharm: {
        // JetBrains' own SSH client may not run a ProxyCommand: give it a plain local port.
        if (env.forwardedPort) {
            localPort = env.forwardedPort;
        } else {
            if (env.portForwardCommand.isEmpty()) {
                result.error = IdePlanner::tr("PyCharm needs a local port for the runtime, and none can be opened: %1")
                                   .arg(env.portForwardProblem);
                return result;
            }
            if (localPort == 0)
                localPort = freeLocalPort();
            plan.portForward = env.portForwardCommand;
            for (QString& argument : plan.portForward)
                argument.replace(QLatin1String("%port"), QString::number(localPort));
        }
        plan.localPort = localPort;
        plan.url = gatewayUrl(QStringLiteral("127.0.0.1"), localPort, env.remoteFolder);
        plan.urlOpener = urlOpener(find);
        plan.description =
            IdePlanner::tr("PyCharm (JetBrains Gateway) on %1 via 127.0.0.1:%2").arg(alias).arg(localPort);
        if (plan.urlOpener.isEmpty())
            result.error = IdePlanner::tr("There is no xdg-open to hand the link to JetBrains Gateway. Install "
                                          "xdg-utils and JetBrains Gateway (or PyCharm Professional).");
        return result;
    }
    case Ide::Terminal:
        plan.argv = terminalCommand(alias, find);
        plan.description = IdePlanner::tr("a terminal running ssh %1").arg(alias);
        if (plan.argv.isEmpty())
            result.error =
                IdePlanner::tr("No terminal emulator was found (x-terminal-emulator, gnome-terminal, konsole, "
                               "xterm). Install one, or run: ssh %1")
                    .arg(alias);
        return result;
    }
    return result;
}

} // namespace colab
