#include "TestEnv.h"
#include "common/AppPaths.h"
#include "ide/StablePorts.h"
#include "service/TunnelRepository.h"
#include "tunnels/TunnelStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("the tunnel store persists tunnels atomically and privately", "[store]")
{
    const QString file = test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/sub/tunnels.json");
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00Z"), Qt::ISODate);
    {
        TunnelStore store(file);
        QString error;
        REQUIRE(store.load(&error));
        const auto change = store.upsert(QStringLiteral("some-random-words.trycloudflare.com"), {}, now);
        CHECK(change.created);
        CHECK(change.tunnel.name == QStringLiteral("some-random-words"));
        CHECK(change.tunnel.alias() == QStringLiteral("colab-some-random-words"));
        REQUIRE(store.save(&error));
    }
    CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    TunnelStore reloaded(file);
    QString error;
    REQUIRE(reloaded.load(&error));
    REQUIRE(reloaded.tunnels().size() == 1);
    CHECK(reloaded.tunnels().first().hostname == QStringLiteral("some-random-words.trycloudflare.com"));
    CHECK(reloaded.tunnels().first().kind == Tunnel::Kind::Quick);
    CHECK(reloaded.tunnels().first().addedAt == now);
}

TEST_CASE("re-adding a name points it at the new runtime's hostname", "[store]")
{
    TunnelStore store(test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/t.json"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    store.upsert(QStringLiteral("old-words.trycloudflare.com"), QStringLiteral("gpu"), t0);
    const auto change =
        store.upsert(QStringLiteral("new-words.trycloudflare.com"), QStringLiteral("gpu"), t0.addSecs(60));
    CHECK_FALSE(change.created);
    CHECK(change.hostnameChanged);
    CHECK(change.previousHostname == QStringLiteral("old-words.trycloudflare.com"));
    REQUIRE(store.tunnels().size() == 1);
    CHECK(store.tunnels().first().hostname == QStringLiteral("new-words.trycloudflare.com"));
    CHECK(store.tunnels().first().addedAt == t0);
    CHECK(store.tunnels().first().updatedAt == t0.addSecs(60));
}

TEST_CASE("default names come from the first label and never collide", "[store]")
{
    TunnelStore store(test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/t.json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(store.upsert(QStringLiteral("colab-1.example.com"), {}, now).tunnel.name == QStringLiteral("1"));
    CHECK(store.upsert(QStringLiteral("colab-1.example.org"), {}, now).tunnel.name == QStringLiteral("1-2"));
    // The same hostname again is the same tunnel, not a new one.
    CHECK_FALSE(store.upsert(QStringLiteral("colab-1.example.com"), {}, now).created);
    CHECK(store.tunnels().size() == 2);
    CHECK(store.upsert(QStringLiteral("colab-1.example.org"), {}, now).tunnel.kind == Tunnel::Kind::Named);
}

TEST_CASE("a damaged store file is reported, not silently replaced", "[store]")
{
    const QString file = test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/t.json");
    test::writeFile(file, "{ not json");
    TunnelStore store(file);
    QString error;
    CHECK_FALSE(store.load(&error));
    CHECK(error.contains(QStringLiteral("damaged")));
}

namespace {
struct BadStore
{
    const char* what;
    QByteArray json;
    QString mustMention; // besides the file name
};

const QByteArray kGood1 = R"({"name": "one", "hostname": "first-words.trycloudflare.com", "kind": "quick"})";
const QByteArray kGood2 = R"({"name": "two", "hostname": "second-words.trycloudflare.com", "kind": "quick"})";

QList<BadStore> badStores()
{
    return {
        {"an invalid hostname",
         R"({"version": 1, "tunnels": [)" + kGood1 + "," + kGood2 + R"(, {"name": "gpu", "hostname": "x"}]})",
         QStringLiteral("entry 3 (\"gpu\")")},
        {"an invalid name",
         R"({"version": 1, "tunnels": [)" + kGood1 +
             R"(, {"name": "Not OK", "hostname": "third-words.trycloudflare.com"}]})",
         QStringLiteral("entry 2 (\"Not OK\")")},
        {"an entry that is not an object", R"({"version": 1, "tunnels": ["gpu", )" + kGood1 + "]}",
         QStringLiteral("entry 1")},
        {"a name used twice", R"({"version": 1, "tunnels": [)" + kGood1 + "," + kGood1 + "]}",
         QStringLiteral("entry 2 (\"one\")")},
        {"a hostname with a line break",
         R"({"version": 1, "tunnels": [{"name": "gpu", "hostname": "a\nb.trycloudflare.com"}]})",
         QStringLiteral("entry 1 (\"gpu\")")},
        {"tunnels that are not a list", R"({"version": 1, "tunnels": )" + kGood1 + "}",
         QStringLiteral("\"tunnels\" is not a list")},
        {"a newer version", R"({"version": 2, "tunnels": [)" + kGood1 + "]}",
         QStringLiteral("newer Colab Tunnel (version 2)")},
        {"a version that is not a number", R"({"version": "1", "tunnels": [)" + kGood1 + "]}",
         QStringLiteral("unknown version (\"1\")")},
        {"a kind this version does not know",
         R"({"version": 1, "tunnels": [{"name": "gpu", "hostname": "a-b.trycloudflare.com", "kind": "warp"}]})",
         QStringLiteral("neither \"quick\" nor \"named\"")},
        {"a timestamp that is not one",
         R"({"version": 1, "tunnels": [{"name": "gpu", "hostname": "a-b.trycloudflare.com", "added_at": "soon"}]})",
         QStringLiteral("\"added_at\" is not a date")},
    };
}
} // namespace

TEST_CASE("a store this version cannot read completely fails to load naming the file and the entry",
          "[store][integrity]")
{
    for (const BadStore& bad : badStores()) {
        INFO(bad.what);
        const QString file = test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/tunnels.json");
        test::writeFile(file, bad.json);
        TunnelStore store(file);
        QString error;
        CHECK_FALSE(store.load(&error));
        INFO(error.toStdString());
        CHECK(error.contains(file));
        CHECK(error.contains(bad.mustMention));
        CHECK_FALSE(error.contains(QLatin1Char('\n')));
        CHECK(store.tunnels().isEmpty()); // nothing half-loaded that a save could write back
    }
}

TEST_CASE("a store without a version is read as version 1", "[store][integrity]")
{
    const QString file = test::makeScratchDir(QStringLiteral("store")) + QStringLiteral("/tunnels.json");
    test::writeFile(file, R"({"tunnels": [)" + kGood1 + "," + kGood2 + "]}");
    TunnelStore store(file);
    QString error;
    REQUIRE(store.load(&error));
    CHECK(store.tunnels().size() == 2);
}

TEST_CASE("adding or removing through the repository never writes over a store it cannot read", "[store][integrity]")
{
    for (const BadStore& bad : badStores()) {
        INFO(bad.what);
        test::resetAppFiles();
        test::writeFile(AppPaths::tunnelStoreFile(), bad.json);
        TunnelRepository repository(test::fakeCloudflared());

        const auto added = repository.add(QStringLiteral("new-words.trycloudflare.com"), QStringLiteral("new"));
        CHECK(added.status == TunnelRepository::Result::Status::Failed);
        CHECK(added.message.contains(AppPaths::tunnelStoreFile()));
        CHECK(added.message.contains(bad.mustMention));
        const auto removed = repository.remove(QStringLiteral("one"));
        CHECK(removed.status == TunnelRepository::Result::Status::Failed);
        CHECK(repository.syncSshConfig().status == TunnelRepository::Result::Status::Failed);

        CHECK(test::readFile(AppPaths::tunnelStoreFile()) == bad.json);
        CHECK_FALSE(QFileInfo::exists(AppPaths::sshConfigFile()));
    }
}

TEST_CASE("fields this version does not know survive every later save", "[store][integrity]")
{
    // Written by a newer Colab Tunnel (or by hand): extra fields at the top and in an entry.
    test::resetAppFiles();
    test::writeFile(AppPaths::tunnelStoreFile(),
                    R"({"version": 1, "sync": {"device": "laptop"}, "tunnels": [)"
                    R"({"name": "one", "hostname": "first-words.trycloudflare.com", "kind": "quick",)"
                    R"( "note": "my thesis GPU", "tags": ["a100", 2]}]})");
    TunnelRepository repository(test::fakeCloudflared());
    REQUIRE(repository.add(QStringLiteral("new-words.trycloudflare.com"), QStringLiteral("new")).ok());
    REQUIRE(repository.remove(QStringLiteral("new")).ok());

    const QJsonObject root = QJsonDocument::fromJson(test::readFile(AppPaths::tunnelStoreFile())).object();
    CHECK(root.value(QStringLiteral("sync")).toObject().value(QStringLiteral("device")).toString() ==
          QStringLiteral("laptop"));
    const QJsonObject entry = root.value(QStringLiteral("tunnels")).toArray().first().toObject();
    CHECK(entry.value(QStringLiteral("note")).toString() == QStringLiteral("my thesis GPU"));
    CHECK(entry.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("a100"), 2});
}

namespace {
QStringList storedNames()
{
    QStringList names;
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(AppPaths::tunnelStoreFile())).object();
    for (const QJsonValue& entry : root.value(QStringLiteral("tunnels")).toArray())
        names << entry.toObject().value(QStringLiteral("name")).toString();
    return names;
}

const QByteArray kDashedStore = R"({"version": 1, "tunnels": [)"
                                R"({"name": "--help", "hostname": "first-words.trycloudflare.com", "note": "mine"},)"
                                R"({"name": "help", "hostname": "second-words.trycloudflare.com"},)"
                                R"({"name": "-", "hostname": "third-words.trycloudflare.com"}]})";
} // namespace

TEST_CASE("runtime names that start with '-' are renamed and saved, with their ssh alias, host key and port",
          "[store][names]")
{
    // Written by a version that accepted such names.
    test::resetAppFiles();
    test::writeFile(AppPaths::tunnelStoreFile(), kDashedStore);
    test::writeFile(AppPaths::localPortsFile(), R"({"version": 1, "ports": {"--help": 22100, "help": 22101}})");
    QDir().mkpath(AppPaths::knownHostsDir());
    test::writeFile(TunnelRepository::knownHostsFile(QStringLiteral("--help")), "pinned key\n");

    QList<Tunnel> tunnels;
    QString error;
    REQUIRE(TunnelRepository(test::fakeCloudflared()).load(&tunnels, &error));
    QStringList names;
    for (const Tunnel& tunnel : std::as_const(tunnels))
        names << tunnel.name;
    const QStringList expected = {QStringLiteral("help-2"), QStringLiteral("help"), QStringLiteral("runtime")};
    CHECK(names == expected);
    CHECK(storedNames() == expected);
    const QJsonObject first = QJsonDocument::fromJson(test::readFile(AppPaths::tunnelStoreFile()))
                                  .object()
                                  .value(QStringLiteral("tunnels"))
                                  .toArray()
                                  .first()
                                  .toObject();
    CHECK(first.value(QStringLiteral("note")).toString() == QStringLiteral("mine")); // kept with the entry
    const QByteArray config = test::readFile(AppPaths::sshConfigFile());
    CHECK(config.contains("Host colab-help-2\n"));
    CHECK_FALSE(config.contains("colab---help"));
    CHECK(test::readFile(TunnelRepository::knownHostsFile(QStringLiteral("help-2"))) == "pinned key\n");
    CHECK_FALSE(QFileInfo::exists(TunnelRepository::knownHostsFile(QStringLiteral("--help"))));
    StablePorts ports(AppPaths::localPortsFile());
    REQUIRE(ports.load(&error));
    CHECK(ports.port(QStringLiteral("help-2")) == 22100);
    CHECK(ports.port(QStringLiteral("help")) == 22101);
    CHECK(ports.port(QStringLiteral("--help")) == 0);

    // New names are refused when they start with '-'.
    const auto refused = TunnelRepository(test::fakeCloudflared())
                             .add(QStringLiteral("new-words.trycloudflare.com"), QStringLiteral("-x"));
    CHECK(refused.status == TunnelRepository::Result::Status::Rejected);
    CHECK(refused.message.contains(QStringLiteral("starts with '-'")));
}

TEST_CASE("the command line removes a runtime whose name starts with '-' by its old name or its new one",
          "[store][names][cli]")
{
    test::resetAppFiles();
    test::writeFile(AppPaths::tunnelStoreFile(), kDashedStore);
    const auto byOldName =
        test::runApp({QStringLiteral("remove"), QStringLiteral("--"), QStringLiteral("--help")}, {}, test::appEnv());
    INFO(byOldName.err.toStdString());
    CHECK(byOldName.exitCode == 0);
    CHECK(storedNames() == QStringList{QStringLiteral("help"), QStringLiteral("runtime")});
    const auto byNewName = test::runApp({QStringLiteral("remove"), QStringLiteral("runtime")}, {}, test::appEnv());
    CHECK(byNewName.exitCode == 0);
    CHECK(storedNames() == QStringList{QStringLiteral("help")});
}
