#include "secrets/PasswordGenerator.h"

#include <QRandomGenerator>

namespace colab {

QString generatePassword(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.+=@%");
    length = qMax(length, 20);
    QString password;
    password.reserve(length);
    QRandomGenerator* random = QRandomGenerator::system(); // the OS CSPRNG
    for (int i = 0; i < length; ++i)
        password += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    return password;
}

} // namespace colab
