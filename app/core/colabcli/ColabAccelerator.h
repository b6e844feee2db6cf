#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace colab {

// Our accelerator names (t4, l4, a100, h100, v5e1, v6e1; empty = a CPU runtime) and what Google's
// `colab new` must be given for them. Its --gpu falls back to A100 and its --tpu to V6E1 for any
// name it does not know, silently (commands/session.py new()), so a wrong name would buy the most
// expensive runtime: only the names below are passed on, anything else is refused here.
class ColabAccelerator
{
    Q_DECLARE_TR_FUNCTIONS(ColabAccelerator)
public:
    static QStringList names();
    // The arguments for `colab new` / `colab ssh` (e.g. {"--gpu", "t4"}); empty for a CPU runtime;
    // nothing (and `error` set) for a name we do not offer.
    static std::optional<QStringList> cliArguments(const QString& ours, QString* error = nullptr);
    // The CLI's own accelerator (sessions.json, `colab sessions`: "T4", "V5E1", "NONE") as ours
    // ("t4", "v5e1", "cpu"); empty when it is not one we know.
    static QString fromCli(const QString& cli);
};

} // namespace colab
