#include "TestEnv.h"
#include "secrets/PasswordGenerator.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QSet>
#include <catch2/catch.hpp>
#include <optional>

using namespace colab;

namespace {
SecretStore::Result wait(const std::function<void(SecretStore::Callback)>& call)
{
    std::optional<SecretStore::Result> result;
    call([&](const SecretStore::Result& r) { result = r; });
    REQUIRE(test::waitUntil([&] { return result.has_value(); }, 20000));
    return *result;
}
} // namespace

TEST_CASE("secrets round-trip through the real Secret Service", "[keychain]")
{
    SecretStore store;
    const QString key = QStringLiteral("test-round-trip");
    const QString secret = QStringLiteral("correct horse battery staple");

    auto written = wait([&](auto done) { store.write(key, secret, done); });
    REQUIRE(written.ok());
    auto read = wait([&](auto done) { store.read(key, done); });
    REQUIRE(read.ok());
    CHECK(read.value == secret);

    auto removed = wait([&](auto done) { store.remove(key, done); });
    CHECK(removed.ok());
    auto gone = wait([&](auto done) { store.read(key, done); });
    CHECK(gone.status == SecretStore::Status::NotFound);
    CHECK_FALSE(gone.message.isEmpty());
}

TEST_CASE("without a Secret Service the password is refused with a clear error and stored nowhere", "[keychain][cli]")
{
    const QString secret = QStringLiteral("never-on-disk-5521");
    const auto result = test::runApp({QStringLiteral("password"), QStringLiteral("set")}, secret.toUtf8() + '\n',
                                     {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("keychain"));
    CHECK_FALSE(result.err.contains(secret.toUtf8()));
    CHECK_FALSE(result.out.contains(secret.toUtf8()));
    const auto files = test::snapshotTree(QDir::homePath());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        CHECK_FALSE(it.value().contains(secret.toUtf8()));
}

TEST_CASE("password set and clear through the command line", "[keychain][cli]")
{
    CHECK(test::runApp({QStringLiteral("password"), QStringLiteral("set")}, "s3cret-Value\n").exitCode == 0);
    SecretStore store;
    auto read = wait([&](auto done) { store.read(QLatin1String(SecretStore::kSshPasswordKey), done); });
    CHECK(read.value == QStringLiteral("s3cret-Value"));
    CHECK(test::runApp({QStringLiteral("password"), QStringLiteral("clear")}).exitCode == 0);
    auto gone = wait([&](auto done) { store.read(QLatin1String(SecretStore::kSshPasswordKey), done); });
    CHECK(gone.status == SecretStore::Status::NotFound);
    CHECK(test::runApp({QStringLiteral("password"), QStringLiteral("set")}, "\n").exitCode == 2);
}

TEST_CASE("generated passwords are long, varied and safe to type", "[keychain][generator]")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = generatePassword();
        CHECK(password.size() >= 20);
        for (QChar c : password)
            CHECK(QStringLiteral("\"'`$\\ ;&|<>()!*?#~").indexOf(c) < 0);
        seen.insert(password);
    }
    CHECK(seen.size() == 200);
}
