#pragma once

#include "TestEnv.h"

#include <QDir>
#include <QString>

namespace colab::test {

// Google's colab CLI stand-in (tests/fixtures/fake-colab) and the files it keeps under HOME.
inline QString fakeColab()
{
    return fixturesDir() + QStringLiteral("/fake-colab");
}

inline QString colabConfigDir()
{
    return QDir::homePath() + QStringLiteral("/.config/colab-cli");
}

// What `colab`'s first OAuth flow leaves behind: with it the CLI counts as signed in.
inline void signInToFakeColab()
{
    writeFile(colabConfigDir() + QStringLiteral("/token.json"), "{\"token\": \"oauth-of-the-test\"}");
}

inline ProcessResult runFakeColab(const QStringList& arguments, const QStringList& extraEnv = {})
{
    return runProcess(fakeColab(), arguments, {}, 30000, extraEnv);
}

} // namespace colab::test
