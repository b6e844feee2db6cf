#include "TestEnv.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
// Runs `colab-tunnel password set` on a real pseudo-terminal inside a shell that outlives it,
// sends `keys` at the password prompt, and reports what `stty` and /proc saw.
test::ProcessResult atPasswordPrompt(const QByteArray& keys)
{
    const QString script = QStringLiteral(R"PY(
import os, pty, sys, time
app, keys = sys.argv[1], sys.argv[2].encode().decode('unicode_escape').encode('latin-1')
pid, fd = pty.fork()
if pid == 0:
    # A handler (not an ignore) in the shell: the app gets the default SIGINT, the shell goes on.
    os.execvp('sh', ['sh', '-c', 'trap : INT; "$0" password set; echo; echo "limits:"; '
                     'stty -a | tr " " "\n" | grep -x -e echo -e -echo', app])
out = b''
deadline = time.time() + 20
while b'password' not in out and time.time() < deadline:
    out += os.read(fd, 4096)
time.sleep(0.3)
for line in open('/proc/%d/task/%d/children' % (pid, pid)).read().split():
    for row in open('/proc/%s/limits' % line):
        if row.startswith('Max core file size'):
            print('core limit:', row.split()[4])
os.write(fd, keys)
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors='replace'))
)PY");
    return test::runProcess(QStringLiteral("python3"),
                            {QStringLiteral("-c"), script, QStringLiteral(COLAB_APP_BINARY), QString::fromLatin1(keys)},
                            {}, 30000, test::appEnv());
}
} // namespace

TEST_CASE("Ctrl+C at the password prompt gives the terminal its echo back", "[cli][secrets]")
{
    const auto result = atPasswordPrompt("\\x03");
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.out.contains("SSH password (not shown)"));
    CHECK(result.out.contains("\necho"));
    CHECK_FALSE(result.out.contains("-echo"));
}

TEST_CASE("a process holding the password writes no core dump", "[cli][secrets]")
{
    const auto result = atPasswordPrompt("\\x03");
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.out.contains("core limit: 0"));
}
