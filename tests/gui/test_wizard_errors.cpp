#include "AddTunnelDialog.h"
#include "GuiApp.h"
#include "InertText.h"
#include "MainWindow.h"
#include "WizardDriver.h"
#include "common/AppPaths.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace colab;
using namespace colab::test::example;
using Page = SetupWizard::PageId;

// What goes wrong on the own-domain path, and what the wizard then says and leaves behind.
namespace {

void toPage(test::WizardDriver& ui, Page page)
{
    ui.next(); // welcome
    ui.click("modeNamed");
    ui.next();
    ui.next(); // cloudflared
    if (page == Page::Domain)
        return;
    ui.type("domainEdit", QStringLiteral("example.com"));
    ui.click("domainCheck");
    ui.next();
    if (page == Page::Authorise)
        return;
    ui.next();
    REQUIRE(ui.wizard->currentId() == Page::Slot);
}

// The slot page, logged in with `certToken`, against `api`.
std::unique_ptr<test::WizardDriver> atSlotPage(const test::FakeCloudflareApi& api, const QString& certToken = kToken)
{
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    writeCert(certToken);
    auto ui = std::make_unique<test::WizardDriver>();
    toPage(*ui, Page::Slot);
    return ui;
}

QJsonObject withFault(const QString& method, const QString& path, int status, int retryAfter = -1)
{
    QJsonObject fault{
        {QStringLiteral("method"), method}, {QStringLiteral("path"), path}, {QStringLiteral("status"), status}};
    if (retryAfter >= 0)
        fault.insert(QStringLiteral("retry_after"), retryAfter);
    QJsonObject state = baseState();
    state.insert(QStringLiteral("faults"), QJsonArray{fault});
    return state;
}

} // namespace

TEST_CASE("the domain page says what to change at the registrar and explains pending", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    writeCert(kToken); // logged in: the zone's status is known too
    test::WizardDriver ui;
    toPage(ui, Page::Domain);
    ui.type("domainEdit", QStringLiteral("other.org"));
    ui.click("domainCheck");
    REQUIRE(test::waitUntil([&] { return ui.text("domainStatus").contains(QLatin1String("not ready")); }));
    CHECK(ui.text("domainDetails").contains(QLatin1String("ns1.registrar.net")));
    CHECK(ui.text("domainDetails").contains(QLatin1String("registrar")));
    CHECK_FALSE(ui.nextEnabled());

    ui.type("domainEdit", QStringLiteral("pending.example.com"));
    CHECK(ui.text("domainStatus").isEmpty()); // the old verdict is gone with the edit
    ui.click("domainCheck");
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }));
    CHECK(ui.text("domainDetails").contains(QLatin1String("Pending")));
    CHECK(ui.text("domainDetails").contains(QLatin1String("every 30 seconds")));
    ui.snap(QStringLiteral("wizard-4-domain-pending"));
}

// What a resolver, Cloudflare's API or cloudflared says is shown word for word: as plain text, never
// as markup that makes a link the user might click.
namespace {

// A label's text laid out as the label lays it out: rich or plain, as its text format decides.
std::unique_ptr<QTextDocument> laidOut(const QLabel* label)
{
    auto document = std::make_unique<QTextDocument>();
    const Qt::TextFormat format = label->textFormat();
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(label->text())))
        document->setHtml(label->text());
    else
        document->setPlainText(label->text());
    return document;
}

bool holdsLink(const QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
            if (fragment.fragment().charFormat().isAnchor())
                return true;
    return false;
}

const QString kEvilLink = QStringLiteral("<a href=\"https://evil.example\">click</a>");

} // namespace

TEST_CASE("the domain page shows a hostile DNS answer and zone status as plain text, not as a link",
          "[gui][wizard][errors][network]")
{
    QJsonObject state = baseState();
    QJsonObject dns = state.value(QStringLiteral("dns")).toObject();
    dns.insert(QStringLiteral("hostile.example.com"),
               QJsonArray{kEvilLink + QStringLiteral(".ns.cloudflare.com"),
                          QStringLiteral("\x1b]8;;https://evil.example\x1b\\ada\x1b]8;;\x1b\\.ns.cloudflare.com")});
    state.insert(QStringLiteral("dns"), dns);
    QJsonArray zones = state.value(QStringLiteral("zones")).toArray();
    zones.append(zone(QStringLiteral("zone0003"), QStringLiteral("hostile.example.com"), kEvilLink));
    state.insert(QStringLiteral("zones"), zones);
    test::FakeCloudflareApi api(state);
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    writeCert(kToken); // logged in: the zone's status from the API is shown too
    test::WizardDriver ui;
    toPage(ui, Page::Domain);
    ui.type("domainEdit", QStringLiteral("hostile.example.com"));
    ui.click("domainCheck");
    REQUIRE(test::waitUntil([&] { return ui.text("domainDetails").contains(QLatin1String("zone")); }, 20000));

    for (const char* name : {"domainDetails", "domainStatus"}) {
        const auto shown = laidOut(ui.find<QLabel>(name));
        INFO(name << ": " << shown->toPlainText().toStdString());
        CHECK_FALSE(holdsLink(*shown));
        CHECK(test::activeCharacters(shown->toPlainText().remove(QLatin1Char('\n'))).isEmpty());
    }
    // The zone's status is shown as the very text Cloudflare sent, and the domain is not ready.
    CHECK(laidOut(ui.find<QLabel>("domainDetails"))->toPlainText().contains(kEvilLink));
    CHECK(ui.text("domainStatus").contains(QLatin1String("not ready")));
    CHECK_FALSE(ui.nextEnabled());
}

TEST_CASE("the login page shows what cloudflared printed as plain text, not as a link",
          "[gui][wizard][errors][network]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    // A cloudflared whose login fails with hostile words (it relays what Cloudflare says).
    const QString hostile = test::makeScratchDir(QStringLiteral("hostile-login")) + QStringLiteral("/cloudflared");
    test::writeExecutable(hostile, QStringLiteral("#!/bin/sh\n"
                                                  "[ \"$1\" = tunnel ] || exec '%1' \"$@\"\n"
                                                  "printf '%s\\n' 'ERR %2 to finish' >&2\n"
                                                  "printf 'ERR \\033]8;;https://evil.example\\033\\\\x\\n' >&2\n"
                                                  "exit 1\n")
                                       .arg(test::fakeCloudflared(), kEvilLink)
                                       .toUtf8());
    test::setEnvironment({QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=") + hostile});
    const auto restore = qScopeGuard(
        [] { test::setEnvironment({QStringLiteral("COLAB_TUNNEL_CLOUDFLARED=") + test::fakeCloudflared()}); });
    test::WizardDriver ui;
    toPage(ui, Page::Authorise);
    ui.click("loginStart");
    REQUIRE(test::waitUntil([&] { return ui.text("loginStatus").contains(QLatin1String("to finish")); }, 20000));
    const auto shown = laidOut(ui.find<QLabel>("loginStatus"));
    INFO(shown->toPlainText().toStdString());
    CHECK_FALSE(holdsLink(*shown));
    CHECK(shown->toPlainText().contains(kEvilLink));
    CHECK(test::activeCharacters(shown->toPlainText()).isEmpty());
    // First what to do next, then cloudflared's own words.
    CHECK(ui.text("loginStatus").indexOf(QLatin1String("try again")) <
          ui.text("loginStatus").indexOf(QLatin1String("cloudflared said")));
    CHECK(ui.text("loginStatus").contains(QLatin1String("Click Authorise in the browser to try again")));
}

TEST_CASE("the slot page suggests a name no runtime has yet", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    writeCert(kToken);
    REQUIRE(test::addTunnelWithCli(QStringLiteral("gpu"), QStringLiteral("calm-river.trycloudflare.com")));
    test::WizardDriver ui;
    toPage(ui, Page::Slot);
    CHECK(ui.find<QLineEdit>("slotName")->text() == QStringLiteral("gpu-2"));
    CHECK(ui.text("slotHostname").contains(QLatin1String("gpu-2.example.com")));
    CHECK(ui.find<QAbstractButton>("slotCreate")->isEnabled());
}

TEST_CASE("a login that times out or is cancelled leaves no cloudflared and no certificate", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api, QStringLiteral("never"));
    test::WizardDriver ui;
    ui.wizard->assistant().setLoginTimeoutMs(1500);
    toPage(ui, Page::Authorise);
    ui.click("loginStart");
    REQUIRE(test::waitUntil([&] { return ui.text("loginStatus").contains(QLatin1String("No certificate arrived")); }));
    CHECK_FALSE(ui.nextEnabled());
    CHECK(test::waitUntil([] { return loginsOfThisHome().isEmpty(); }, 5000));

    ui.click("loginStart");
    REQUIRE(test::waitUntil([&] { return ui.text("loginLink").contains(QLatin1String("dash.cloudflare.com")); }));
    // Waiting is neither done nor failed: no tick on it.
    REQUIRE(test::waitUntil([&] { return ui.text("loginStatus").contains(QLatin1String("Waiting for you")); }));
    CHECK_FALSE(ui.text("loginStatus").contains(QStringLiteral("✓")));
    ui.click("loginCancel");
    REQUIRE(test::waitUntil([&] { return ui.text("loginStatus").contains(QLatin1String("Login cancelled")); }));
    CHECK_FALSE(ui.nextEnabled());
    CHECK(test::waitUntil([] { return loginsOfThisHome().isEmpty(); }, 5000));
    CHECK_FALSE(QFile::exists(certPath()));
    CHECK(api.calls().isEmpty());
}

TEST_CASE("an invalid token makes no slot and says so", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(baseState());
    auto driver = atSlotPage(api, QStringLiteral("cfut-revoked-token-000"));
    test::WizardDriver& ui = *driver;
    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return ui.find<QAbstractButton>("slotCreate")->isEnabled(); }, 20000));
    CHECK(ui.text("slotStatus").contains(QLatin1String("Invalid API Token")));
    CHECK_FALSE(ui.nextEnabled());
    CHECK(liveTunnels(api.state()).size() == 1); // only someone else's
    CHECK(ui.service->tunnels().isEmpty());
    CHECK_FALSE(test::readFile(AppPaths::tunnelStoreFile()).contains("gpu.example.com"));
}

TEST_CASE("a rate limit is waited out and shown", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(
        withFault(QStringLiteral("POST"), QStringLiteral("/accounts/acct0001/cfd_tunnel"), 429, 1));
    auto driver = atSlotPage(api);
    test::WizardDriver& ui = *driver;
    QStringList statuses;
    QObject::connect(&ui.wizard->assistant(), &SetupAssistant::waiting, [&](const QString& why) { statuses << why; });
    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 20000));
    CHECK_FALSE(statuses.isEmpty());
    CHECK(api.calls().filter(QStringLiteral("POST /accounts/acct0001/cfd_tunnel 429")).size() == 1);
    CHECK(api.calls().filter(QStringLiteral("POST /accounts/acct0001/cfd_tunnel 200")).size() == 1);
}

TEST_CASE("a server error undoes the half-made slot and a retry succeeds", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(withFault(QStringLiteral("POST"), QStringLiteral("/zones/zone0001/dns_records"), 500));
    auto driver = atSlotPage(api);
    test::WizardDriver& ui = *driver;
    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return ui.find<QAbstractButton>("slotCreate")->isEnabled(); }, 20000));
    INFO(ui.text("slotStatus").toStdString());
    CHECK(ui.text("slotStatus").contains(QLatin1String("DNS record")));
    CHECK_FALSE(ui.nextEnabled());
    CHECK(liveTunnels(api.state()).size() == 1);            // the tunnel made before the failure was deleted
    CHECK(ui.find<QListWidget>("slotSteps")->count() >= 3); // each step was shown as it happened

    ui.click("slotCreate"); // the fault was a one-off
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 20000));
    CHECK(liveTunnels(api.state()).size() == 2);
}

TEST_CASE("cancelling the slot stops at once and creating again resumes", "[gui][wizard][errors]")
{
    test::FakeCloudflareApi api(
        withFault(QStringLiteral("POST"), QStringLiteral("/accounts/acct0001/cfd_tunnel"), 429, 3));
    auto driver = atSlotPage(api);
    test::WizardDriver& ui = *driver;
    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return !api.calls().filter(QStringLiteral(" 429")).isEmpty(); }));
    ui.click("slotCancel");
    CHECK(ui.text("slotStatus").contains(QLatin1String("Cancelled")));
    CHECK(ui.find<QAbstractButton>("slotCreate")->isEnabled());
    QTest::qWait(4000); // past the Retry-After: nothing more is sent
    CHECK(api.calls().filter(QStringLiteral("POST /accounts/acct0001/cfd_tunnel 200")).isEmpty());

    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 20000));
    CHECK(liveTunnels(api.state()).size() == 2);
}

TEST_CASE("without a keychain the password is kept for the session only when the user says so", "[gui][wizard][errors]")
{
    // This process has no Secret Service: its session bus address leads nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/colab-tunnel-test-bus");
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    test::WizardDriver ui;
    ui.next();
    ui.next(); // quick
    ui.next(); // cloudflared
    REQUIRE(ui.wizard->currentId() == Page::Password);
    ui.next();
    REQUIRE(test::waitUntil([&] { return ui.find<QAbstractButton>("passwordSessionOnly")->isVisible(); }, 20000));
    CHECK(ui.wizard->currentId() == Page::Password); // not on without the user's word
    CHECK(ui.text("passwordStatus").contains(QLatin1String("forgets it when it quits")));
    CHECK_FALSE(ui.service->hasPassword());
    ui.snap(QStringLiteral("wizard-7-password-no-keychain"));
    ui.click("passwordSessionOnly");
    REQUIRE(ui.waitForPage(Page::Cell));
    CHECK(ui.service->hasPassword());
    REQUIRE(test::waitUntil([&] { return !ui.find<QPlainTextEdit>("cellText")->toPlainText().isEmpty(); }, 20000));
    CHECK(ui.find<QPlainTextEdit>("cellText")->toPlainText().contains(QLatin1String("$6$")));
}

TEST_CASE("a missing cloudflared shows the install command and is found once installed", "[gui][wizard][errors]")
{
    test::resetAppFiles();
    qunsetenv("COLAB_TUNNEL_CLOUDFLARED");
    qputenv("PATH", "/usr/bin:/bin"); // this machine has no cloudflared there
    QFile::remove(QDir::homePath() + QStringLiteral("/.local/bin/cloudflared"));
    test::WizardDriver ui;
    ui.next();
    ui.next();
    REQUIRE(ui.wizard->currentId() == Page::Cloudflared);
    REQUIRE(test::waitUntil([&] { return ui.text("cloudflaredStatus").contains(QLatin1String("not found")); }));
    CHECK_FALSE(ui.nextEnabled());
    const QString command = ui.find<QLineEdit>("cloudflaredInstallCommand")->text();
    CHECK(command.contains(QLatin1String("cloudflared-linux-")));
    ui.click("cloudflaredCopyCommand");
    CHECK(QGuiApplication::clipboard()->text() == command);
    ui.snap(QStringLiteral("wizard-3-cloudflared-missing"));

    // The user runs the command in a terminal: the page notices without a click.
    QDir().mkpath(QDir::homePath() + QStringLiteral("/.local/bin"));
    REQUIRE(QFile::copy(test::fakeCloudflared(), QDir::homePath() + QStringLiteral("/.local/bin/cloudflared")));
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 15000));
    CHECK(ui.text("cloudflaredStatus").contains(QLatin1String("2026.8.2")));
}

TEST_CASE("the dashboard opens one wizard and hands it the link of the runtime it waits for", "[gui][wizard][app]")
{
    test::resetAppFiles();
    qputenv("COLAB_TUNNEL_CLOUDFLARED", test::fakeCloudflared().toUtf8());
    GuiApp gui(AppService::Options{});
    gui.start();
    REQUIRE(test::waitUntil([&] { return gui.service().checksStarted(); }, 20000));
    auto* button = gui.window().findChild<QPushButton*>(QStringLiteral("emptyWizardButton"));
    REQUIRE(button);
    button->click();
    REQUIRE(gui.wizard());
    SetupWizard* wizard = gui.wizard();
    CHECK(wizard->isVisible());
    button->click(); // again: the same wizard comes to the front, with what was typed
    CHECK(gui.wizard() == wizard);

    const auto next = [&] {
        REQUIRE(test::waitUntil([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
        wizard->button(QWizard::NextButton)->click();
    };
    next(); // welcome
    next(); // quick
    next(); // cloudflared
    next(); // the generated password
    REQUIRE(test::waitUntil([&] { return wizard->currentId() == SetupWizard::Cell; }, 20000));

    // The link of another runtime goes to the Add dialog as always; the awaited one to the wizard.
    gui.handleArguments({QStringLiteral("colab-tunnel://add?host=other-owl-1.trycloudflare.com&name=owl")});
    CHECK(gui.addDialog());
    CHECK_FALSE(gui.service().find(QStringLiteral("owl")));
    gui.handleArguments({QStringLiteral("colab-tunnel://add?host=lucky-fox-2.trycloudflare.com&name=gpu")});
    auto* accept = wizard->findChild<QPushButton*>(QStringLiteral("cellAddOffer"));
    REQUIRE(accept);
    REQUIRE(test::waitUntil([&] { return accept->isVisible(); }));
    CHECK_FALSE(gui.service().find(QStringLiteral("gpu"))); // not before the user says so
    accept->click();
    REQUIRE(test::waitUntil([&] { return gui.service().find(QStringLiteral("gpu")) != nullptr; }));
    CHECK(gui.service().find(QStringLiteral("gpu"))->hostname == QStringLiteral("lucky-fox-2.trycloudflare.com"));
    CHECK(gui.waitingLinks() == 0); // the wizard's link did not queue behind the dialog
}
