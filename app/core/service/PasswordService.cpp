#include "service/PasswordService.h"

#include "secrets/PasswordGenerator.h"
#include "secrets/SecretMemory.h"

namespace colab {

QString PasswordService::generate()
{
    return generatePassword();
}

PasswordStrength PasswordService::strength(const QString& password)
{
    return PasswordStrength::of(password);
}

QString PasswordService::copy(const QString& secret)
{
    return copySecret(secret);
}

void PasswordService::wipe(QString& secret)
{
    wipeSecret(secret);
}

void PasswordService::wipe(QByteArray& secret)
{
    wipeSecret(secret);
}

} // namespace colab
