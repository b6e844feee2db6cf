#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace colab::test {

// Spins the event loop until `condition` holds or `timeoutMs` passes (tests only).
bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000);

QString fixturesDir();
QString fakeCloudflared();
// A fresh directory inside the harness's scratch folder (removed with it).
QString makeScratchDir(const QString& prefix);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs a program with an argument list (no shell), feeding `input` on stdin.
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                         int timeoutMs = 30000, const QStringList& extraEnv = {});
// Runs the built colab-tunnel executable.
ProcessResult runApp(const QStringList& arguments, const QByteArray& input = {}, const QStringList& extraEnv = {});
// `colab-tunnel add --name NAME HOST` with the cloudflared stand-in, as a user in a terminal would;
// true when it exited 0.
bool addTunnelWithCli(const QString& name, const QString& hostname);

} // namespace colab::test

#include <QMap>

namespace colab::test {

// Writes an executable script (a fake launcher on PATH, a fake nvidia-smi, …).
void writeExecutable(const QString& path, const QByteArray& script);
// Every file under `dir` with its bytes: to prove that nothing was written.
QMap<QString, QByteArray> snapshotTree(const QString& dir);
// The app's environment for tests: the cloudflared stand-in, plus `extra`.
QStringList appEnv(const QStringList& extra = {});

} // namespace colab::test

namespace colab::test {
// Removes what the app keeps under HOME (ssh config, data, settings) and nothing else: the
// harness's keyring lives under HOME too and must survive.
void resetAppFiles();
// resetAppFiles, and the app finds the cloudflared stand-in.
void resetAppFilesWithFakeCloudflared();
} // namespace colab::test

namespace colab::test {
// Every relay of the cloudflared stand-in from now on (in this process and the processes it
// starts) delays each chunk by half of `ms` each way and each connection by `ms`; 0 = no delay.
void setRoundTripMs(int ms);
} // namespace colab::test

#include "tunnels/Tunnel.h"

namespace colab::test {
// A quick-tunnel runtime as the store would hold it after `add`.
Tunnel quickTunnel(const QString& name, const QString& hostname);
} // namespace colab::test

#include "secrets/SecretStore.h"

namespace colab::test {
// What the keychain holds under `key` (waits for its answer).
SecretStore::Result readKeychain(const QString& key);
} // namespace colab::test
