#pragma once

#include "cloudflare/CloudflaredCheck.h"

#include <QObject>

namespace colab {

class CloudflaredChecker;

// Which cloudflared a chosen path (or the usual search) finds and which version it is, asked off
// the GUI thread (`--version` may take up to 10 s): the Settings dialog's cloudflared line. Only
// the newest question's answer arrives, so a path typed after an older one always wins.
class CloudflaredLookup : public QObject
{
    Q_OBJECT
public:
    explicit CloudflaredLookup(QObject* parent = nullptr);
    ~CloudflaredLookup() override;

    // `chosen` first; empty = the usual search.
    void check(const QString& chosen);

    // The same answer at once, for the command line: runs a process for up to 10 s.
    static CloudflaredCheck checkNow(const QString& chosen);

signals:
    void checked(const colab::CloudflaredCheck& result);

private:
    CloudflaredChecker* m_checker;
};

} // namespace colab
