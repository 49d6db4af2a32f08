// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmaplayout.h"

#include "format.h"
#include "heatmapmodel.h"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace {

/// Labels stop shrinking here: smaller text is no longer read, only guessed.
constexpr qreal kFloorPointSize = 7.0;
constexpr qreal kCompactFloorPointSize = 6.5;
/// Title lines a panel may take for its hardware name.
constexpr int kMaxTitleLines = 3;

/// The widest advance, rounded up: elidedText() measures in fractions, and a
/// label given exactly its rounded integer width may lose its last letter.
int widest(const QFont &font, const QStringList &texts)
{
    const QFontMetrics metrics(font);
    const QFontMetricsF exact(font);
    qreal width = 0;
    for (const QString &text : texts)
        width = std::max({width, exact.horizontalAdvance(text), qreal(metrics.horizontalAdvance(text))});
    return int(std::ceil(width)) + 1;
}

} // namespace

QRect HeatmapLayout::cell(int panel, int row, int column) const
{
    const QRectF &grid = grids.at(panel);
    const QPoint topLeft(int(std::lround(grid.left() + column * cellWidth)),
                         int(std::lround(grid.top() + row * cellHeight)));
    const QPoint next(int(std::lround(grid.left() + (column + 1) * cellWidth)),
                      int(std::lround(grid.top() + (row + 1) * cellHeight)));
    return QRect(topLeft, next - QPoint(1, 1));
}

std::pair<int, int> HeatmapLayout::modelCell(int row, int column) const
{
    return modelsOnRows ? std::make_pair(column, row) : std::make_pair(row, column);
}

HeatmapLayout HeatmapLayout::compute(const HeatmapModel &model, const Options &options)
{
    HeatmapLayout l;
    l.size = options.size;
    if (model.rowCount() == 0 || model.columnCount() == 0)
        return l;

    const QFont &base = options.font;
    const QFontMetrics baseMetrics(base);
    const int margin = options.compact ? 4 : 8;
    const int gap = options.compact ? 4 : 6; // between labels and the grid
    const int panelGap = options.compact ? 6 : 14;
    const int minCell = options.compact ? 2 : 3; // thinner cells are not drawn: see the note
    const QRect area = QRect(QPoint(), options.size).adjusted(margin, margin, -margin, -margin);

    l.modelsOnRows = model.columnCount() > model.rowCount();
    const int totalRows = l.modelsOnRows ? model.columnCount() : model.rowCount();
    const int totalColumns = l.modelsOnRows ? model.rowCount() : model.columnCount();
    if (options.allHardware) {
        for (int h = 0; h < model.hardwareNames().size(); ++h)
            l.panels.append(h);
    }
    if (l.panels.isEmpty())
        l.panels.append(model.hardwareIndex());
    const int panels = int(l.panels.size());

    // The colour key: bar, min/max labels, scale, "no data".
    const double minimum = model.minimum(), maximum = model.maximum();
    // Its strings are HeatmapView's: it draws them.
    const QStringList legendTexts{
        QCoreApplication::translate("HeatmapView", "tokens/s"),
        QCoreApplication::translate("HeatmapView", "%1 (max)").arg(Format::number(maximum, 4)),
        QCoreApplication::translate("HeatmapView", "%1 (min)").arg(Format::number(minimum, 4)),
        QCoreApplication::translate("HeatmapView", "log scale"),
        QCoreApplication::translate("HeatmapView", "linear scale"),
        QCoreApplication::translate("HeatmapView", "no data"),
    };
    const int legendWidth = 14 + 6 + widest(base, legendTexts);
    const int legendGap = options.compact ? 8 : 16;

    // Past what a few pixels per cell can hold, the first rows and columns
    // (in the model's order) are drawn and a note says so.
    const int fitRows = std::max(1, area.height() / minCell);
    const int fitColumns = std::max(1, (area.width() - legendWidth - legendGap) / (panels * minCell));
    l.rows = std::min(totalRows, fitRows);
    l.columns = std::min(totalColumns, fitColumns);
    int noteHeight = 0;
    if (l.rows < totalRows || l.columns < totalColumns) {
        const QString models = QCoreApplication::translate("HeatmapView", "models");
        const QString methods = QCoreApplication::translate("HeatmapView", "methods");
        const QString rowsWhat = l.modelsOnRows ? models : methods, columnsWhat = l.modelsOnRows ? methods : models;
        l.note = QCoreApplication::translate("HeatmapView",
                                             "Showing %1 of %2 %3 and %4 of %5 %6 (too many to draw); filter to choose.")
                     .arg(Format::count(l.rows), Format::count(totalRows), rowsWhat, Format::count(l.columns),
                          Format::count(totalColumns), columnsWhat);
        noteHeight = baseMetrics.height() + gap;
    }
    QStringList rowNames, columnNames, titles;
    for (int r = 0; r < l.rows; ++r)
        rowNames.append(l.modelsOnRows ? model.columnName(r) : model.rowName(r));
    for (int c = 0; c < l.columns; ++c)
        columnNames.append(l.modelsOnRows ? model.rowName(c) : model.columnName(c));
    if (panels > 1)
        for (int h : std::as_const(l.panels))
            titles.append(model.hardwareNames().value(h));

    // The largest label size, from the widget's font down to the floor, at
    // which every name fits whole and rows and columns are a line apart.
    const qreal basePoints = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    const qreal floorPoints = std::min(basePoints, options.compact ? kCompactFloorPointSize : kFloorPointSize);
    int rowLabelWidth = 0, columnLabelHeight = 0, titleHeight = 0;
    qreal panelWidth = 0, gridHeight = 0;
    for (qreal points = basePoints;; points = std::max(floorPoints, points - 0.5)) {
        l.labelFont = base;
        l.labelFont.setPointSizeF(points);
        l.titleFont = l.labelFont;
        l.titleFont.setBold(true);
        const QFontMetrics metrics(l.labelFont), titleMetrics(l.titleFont);
        const int line = metrics.height();
        const int rowWidth = widest(l.labelFont, rowNames), columnHeight = widest(l.labelFont, columnNames);
        const int rowCap = int(area.width() * 0.4), columnCap = int(area.height() * (options.compact ? 0.5 : 0.4));
        rowLabelWidth = std::min(rowWidth, rowCap) + gap;
        columnLabelHeight = std::min(columnHeight, columnCap) + gap;
        panelWidth = std::max(
            1.0, qreal(area.width() - rowLabelWidth - legendGap - legendWidth - (panels - 1) * panelGap) / panels);
        titleHeight = 0;
        bool titlesFit = true;
        for (const QString &title : std::as_const(titles)) {
            const QRect bounds
                = titleMetrics.boundingRect(QRect(0, 0, int(panelWidth), 10000), Qt::TextWordWrap | Qt::AlignHCenter, title);
            titlesFit = titlesFit && bounds.height() <= kMaxTitleLines * titleMetrics.height()
                && bounds.width() <= int(panelWidth);
            titleHeight = std::max(titleHeight, std::min(bounds.height(), kMaxTitleLines * titleMetrics.height()) + gap);
        }
        gridHeight = std::max(1.0, qreal(area.height() - titleHeight - columnLabelHeight - noteHeight));
        l.cellWidth = panelWidth / l.columns;
        l.cellHeight = gridHeight / l.rows;
        const bool fits = rowWidth <= rowCap && columnHeight <= columnCap && titlesFit && l.cellHeight + 1 >= line
            && l.cellWidth + 1 >= line;
        if (fits || points <= floorPoints)
            break;
    }
    const QFontMetrics metrics(l.labelFont);
    const int line = metrics.height();
    const int gridTop = area.top() + titleHeight + columnLabelHeight;
    for (int p = 0; p < panels; ++p)
        l.grids.append(QRectF(area.left() + rowLabelWidth + p * (panelWidth + panelGap), gridTop, panelWidth, gridHeight));
    l.gaps = l.cellWidth >= 6 && l.cellHeight >= 6;
    l.rowLabelArea = QRect(area.left(), gridTop, rowLabelWidth, int(gridHeight));
    l.columnLabelArea = QRect(area.left() + rowLabelWidth, gridTop - columnLabelHeight,
                              int(panels * panelWidth + (panels - 1) * panelGap), columnLabelHeight);

    // Labels; when rows (columns) are thinner than a line, every k-th one.
    const int rowStep = std::max(1, int(std::ceil((line - 1) / l.cellHeight)));
    for (int r = 0; r < l.rows; r += rowStep) {
        const QRect cell = l.cell(0, r, 0);
        const int height = std::max(line, cell.height() + 1);
        const QRect rect(area.left(), cell.center().y() - height / 2, rowLabelWidth - gap, height);
        l.rowLabels.append({metrics.elidedText(rowNames.at(r), Qt::ElideMiddle, rect.width()), rowNames.at(r), rect,
                            l.labelFont, false, r});
    }
    const int columnStep = std::max(1, int(std::ceil((line - 1) / l.cellWidth)));
    for (int p = 0; p < panels; ++p) {
        for (int c = 0; c < l.columns; c += columnStep) {
            const QRect cell = l.cell(p, 0, c);
            const int width = std::max(line, cell.width() + 1);
            const QRect rect(cell.center().x() - width / 2, gridTop - columnLabelHeight, width, columnLabelHeight - gap);
            l.columnLabels.append({metrics.elidedText(columnNames.at(c), Qt::ElideMiddle, rect.height()), columnNames.at(c),
                                   rect, l.labelFont, true, c});
        }
        if (!titles.isEmpty()) {
            const QRect rect(int(l.grids.at(p).left()), area.top(), int(panelWidth), titleHeight - gap);
            const QString title = titles.at(p);
            const QFontMetrics titleMetrics(l.titleFont);
            const QRect bounds
                = titleMetrics.boundingRect(QRect(0, 0, rect.width(), 10000), Qt::TextWordWrap | Qt::AlignHCenter, title);
            const bool whole = bounds.height() <= rect.height() && bounds.width() <= rect.width();
            l.panelTitles.append({whole ? title : titleMetrics.elidedText(title, Qt::ElideMiddle, rect.width()), title, rect,
                                  l.titleFont, false, p});
        }
    }
    l.legend
        = QRect(area.right() + 1 - legendWidth, gridTop, legendWidth, std::max(int(gridHeight), 6 * baseMetrics.height()));
    if (noteHeight > 0)
        l.noteRect = QRect(area.left(), area.bottom() + 1 - baseMetrics.height(), area.width(), baseMetrics.height());

    // Values when every one fits its cell, in the label size or smaller down to the floor.
    QStringList texts;
    if (l.cellWidth >= 12 && l.cellHeight >= 8 && qint64(l.rows) * l.columns * panels <= 20'000) {
        for (int h : std::as_const(l.panels))
            for (int r = 0; r < l.rows; ++r)
                for (int c = 0; c < l.columns; ++c) {
                    const auto [row, column] = l.modelsOnRows ? std::make_pair(c, r) : std::make_pair(r, c);
                    const double v = model.value(h, row, column);
                    if (!isMissing(v))
                        texts.append(HeatmapModel::valueText(v));
                }
        for (qreal points = l.labelFont.pointSizeF(); !texts.isEmpty(); points -= 0.5) {
            if (points < floorPoints)
                break;
            l.valueFont = base;
            l.valueFont.setPointSizeF(points);
            const QFontMetrics valueMetrics(l.valueFont);
            if (widest(l.valueFont, texts) + 2 <= l.cellWidth - (l.gaps ? 1 : 0)
                && valueMetrics.height() <= l.cellHeight + 1) {
                l.values = true;
                break;
            }
        }
    }
    return l;
}
