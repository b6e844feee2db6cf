#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Starting the app when the user logs in: an XDG autostart entry on Linux, a LaunchAgent on macOS,
// the HKCU Run key on Windows. The state is read from where the system looks, never remembered.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)
public:
    // What a login start runs: `program` (absolute) with `arguments`.
    explicit Autostart(QString program = QCoreApplication::applicationFilePath(),
                       QStringList arguments = {QStringLiteral("--hidden")});

    // The entry exists and starts this program.
    bool isEnabled() const;
    // Writes or removes the entry; false with `error` when that failed.
    bool setEnabled(bool enabled, QString* error) const;
    // Where the entry lives (Linux: $XDG_CONFIG_HOME/autostart/colab-tunnel.desktop).
    static QString entryPath();

    // The desktop entry's Exec value: every argument quoted and escaped per the Desktop Entry spec.
    static QString desktopExec(const QString& program, const QStringList& arguments);

private:
    QString m_program;
    QStringList m_arguments;
};

} // namespace colab
