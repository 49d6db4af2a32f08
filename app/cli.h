// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The headless commands: `attriscope report …` (and later `export …`).
/// Each returns the process exit code: 0 success, 1 usage error, 2 a source
/// could not be loaded.
namespace Cli {

/// True when argv names a headless command (report, export, compare, estimate, history).
bool isCommand(int argc, char **argv);
/// Creates the application object the command needs (export draws charts, so
/// it gets a QApplication on the offscreen platform unless one is chosen) and runs it.
int main(int argc, char **argv);
/// Runs the command; the application object must exist.
int run(const QStringList &arguments);
/// Loads the translations for `language` (empty: the system's) into the application.
void installTranslators(const QString &language);

/// The bundled sample's resource path.
QString samplePath();

} // namespace Cli
