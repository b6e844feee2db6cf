#include "ide/LaunchPlan.h"

#include "common/ShellQuote.h"

namespace colab {

QStringList LaunchPlan::dryRunLines() const
{
    QStringList lines;
    if (!portForward.isEmpty())
        lines << shellJoin(portForward);
    if (!argv.isEmpty())
        lines << shellJoin(argv);
    else
        lines << url;
    return lines;
}

} // namespace colab
