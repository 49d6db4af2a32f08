// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class MainWindow;
class QMimeData;
class QWidget;

/// Helpers for tests that drive the main window.
namespace WindowTest {

/// Drags `mime` onto `window` and drops it; true when the drop was accepted.
bool dragAndDrop(QWidget &window, QMimeData *mime);
/// Drops local files onto the window (as a file manager would).
bool dropFiles(QWidget &window, const QStringList &paths);
/// Resident memory of this process in KiB, after giving freed memory back to the system.
long residentKiB();

} // namespace WindowTest
