#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace colab {

// Finds the runtime's hostname in whatever the user pasted or passed to `add`: a bare hostname,
// a URL, colab_ssh's terminal output or its HTML copy (stray "Copy" words, &lt;…&gt;), an ssh
// command, a vscode:// link, or our own colab-tunnel://add link. Documentation links and the
// wildcard *.trycloudflare.com are never the runtime.
struct ParsedRuntime
{
    QString hostname;       // validated, lower-case; empty when error is set
    QString name;           // from a colab-tunnel:// link's name=, validated; may be empty
    QString error;          // one plain sentence when nothing (or too much) was found
    QStringList candidates; // the competing hostnames when several were found
    QString folder = {};    // from a link's folder= (the cell's cloned repository), validated; may be empty
    bool ok() const { return error.isEmpty(); }
};

class PasteParser
{
    Q_DECLARE_TR_FUNCTIONS(PasteParser)
public:
    static ParsedRuntime parse(const QString& text);
    // Cheap check for the clipboard watcher: does this text look like it holds a runtime?
    static bool mightContainRuntime(const QString& text);

private:
    static ParsedRuntime parseLink(const QString& link);
    static ParsedRuntime parseFreeText(const QString& text);
};

} // namespace colab
