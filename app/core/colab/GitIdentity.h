#pragma once

#include <QString>

namespace colab {

// This computer's git identity (`git config user.name` / `user.email`), which the Colab cell writes
// on the runtime so that commits there work as they do here. Empty parts when git or the setting is
// missing. Blocks for up to a few seconds: call it off the UI thread.
struct GitIdentity
{
    QString name;
    QString email;

    static GitIdentity local();
};

} // namespace colab
