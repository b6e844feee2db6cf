#pragma once

#include <QString>

namespace colab {

// Control characters (C0, DEL and C1) and bidirectional overrides replaced by '?': text from a file
// or the network shown in a one-line error must not break that line, the terminal, or the order in
// which the line reads.
QString withoutControlCharacters(QString text);

// Text that came from the network (a resolver's answer, an API's error message, cloudflared's or
// ssh's output, a runtime's command output), made inert before anything shows it: control
// characters (ESC and its terminal sequences, C1, DEL) and bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) are dropped, every run of whitespace (line breaks
// too) becomes one space, and more than `maxLength` characters end in "…". Markup characters stay:
// the text is plain, and whatever shows it shows it as plain text (never as rich text or a link).
constexpr int kNetworkTextMaxLength = 300;
QString inertNetworkText(const QString& text, int maxLength = kNetworkTextMaxLength);

// A DNS name as Cloudflare and resolvers may write it (upper case, a trailing dot), compared in one
// form: trimmed, lower case, no trailing dot.
QString normalisedDnsName(QString name);

} // namespace colab
