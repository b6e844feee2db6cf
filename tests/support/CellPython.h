#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace colab::test {

// Python that loads a generated cell from stdin without running it: its function is defined, and
// its one call's values (each must be a literal: ast.literal_eval) are passed again with
// setup=False, so `cell` holds its functions and constants; load(NAME=value) overrides one (STATE,
// READY_TIMEOUT, REPO_DIR, ...). Scripts follow it.
QString cellLoader();

// The values the cell's call passes, as JSON ({"python error": …} when Python refuses the cell).
QJsonObject cellValues(const QByteArray& cell);

// The names running the cell leaves in the notebook's globals, from its syntax tree: every name
// bound at module level (defs, assignments, imports, loop and with targets) and every name a
// `global` statement declares anywhere ({"python error: …"} when Python refuses the cell).
QStringList cellGlobals(const QByteArray& cell);

} // namespace colab::test
