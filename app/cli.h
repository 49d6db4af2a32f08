// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The headless commands: `attriscope report …` (and later `export …`).
/// Each returns the process exit code: 0 success, 1 usage error, 2 a source
/// could not be loaded.
namespace Cli {

/// True when argv names a headless command (argv[1] is "report" or "export").
bool isCommand(int argc, char **argv);
/// Runs the command; a QCoreApplication (or QApplication for export) must exist.
int run(const QStringList &arguments);

/// The bundled sample's resource path.
QString samplePath();

} // namespace Cli
