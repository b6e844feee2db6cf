#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace colab {

// A slot's host key, end to end: made once and kept in the keychain, its public half pinned in the
// slot's known-hosts file, and handed to the notebook with the run token in one Colab secret. The
// command line (slot add, slot token) and the setup wizard both go through here.
class SlotKeys
{
    Q_DECLARE_TR_FUNCTIONS(SlotKeys)
public:
    struct Pinned
    {
        bool ok = false;
        QString message;       // what happened, in plain words (or why it failed)
        bool replaced = false; // the known-hosts file held other keys for the host (an older slot's runtimes)
    };
    // Reuses the keychain's host key for `slotName`, or makes one and keeps it there; then pins it
    // for `hostname` in `knownHostsFile`, which afterwards trusts that key only. `done` runs on the
    // caller's thread; `store` must outlive the call.
    static void ensure(SecretStore& store, const QString& slotName, const QString& hostname,
                       const QString& knownHostsFile, const std::function<void(const Pinned&)>& done);

    // Pins the host key the keychain already has for `slotName` (a slot added again); `pinned` is
    // false, without an error, when there is none.
    static void pinKept(SecretStore& store, const QString& slotName, const QString& hostname,
                        const QString& knownHostsFile, const std::function<void(bool pinned)>& done);

    // The value for the slot's Colab secret (SlotHostKey::colabSecret), or the bare run token with
    // `warning` set when the slot has no host key yet (made before slots had one).
    static void colabSecret(SecretStore& store, const QString& slotName, const QString& runToken,
                            const std::function<void(const QString& secret, const QString& warning)>& done);

    // Writes exactly `line` as the file's content (atomically, owner-only); `replaced` says whether
    // the file held anything else before.
    static bool pin(const QString& knownHostsFile, const QString& line, bool* replaced, QString* error);
};

} // namespace colab
