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
    static GeneratedCell make(CellOptions options, QByteArray& passwordUtf8, const QString& cloudflaredPath);
    // The same with the SSH password in the keychain (the command line): `done` runs on the caller's
    // thread once the keychain answered, after the hash was made there.
    static void makeWithStoredPassword(const CellOptions& options, const QString& cloudflaredPath,
                                       const std::function<void(const GeneratedCell&)>& done);
};

} // namespace colab
