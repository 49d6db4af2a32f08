// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

/// The window's colour theme: the desktop's palette, or a fixed light or dark
/// one (Fusion style) chosen with `--theme` or View ▸ Theme. Charts follow the
/// palette in effect (ChartFactory::chartColors); exports use the same theme
/// as the window, or `attriscope export --theme`.
namespace AppTheme {

enum class Mode { System, Light, Dark };

/// "system", "light" or "dark" (any case); false for anything else.
bool parse(const QString &text, Mode *mode);
QString name(Mode mode);

/// A light or dark palette with the contrast the charts expect: the dark one
/// has a #262626 base, inside the range the name colours are checked against.
QPalette palette(bool dark);

/// Applies `mode` to the running QApplication. System restores the palette
/// and style the application started with.
void apply(Mode mode);

} // namespace AppTheme
