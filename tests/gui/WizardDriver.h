#pragma once

#include "../e2e/ExampleAccount.h"
#include "../e2e/FakeCloudflareApi.h"
#include "CatchQt.h"
#include "SetupWizard.h"
#include "SetupWizardPages.h"
#include "TestEnv.h"
#include "secrets/SecretStore.h"
#include "service/AppService.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <memory>

namespace colab::test {

// Drives the setup wizard as a keyboard-and-mouse user would: by the objectName of each control,
// pressing only buttons that are enabled. The service behind it is the real one.
class WizardDriver
{
public:
    explicit WizardDriver(AppService::Options options = {})
    {
        options.monitor.offlineMinBackoffMs = 500; // a runtime that appears is seen quickly
        options.monitor.offlineMaxBackoffMs = 1000;
        service = std::make_unique<AppService>(options);
        service->start();
        REQUIRE(waitUntil([this] { return service->checksStarted(); }, 20000));
        wizard = std::make_unique<SetupWizard>(service.get());
        wizard->show();
        // The wizard asks the keychain whether a password is stored as it opens.
        REQUIRE(waitUntil([this] { return service->keychainAnswered(); }, 20000));
    }
    ~WizardDriver()
    {
        wizard.reset();
        service->shutdown();
    }

    template <typename T> T* find(const char* objectName) const
    {
        T* widget = wizard->findChild<T*>(QString::fromLatin1(objectName));
        INFO("no " << objectName << " in the wizard");
        REQUIRE(widget);
        return widget;
    }
    QString text(const char* objectName) const { return find<QLabel>(objectName)->text(); }
    void click(const char* objectName)
    {
        auto* button = find<QAbstractButton>(objectName);
        INFO(objectName << " is disabled or hidden");
        REQUIRE((button->isEnabled() && button->isVisible()));
        button->click();
    }
    void type(const char* objectName, const QString& text)
    {
        auto* edit = find<QLineEdit>(objectName);
        edit->setFocus();
        edit->clear();
        edit->insert(text); // as typed: textEdited fires
    }
    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }
    // Waits until Next can be pressed (the page is complete), then presses it.
    void next(int waitMs = 10000)
    {
        const int page = wizard->currentId();
        INFO("page " << page << " did not become complete");
        REQUIRE(waitUntil([this] { return nextEnabled(); }, waitMs));
        wizard->button(QWizard::NextButton)->click();
    }
    // With COLAB_SCREENSHOT_DIR set (scripts/screenshots.sh), saves the wizard as the user sees it
    // now: the README's pictures come from these very walks.
    void snap(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR");
        if (dir.isEmpty() || name.isEmpty())
            return;
        QTest::qWait(100); // let layouts settle
        CHECK(wizard->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
    bool waitForPage(int id, int timeoutMs = 10000)
    {
        return waitUntil([this, id] { return wizard->currentId() == id; }, timeoutMs);
    }

    std::unique_ptr<AppService> service;
    std::unique_ptr<SetupWizard> wizard;
};

// Sets "NAME=VALUE" entries in this process's environment (the app's children inherit them).
inline void setEnvironment(const QStringList& entries)
{
    for (const QString& entry : entries)
        qputenv(entry.section(QLatin1Char('='), 0, 0).toUtf8(), entry.section(QLatin1Char('='), 1).toUtf8());
}

// A fresh HOME for one walk: no runtimes, no cert.pem, the stand-ins for the API, DoH and cloudflared
// (whose `tunnel login` takes `loginDelay` seconds, or "never").
inline void prepareWizardHome(const FakeCloudflareApi& api, const QString& loginDelay = QStringLiteral("0.3"))
{
    resetAppFiles();
    QDir(QDir::homePath() + QStringLiteral("/.cloudflared")).removeRecursively();
    setEnvironment(appEnv(api.env() + example::cloudflaredLoginEnv() +
                          QStringList{QStringLiteral("FAKE_CLOUDFLARED_LOGIN_DELAY=") + loginDelay}));
}

} // namespace colab::test
