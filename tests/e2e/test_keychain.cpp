#include "TestEnv.h"
#include "secrets/SecretStore.h"

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
