#pragma once

#include "colab/ColabCell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace colab {

// The Colab cell as both front ends make it: `options` plus the SSH password's hash and the app's
// public key (the key is made on first need), so that the first login needs no password.
class CellMaker
{
    Q_DECLARE_TR_FUNCTIONS(CellMaker)
public:
    // Blocks: the hash is slow on purpose and the key may be made, so the app calls it on a worker.
    // `passwordUtf8` is wiped.
    // Without a git identity in `options`, this computer's (git config user.name/user.email) is used.
    static GeneratedCell make(CellOptions options, QByteArray& passwordUtf8, const QString& cloudflaredPath);
    // This computer's git identity into `options` (runs git: not on the GUI thread).
    static void addLocalGitIdentity(CellOptions& options);
    // The same with the SSH password in the keychain (the command line; with keyOnly the keychain is
    // not asked): `done` runs on the caller's thread, after the hash was made there.
    static void makeWithStoredPassword(const CellOptions& options, const QString& cloudflaredPath,
                                       const std::function<void(const GeneratedCell&)>& done);
};

} // namespace colab
