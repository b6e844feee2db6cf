#include "colabcli/ColabAccelerator.h"

namespace colab {

namespace {
struct AcceleratorChoice
{
    const char* ours;
    const char* flag;
    const char* value; // exactly a key of the CLI's own mapping (it lower-cases what it is given)
    const char* cli;   // its Accelerator enum value, as sessions.json holds it
};

constexpr AcceleratorChoice kAccelerators[] = {
    {"t4", "--gpu", "t4", "T4"},       {"l4", "--gpu", "l4", "L4"},       {"a100", "--gpu", "a100", "A100"},
    {"h100", "--gpu", "h100", "H100"}, {"v5e1", "--tpu", "v5e1", "V5E1"}, {"v6e1", "--tpu", "v6e1", "V6E1"},
};
} // namespace

QStringList ColabAccelerator::names()
{
    QStringList result;
    for (const AcceleratorChoice& choice : kAccelerators)
        result << QString::fromLatin1(choice.ours);
    return result;
}

std::optional<QStringList> ColabAccelerator::cliArguments(const QString& ours, QString* error)
{
    if (ours.isEmpty())
        return QStringList{};
    for (const AcceleratorChoice& choice : kAccelerators)
        if (ours.compare(QLatin1String(choice.ours), Qt::CaseInsensitive) == 0)
            return QStringList{QString::fromLatin1(choice.flag), QString::fromLatin1(choice.value)};
    if (error)
        *error = ColabAccelerator::tr("Unknown accelerator \"%1\": choose one of %2.")
                     .arg(ours, names().join(QStringLiteral(", ")));
    return std::nullopt;
}

QString ColabAccelerator::fromCli(const QString& cli)
{
    if (cli == QLatin1String("NONE"))
        return QStringLiteral("cpu");
    for (const AcceleratorChoice& choice : kAccelerators)
        if (cli == QLatin1String(choice.cli))
            return QString::fromLatin1(choice.ours);
    if (cli == QLatin1String("G4")) // the CLI offers it; we do not (yet), but show what runs
        return QStringLiteral("g4");
    return {};
}

} // namespace colab
