#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// What the Colab cell does; the CLI (`colab-tunnel cell`) and the wizard fill it in.
struct CellOptions
{
    enum class Mode { Quick, Named };
    Mode mode = Mode::Quick;
    QString name = QStringLiteral("gpu"); // the runtime's name in the app: its link and `ssh colab-NAME`
    QString hostname;                     // named mode: the tunnel's own hostname (quick mode learns it)
    QString passwordHash;                 // "$6$…" (ShaCrypt), never the password
    QString publicKey;                    // the app's "ssh-ed25519 AAAA… colab-tunnel" line
    QString tokenSecret = QStringLiteral("COLAB_TUNNEL_TOKEN"); // named mode: the Colab secret's name
    // Where cloudflared comes from and the SHA-256 it must have; empty means the pinned release
    // (CloudflaredRelease.h). Overridden for mirrors and tests (any URL Python's urllib opens).
    QString cloudflaredUrl;
    QString cloudflaredSha256;
    // The seed's own options: Google Drive at /content/drive (the notebook asks the user to allow
    // it), and an HTTPS GitHub/GitLab repository cloned into /content/REPO (a private one's token
    // comes from this Colab secret, never from the cell).
    bool mountDrive = false;
    QString repoUrl;
    QString repoTokenSecret = QStringLiteral("GIT_TOKEN");
};

struct GeneratedCell
{
    QString text;  // Python for one notebook cell; empty when error is set
    QString error; // one plain sentence
    bool ok() const { return error.isEmpty(); }
};

// Writes the Python for one Colab notebook cell: sshd through a drop-in, root's password from the
// hash (`chpasswd -e`), the app's key in authorized_keys once, the kernel's environment for SSH
// sessions, a pinned and verified cloudflared started detached, its hostname read from the metrics
// server, and a card the app's paste parser recognises. Every value is checked before it is
// written into the cell, and written as a Python string literal.
class ColabCell
{
    Q_DECLARE_TR_FUNCTIONS(ColabCell)
public:
    static GeneratedCell generate(const CellOptions& options);
    // Why these options cannot make a cell, leaving out the hash and key (empty when they can):
    // the CLI checks its options before it asks the keychain.
    static QString optionsError(const CellOptions& options);
    // "/content/REPO" for an HTTPS GitHub/GitLab repository URL; empty with `error` set when refused.
    static QString repoDirectory(const QString& url, QString* error);
    // `text` as a Python string literal of printable ASCII ('…' with \x, \u, \U escapes).
    static QString pythonLiteral(const QString& text);
};

} // namespace colab
