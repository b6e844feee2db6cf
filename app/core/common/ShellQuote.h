#pragma once

#include <QString>
#include <QStringList>

namespace colab {

// POSIX shell quoting, for showing a command (dry runs, "Copy ssh command"), never for running one.
QString shellQuote(const QString& argument);
QString shellJoin(const QStringList& argv);

} // namespace colab
