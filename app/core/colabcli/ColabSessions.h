#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace colab {

// One session of Google's colab CLI as its sessions.json records it, without its runtime-proxy
// token: that token is a bearer credential for the runtime and is dropped while parsing, so no
// copy of it exists in anything of ours.
struct ColabSession
{
    QString name;
    QString endpoint;    // the assignment's id on Google's side ("gpu-t4-s-…")
    QString variant;     // DEFAULT, GPU or TPU
    QString accelerator; // the CLI's: NONE, T4, L4, G4, A100, H100, V5E1, V6E1
    QString running;     // what `colab exec` runs there now; empty when idle
    bool operator==(const ColabSession& other) const
    {
        return name == other.name && endpoint == other.endpoint && variant == other.variant &&
               accelerator == other.accelerator && running == other.running;
    }
};

// Reads the colab CLI's sessions.json (colab_cli/state.py) under the shared lock the CLI's own
// readers take, so a `colab new` or `colab stop` writing it at the same time is never half-read.
class ColabSessions
{
    Q_DECLARE_TR_FUNCTIONS(ColabSessions)
public:
    struct Result
    {
        QList<ColabSession> sessions; // by name
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // ~/.config/colab-cli/sessions.json: the CLI expands "~" and ignores XDG_CONFIG_HOME.
    static QString defaultPath();
    // A missing file is no sessions; a file that does not parse is one error and no sessions.
    static Result read(const QString& path = defaultPath(), int lockTimeoutMs = 5000);
    static Result parse(const QByteArray& json);
};

} // namespace colab
