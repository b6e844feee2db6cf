#include "AddTunnelDialog.h"
#include "CatchQt.h"
#include "MainWindow.h"
#include "PyCharmDialog.h"
#include "Samples.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "TestEnv.h"
#include "TrayIcon.h"
#include "TunnelTableModel.h"
#include "common/Translations.h"
#include "service/AppService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace colab;

// A person reading Chinese sees Chinese everywhere, or the strings that slipped past tr() show up
// in English in the middle of it. A translator that brackets every string it is asked for makes
// those visible: whatever a window shows without brackets never went through tr().
namespace {

const QChar kOpen(0x27e6);  // ⟦
const QChar kClose(0x27e7); // ⟧

class BracketingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* sourceText, const char*, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override { return false; }
};

AppService::Options offlineOptions()
{
    AppService::Options options;
    options.probe = [](const Tunnel& tunnel, const TunnelMonitor::ProbeRequest&) {
        ProbeResult result;
        result.name = tunnel.name;
        result.state = ProbeResult::State::Offline;
        return result;
    };
    return options;
}

// Text that carries no words (numbers, units, punctuation), or data the user typed, is not
// for translating.
bool needsNoTranslation(const QString& text, const QStringList& data)
{
    static const QRegularExpression wordless(QStringLiteral("^[^A-Za-z]*$"));
    static const QStringList names = {QStringLiteral("Colab Tunnel"), QStringLiteral("VS Code"),
                                      QStringLiteral("PyCharm"), QStringLiteral("cloudflared")};
    static const QStringList languages = Translations::languages();
    const bool languageName = std::any_of(languages.cbegin(), languages.cend(),
                                          [&](const QString& code) { return Translations::nativeName(code) == text; });
    return wordless.match(text).hasMatch() || text.startsWith(QLatin1Char('/')) || data.contains(text) ||
           names.contains(text) || languageName;
}

QStringList untranslated(const QWidget* root, const QStringList& data)
{
    QStringList found;
    const auto check = [&](const QObject* where, const QString& what, const QString& text) {
        if (!text.isEmpty() && !text.contains(kOpen) && !needsNoTranslation(text, data))
            found << QStringLiteral("%1 %2 %3: \"%4\"")
                         .arg(QString::fromLatin1(where->metaObject()->className()), where->objectName(), what, text);
    };
    QList<const QWidget*> widgets = {root};
    for (const QWidget* child : root->findChildren<QWidget*>())
        widgets << child;
    for (const QWidget* widget : widgets) {
        check(widget, QStringLiteral("tooltip"), widget->toolTip());
        check(widget, QStringLiteral("accessible name"), widget->accessibleName());
        if (widget->isWindow())
            check(widget, QStringLiteral("title"), widget->windowTitle());
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            check(widget, QStringLiteral("text"), label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            check(widget, QStringLiteral("text"), button->text());
        if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            check(widget, QStringLiteral("title"), group->title());
        if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(widget, QStringLiteral("item"), combo->itemText(i));
        }
        if (const auto* menu = qobject_cast<const QMenu*>(widget))
            check(widget, QStringLiteral("title"), menu->title());
        for (const QAction* action : widget->actions()) {
            if (action->isSeparator())
                continue;
            check(action, QStringLiteral("action"), action->text());
            check(action, QStringLiteral("action tooltip"), action->toolTip());
            if (action->menu())
                check(action->menu(), QStringLiteral("title"), action->menu()->title());
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("every string the dashboard, its dialogs and the tray show goes through tr", "[gui][i18n]")
{
    test::resetAppFilesWithFakeCloudflared();
    BracketingTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    const QStringList data = {QStringLiteral("gpu"),       QStringLiteral("calm-river.trycloudflare.com"),
                              QStringLiteral("tpu"),       QStringLiteral("tpu.example.com"),
                              QStringLiteral("colab-gpu"), QStringLiteral("root")};
    REQUIRE(test::addTunnelWithCli(data.at(0), data.at(1)));

    AppService service(offlineOptions());
    service.load();
    TunnelTableModel model;
    model.setTunnels({test::sampleRuntime(data.at(0), data.at(1)), test::sampleRuntime(data.at(2), data.at(3))});
    MainWindow window(&model);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectTunnel(QStringLiteral("gpu"));
    QStringList found = untranslated(&window, data);
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString header = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (!header.isEmpty() && !header.contains(kOpen))
            found << QStringLiteral("column header: \"%1\"").arg(header);
    }

    SettingsDialog settings(true);
    found << untranslated(&settings, data);
    AddTunnelDialog add(&service);
    found << untranslated(&add, data);
    PyCharmDialog pycharm(&service, data.at(0));
    found << untranslated(&pycharm, data);
    TrayIcon tray;
    tray.setTunnels({test::sampleRuntime(data.at(0), data.at(1))});
    found << untranslated(tray.menu(), data);

    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    QCoreApplication::removeTranslator(&brackets);
}

TEST_CASE("every string of the setup wizard's pages goes through tr", "[gui][i18n][wizard]")
{
    test::resetAppFilesWithFakeCloudflared();
    BracketingTranslator brackets;
    QCoreApplication::installTranslator(&brackets);
    const QStringList data = {QStringLiteral("gpu"), QStringLiteral("example.com"),
                              QStringLiteral("https://github.com/you/project")};
    AppService service(offlineOptions());
    service.load();
    SetupWizard wizard(&service);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QStringList found = untranslated(&wizard, data); // the current page, the buttons, the title
    for (const int id : wizard.pageIds())
        found << untranslated(wizard.page(id), data); // every page as built, shown or not
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    QCoreApplication::removeTranslator(&brackets);
}

TEST_CASE("in Chinese the menus, the columns and Qt's own buttons are Chinese", "[gui][i18n]")
{
    test::resetAppFiles();
    REQUIRE(Translations::install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    TunnelTableModel model;
    MainWindow window(&model);
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.join(QLatin1Char(' ')).contains(QStringLiteral("文件(&F)")));
    CHECK(model.headerData(0, Qt::Horizontal, Qt::DisplayRole)
              .toString()
              .contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))));

    SettingsDialog settings(true);
    const auto* cancel = settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel);
    CHECK(cancel->text().contains(QStringLiteral("取消"))); // from Qt's qtbase_zh_CN.qm
}

TEST_CASE("the language setting overrides the system and empty follows it", "[gui][i18n]")
{
    test::resetAppFiles();
    AppSettings::Preferences preferences = AppSettings::load();
    CHECK(preferences.language.isEmpty());
    preferences.language = QStringLiteral("zh_CN");
    QString error;
    REQUIRE(AppSettings::save(preferences, &error));
    CHECK(AppSettings::language() == QStringLiteral("zh_CN"));
    preferences.language = QStringLiteral("xx_YY");
    CHECK_FALSE(AppSettings::save(preferences, &error));
    CHECK(AppSettings::language() == QStringLiteral("zh_CN")); // a refusal writes nothing

    SettingsDialog dialog(true);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    REQUIRE(combo);
    CHECK(combo->currentData().toString() == QStringLiteral("zh_CN"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
    CHECK(note->isHidden());
    combo->setCurrentIndex(combo->findData(QString()));
    CHECK_FALSE(note->isHidden()); // says it applies at the next start
    // Named also where the system's locale names no language (C, POSIX): what the app reads then.
    CHECK_FALSE(combo->currentText().contains(QStringLiteral("()")));
    CHECK(dialog.preferences().language.isEmpty());
}

// scripts/screenshots.sh: the dashboard as a Chinese desktop shows it.
TEST_CASE("screenshot of the dashboard in Chinese", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("COLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    REQUIRE(Translations::install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    TunnelTableModel model;
    SampleHistory history;
    model.setHistory(&history);
    MainWindow window(&model);
    window.resize(1100, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::fillScreenshotDashboard(model, history);
    window.selectTunnel(QStringLiteral("gpu"));
    QTest::qWait(150);
    CHECK(window.grab().save(dir + QStringLiteral("/dashboard-zh_CN.png")));
}
