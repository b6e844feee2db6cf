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
    QString passwordHash;                 // "$6$…" (ShaCrypt), never the password; empty with keyOnly
    bool keyOnly = false;                 // no password login at all: the app's key only
    QString publicKey;                    // the app's "ssh-ed25519 AAAA… colab-tunnel" line
    QString tokenSecret = QStringLiteral("COLAB_TUNNEL_TOKEN"); // named mode: the Colab secret's name
    // Where cloudflared comes from and the SHA-256 it must have; empty means the pinned release
    // (CloudflaredRelease.h). Overridden for mirrors and tests (any URL Python's urllib opens).
    QString cloudflaredUrl;
    QString cloudflaredSha256;
    // The seed's own options: Google Drive at /content/drive (the notebook asks the user to allow
    // it), and an HTTPS GitHub/GitLab repository (a browser's address of it is fine) cloned into
    // /content/REPO (a private one's token comes from this Colab secret, never from the cell), on
    // repoBranch when set; gitName/gitEmail become the runtime's git identity.
    bool mountDrive = false;
    QString repoUrl;
    QString repoBranch;
    QString repoTokenSecret = QStringLiteral("GIT_TOKEN");
    QString gitName;
    QString gitEmail;
};

// A repository as the cell clones it.
struct CellRepository
{
    QString url;       // https://HOST/OWNER/REPO, the browser's page parts removed
    QString branch;    // from a …/tree/BRANCH address; empty for the default branch
    QString directory; // /content/REPO, never one of the runtime's own folders (drive, sample_data)
};

struct GeneratedCell
{
    QString text;  // Python for one notebook cell; empty when error is set
    QString error; // one plain sentence
    bool ok() const { return error.isEmpty(); }
};

// Writes the Python for one Colab notebook cell: one function and its call, the only name it leaves
// in the notebook. It runs its own sshd (own config file, own loopback port kRuntimeSshPort), sets
// root's password from the hash (`chpasswd -e`, unless key only), the app's key in authorized_keys
// once, the kernel's environment for SSH sessions, a pinned and verified cloudflared started detached, its hostname
// read from the metrics server, and a card the app's paste parser recognises. Every value is checked before it is
// written into the cell, and written as a Python literal in one pass.
class ColabCell
{
    Q_DECLARE_TR_FUNCTIONS(ColabCell)
public:
    static GeneratedCell generate(const CellOptions& options);
    // Why these options cannot make a cell, leaving out the hash and key (empty when they can):
    // the CLI checks its options before it asks the keychain.
    static QString optionsError(const CellOptions& options);
    // The repository an HTTPS GitHub/GitLab URL (or a browser's page of it) names; empty with `error`
    // set when it cannot be one.
    static CellRepository repository(const QString& url, QString* error);
    // Why git would refuse `branch` (empty when it would not, or when `branch` is empty).
    static QString branchError(const QString& branch);
    // `text` as a Python string literal of printable ASCII ('…' with \x, \u, \U escapes).
    static QString pythonLiteral(const QString& text);
};

} // namespace colab
