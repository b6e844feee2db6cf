#pragma once

#include <QString>
#include <QStringList>

namespace colab {

// What opening an IDE or a terminal on a runtime will do, decided before anything runs, so that
// `--dry-run` prints exactly what would happen.
struct LaunchPlan
{
    QStringList argv;        // a program to start (argv[0] absolute when found), or empty
    QString url;             // a URL to hand to the OS (when argv is empty)
    QStringList urlOpener;   // the program that opens `url` (xdg-open / open / explorer)
    QStringList portForward; // cloudflared access tcp … kept running while the IDE works
    int localPort = 0;       // the port portForward listens on
    QString description;     // one line for the UI: "VS Code (code) on colab-gpu"

    // One line per step: the port forward, then the command (shell-quoted) or the URL.
    QStringList dryRunLines() const;
};

} // namespace colab
