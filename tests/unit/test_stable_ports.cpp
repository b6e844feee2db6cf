// Stable local ports for IDEs: one per runtime name, the same every session and after the runtime
// is removed and added again, never one port for two names, never a port something else holds.
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"
#include "service/TunnelRepository.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
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

TEST_CASE("a name keeps its port in a private file, and another user cannot tell it from the name", "[ports]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("ports"));
    const auto allFree = [](int) {
        return true;
    };
    StablePorts first(dir + QStringLiteral("/a.json"));
    const int gpu = first.assign(QStringLiteral("gpu"), allFree);
    CHECK(inRange(gpu));
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
    // The seed that chose them is in the file: a name added later starts where it would have.
    StablePorts again(dir + QStringLiteral("/a.json"));
    REQUIRE(again.load(&error));
    CHECK(again.assign(QStringLiteral("tpu"), allFree) == reloaded.assign(QStringLiteral("tpu"), allFree));

    // Other users (other files, other seeds) get other ports for the same names.
    int same = 0;
    for (int user = 0; user < 8; ++user) {
        StablePorts theirs(dir + QStringLiteral("/user%1.json").arg(user));
        same += theirs.assign(QStringLiteral("gpu"), allFree) == gpu ? 1 : 0;
    }
    CHECK(same <= 1);
}

TEST_CASE("busy ports and ports of other names are skipped until the range is full", "[ports]")
{
    const QString file = test::makeScratchDir(QStringLiteral("ports")) + QStringLiteral("/p.json");
    QString error;
    REQUIRE(StablePorts(file).save(&error)); // the seed, so that both below start from the same port
    StablePorts probe(file);
    REQUIRE(probe.load(&error));
    const int natural = probe.assign(QStringLiteral("busy"), {});
    StablePorts ports(file);
    REQUIRE(ports.load(&error));
    const int chosen = ports.assign(QStringLiteral("busy"), [natural](int port) { return port != natural; });
    CHECK(inRange(chosen));
    CHECK(chosen != natural);

    // Every port taken by a name: nothing is left, and nothing is handed out twice.
    StablePorts full(test::makeScratchDir(QStringLiteral("ports")) + QStringLiteral("/full.json"));
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
    StablePorts probe(AppPaths::localPortsFile());
    QString error;
    REQUIRE(probe.load(&error));
    const int natural = probe.assign(QStringLiteral("tpu"), {});
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
    CHECK(inRange(portInFile(QStringLiteral("gpu"))));
    CHECK(inRange(portInFile(QStringLiteral("cpu"))));
    CHECK(portInFile(QStringLiteral("cpu")) != portInFile(QStringLiteral("gpu")));
    Q_UNUSED(gpu); // a new file has a new seed: the numbers start over
}

TEST_CASE("the ports file keeps what this version does not know and is never rewritten when it cannot be read",
          "[ports][integrity]")
{
    test::resetAppFiles();
    TunnelRepository repository(test::fakeCloudflared());
    // Fields of a newer version (or the user's) survive an assignment.
    test::writeFile(AppPaths::localPortsFile(),
                    R"({"version": 1, "owner": {"device": "laptop"}, "ports": {"old": 22500}})");
    REQUIRE(repository.add(QStringLiteral("first-owl.trycloudflare.com"), QStringLiteral("gpu")).ok());
    const QJsonObject kept = QJsonDocument::fromJson(test::readFile(AppPaths::localPortsFile())).object();
    CHECK(kept.value(QStringLiteral("owner")).toObject().value(QStringLiteral("device")).toString() ==
          QStringLiteral("laptop"));
    CHECK(kept.value(QStringLiteral("ports")).toObject().value(QStringLiteral("old")).toInt() == 22500);
    CHECK(inRange(kept.value(QStringLiteral("ports")).toObject().value(QStringLiteral("gpu")).toInt()));

    struct Unreadable
    {
        const char* what;
        QByteArray json;
        QString mustMention;
    };
    const QList<Unreadable> unreadable = {
        {"a newer version", R"({"version": 2, "ports": {"gpu": 22001}})", QStringLiteral("newer Colab Tunnel")},
        {"a port out of the range", R"({"version": 1, "ports": {"gpu": 80}})",
         QStringLiteral("the port of \"gpu\": 80 is not a port between 22000 and 22999")},
        {"a port that is not a number", R"({"version": 1, "ports": {"gpu": "22001"}})",
         QStringLiteral("the port of \"gpu\"")},
        {"one port for two names", R"({"version": 1, "ports": {"a": 22001, "b": 22001}})", QStringLiteral("as well")},
        {"a damaged seed", R"({"version": 1, "seed": "xyz", "ports": {}})", QStringLiteral("\"seed\"")},
    };
    for (const Unreadable& bad : unreadable) {
        INFO(bad.what);
        test::resetAppFiles();
        test::writeFile(AppPaths::localPortsFile(), bad.json);
        StablePorts ports(AppPaths::localPortsFile());
        QString error;
        CHECK_FALSE(ports.load(&error));
        INFO(error.toStdString());
        CHECK(error.contains(AppPaths::localPortsFile()));
        CHECK(error.contains(bad.mustMention));
        CHECK(ports.ports().isEmpty());
        // Adding a runtime still works, and leaves the file as it was.
        CHECK(repository.add(QStringLiteral("calm-fox.trycloudflare.com"), QStringLiteral("cpu")).ok());
        QString assignError;
        CHECK_FALSE(repository.assignLocalPorts(&assignError));
        CHECK(test::readFile(AppPaths::localPortsFile()) == bad.json);
    }
}
