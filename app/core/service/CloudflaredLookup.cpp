#include "service/CloudflaredLookup.h"

#include "cloudflare/CloudflaredChecker.h"

namespace colab {

CloudflaredLookup::CloudflaredLookup(QObject* parent) : QObject(parent), m_checker(new CloudflaredChecker(this))
{
    connect(m_checker, &CloudflaredChecker::checked, this, &CloudflaredLookup::checked);
}

CloudflaredLookup::~CloudflaredLookup() = default;

void CloudflaredLookup::check(const QString& chosen)
{
    m_checker->check(chosen);
}

CloudflaredCheck CloudflaredLookup::checkNow(const QString& chosen)
{
    return CloudflaredCheck::run(chosen);
}

} // namespace colab
