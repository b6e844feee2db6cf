#include "common/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace colab {

namespace {
#if defined(Q_OS_WIN)
const QString kRunKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Colab Tunnel");

QString windowsCommand(const QString& program, const QStringList& arguments)
{
    QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')};
    parts << arguments;
    return parts.join(QLatin1Char(' '));
}
#else
QByteArray entryText(const QString& program, const QStringList& arguments)
{
#if defined(Q_OS_MACOS)
    QString items;
    for (const QString& argument : QStringList{program} + arguments)
        items += QStringLiteral("        <string>%1</string>\n").arg(argument.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "    <key>Label</key>\n    <string>colab-tunnel</string>\n"
                          "    <key>ProgramArguments</key>\n    <array>\n%1    </array>\n"
                          "    <key>RunAtLoad</key>\n    <true/>\n"
                          "</dict>\n</plist>\n")
        .arg(items)
        .toUtf8();
#else
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Colab Tunnel\n"
                          "Comment=Work on a Google Colab GPU from your IDE\n"
                          "Exec=%1\n"
                          "Icon=colab-tunnel\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(Autostart::desktopExec(program, arguments))
        .toUtf8();
#endif
}

// The part of the entry that names the program: present when the entry starts us.
QByteArray programMarker(const QString& program)
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("<string>%1</string>").arg(program.toHtmlEscaped()).toUtf8();
#else
    return QStringLiteral("\nExec=%1").arg(Autostart::desktopExec(program, {})).toUtf8();
#endif
}
#endif
} // namespace

Autostart::Autostart(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

QString Autostart::entryPath()
{
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/colab-tunnel.plist");
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config)) // the spec says to ignore a relative one
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/colab-tunnel.desktop");
#endif
}

QString Autostart::desktopExec(const QString& program, const QStringList& arguments)
{
    QStringList quoted;
    for (const QString& argument : QStringList{program} + arguments) {
        QString escaped;
        for (const QChar c : argument) {
            // Inside double quotes these four need a backslash; '%' is a field code unless doubled.
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
                escaped += QLatin1Char('\\');
            escaped += c;
            if (c == QLatin1Char('%'))
                escaped += c;
        }
        quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    // The string-value escape comes on top of the quoting: a backslash is written twice again.
    return quoted.join(QLatin1Char(' ')).replace(QLatin1Char('\\'), QLatin1String("\\\\"));
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    const QString command = QSettings(kRunKey, QSettings::NativeFormat).value(kRunValue).toString();
    return command.startsWith(windowsCommand(m_program, {}), Qt::CaseInsensitive);
#else
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The program is quoted (or inside <string>), so a longer path that starts with ours does not match.
    return file.readAll().contains(programMarker(m_program));
#endif
}

bool Autostart::setEnabled(bool enabled, QString* error) const
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, windowsCommand(m_program, m_arguments));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = tr("The Run key in the registry could not be changed.");
        return false;
    }
    return true;
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = tr("%1 could not be removed.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(entryText(m_program, m_arguments)) < 0 || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace colab
