#pragma once

#include "tunnels/Tunnel.h"

#include <QList>
#include <QString>

namespace colab {

// A size the runtime reports in MiB, as the dashboard and the details pane show it: "512 MiB",
// "12.5 GiB".
QString formatMebibytes(qint64 mib);

// A tooltip that shows `text` exactly as it is. Qt renders a tooltip as rich text whenever it looks
// like markup (Qt::mightBeRichText), so text from the network ("<a href=…>") would become a link;
// this one is markup that says the text, escaped. Empty stays empty (no tooltip).
QString plainToolTip(const QString& text);

// Text for a desktop notification that shows as the text it is. On Linux the notification server
// reads the body as markup (a link in it can be clicked) unless the tray falls back to a balloon
// that shows it as plain text; no escaping suits both, so '<', '>' and '&' become look-alikes
// (‹ › ＆). Elsewhere the text is plain already and stays as it is.
QString notificationText(const QString& text);

// Runtimes in the one order every list shows them in (the dashboard's default, the tray's menu and
// tooltip): by name, ignoring case.
QList<Tunnel> inNameOrder(QList<Tunnel> tunnels);

} // namespace colab
