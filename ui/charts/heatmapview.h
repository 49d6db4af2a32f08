// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heatmaplayout.h"

#include <QWidget>

#include <memory>

class HeatmapModel;

/// Draws a HeatmapModel filling the widget: row labels on the left, column
/// labels rotated 90° above the grid, the colour key on the right, and with
/// setAllHardware(true) one panel per hardware side by side (row labels once,
/// each panel titled with its machine), all on the model's one colour range.
///
/// Models go on rows when there are more models than methods, methods
/// otherwise. Labels take the widget's font; when the names do not fit, the
/// font shrinks to a readable floor first, and only then are labels elided
/// or, when rows are thinner than a line, drawn for every k-th row. Values
/// are written in the cells when every one of them fits. Tooltips name the
/// cell, the label or the panel in full. Every number comes from the model.
class HeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget *parent = nullptr);
    ~HeatmapView() override;

    void setModel(HeatmapModel *model);
    HeatmapModel *model() const { return m_model; }
    /// True: a panel per hardware of the model; false: the model's chosen hardware.
    void setAllHardware(bool all);
    bool allHardware() const { return m_allHardware; }
    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }
    /// Smaller fonts and margins, for the Overview.
    void setCompact(bool compact);

    /// Models on rows when the model has more models (its columns) than methods.
    static bool modelsOnRows(const HeatmapModel &model);

    /// A label as laid out (see HeatmapLayout).
    using Label = HeatmapLayout::Label;
    /// The labels of the last layout at the current size (laid out on demand).
    QList<Label> rowLabels() const;
    QList<Label> columnLabels() const;
    QList<Label> panelTitles() const;
    /// Panels drawn, and the hardware index (into the model's hardwareNames()) of each.
    QList<int> panelHardware() const;
    /// Rows and columns drawn (fewer than the model has only when cells would be thinner than a few pixels).
    int shownRows() const;
    int shownColumns() const;
    /// The rectangle of a cell, in display rows and columns (rows are models when modelsOnRows()).
    QRect cellRect(int panel, int row, int column) const;
    /// The fill colour of a cell as painted (the "no data" colour when missing).
    QColor cellColor(int panel, int row, int column) const;
    QColor backgroundColor() const;
    bool valuesShown() const;
    QRect legendRect() const;
    /// What the tooltip at `pos` says: a cell's value, n, model, method and
    /// hardware; a label's or panel title's full name; empty elsewhere.
    QString toolTipAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The layout at the current size, computed on demand.
    const HeatmapLayout &arrangement() const;
    void invalidate();
    QFont baseFont() const;
    QColor textColor() const;
    QColor noDataColor() const;
    void paintLegend(QPainter &painter, const HeatmapLayout &layout) const;
    QString toolTipAt(QPoint pos, QRect *area) const;

    HeatmapModel *m_model = nullptr;
    bool m_allHardware = false;
    bool m_dark = false;
    bool m_compact = false;
    mutable std::unique_ptr<HeatmapLayout> m_layout;
};
