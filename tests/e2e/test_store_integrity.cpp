#include "TestEnv.h"
#include "common/AppPaths.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("add and remove against a store this version cannot read exit 1 with one line and change nothing",
          "[cli][store][integrity]")
{
    test::resetAppFiles();
    const QByteArray damaged =
        R"({"version": 1, "tunnels": [{"name": "one", "hostname": "first-words.trycloudflare.com"},
            {"name": "gpu", "hostname": "x"}]})";
    test::writeFile(AppPaths::tunnelStoreFile(), damaged);
    const QStringList env = test::appEnv();

    const auto added = test::runApp({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("new"),
                                     QStringLiteral("new-words.trycloudflare.com")},
                                    {}, env);
    CHECK(added.exitCode == 1);
    CHECK(added.out.isEmpty());
    INFO(added.err.toStdString());
    CHECK(added.err.count('\n') == 1);
    CHECK(added.err.contains(AppPaths::tunnelStoreFile().toUtf8()));
    CHECK(added.err.contains("entry 2 (\"gpu\")"));

    const auto removed = test::runApp({QStringLiteral("remove"), QStringLiteral("one")}, {}, env);
    CHECK(removed.exitCode == 1);
    CHECK(removed.err.count('\n') == 1);
    CHECK(test::readFile(AppPaths::tunnelStoreFile()) == damaged);
    CHECK_FALSE(QFileInfo::exists(AppPaths::sshConfigFile()));

    const auto newer = QByteArray(R"({"version": 2, "tunnels": []})");
    test::writeFile(AppPaths::tunnelStoreFile(), newer);
    const auto onNewer = test::runApp({QStringLiteral("add"), QStringLiteral("new-words.trycloudflare.com")}, {}, env);
    CHECK(onNewer.exitCode == 1);
    CHECK(onNewer.err.contains("update the app"));
    CHECK(test::readFile(AppPaths::tunnelStoreFile()) == newer);

    CHECK(test::runApp({QStringLiteral("list")}, {}, env).exitCode == 1);
    CHECK(test::readFile(AppPaths::tunnelStoreFile()) == newer);
}
