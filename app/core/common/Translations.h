#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Installs the app's own translation and Qt's for one language, before any window or output is made.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    // The languages a translation ships for, as locale names ("en", "zh_CN").
    static QStringList languages();
    // The language's name in that language ("English", "简体中文"), for the Settings dialog.
    static QString nativeName(const QString& language);
    // `language` empty follows the system's UI languages. Returns the language now in use
    // ("en" when nothing else matched: the source text is English).
    static QString install(const QString& language);
};

} // namespace colab
