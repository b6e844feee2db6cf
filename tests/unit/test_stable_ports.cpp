// Stable local ports for IDEs: one per runtime name, the same every session and after the runtime
// is removed and added again, never one port for two names, never a port something else holds.
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"
#include "service/TunnelRepository.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
bool inRange(int port)
{
    return port >= StablePorts::kFirstPort && port <= StablePorts::kLastPort;
}

int portInFile(const QString& name)
{
    StablePorts ports(AppPaths::localPortsFile());
    QString error;
    REQUIRE(ports.load(&error));
    return ports.port(name);
}
} // namespace

TEST_CASE("a name gets the same port on every machine and keeps it in a private file", "[ports]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("ports"));
    const auto allFree = [](int) {
        return true;
    };
    StablePorts first(dir + QStringLiteral("/a.json"));
    StablePorts second(dir + QStringLiteral("/b.json"));
    const int gpu = first.assign(QStringLiteral("gpu"), allFree);
    CHECK(inRange(gpu));
    CHECK(second.assign(QStringLiteral("gpu"), allFree) == gpu);

    const int other = first.assign(QStringLiteral("other"), allFree);
    CHECK(inRange(other));
    CHECK(other != gpu);
    QString error;
    REQUIRE(first.save(&error));
    CHECK((QFileInfo(dir + QStringLiteral("/a.json")).permissions() & 0077) == 0);

    StablePorts reloaded(dir + QStringLiteral("/a.json"));
    REQUIRE(reloaded.load(&error));
    CHECK(reloaded.port(QStringLiteral("gpu")) == gpu);
    CHECK(reloaded.port(QStringLiteral("other")) == other);
    // A port it has is kept, even when it is busy now (that is our own forward, or a moment).
    CHECK(reloaded.assign(QStringLiteral("gpu"), [](int) { return false; }) == gpu);
}

TEST_CASE("busy ports and ports of other names are skipped until the range is full", "[ports]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("ports"));
    StablePorts ports(dir + QStringLiteral("/p.json"));
    const int natural = StablePorts(dir + QStringLiteral("/x.json")).assign(QStringLiteral("busy"), {});
    const int chosen = ports.assign(QStringLiteral("busy"), [natural](int port) { return port != natural; });
    CHECK(inRange(chosen));
    CHECK(chosen != natural);

    // Every port taken by a name: nothing is left, and nothing is handed out twice.
    StablePorts full(dir + QStringLiteral("/full.json"));
    QSet<int> seen;
    for (int i = StablePorts::kFirstPort; i <= StablePorts::kLastPort; ++i)
        seen.insert(full.assign(QStringLiteral("n%1").arg(i), {}));
    CHECK(seen.size() == StablePorts::kLastPort - StablePorts::kFirstPort + 1);
    CHECK_FALSE(seen.contains(0));
    CHECK(full.assign(QStringLiteral("one-too-many"), {}) == 0);
}

TEST_CASE("a damaged ports file is reported and left as it is", "[ports]")
{
    const QString file = test::makeScratchDir(QStringLiteral("ports")) + QStringLiteral("/p.json");
    test::writeFile(file, "{\"ports\": {\"gpu\": 22");
    StablePorts ports(file);
    QString error;
    CHECK_FALSE(ports.load(&error));
    CHECK(error.contains(file));
    CHECK(test::readFile(file) == "{\"ports\": {\"gpu\": 22");
}

TEST_CASE("adding a runtime gives it a port that it keeps when removed and added with a new hostname", "[ports][store]")
{
    test::resetAppFiles();
    TunnelRepository repository(test::fakeCloudflared());
    REQUIRE(repository.add(QStringLiteral("first-owl.trycloudflare.com"), QStringLiteral("gpu")).ok());
    REQUIRE(repository.add(QStringLiteral("calm-fox.trycloudflare.com"), QStringLiteral("cpu")).ok());
    const int gpu = portInFile(QStringLiteral("gpu"));
    const int cpu = portInFile(QStringLiteral("cpu"));
    CHECK(inRange(gpu));
    CHECK(inRange(cpu));
    CHECK(gpu != cpu);

    REQUIRE(repository.remove(QStringLiteral("gpu")).ok());
    CHECK(portInFile(QStringLiteral("gpu")) == gpu);
    // Something else takes the port meanwhile: the name still keeps its number.
    QTcpServer squatter;
    REQUIRE(squatter.listen(QHostAddress::LocalHost, quint16(gpu)));
    REQUIRE(repository.add(QStringLiteral("next-session.trycloudflare.com"), QStringLiteral("gpu")).ok());
    CHECK(portInFile(QStringLiteral("gpu")) == gpu);

    // A new name never gets a port something listens on.
    squatter.close();
    const int natural = StablePorts(test::makeScratchDir(QStringLiteral("ports")) + QStringLiteral("/n.json"))
                            .assign(QStringLiteral("tpu"), {});
    REQUIRE(squatter.listen(QHostAddress::LocalHost, quint16(natural)));
    REQUIRE(repository.add(QStringLiteral("tidy-elk.trycloudflare.com"), QStringLiteral("tpu")).ok());
    const int tpu = portInFile(QStringLiteral("tpu"));
    CHECK(inRange(tpu));
    CHECK(tpu != natural);
    CHECK(tpu != cpu);
    CHECK(tpu != gpu);
}

TEST_CASE("runtimes stored before local ports existed get theirs on request", "[ports][store]")
{
    test::resetAppFiles();
    TunnelRepository repository(test::fakeCloudflared());
    REQUIRE(repository.add(QStringLiteral("first-owl.trycloudflare.com"), QStringLiteral("gpu")).ok());
    REQUIRE(repository.add(QStringLiteral("calm-fox.trycloudflare.com"), QStringLiteral("cpu")).ok());
    const int gpu = portInFile(QStringLiteral("gpu"));
    REQUIRE(QFile::remove(AppPaths::localPortsFile()));

    QString error;
    REQUIRE(repository.assignLocalPorts(&error));
    CHECK(portInFile(QStringLiteral("gpu")) == gpu); // the same number the name would have had
    CHECK(inRange(portInFile(QStringLiteral("cpu"))));
    CHECK(portInFile(QStringLiteral("cpu")) != gpu);
}
