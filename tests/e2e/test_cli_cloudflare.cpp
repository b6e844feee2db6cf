#include "CatchQt.h"
#include "ExampleAccount.h"
#include "FakeCloudflareApi.h"
#include "TestEnv.h"
#include "common/AppPaths.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace colab;
using namespace colab::test::example;

namespace {

QString argvLog()
{
    return qEnvironmentVariable("COLAB_TEST_SCRATCH", QDir::tempPath()) + QStringLiteral("/cloudflared-argv.log");
}

QStringList env(const test::FakeCloudflareApi& api, const QStringList& extra = {})
{
    return test::appEnv(api.env() + QStringList{QStringLiteral("FAKE_CLOUDFLARED_ARGV_LOG=") + argvLog()} +
                        cloudflaredLoginEnv() + extra);
}

QJsonArray records(const QJsonObject& state)
{
    return state.value(QStringLiteral("dns_records")).toObject().value(kZone).toArray();
}

// Every file the app or cloudflared wrote under HOME (keyring and cert.pem aside), plus the argv
// log: none may hold `secret`.
void requireNowhere(const QString& secret, const QList<test::ProcessResult>& runs)
{
    const QByteArray bytes = secret.toUtf8();
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/")) || path == certPath())
            continue;
        INFO(path.toStdString());
        CHECK_FALSE(test::readFile(path).contains(bytes));
    }
    CHECK_FALSE(test::readFile(argvLog()).contains(bytes));
    for (const auto& run : runs) {
        CHECK_FALSE(run.out.contains(bytes));
        CHECK_FALSE(run.err.contains(bytes));
    }
}

test::ProcessResult app(const QStringList& arguments, const QStringList& environment, const QByteArray& input = {})
{
    return test::runApp(arguments, input, environment);
}

// Each test starts from nothing, also when Catch2 runs them all in one process (one HOME).
void freshHome()
{
    test::resetAppFiles();
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    QFile::remove(argvLog());
    SecretStore store;
    int pending = 3;
    for (const QString& key : {QString::fromLatin1(SecretStore::kCloudflareTokenKey),
                               QStringLiteral("cloudflare-tunnel-token:gpu"), QStringLiteral("slot-host-key:gpu")})
        store.remove(key, [&](const SecretStore::Result&) { --pending; });
    test::waitUntil([&] { return pending == 0; }, 20000);
}

#define REQUIRE_STAND_IN(api)                                                                                          \
    freshHome();                                                                                                       \
    REQUIRE((api).running())

} // namespace

TEST_CASE("dns-check is ready for a domain on Cloudflare's name servers", "[cli][cloudflare][dns]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    const auto result =
        app({QStringLiteral("dns-check"), QStringLiteral("example.com"), QStringLiteral("--json")}, env(api));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    CHECK(json.value(QStringLiteral("ready")).toBool());
    CHECK(json.value(QStringLiteral("on_cloudflare")).toBool());
    CHECK(json.value(QStringLiteral("name_servers")).toArray() ==
          QJsonArray{QStringLiteral("ada.ns.cloudflare.com"), QStringLiteral("bob.ns.cloudflare.com")});
    CHECK_FALSE(json.value(QStringLiteral("zone")).toObject().value(QStringLiteral("checked")).toBool());
    CHECK(api.calls().isEmpty()); // not logged in: no API call

    // Logged in: the zone is active with the same name servers.
    writeCert(kToken);
    const auto logged = app({QStringLiteral("dns-check"), QStringLiteral("example.com")}, env(api));
    CHECK(logged.exitCode == 0);
    CHECK(logged.out.contains("Cloudflare zone: active"));
    CHECK(logged.out.contains("example.com is ready for tunnels."));
}

TEST_CASE("dns-check names another provider's name servers and exits 1", "[cli][cloudflare][dns]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    const auto result =
        app({QStringLiteral("dns-check"), QStringLiteral("other.org"), QStringLiteral("--json")}, env(api));
    CHECK(result.exitCode == 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    CHECK_FALSE(json.value(QStringLiteral("ready")).toBool());
    CHECK_FALSE(json.value(QStringLiteral("on_cloudflare")).toBool());
    const QString problems = QJsonDocument(json.value(QStringLiteral("problems")).toArray()).toJson();
    CHECK(problems.contains(QLatin1String("ns1.registrar.net")));
    CHECK(problems.contains(QLatin1String("registrar")));
}

TEST_CASE("dns-check explains a pending zone and what to change at the registrar", "[cli][cloudflare][dns]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    const auto result =
        app({QStringLiteral("dns-check"), QStringLiteral("pending.example.com"), QStringLiteral("--json")}, env(api));
    CHECK(result.exitCode == 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    CHECK_FALSE(json.value(QStringLiteral("ready")).toBool());
    CHECK(json.value(QStringLiteral("zone")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("pending"));
    const QString problems = QJsonDocument(json.value(QStringLiteral("problems")).toArray()).toJson();
    CHECK(problems.contains(QLatin1String("pending")));
    CHECK(problems.contains(QLatin1String("ada.ns.cloudflare.com, bob.ns.cloudflare.com")));
    CHECK(problems.contains(QLatin1String("re-checks on its own")));
}

// Guards the whole life of a slot against the API: what is created, reused, shown and deleted, in
// which order, that nothing else is touched, and that the token is nowhere but cert.pem/keychain.
TEST_CASE("slot add and slot remove make and delete exactly the slot", "[cli][cloudflare][slot][keychain]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    QList<test::ProcessResult> runs;
    runs << app({QStringLiteral("login"), QStringLiteral("--timeout"), QStringLiteral("30")},
                env(api, {QStringLiteral("FAKE_CLOUDFLARED_LOGIN_DELAY=0.3")}));
    INFO(runs.last().err.toStdString());
    REQUIRE(runs.last().exitCode == 0);

    runs << app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--domain"),
                 QStringLiteral("example.com")},
                env(api));
    INFO(runs.last().err.toStdString());
    REQUIRE(runs.last().exitCode == 0);
    QJsonObject state = api.state();
    QJsonArray live = liveTunnels(state);
    REQUIRE(live.size() == 2);
    const QJsonObject tunnel = live.at(1).toObject();
    const QString id = tunnel.value(QStringLiteral("id")).toString();
    CHECK(tunnel.value(QStringLiteral("name")).toString() == QStringLiteral("colab-gpu"));
    CHECK(tunnel.value(QStringLiteral("config_src")).toString() == QStringLiteral("cloudflare"));
    const QJsonArray ingress =
        tunnel.value(QStringLiteral("config")).toObject().value(QStringLiteral("ingress")).toArray();
    CHECK(ingress == QJsonArray{QJsonObject{{QStringLiteral("hostname"), QStringLiteral("gpu.example.com")},
                                            {QStringLiteral("service"), QStringLiteral("ssh://localhost:22022")}},
                                QJsonObject{{QStringLiteral("hostname"), QStringLiteral("*")},
                                            {QStringLiteral("service"), QStringLiteral("http_status:404")}}});
    REQUIRE(records(state).size() == 2);
    const QJsonObject cname = records(state).at(1).toObject();
    CHECK(cname.value(QStringLiteral("type")).toString() == QStringLiteral("CNAME"));
    CHECK(cname.value(QStringLiteral("name")).toString() == QStringLiteral("gpu.example.com"));
    CHECK(cname.value(QStringLiteral("content")).toString() == id + QStringLiteral(".cfargotunnel.com"));
    CHECK(cname.value(QStringLiteral("proxied")).toBool());

    // In the store as a named tunnel with its id, in the ssh config like any runtime, and the run
    // token in the keychain only.
    runs << app({QStringLiteral("list"), QStringLiteral("--json")}, env(api));
    const QJsonObject listed =
        QJsonDocument::fromJson(runs.last().out).object().value(QStringLiteral("tunnels")).toArray().at(0).toObject();
    CHECK(listed.value(QStringLiteral("kind")).toString() == QStringLiteral("named"));
    CHECK(listed.value(QStringLiteral("tunnel_id")).toString() == id);
    CHECK(listed.value(QStringLiteral("named_status")).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("inactive"));
    CHECK(test::readFile(AppPaths::sshConfigFile()).contains("Host colab-gpu"));
    const QString runToken = tunnel.value(QStringLiteral("token")).toString();
    const auto kept = test::readKeychain(QStringLiteral("cloudflare-tunnel-token:gpu"));
    CHECK(kept.ok());
    CHECK(kept.value == runToken);
    // The slot's own host key: private half in the keychain only, public half pinned for the
    // hostname before any runtime exists.
    const auto hostKey = test::readKeychain(QStringLiteral("slot-host-key:gpu"));
    REQUIRE(hostKey.ok());
    CHECK(hostKey.value.startsWith(QLatin1String("-----BEGIN OPENSSH PRIVATE KEY-----")));
    const QByteArray pinned = test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu"));
    CHECK(pinned.startsWith("gpu.example.com ssh-ed25519 "));
    CHECK(pinned.count('\n') == 1);
    CHECK(runs.at(1).out.contains("pinned it for gpu.example.com"));

    // On request the Colab secret is printed: the run token (from the keychain, or fetched again
    // and kept when the keychain lost it) and the host key, one line of JSON.
    const auto secretOf = [](const QByteArray& out) {
        return QJsonDocument::fromJson(out.trimmed()).object();
    };
    const auto shown = app({QStringLiteral("slot"), QStringLiteral("token"), QStringLiteral("gpu")}, env(api));
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.trimmed().count('\n') == 0);
    CHECK(secretOf(shown.out).value(QStringLiteral("token")).toString() == runToken);
    CHECK(secretOf(shown.out).value(QStringLiteral("host_key")).toString() == hostKey.value);
    CHECK(shown.err.contains("COLAB_TUNNEL_TOKEN"));
    {
        SecretStore store;
        bool removed = false;
        store.remove(QStringLiteral("cloudflare-tunnel-token:gpu"),
                     [&](const SecretStore::Result&) { removed = true; });
        REQUIRE(test::waitUntil([&] { return removed; }, 20000));
    }
    const int beforeToken = int(api.calls().size());
    const auto fetched = app({QStringLiteral("slot"), QStringLiteral("token"), QStringLiteral("gpu")}, env(api));
    CHECK(secretOf(fetched.out).value(QStringLiteral("token")).toString() == runToken);
    CHECK(api.calls().mid(beforeToken) ==
          QStringList{QStringLiteral("GET /accounts/acct0001/cfd_tunnel/%1/token 200").arg(id)});
    CHECK(test::readKeychain(QStringLiteral("cloudflare-tunnel-token:gpu")).value == runToken);

    // Live status: one list call for the account, whatever the number of slots.
    REQUIRE(api.control(QStringLiteral("/__control/tunnel_status"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("status"), QStringLiteral("healthy")},
                                    {QStringLiteral("colos"), QJsonArray{QStringLiteral("fra06")}}}));
    const int before = int(api.calls().size());
    runs << app({QStringLiteral("list"), QStringLiteral("--json")}, env(api));
    const QJsonObject status = QJsonDocument::fromJson(runs.last().out)
                                   .object()
                                   .value(QStringLiteral("tunnels"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("named_status"))
                                   .toObject();
    CHECK(status.value(QStringLiteral("status")).toString() == QStringLiteral("healthy"));
    CHECK(status.value(QStringLiteral("colos")).toArray() == QJsonArray{QStringLiteral("fra06")});
    // Pages of one (per_page_max 1): two tunnels, two pages of the one list call, none per tunnel.
    CHECK(api.calls().mid(before) == QStringList{QStringLiteral("GET /accounts/acct0001/cfd_tunnel 200"),
                                                 QStringLiteral("GET /accounts/acct0001/cfd_tunnel 200")});

    // Again: everything is reused, nothing created.
    const int beforeRetry = int(api.calls().size());
    runs << app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--domain"),
                 QStringLiteral("example.com")},
                env(api));
    CHECK(runs.last().exitCode == 0);
    for (const QString& call : api.calls().mid(beforeRetry))
        CHECK_FALSE(call.startsWith(QLatin1String("POST")));
    CHECK(liveTunnels(api.state()).size() == 2);
    // The same host key, pinned as before: runtimes that have it stay trusted.
    CHECK(test::readKeychain(QStringLiteral("slot-host-key:gpu")).value == hostKey.value);
    CHECK(test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu")) == pinned);

    const int beforeRemove = int(api.calls().size());
    runs << app({QStringLiteral("slot"), QStringLiteral("remove"), QStringLiteral("gpu")}, env(api));
    INFO(runs.last().err.toStdString());
    REQUIRE(runs.last().exitCode == 0);
    QStringList changes;
    for (const QString& call : api.calls().mid(beforeRemove))
        if (!call.startsWith(QLatin1String("GET")))
            changes << call;
    CHECK(changes == QStringList{QStringLiteral("DELETE /zones/zone0001/dns_records/%1 200")
                                     .arg(cname.value(QStringLiteral("id")).toString()),
                                 QStringLiteral("DELETE /accounts/acct0001/cfd_tunnel/%1/connections 200").arg(id),
                                 QStringLiteral("DELETE /accounts/acct0001/cfd_tunnel/%1 200").arg(id)});
    state = api.state();
    live = liveTunnels(state);
    REQUIRE(live.size() == 1); // someone else's tunnel stays, and so does www
    CHECK(live.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("someone-elses"));
    CHECK(records(state) == QJsonArray{record(QStringLiteral("rec-www"), QStringLiteral("CNAME"),
                                              QStringLiteral("www.example.com"), QStringLiteral("example.com"))});
    CHECK_FALSE(test::readFile(AppPaths::sshConfigFile()).contains("colab-gpu"));
    CHECK(test::readKeychain(QStringLiteral("cloudflare-tunnel-token:gpu")).status == SecretStore::Status::NotFound);
    CHECK(test::readKeychain(QStringLiteral("slot-host-key:gpu")).status == SecretStore::Status::NotFound);

    requireNowhere(kToken, runs);
    requireNowhere(hostKey.value.section(QLatin1Char('\n'), 1, 1), {}); // a line of the private key
    requireNowhere(runToken, runs);
    CHECK_FALSE(api.rawLog().contains(kToken.toUtf8()));
    CHECK(test::readFile(argvLog()).contains("tunnel login"));
}

TEST_CASE("a record of the slot's name that is not ours is an error and is left unchanged", "[cli][cloudflare][slot]")
{
    for (const QJsonObject& theirs :
         {record(QStringLiteral("rec-a"), QStringLiteral("A"), QStringLiteral("gpu.example.com"),
                 QStringLiteral("192.0.2.7")),
          record(QStringLiteral("rec-c"), QStringLiteral("CNAME"), QStringLiteral("gpu.example.com"),
                 QStringLiteral("11111111-0000-0000-0000-000000000001.cfargotunnel.com"))}) {
        test::resetAppFiles();
        test::FakeCloudflareApi api(baseState({theirs}));
        REQUIRE_STAND_IN(api);
        writeCert(kToken);
        const QJsonObject before = api.state();
        const auto result = app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                                 QStringLiteral("--domain"), QStringLiteral("example.com")},
                                env(api));
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains("gpu.example.com already"));
        CHECK(result.err.contains("left unchanged"));
        for (const QString& call : api.calls())
            CHECK(call.startsWith(QLatin1String("GET")));
        CHECK(api.state().value(QStringLiteral("dns_records")) == before.value(QStringLiteral("dns_records")));
        CHECK(api.state().value(QStringLiteral("tunnels")) == before.value(QStringLiteral("tunnels")));
        CHECK_FALSE(QFile::exists(AppPaths::tunnelStoreFile()));
    }
}

TEST_CASE("a 429 in the middle is waited out as Retry-After asks", "[cli][cloudflare][slot]")
{
    QJsonObject state = baseState();
    state.insert(QStringLiteral("faults"),
                 QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), QStringLiteral("/zones/[^/]+/dns_records")},
                                        {QStringLiteral("nth"), 1},
                                        {QStringLiteral("status"), 429},
                                        {QStringLiteral("retry_after"), 2}}});
    test::FakeCloudflareApi api(state);
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    QElapsedTimer timer;
    timer.start();
    const auto result = app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                             QStringLiteral("--domain"), QStringLiteral("example.com")},
                            env(api));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(timer.elapsed() >= 2000);
    CHECK(result.err.contains("rate limit"));
    const QStringList calls = api.calls();
    const int limited = int(calls.indexOf(QStringLiteral("POST /zones/zone0001/dns_records 429")));
    REQUIRE(limited >= 0);
    CHECK(calls.value(limited + 1) == QStringLiteral("POST /zones/zone0001/dns_records 200"));
    CHECK(records(api.state()).size() == 2);
}

TEST_CASE("a server error part-way removes what the run created and a retry succeeds", "[cli][cloudflare][slot]")
{
    QJsonObject state = baseState();
    state.insert(QStringLiteral("faults"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("method"), QStringLiteral("PUT")},
                     {QStringLiteral("path"), QStringLiteral("/accounts/[^/]+/cfd_tunnel/[^/]+/configurations")},
                     {QStringLiteral("nth"), 1},
                     {QStringLiteral("status"), 500}}});
    test::FakeCloudflareApi api(state);
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    const QStringList arguments{QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                                QStringLiteral("--domain"), QStringLiteral("example.com")};
    const auto failed = app(arguments, env(api));
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains("Internal server error (code 10001)"));
    CHECK(failed.err.contains("deleted again"));
    // Not retried (a PUT), and the tunnel it created is gone: nothing orphaned.
    CHECK(api.calls().filter(QStringLiteral("PUT ")).size() == 1);
    CHECK(liveTunnels(api.state()).size() == 1);
    CHECK(records(api.state()).size() == 1);
    CHECK_FALSE(QFile::exists(AppPaths::tunnelStoreFile()));

    const auto retried = app(arguments, env(api));
    INFO(retried.err.toStdString());
    CHECK(retried.exitCode == 0);
    CHECK(liveTunnels(api.state()).size() == 2);
    CHECK(records(api.state()).size() == 2);
}

TEST_CASE("an invalid token reaches the user in the API's own words", "[cli][cloudflare][keychain]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    const QString wrong = QStringLiteral("cfut-WRONG-0000000000000000");
    const auto refused =
        app({QStringLiteral("login"), QStringLiteral("--api-token-stdin")}, env(api), wrong.toUtf8() + '\n');
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("Invalid API Token (code 1000)"));
    CHECK_FALSE(refused.err.contains(wrong.toUtf8()));
    CHECK(test::readKeychain(QLatin1String(SecretStore::kCloudflareTokenKey)).status == SecretStore::Status::NotFound);

    writeCert(wrong);
    const auto slot = app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                           QStringLiteral("--domain"), QStringLiteral("example.com")},
                          env(api));
    CHECK(slot.exitCode == 1);
    CHECK(slot.err.contains("Invalid API Token (code 1000)"));
    CHECK_FALSE(slot.err.contains(wrong.toUtf8()));
    QFile::remove(certPath());

    // The right one is verified, kept in the keychain, and used without cert.pem.
    const auto accepted =
        app({QStringLiteral("login"), QStringLiteral("--api-token-stdin")}, env(api), kToken.toUtf8() + '\n');
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(test::readKeychain(QLatin1String(SecretStore::kCloudflareTokenKey)).value == kToken);
    const auto checked = app({QStringLiteral("dns-check"), QStringLiteral("example.com")}, env(api));
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains("Cloudflare zone: active"));
    requireNowhere(kToken, {refused, slot, accepted, checked});
}

TEST_CASE("login reports an existing certificate and moves it aside only when asked", "[cli][cloudflare][login]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    const QStringList environment = env(api, {QStringLiteral("FAKE_CLOUDFLARED_LOGIN_DELAY=0.3")});
    const auto first = app({QStringLiteral("login")}, environment);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains("https://dash.cloudflare.com/argotunnel?"));
    CHECK(QFileInfo(certPath()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QByteArray original = test::readFile(certPath());

    const auto again = app({QStringLiteral("login")}, environment);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains("already exists"));
    CHECK(again.out.contains("--move-existing"));
    CHECK(test::readFile(certPath()) == original);

    const auto moved = app({QStringLiteral("login"), QStringLiteral("--move-existing")}, environment);
    INFO(moved.err.toStdString());
    CHECK(moved.exitCode == 0);
    const QStringList aside =
        QDir(QFileInfo(certPath()).absolutePath()).entryList({QStringLiteral("cert.pem.replaced-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(test::readFile(QFileInfo(certPath()).absolutePath() + QLatin1Char('/') + aside.first()) == original);
    CHECK(QFileInfo(certPath()).size() > 0);
}

TEST_CASE("login gives up after its timeout and stops cloudflared", "[cli][cloudflare][login]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    const auto result = app({QStringLiteral("login"), QStringLiteral("--timeout"), QStringLiteral("2")},
                            env(api, {QStringLiteral("FAKE_CLOUDFLARED_LOGIN_DELAY=never")}));
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("No certificate arrived"));
    CHECK_FALSE(QFile::exists(certPath()));
    // cloudflared (the stand-in) is gone: nothing still waits to write a certificate later.
    CHECK(loginsOfThisHome().isEmpty());
}

TEST_CASE("Ctrl+C or SIGTERM cancels a login in progress", "[cli][cloudflare][login]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : env(api, {QStringLiteral("FAKE_CLOUDFLARED_LOGIN_DELAY=never")}))
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COLAB_APP_BINARY), {QStringLiteral("login")});
    QByteArray out;
    REQUIRE(test::waitUntil(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains("argotunnel?");
        },
        15000));
    REQUIRE(loginsOfThisHome().size() == 1); // the check below can see it
    process.terminate();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 130);
    CHECK(process.readAllStandardError().contains("Login cancelled"));
    CHECK_FALSE(QFile::exists(certPath()));
    CHECK(loginsOfThisHome().isEmpty());
}

TEST_CASE("a same-named tunnel the app did not make is refused untouched", "[cli][cloudflare][slot]")
{
    QJsonObject state = baseState();
    QJsonArray tunnels = state.value(QStringLiteral("tunnels")).toArray();
    const QString theirs = QStringLiteral("22222222-0000-0000-0000-000000000002");
    tunnels.append(QJsonObject{
        {QStringLiteral("id"), theirs},
        {QStringLiteral("name"), QStringLiteral("colab-gpu")},
        {QStringLiteral("account"), kAccount},
        {QStringLiteral("status"), QStringLiteral("healthy")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05Z")},
        {QStringLiteral("connections"), QJsonArray{}},
        {QStringLiteral("deleted_at"), QJsonValue::Null},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("ingress"),
                      QJsonArray{QJsonObject{{QStringLiteral("hostname"), QStringLiteral("app.example.com")},
                                             {QStringLiteral("service"), QStringLiteral("http://localhost:8080")}},
                                 QJsonObject{{QStringLiteral("hostname"), QStringLiteral("*")},
                                             {QStringLiteral("service"), QStringLiteral("http_status:404")}}}}}},
        {QStringLiteral("token"), QStringLiteral("their-run-token")}});
    state.insert(QStringLiteral("tunnels"), tunnels);
    test::FakeCloudflareApi api(state);
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    const QJsonObject before = api.state();
    const auto result = app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                             QStringLiteral("--domain"), QStringLiteral("example.com")},
                            env(api));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("colab-gpu"));
    CHECK(result.err.contains(theirs.toUtf8()));
    CHECK(result.err.contains("did not make"));
    // Nothing changed, and its run token was never asked for.
    for (const QString& call : api.calls()) {
        CHECK(call.startsWith(QLatin1String("GET")));
        CHECK_FALSE(call.contains(QLatin1String("/token")));
    }
    CHECK(api.state().value(QStringLiteral("tunnels")) == before.value(QStringLiteral("tunnels")));
    CHECK(api.state().value(QStringLiteral("dns_records")) == before.value(QStringLiteral("dns_records")));
    CHECK_FALSE(QFile::exists(AppPaths::tunnelStoreFile()));
}

// An HTTP client may send a POST again when the connection drops before the answer (Qt does): the
// first one was done, the second is refused as a duplicate. Neither may leave an orphan behind.
TEST_CASE("a create whose answer is lost is found again, and a rollback removes what exists", "[cli][cloudflare][slot]")
{
    const QStringList arguments{QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                                QStringLiteral("--domain"), QStringLiteral("example.com")};
    const auto drop = [](const QString& method, const QString& path) {
        return QJsonObject{{QStringLiteral("method"), method},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("nth"), 1},
                           {QStringLiteral("drop"), true}};
    };
    const auto gpuRecords = [](const QJsonObject& state) {
        QJsonArray found;
        for (const QJsonValue& value : records(state))
            if (value.toObject().value(QStringLiteral("name")).toString() == QLatin1String("gpu.example.com"))
                found.append(value);
        return found;
    };
    SECTION("lost answers to both creates: one tunnel, one record, a working slot")
    {
        QJsonObject state = baseState();
        state.insert(QStringLiteral("faults"),
                     QJsonArray{drop(QStringLiteral("POST"), QStringLiteral("/accounts/[^/]+/cfd_tunnel")),
                                drop(QStringLiteral("POST"), QStringLiteral("/zones/[^/]+/dns_records"))});
        test::FakeCloudflareApi api(state);
        REQUIRE_STAND_IN(api);
        writeCert(kToken);
        const auto result = app(arguments, env(api));
        INFO(result.err.toStdString() << result.out.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(liveTunnels(api.state()).size() == 2);
        CHECK(gpuRecords(api.state()).size() == 1);
    }
    SECTION("a later failure rolls back the record whose answer was lost")
    {
        QJsonObject state = baseState();
        state.insert(
            QStringLiteral("faults"),
            QJsonArray{drop(QStringLiteral("POST"), QStringLiteral("/zones/[^/]+/dns_records")),
                       QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("path"), QStringLiteral("/accounts/[^/]+/cfd_tunnel/[^/]+/token")},
                                   {QStringLiteral("nth"), 1},
                                   {QStringLiteral("status"), 403}}});
        test::FakeCloudflareApi api(state);
        REQUIRE_STAND_IN(api);
        writeCert(kToken);
        const auto failed = app(arguments, env(api));
        INFO(failed.err.toStdString());
        CHECK(failed.exitCode == 1);
        CHECK(liveTunnels(api.state()).size() == 1);
        CHECK(gpuRecords(api.state()).isEmpty());
        const auto retried = app(arguments, env(api));
        INFO(retried.err.toStdString());
        CHECK(retried.exitCode == 0);
        CHECK(gpuRecords(api.state()).size() == 1);
    }
}

// Removing a slot's runtime (not the slot) and adding its hostname again must give the slot back:
// the ids that slot token and the live status need, and its pinned host key.
TEST_CASE("adding a slot's hostname again finds the slot", "[cli][cloudflare][slot][keychain]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    REQUIRE(app({QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"), QStringLiteral("--domain"),
                 QStringLiteral("example.com")},
                env(api))
                .exitCode == 0);
    const QString pinFile = AppPaths::knownHostsDir() + QStringLiteral("/gpu");
    const QByteArray pinned = test::readFile(pinFile);
    REQUIRE(pinned.startsWith("gpu.example.com ssh-ed25519 "));
    const QString id = liveTunnels(api.state()).at(1).toObject().value(QStringLiteral("id")).toString();

    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("gpu")}, env(api)).exitCode == 0);
    CHECK_FALSE(QFile::exists(pinFile));
    const int before = int(api.calls().size());
    const auto added = app(
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("other"), QStringLiteral("gpu.example.com")},
        env(api));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("is the slot gpu"));
    CHECK(added.err.contains("keeps that name"));
    for (const QString& call : api.calls().mid(before))
        CHECK(call.startsWith(QLatin1String("GET"))); // found, nothing changed at Cloudflare

    const auto listed = app({QStringLiteral("list"), QStringLiteral("--json")}, env(api));
    const QJsonObject tunnel =
        QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("tunnels")).toArray().at(0).toObject();
    CHECK(tunnel.value(QStringLiteral("name")).toString() == QStringLiteral("gpu"));
    CHECK(tunnel.value(QStringLiteral("kind")).toString() == QStringLiteral("named"));
    CHECK(tunnel.value(QStringLiteral("tunnel_id")).toString() == id);
    CHECK(test::readFile(pinFile) == pinned);
    CHECK(app({QStringLiteral("slot"), QStringLiteral("token"), QStringLiteral("gpu")}, env(api)).exitCode == 0);

    // Without credentials nothing can be asked: a plain runtime, as before.
    REQUIRE(app({QStringLiteral("remove"), QStringLiteral("gpu")}, env(api)).exitCode == 0);
    QFile::remove(certPath());
    const auto plain = app({QStringLiteral("add"), QStringLiteral("gpu.example.com")}, env(api));
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.out.contains("is the slot"));
}

TEST_CASE("a slot made before slots had a host key gets one, its known-hosts entry replaced once",
          "[cli][cloudflare][slot][keychain]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE_STAND_IN(api);
    writeCert(kToken);
    const QStringList arguments{QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("gpu"),
                                QStringLiteral("--domain"), QStringLiteral("example.com")};
    REQUIRE(app(arguments, env(api)).exitCode == 0);
    // As an older version left it: no key in the keychain, the last runtime's key trusted on first use.
    {
        SecretStore store;
        bool removed = false;
        store.remove(QStringLiteral("slot-host-key:gpu"), [&](const SecretStore::Result&) { removed = true; });
        REQUIRE(test::waitUntil([&] { return removed; }, 20000));
    }
    const QString pinFile = AppPaths::knownHostsDir() + QStringLiteral("/gpu");
    const QByteArray oldEntry =
        "gpu.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOldRuntimeKeyOldRuntimeKeyOldRuntime0\n";
    test::writeFile(pinFile, oldEntry);

    const auto upgraded = app(arguments, env(api));
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.exitCode == 0);
    CHECK(upgraded.out.contains("no longer trusted"));
    const QByteArray pinned = test::readFile(pinFile);
    CHECK(pinned.startsWith("gpu.example.com ssh-ed25519 "));
    CHECK_FALSE(pinned.contains(oldEntry.trimmed()));
    CHECK(pinned.count('\n') == 1);
    // Once: the next run finds the key and the pin as they are.
    const auto again = app(arguments, env(api));
    CHECK_FALSE(again.out.contains("no longer trusted"));
    CHECK(test::readFile(pinFile) == pinned);
}
