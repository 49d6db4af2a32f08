// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>

class QAbstractSeries;
class QChart;

/// What PointLayer and BoxLayer share: one graphics item over a
/// QChart's plot area that draws many marks in one paint, places them
/// through QChart::mapToPosition of an anchor series attached to the axes,
/// keeps their positions until the plot area or the data change, and shows
/// the tooltip of the mark under the cursor. The scene finds the item under
/// the cursor only on a mark, so hovers elsewhere reach the items below.
class ChartLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    /// A child of `chart` at stacking order `z` (Qt Charts: grid 2, axes 3, series 4).
    ChartLayer(QChart *chart, qreal z);
    ~ChartLayer() override;

    /// The series whose axes place the marks (must stay attached while shown).
    void setAnchor(QAbstractSeries *series);
    QAbstractSeries *anchor() const { return m_anchor; }
    /// Places the marks again on the next paint (after an axis range changed).
    void invalidate();

    QRectF boundingRect() const override;
    bool contains(const QPointF &point) const override;
    bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const override;

protected:
    QChart *chart() const { return m_chart; }
    /// Whether the anchor is set and in its chart.
    bool placeable() const;
    /// Where a data point is drawn, in chart coordinates.
    QPointF map(const QPointF &value) const;
    /// True once after each invalidate() or plot-area change: the subclass
    /// then computes its positions again.
    bool needsPlacing() const;
    /// How far marks may reach past the plot area (a marker's radius).
    void setBoundsMargin(qreal margin);
    /// The mark under `scenePos` as an id of the subclass' choosing; -1 for none.
    virtual int markAt(const QPointF &scenePos) const = 0;
    virtual QString toolTip(int mark) const = 0;
    /// Forget the hovered mark (new data).
    void resetHover() { m_hovered = -1; }

    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QChart *m_chart;
    QAbstractSeries *m_anchor = nullptr;
    qreal m_margin = 2;
    int m_hovered = -1;
    mutable bool m_placed = false;
    mutable QRectF m_placedPlotArea;
};
