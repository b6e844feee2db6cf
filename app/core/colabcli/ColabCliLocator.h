#pragma once

#include "common/LocatedProgram.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Finds Google's `colab` command (google-colab-cli): --colab PATH, then COLAB_TUNNEL_COLAB, then the
// saved choice, then PATH, then ~/.local/bin where pipx and `uv tool` put it.
class ColabCliLocator
{
    Q_DECLARE_TR_FUNCTIONS(ColabCliLocator)
public:
    using Result = LocatedProgram;

    // `commandLinePath` (--colab) and `savedPath` (the setting) may be empty.
    static Result locate(const QString& commandLinePath = {}, const QString& savedPath = {});
    // What to do when it is missing: install it, then sign in once.
    static QString installHint();
};

} // namespace colab
