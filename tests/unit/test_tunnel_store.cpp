#include "TestEnv.h"
#include "tunnels/TunnelStore.h"

#include <QFileInfo>
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
