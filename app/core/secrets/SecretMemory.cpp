#include "secrets/SecretMemory.h"

#include "common/Platform.h"

#include <QtGlobal>
#include <cstring>

namespace colab {

namespace {
void zero(void* data, size_t size)
{
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile auto* bytes = static_cast<volatile unsigned char*>(data);
    for (size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}
} // namespace

void wipeSecret(QString& secret)
{
    // Literal (static) data has no header and cannot hold a secret read at run time.
    if (secret.data_ptr().d_ptr())
        zero(const_cast<QChar*>(secret.constData()), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

void wipeSecret(QByteArray& secret)
{
    if (secret.data_ptr().d_ptr())
        zero(const_cast<char*>(secret.constData()), size_t(secret.size()));
    secret.clear();
}

QString copySecret(const QString& secret)
{
    return QString(secret.constData(), secret.size());
}

void protectProcessHoldingSecrets()
{
    platform::disableCoreDumps();
}

} // namespace colab
