#include "SshdFixture.h"
#include "WizardDriver.h"
#include "cloudflare/SlotManager.h"
#include "common/AppPaths.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;
using namespace colab::test::example;
using Page = SetupWizard::PageId;

// The whole way in each mode, against the API/DoH stand-in, the cloudflared stand-in, the real
// keychain and a real sshd playing the runtime: what a new user does, and what must be true after.
namespace {

// Welcome → Mode → cloudflared, choosing own domain or not.
void throughCloudflared(test::WizardDriver& ui, bool ownDomain)
{
    REQUIRE(ui.wizard->currentId() == Page::Welcome);
    CHECK(ui.text("welcomeTerms").contains(QLatin1String("paid runtimes only")));
    ui.snap(QStringLiteral("wizard-1-welcome"));
    ui.next();
    REQUIRE(ui.wizard->currentId() == Page::Mode);
    CHECK(ui.find<QAbstractButton>("modeQuick")->isChecked()); // the default: no account needed
    if (ownDomain)
        ui.click("modeNamed");
    ui.snap(ownDomain ? QStringLiteral("wizard-2-mode") : QString());
    ui.next();
    REQUIRE(ui.wizard->currentId() == Page::Cloudflared);
    REQUIRE(test::waitUntil([&] { return ui.text("cloudflaredStatus").contains(QLatin1String("2026.8.2")); }));
    CHECK(ui.text("cloudflaredStatus").contains(test::fakeCloudflared()));
    ui.snap(ownDomain ? QStringLiteral("wizard-3-cloudflared") : QString());
    ui.next();
}

QString storedPassword()
{
    return test::readKeychain(QLatin1String(SecretStore::kSshPasswordKey)).value;
}

} // namespace

TEST_CASE("the own-domain wizard goes from a domain to a runtime online in the IDE", "[gui][wizard][named]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    test::WizardDriver ui;
    QSignalSpy opened(ui.wizard.get(), &SetupWizard::openRequested);
    throughCloudflared(ui, true);

    REQUIRE(ui.wizard->currentId() == Page::Domain);
    CHECK_FALSE(ui.nextEnabled());
    ui.type("domainEdit", QStringLiteral(" https://Example.com/ ")); // as copied from the browser
    ui.click("domainCheck");
    CHECK(ui.find<QLineEdit>("domainEdit")->text() == QStringLiteral("example.com"));
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }));
    CHECK(ui.text("domainDetails").contains(QLatin1String("ada.ns.cloudflare.com")));
    ui.snap(QStringLiteral("wizard-4-domain"));
    ui.next();

    REQUIRE(ui.wizard->currentId() == Page::Authorise);
    CHECK_FALSE(ui.nextEnabled()); // not logged in yet
    ui.click("loginStart");
    REQUIRE(test::waitUntil([&] { return ui.text("loginLink").contains(QLatin1String("dash.cloudflare.com")); }));
    ui.snap(QStringLiteral("wizard-5-authorise"));
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 15000));
    CHECK(QFile::exists(certPath()));
    ui.next();

    REQUIRE(ui.wizard->currentId() == Page::Slot);
    CHECK(ui.text("slotHostname").contains(QLatin1String("gpu.example.com")));
    CHECK_FALSE(ui.nextEnabled());
    ui.click("slotCreate");
    REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 20000));
    INFO(ui.text("slotStatus").toStdString());
    // Exactly the slot was made: its tunnel, its configuration, its CNAME.
    const QStringList calls = api.calls();
    INFO(calls.join(QLatin1Char('\n')).toStdString());
    CHECK(calls.filter(QRegularExpression(QStringLiteral("^POST /accounts/acct0001/cfd_tunnel 200"))).size() == 1);
    CHECK(calls.filter(QRegularExpression(QStringLiteral("^PUT .*/configurations 200"))).size() == 1);
    CHECK(calls.filter(QRegularExpression(QStringLiteral("^POST /zones/zone0001/dns_records 200"))).size() == 1);
    CHECK(calls.filter(QRegularExpression(QStringLiteral("^DELETE "))).isEmpty());
    const Tunnel* slot = ui.service->find(QStringLiteral("gpu"));
    REQUIRE(slot);
    CHECK(slot->hostname == QStringLiteral("gpu.example.com"));
    // Made by this run, and each step marked done.
    CHECK(ui.text("slotHostname").contains(QLatin1String("Created gpu.example.com")));
    CHECK_FALSE(ui.text("slotHostname").contains(QLatin1String("already")));
    auto* steps = ui.find<QListWidget>("slotSteps");
    REQUIRE(steps->count() > 0);
    for (int row = 0; row < steps->count(); ++row)
        CHECK(steps->item(row)->text().startsWith(QStringLiteral("✓ ")));
    ui.snap(QStringLiteral("wizard-6-slot"));
    CHECK(slot->kind == Tunnel::Kind::Named);
    CHECK_FALSE(slot->tunnelId.isEmpty());
    CHECK(test::readFile(AppPaths::sshConfigFile()).contains("Host colab-gpu"));
    const auto runToken = test::readKeychain(SlotManager::runTokenKey(QStringLiteral("gpu")));
    CHECK(runToken.ok());
    CHECK_FALSE(test::readFile(AppPaths::tunnelStoreFile()).contains(runToken.value.toUtf8()));
    ui.next();

    REQUIRE(ui.wizard->currentId() == Page::Password);
    CHECK(ui.find<QAbstractButton>("passwordGenerate")->isChecked());
    const QString password = ui.find<QLineEdit>("passwordEdit")->text();
    CHECK(password.size() >= 20);
    CHECK(ui.find<QLineEdit>("passwordEdit")->echoMode() == QLineEdit::Password);
    CHECK(ui.find<QLabel>("passwordStrength")->text().startsWith(QLatin1String("Strong")));
    ui.snap(QStringLiteral("wizard-7-password"));
    ui.next();
    REQUIRE(ui.waitForPage(Page::Cell, 20000)); // stored first, then on by itself
    CHECK(storedPassword() == password);

    // The cell: the slot's hostname, the token from a Colab secret, the hash and not the password.
    REQUIRE(test::waitUntil([&] { return !ui.find<QPlainTextEdit>("cellText")->toPlainText().isEmpty(); }, 20000));
    const QString cell = ui.find<QPlainTextEdit>("cellText")->toPlainText();
    CHECK(cell.contains(QLatin1String("gpu.example.com")));
    CHECK(cell.contains(QLatin1String("COLAB_TUNNEL_TOKEN")));
    CHECK(cell.contains(QLatin1String("$6$")));
    CHECK_FALSE(cell.contains(password));
    CHECK_FALSE(cell.contains(runToken.value));
    ui.snap(QStringLiteral("wizard-8-cell-own-domain"));
    ui.click("cellCopyToken");
    INFO(ui.text("cellStatus").toStdString());
    // One line for the Colab secret: the run token and the slot's own host key.
    const auto hostKey = test::readKeychain(QStringLiteral("slot-host-key:gpu"));
    REQUIRE(hostKey.ok());
    const auto copiedSecret = [] {
        return QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    };
    REQUIRE(test::waitUntil([&] {
        return copiedSecret().value(QStringLiteral("token")).toString() == runToken.value &&
               copiedSecret().value(QStringLiteral("host_key")).toString() == hostKey.value;
    }));
    CHECK(
        test::readFile(AppPaths::knownHostsDir() + QStringLiteral("/gpu")).startsWith("gpu.example.com ssh-ed25519 "));

    // The runtime comes up behind the slot's hostname with the slot's host key, as the cell installs
    // it from the secret: the page moves on by itself.
    test::SshdFixture runtime(password);
    runtime.useHostKey(hostKey.value);
    QString error;
    REQUIRE(runtime.start(&error));
    runtime.mapHostname(QStringLiteral("gpu.example.com"));
    REQUIRE(ui.waitForPage(Page::Done, 40000));
    CHECK(ui.service->state(QStringLiteral("gpu")).state == ProbeResult::State::Online);
    CHECK(ui.text("doneSummary").contains(QLatin1String("ssh colab-gpu")));
    // Finish alone ends it: nothing is left to cancel.
    CHECK(ui.wizard->button(QWizard::FinishButton)->isVisible());
    CHECK_FALSE(ui.wizard->button(QWizard::CancelButton)->isVisible());
    ui.snap(QStringLiteral("wizard-9-done"));
    ui.click("doneOpenVsCode");
    CHECK(ui.text("doneStatus").contains(QLatin1String("Opening VS Code")));
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == QStringLiteral("gpu"));
}

TEST_CASE("the quick wizard makes a cell and takes the runtime from its card", "[gui][wizard][quick]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    test::WizardDriver ui;
    throughCloudflared(ui, false);

    REQUIRE(ui.wizard->currentId() == Page::Password); // no Cloudflare pages in quick mode
    ui.click("passwordType");
    ui.type("passwordEdit", QStringLiteral("abc"));
    CHECK(ui.find<QLabel>("passwordStrength")->text().startsWith(QLatin1String("Weak")));
    CHECK_FALSE(ui.nextEnabled());
    const QString password = QStringLiteral("Lantern-Orbit-Velvet-42");
    ui.type("passwordEdit", password);
    CHECK(ui.nextEnabled());
    ui.next();
    REQUIRE(ui.waitForPage(Page::Cell, 20000));
    CHECK(storedPassword() == password);
    CHECK(api.calls().isEmpty()); // quick mode never talks to Cloudflare's API

    ui.type("cellName", QStringLiteral("lab"));
    REQUIRE(test::waitUntil(
        [&] {
            return ui.find<QPlainTextEdit>("cellText")->toPlainText().contains(QLatin1String("\n    NAME='lab',\n"));
        },
        20000));
    const QString cell = ui.find<QPlainTextEdit>("cellText")->toPlainText();
    CHECK_FALSE(cell.contains(password));
    CHECK(cell.contains(QLatin1String("$6$")));

    test::SshdFixture runtime(password);
    QString error;
    REQUIRE(runtime.start(&error));
    runtime.mapHostname(QStringLiteral("calm-river-1234.trycloudflare.com"));
    // Another runtime's card is not taken; this cell's card (copied from Colab) is.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("colab-tunnel://add?host=other-one-5678.trycloudflare.com&name=other"));
    QTest::qWait(300);
    CHECK_FALSE(ui.find<QWidget>("cellAddOffer")->isVisible());
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Runtime ready\n  colab-tunnel://add?host=calm-river-1234.trycloudflare.com&name=lab\n"
                       "  ssh colab-lab\n"));
    // The user confirms the new host before anything is sent to it.
    REQUIRE(test::waitUntil([&] { return ui.find<QWidget>("cellAddOffer")->isVisible(); }));
    CHECK(ui.text("cellOfferText").contains(QLatin1String("calm-river-1234.trycloudflare.com")));
    QTest::qWait(300);
    CHECK(ui.service->tunnels().isEmpty());
    ui.snap(QStringLiteral("wizard-8-cell-quick"));
    ui.click("cellAddOffer");
    REQUIRE(ui.waitForPage(Page::Done, 40000));
    const Tunnel* added = ui.service->find(QStringLiteral("lab"));
    REQUIRE(added);
    CHECK(added->hostname == QStringLiteral("calm-river-1234.trycloudflare.com"));
    CHECK(test::readFile(AppPaths::sshConfigFile()).contains("Host colab-lab"));
    CHECK(ui.text("doneSummary").contains(QLatin1String("calm-river-1234.trycloudflare.com")));
}

TEST_CASE("with clipboard watching turned off the cell page reads the clipboard only when Paste is pressed",
          "[gui][wizard][quick][clipboard]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    test::WizardDriver ui;
    ui.wizard->setWatchesClipboard(false); // as GuiApp does with the setting off
    throughCloudflared(ui, false);
    REQUIRE(ui.wizard->currentId() == Page::Password);
    ui.type("passwordEdit", QStringLiteral("Lantern-Orbit-Velvet-42"));
    ui.next();
    REQUIRE(ui.waitForPage(Page::Cell, 20000));
    ui.type("cellName", QStringLiteral("lab"));
    REQUIRE(test::waitUntil(
        [&] {
            return ui.find<QPlainTextEdit>("cellText")->toPlainText().contains(QLatin1String("\n    NAME='lab',\n"));
        },
        20000));
    auto* paste = ui.find<QPushButton>("cellPasteButton");
    REQUIRE(paste);
    CHECK(paste->isVisible());

    const QString card = QStringLiteral("Runtime ready\n  colab-tunnel://add?host=calm-river-1234.trycloudflare.com"
                                        "&name=lab\n  ssh colab-lab\n");
    QGuiApplication::clipboard()->setText(card);
    QTest::qWait(400);
    CHECK_FALSE(ui.find<QWidget>("cellAddOffer")->isVisible()); // copied, not read

    QGuiApplication::clipboard()->setText(QStringLiteral("some unrelated text"));
    ui.click("cellPasteButton");
    CHECK(ui.text("cellStatus").contains(QLatin1String("no runtime of this cell")));
    CHECK_FALSE(ui.find<QWidget>("cellAddOffer")->isVisible());

    QGuiApplication::clipboard()->setText(card);
    ui.click("cellPasteButton");
    REQUIRE(test::waitUntil([&] { return ui.find<QWidget>("cellAddOffer")->isVisible(); }));
    CHECK(ui.text("cellOfferText").contains(QLatin1String("calm-river-1234.trycloudflare.com")));

    ui.wizard->setWatchesClipboard(true); // turned on in the settings meanwhile: watching again
    CHECK_FALSE(paste->isVisible());
}

TEST_CASE("Back keeps what was typed and a second run shows what is done", "[gui][wizard]")
{
    test::FakeCloudflareApi api(baseState());
    REQUIRE(api.running());
    test::prepareWizardHome(api);
    writeCert(kToken); // logged in before
    {
        test::WizardDriver ui;
        throughCloudflared(ui, true);
        ui.type("domainEdit", QStringLiteral("example.com"));
        ui.click("domainCheck");
        ui.next();
        REQUIRE(ui.wizard->currentId() == Page::Authorise);
        CHECK(ui.text("loginStatus").contains(QLatin1String("Already authorised")));
        ui.next(); // no second login
        ui.type("slotName", QStringLiteral("train"));
        ui.wizard->back();
        ui.wizard->back();
        CHECK(ui.find<QLineEdit>("domainEdit")->text() == QStringLiteral("example.com"));
        ui.next();
        ui.next();
        CHECK(ui.find<QLineEdit>("slotName")->text() == QStringLiteral("train"));
        ui.click("slotCreate");
        REQUIRE(test::waitUntil([&] { return ui.nextEnabled(); }, 20000));
        ui.next();
        ui.next(); // the generated password
        REQUIRE(ui.waitForPage(Page::Cell, 20000));
    }
    const int callsBefore = int(api.calls().size());
    test::WizardDriver again;
    REQUIRE(test::waitUntil([&] {
        return again.text("welcomeDone").contains(QLatin1String("cloudflared 2026.8.2")) &&
               again.text("welcomeDone").contains(QLatin1String("authorised"));
    }));
    const QString done = again.text("welcomeDone");
    CHECK(done.contains(QLatin1String("authorised")));
    CHECK(done.contains(QLatin1String("1 tunnel slot")));
    CHECK(done.contains(QLatin1String("password is stored")));
    CHECK(done.contains(QLatin1String("train.example.com")));
    throughCloudflared(again, true);
    // What was set up is shown, not asked again.
    CHECK(again.find<QLineEdit>("domainEdit")->text() == QStringLiteral("example.com"));
    again.next();
    again.next();
    CHECK(again.find<QLineEdit>("slotName")->text() == QStringLiteral("train"));
    CHECK(again.text("slotHostname").contains(QLatin1String("set up already")));
    CHECK(again.nextEnabled());
    CHECK_FALSE(again.find<QAbstractButton>("slotCreate")->isEnabled());
    again.next();
    CHECK(again.find<QAbstractButton>("passwordKeep")->isChecked()); // not replaced unless asked
    const QStringList newCalls = api.calls().mid(callsBefore);
    CHECK(newCalls.filter(QRegularExpression(QStringLiteral("^(POST|PUT|DELETE) "))).isEmpty());
}
