// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayer.h"

#include <QBrush>
#include <QList>
#include <QPen>
#include <QStringList>

/// The bars of a grouped or stacked bar chart drawn by one graphics item.
///
/// QBarSeries makes a graphics object per bar and lays them all out again on
/// every change: at 576 groups (over a hundred bars on the Overview) that was
/// most of a filter change's refresh. This item draws every bar in one
/// paint, placed through QChart::mapToPosition of an anchor series attached
/// to the category and value axes, exactly where Qt Charts would put them
/// (category c spans c − ½ … c + ½; the sets share `barWidth` of it side by
/// side, or stack), under the series items so error bars stay on top. A hover
/// over a bar shows its tooltip.
class BarLayer : public ChartLayer
{
    Q_OBJECT
public:
    struct Set
    {
        QBrush brush;
        QPen pen;
        QList<double> values;  ///< as drawn, one per category (the axis floor for none)
        QStringList tooltips;  ///< per category
    };

    explicit BarLayer(QChart *chart);
    ~BarLayer() override;

    /// Bars start at `base` (0, or the log axis' minimum).
    void setBars(int categoryCount, double barWidth, bool stacked, double base, QList<Set> sets);
    void clear();
    const QList<Set> &sets() const { return m_sets; }

    /// Where bar (set, category) is drawn, in chart coordinates (empty if none).
    QRectF barRect(int set, int category) const;
    /// The bar under `scenePos` as {set, category}; {-1, -1} if none.
    std::pair<int, int> barAt(const QPointF &scenePos) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    int markAt(const QPointF &scenePos) const override;
    QString toolTip(int mark) const override;

private:
    void ensureGeometry() const;

    int m_categoryCount = 0;
    double m_barWidth = 0.85;
    bool m_stacked = false;
    double m_base = 0;
    QList<Set> m_sets;
    mutable QList<QList<QRectF>> m_rects; ///< per set, per category
};
