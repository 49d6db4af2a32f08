// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayer.h"

#include <QBrush>
#include <QList>
#include <QPen>

/// The boxes of a box plot drawn by one graphics item over a QChart's plot area.
///
/// QBoxPlotSeries makes a QBoxSet, a graphics item and their connections per
/// box: at 144 boxes (12 models × 12 methods) a rebuild costs 12 ms before a
/// paint. This item draws every box in one paint, placed through
/// QChart::mapToPosition of an anchor series attached to the category and
/// value axes; x is in category units (category c spans c − ½ … c + ½), and
/// the boxes of `seriesCount` series sit side by side in each category as Qt
/// Charts places them. A hover over a box shows its tooltip.
class BoxLayer : public ChartLayer
{
    Q_OBJECT
public:
    struct Box
    {
        int series = 0;
        int category = 0;
        double lower = 0, q1 = 0, median = 0, q3 = 0, upper = 0; ///< in value units
        QString tooltip;
    };
    struct Style
    {
        QBrush brush;
        QPen pen;
    };

    explicit BoxLayer(QChart *chart);
    ~BoxLayer() override;

    /// Boxes of `seriesCount` series over `categoryCount` categories, one style per series.
    void setBoxes(int seriesCount, int categoryCount, QList<Style> styles, QList<Box> boxes);
    /// Horizontal boxes: values along x, categories along y (the anchor's
    /// y axis is the category axis). Default: vertical.
    void setHorizontal(bool horizontal);
    bool isHorizontal() const { return m_horizontal; }
    void clear();
    const QList<Box> &boxes() const { return m_boxes; }
    /// The box of `series` in `category`, or nullptr where none is drawn.
    const Box *box(int series, int category) const;
    /// Fraction of a series' slot a box takes (Qt Charts: 0.5).
    static constexpr qreal kBoxWidth = 0.5;

    /// Centre of a series' boxes in category `category`, in category units
    /// (horizontal: counted from the top, as the category axis lists them reversed).
    double centre(int series, int category) const;
    /// Where box `index` is drawn (chart coordinates): the box from Q1 to Q3.
    QRectF boxRect(int index) const;
    /// The box whose whiskers or box cover `scenePos`; -1 if none.
    int boxAt(const QPointF &scenePos) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    int markAt(const QPointF &scenePos) const override { return boxAt(scenePos); }
    QString toolTip(int mark) const override { return m_boxes.value(mark).tooltip; }

private:
    struct Geometry
    {
        QRectF box;               ///< Q1 … Q3
        QRectF hit;               ///< box and whiskers, for hovers
        QList<QLineF> whiskers;   ///< the two whiskers and their caps
        QLineF median;
    };
    void ensureGeometry() const;

    bool m_horizontal = false;
    int m_seriesCount = 0;
    int m_categoryCount = 0;
    QList<Style> m_styles;
    QList<Box> m_boxes;
    mutable QList<Geometry> m_geometry;
};
