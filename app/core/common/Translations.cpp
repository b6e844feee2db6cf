#include "common/Translations.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace colab {

namespace {
const QString kOwnTranslations = QStringLiteral(":/i18n");

QTranslator* loadInto(const QLocale& locale, const QString& name, const QStringList& folders)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    for (const QString& folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator))
            return translator;
    }
    delete translator;
    return nullptr;
}
} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString Translations::install(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the language the user chose
    const QTranslator* own = loadInto(locale, QStringLiteral("colab-tunnel"), {kOwnTranslations});
    if (!own) {
        // A language without its own translation (or the C locale) reads English: the English
        // file gives it the plural forms ("1 runtime", never "1 runtime(s)").
        loadInto(QLocale(QLocale::English), QStringLiteral("colab-tunnel"), {kOwnTranslations});
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, file dialogs): from Qt's folder, or beside the app where
    // a Windows or macOS bundle ships them.
    loadInto(locale, QStringLiteral("qtbase"),
             {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
              QCoreApplication::applicationDirPath() + QStringLiteral("/translations")});
    return QFileInfo(own->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
}

} // namespace colab
