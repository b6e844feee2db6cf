#pragma once

#include <QString>

namespace colab {

// Strong SSH passwords from the system CSPRNG: letters and digits plus a few marks that are safe
// to type in any shell or IDE prompt (no quotes, $, `, \, spaces).
QString generatePassword(int length = 24);

} // namespace colab
