// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelcache.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <functional>

class QScrollBar;

/// What a DotPlot draws; the tab fills it from a core model (no statistics here).
struct DotPlotData
{
    struct Series
    {
        QString name;
        QColor color; ///< the name's session colour
    };
    struct Dot
    {
        int row = 0;
        int panel = 0;
        int series = 0;
        double value = 0;
        double low = qQNaN(); ///< interval drawn as a line through the dot when both ends are set
        double high = qQNaN();
        QString tooltip;
    };
    QString title;
    QString subtitle;
    QString valueTitle;
    QStringList rows;   ///< row labels, top to bottom, in full
    QStringList panels; ///< one panel per entry, side by side; an empty title draws no header
    QList<Series> series;
    QList<Dot> dots;
    bool log = false;
    /// A value marked by a dashed line across every panel (e.g. 1× = no change);
    /// the axis includes it, and on a log axis is symmetric around it.
    double reference = qQNaN();
    /// Text columns right of the panels, one cell per row (e.g. the speed-ups
    /// of an exported Hardware chart): their headers and, per column, a text per row.
    QStringList noteHeaders;
    QList<QStringList> notes;
    std::function<QString(double)> formatValue; ///< axis tick labels
};

/// A horizontal dot plot as small multiples: rows share one label column on
/// the left, panels stand side by side and share one value axis (one range,
/// whatever is scrolled). Rows that do not fit scroll under a fixed title,
/// legend, panel headers and axis; paintAll() fits every row into the target
/// instead (exports). Past kAllColouredSeries series only the highlighted
/// names keep their colour, the rest are drawn grey underneath; a click on a
/// legend entry toggles its highlight.
class DotPlot : public QWidget
{
    Q_OBJECT
public:
    /// Up to this many series every one is coloured.
    static constexpr int kAllColouredSeries = 10;
    /// The smallest row label of a compact view (the Overview).
    static constexpr qreal kMinCompactPointSize = 7;

    /// Where everything went, in the coordinates painted (widget or export target).
    struct Layout
    {
        QRectF title;
        QList<QRectF> legend;      ///< per coloured series; empty rect for a grey one
        QRectF others;             ///< the legend entry standing for the grey series
        QList<QRectF> panelHeaders;
        QList<QRectF> panels;      ///< plot area of each panel (all rows, before scrolling)
        QList<QRectF> noteColumns; ///< per note column: its header (top) down to the last row
        qreal rowsTop = 0;         ///< top of the first row, before scrolling
        qreal labelWidth = 0;      ///< width of the row labels' column
        QRectF rowsViewport;       ///< the visible part of the rows
        qreal rowHeight = 0;
        qreal contentHeight = 0;   ///< all rows
        qreal labelPointSize = 0;  ///< the row labels' font size
        /// Every labelStep-th row is labelled (1 = every row): a compact view
        /// whose rows are thinner than a readable label names every other or
        /// third row at kMinCompactPointSize instead of all at an unreadable size.
        int labelStep = 1;
        QRectF axis;               ///< tick labels and axis title
        QRectF axisTitle;          ///< where the axis title is drawn, whole
        QString axisTitleText;     ///< the title with " · log scale" when it fits
        /// Row `r`'s label rectangle, before scrolling (computed: 200 000 rows cost nothing).
        QRectF rowLabel(int r) const { return {kMarginLeft, rowsTop + r * rowHeight, labelWidth, rowHeight}; }
        /// Where row `r`'s label of `textHeight` is drawn: its row, or centred on
        /// the row and taller when rows are thinner than the text (labelStep > 1).
        QRectF labelRect(int r, qreal textHeight) const
        {
            const QRectF row = rowLabel(r);
            return textHeight <= row.height() ? row
                                              : QRectF(row.left(), row.center().y() - textHeight / 2, row.width(), textHeight);
        }
        static constexpr qreal kMarginLeft = 8;
    };

    explicit DotPlot(QWidget *parent = nullptr);
    ~DotPlot() override;

    void setData(const DotPlotData &data);
    const DotPlotData &data() const { return m_data; }
    /// The names drawn in colour when there are more than kAllColouredSeries series.
    void setHighlighted(const QStringList &names);
    QStringList highlighted() const { return m_highlighted; }
    /// Whether series `index` is drawn in its colour (else grey).
    bool isColoured(int series) const;
    void setDarkTheme(bool dark);
    bool darkTheme() const { return m_dark; }
    /// Smaller fonts, rows always fitted, legend of the coloured names only (overview).
    void setCompact(bool compact);

    /// The value axis range, shared by every panel.
    double axisMin() const { return m_min; }
    double axisMax() const { return m_max; }
    /// The layout of the widget at its current size.
    /// Computed once per size and content: a repaint or a tooltip reuses it.
    const Layout &currentLayout() const;
    /// Whether the rows scroll (they do not fit the widget).
    bool scrolls() const;
    /// Horizontal position of `value` inside `panel`.
    static qreal valueX(const QRectF &panel, double value, double min, double max, bool log);
    /// The centre of dot `index` in `layout` (before scrolling).
    QPointF dotCentre(const Layout &layout, int index) const;

    /// Paints the whole chart into `target` with every row fitted to its height.
    void paintAll(QPainter *painter, const QRectF &target) const;
    QSize sizeHint() const override { return {800, 600}; }

Q_SIGNALS:
    /// The user toggled a name's highlight in the legend.
    void highlightedChanged(const QStringList &names);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    Layout computeLayout(QSizeF size, bool fit) const;
    void paint(QPainter *painter, const Layout &layout, qreal scroll) const;
    void updateScrollBar();
    void computeRange();
    void measureRows();
    static QString othersText(int count);
    QFont rowFont(const Layout &layout) const;
    QFont baseFont() const;

    DotPlotData m_data;
    mutable LabelCache m_labels; // shaped labels: a repaint does not shape them again
    mutable Layout m_layout;     // currentLayout(), valid for m_layoutSize while m_layoutValid
    mutable QSizeF m_layoutSize;
    mutable bool m_layoutValid = false;
    QStringList m_highlighted;
    qreal m_longestRow = 0; // advance of the longest row label in baseFont(), cached by setData()
    double m_min = 0.1;
    double m_max = 10;
    bool m_dark = false;
    bool m_compact = false;
    QScrollBar *m_scroll;
};
