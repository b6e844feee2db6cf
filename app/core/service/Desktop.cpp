#include "service/Desktop.h"

#include "common/Autostart.h"
#include "common/Platform.h"
#include "common/SingleInstance.h"
#include "common/Translations.h"
#include "secrets/SecretMemory.h"

namespace colab {

namespace desktop {

void prepareProcess()
{
    protectProcessHoldingSecrets();
    platform::shareHeapArenas();
}

QString installLanguage(const QString& language)
{
    return Translations::install(language);
}

QStringList languages()
{
    return Translations::languages();
}

QString languageName(const QString& language)
{
    return Translations::nativeName(language);
}

bool startsAtLogin()
{
    return Autostart().isEnabled();
}

bool setStartsAtLogin(bool enabled, QString* error)
{
    return Autostart().setEnabled(enabled, error);
}

} // namespace desktop

AppInstance::AppInstance(QObject* parent) : QObject(parent), m_instance(new SingleInstance(this))
{
    connect(m_instance, &SingleInstance::argumentsReceived, this, &AppInstance::argumentsReceived);
}

AppInstance::~AppInstance() = default;

bool AppInstance::claimOrForward(const QStringList& arguments)
{
    return m_instance->claimOrForward(arguments);
}

} // namespace colab
