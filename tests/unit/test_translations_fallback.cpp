#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("a language without a translation of its own reads English with proper plurals", "[i18n]")
{
    const QLocale before;
    CHECK(Translations::install(QStringLiteral("de")) == QStringLiteral("en"));
    QLocale::setDefault(before); // the other tests' numbers stay as they were
    CHECK(QCoreApplication::translate("colab::WelcomePage", "%n runtime(s) are in the dashboard.", nullptr, 1) ==
          QStringLiteral("1 runtime is in the dashboard."));
    CHECK(QCoreApplication::translate("colab::WelcomePage", "%n runtime(s) are in the dashboard.", nullptr, 3) ==
          QStringLiteral("3 runtimes are in the dashboard."));
}
