#pragma once

#include <QString>

namespace colab {

// Every string that reaches ~/.ssh/config, a command line or a URL passes through here first.
struct Validated
{
    QString value; // normalised (lower-case) when ok
    QString error; // one plain sentence when not ok
    bool ok() const { return error.isEmpty(); }
};

// ASCII DNS name: labels [a-z0-9-] of 1–63 chars, no leading/trailing '-', ≥ 2 labels, ≤ 253
// chars, not an IP literal. Upper case is folded; one trailing dot is accepted and dropped.
Validated validateHostname(const QString& input);
// Tunnel names: [a-z0-9-]{1,32}, not starting with '-'.
Validated validateTunnelName(const QString& input);
// Fits an arbitrary label into the name rule (used for default names); may return empty.
QString nameFromLabel(const QString& label);

} // namespace colab
