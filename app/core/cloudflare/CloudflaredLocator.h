#pragma once

#include "common/LocatedProgram.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Finds the cloudflared executable: an explicit choice (--cloudflared, COLAB_TUNNEL_CLOUDFLARED or
// the saved setting) first, then PATH, then where the official installers put it on each OS.
class CloudflaredLocator
{
    Q_DECLARE_TR_FUNCTIONS(CloudflaredLocator)
public:
    using Result = LocatedProgram;

    // `explicitPath` from the command line or settings; may be empty.
    static Result locate(const QString& explicitPath = {});
    static QStringList usualLocations();
    // Per-OS install guidance shown when cloudflared is missing.
    static QString installHint();
    // One command that installs it for this user on this OS and CPU, for a Copy button.
    static QString installCommand();
};

} // namespace colab
