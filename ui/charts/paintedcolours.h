// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

/// The colours of the charts painted without Qt Charts (DotPlot,
/// HistoryTrendChart) besides their names' colours: flat background, text,
/// muted text, grid, alternate-row band, grey for names not highlighted, frame.
struct PaintedColours
{
    QColor background, text, muted, grid, band, grey, frame;

    /// Light: white, near-black text. Dark: #262626, as ChartFactory's dark charts.
    static PaintedColours of(bool dark);
};
