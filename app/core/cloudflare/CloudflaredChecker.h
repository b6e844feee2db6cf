#pragma once

#include "cloudflare/CloudflaredCheck.h"

#include <QObject>

namespace colab {

// Runs CloudflaredCheck off the GUI thread (`--version` may take up to 10 s) and delivers the answer
// on the caller's thread; only the newest check's answer is delivered, so a path typed after an
// older one always wins. Safe to destroy while a check runs.
class CloudflaredChecker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // `chosen` first; empty = the usual search.
    void check(const QString& chosen);

signals:
    void checked(const colab::CloudflaredCheck& result);

private:
    int m_generation = 0;
};

} // namespace colab
