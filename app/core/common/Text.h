#pragma once

#include <QString>

namespace colab {

// Control characters (C0 and DEL) replaced by '?': text from a file or the network shown in a
// one-line error must not break that line or the terminal.
QString withoutControlCharacters(QString text);

// A DNS name as Cloudflare and resolvers may write it (upper case, a trailing dot), compared in one
// form: trimmed, lower case, no trailing dot.
QString normalisedDnsName(QString name);

} // namespace colab
