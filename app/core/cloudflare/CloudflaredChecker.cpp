#include "cloudflare/CloudflaredChecker.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace colab {

void CloudflaredChecker::check(const QString& chosen)
{
    const int generation = ++m_generation;
    // The answer comes back by way of the application object, which outlives this one.
    const QPointer<CloudflaredChecker> self(this);
    QThreadPool::globalInstance()->start([self, chosen, generation] {
        const CloudflaredCheck result = CloudflaredCheck::run(chosen);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result, generation] {
                if (self && generation == self->m_generation)
                    emit self->checked(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace colab
