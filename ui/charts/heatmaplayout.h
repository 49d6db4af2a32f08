// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <utility>

class HeatmapModel;

/// Where HeatmapView puts everything at one size: labels, grids, the colour
/// key, the cells; measured with font metrics from the model's names and
/// values, nothing painted. Models go on rows when there are more models
/// (the model's columns) than methods. Labels take the given font; when the
/// names do not fit, it shrinks in half-points to a readable floor (7 pt,
/// 6.5 compact), and only then are labels elided or, when rows are thinner
/// than a line, every k-th one drawn. Values are shown when every one fits.
struct HeatmapLayout {
    /// A label: `text` is what is drawn (the full name unless elided), `rect`
    /// the space it may use; a rotated label reads upwards from its bottom.
    struct Label {
        QString text;
        QString name;
        QRect rect;
        QFont font;
        bool rotated = false;
        int index = -1; ///< display row or column; for a panel title, the panel
    };
    struct Options {
        QSize size;
        QFont font;
        bool compact = false;
        bool allHardware = false; ///< a panel per hardware, else the model's chosen one
    };

    static HeatmapLayout compute(const HeatmapModel &model, const Options &options);
    /// A cell's rectangle, in display rows and columns.
    QRect cell(int panel, int row, int column) const;
    /// The model's (row, column) of a display (row, column).
    std::pair<int, int> modelCell(int row, int column) const;

    QSize size;
    bool modelsOnRows = false;
    int rows = 0;      ///< display rows drawn (fewer than there are only past a few pixels each)
    int columns = 0;   ///< display columns drawn
    QList<int> panels; ///< hardware index of each panel
    QFont labelFont;
    QFont valueFont;
    QFont titleFont;
    QList<QRectF> grids; ///< one per panel
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    bool gaps = true; ///< a 1 px gap between cells
    bool values = false;
    QList<Label> rowLabels;
    QList<Label> columnLabels;
    QList<Label> panelTitles;
    QRect rowLabelArea;
    QRect columnLabelArea;
    QRect legend;
    QString note; ///< "Showing … of …" when not every row or column is drawn
    QRect noteRect;
};
