#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// What this computer's cloudflared is: found where, which version, too old or not, and what to do
// when it is missing or old. For the wizard's page and the settings dialog alike.
struct CloudflaredCheck
{
    Q_DECLARE_TR_FUNCTIONS(CloudflaredCheck)
public:
    bool checked = false;
    bool found = false;
    QString path;
    QString version; // "2026.8.2"; empty when it did not answer
    bool tooOld = false;
    QString problem;        // not found / not runnable: what happened, with what to do
    QString installCommand; // for this OS, to copy
    QString updateHint;     // when too old

    bool usable() const { return found && !version.isEmpty(); }
    // One line for people: where and which version, or the problem.
    QString summary() const;

    // Locates it (`chosen` first; empty = the usual search) and asks its version: runs a process for
    // up to 10 s, so never on the GUI thread.
    static CloudflaredCheck run(const QString& chosen);
};

} // namespace colab
