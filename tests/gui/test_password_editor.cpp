#include "CatchQt.h"
#include "PasswordDialog.h"
#include "PasswordEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace colab;

namespace {
// The colour the strength bar is drawn in, where its filled part begins.
QColor barColour(QProgressBar* meter)
{
    const QImage image = meter->grab().toImage();
    return image.pixelColor(image.width() / 8, image.height() / 2);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("a weak password's bar is red and a strong one's green, with the words to say it", "[gui][password]")
{
    PasswordDialog dialog;
    dialog.resize(480, 200);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* meter = dialog.findChild<QProgressBar*>(QStringLiteral("passwordMeter"));
    auto* words = dialog.findChild<QLabel*>(QStringLiteral("passwordStrength"));
    REQUIRE((edit && meter && words));

    typeInto(edit, QStringLiteral("abc"));
    CHECK(words->text().startsWith(QStringLiteral("Weak")));
    const QColor weak = barColour(meter);
    typeInto(edit, QStringLiteral("Lantern-Orbit-Velvet-42"));
    CHECK(words->text().startsWith(QStringLiteral("Strong")));
    const QColor strong = barColour(meter);
    INFO("weak " << weak.name().toStdString() << ", strong " << strong.name().toStdString());
    CHECK(weak.red() > weak.green());
    CHECK(strong.green() > strong.red());
}

TEST_CASE("Set password shows what is typed on request and hands it over once", "[gui][password]")
{
    PasswordDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("passwordDialogOk"));
    CHECK_FALSE(ok->isEnabled()); // nothing typed yet
    typeInto(edit, QStringLiteral("cell-password"));
    CHECK(ok->isEnabled());
    CHECK(edit->echoMode() == QLineEdit::Password);
    dialog.findChild<QAction*>(QStringLiteral("passwordShow"))->trigger();
    CHECK(edit->echoMode() == QLineEdit::Normal);
    CHECK(
        dialog.findChild<QLabel*>(QStringLiteral("passwordDialogText"))->text().contains(QStringLiteral("every cell")));
    CHECK(dialog.takePassword() == QStringLiteral("cell-password"));
    CHECK(edit->text().isEmpty());
}
