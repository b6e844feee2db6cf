#pragma once

#include "ide/LaunchPlan.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace colab {

// Decides how to open a runtime in VS Code, PyCharm (JetBrains Gateway) or a terminal on this
// machine: which program exists, with which arguments, or which URL. Pure decision; LaunchRunner
// carries it out.
class IdePlanner
{
    Q_DECLARE_TR_FUNCTIONS(IdePlanner)
public:
    enum class Ide { VsCode, PyCharm, Terminal };

    struct Environment
    {
        // A program that listens on 127.0.0.1:PORT for the runtime (its route's, "%port" for the
        // port), needed for PyCharm's local port unless the app forwards one; and when there is
        // none, why not (the program is missing).
        QStringList portForwardCommand;
        QString portForwardProblem;
        QString remoteFolder = QStringLiteral("/content");
        // PyCharm: a local port the app forwards to the runtime already (its stable port), which
        // Gateway then uses without a listener of its own. 0 = none.
        int forwardedPort = 0;
        // How programs are found; tests and other OSes replace it.
        std::function<QString(const QString& name)> findProgram;

        // The app's own: the saved remote folder (the route is the runtime's: IdeLaunches::plan).
        static Environment forApp();
    };

    struct Result
    {
        LaunchPlan plan;
        QString error; // what to install, when nothing can open this
        bool ok() const { return error.isEmpty(); }
    };

    static bool parseIde(const QString& text, Ide* ide);
    // `localPort` 0 = pick a free local port (PyCharm only).
    static Result plan(Ide ide, const Tunnel& tunnel, const Environment& environment, int localPort = 0);

    static QString vscodeUrl(const QString& alias, const QString& folder);
    static QString gatewayUrl(const QString& host, int port, const QString& folder);
    // Finds a program on PATH or in the usual install locations of this OS.
    static QString findInstalledProgram(const QString& name);
    static QStringList urlOpener(const std::function<QString(const QString&)>& findProgram);
};

} // namespace colab
