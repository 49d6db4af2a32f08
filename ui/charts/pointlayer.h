// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlayer.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPen>
#include <QPointF>

#include <functional>


/// Scatter points (and polylines over them) of a QChart drawn by one graphics
/// item over its plot area.
///
/// Qt Charts' QScatterSeries keeps per-point state and costs about 14 µs per
/// point on every paint: a thousand points are a frame and a half. This item
/// stamps one pre-rendered marker per point (vector ellipses when painting to
/// SVG, PDF or through a rotation), places the points through
/// QChart::mapToPosition of an anchor series attached to the same axes, and
/// answers hovers with a nearest-point search, so the lines and boxes under it
/// keep their own tooltips. Lines (the Scaling tab's fits: a QLineSeries each
/// cost a legend marker, a text document and a stroked hover shape) are drawn
/// over the points and hovered within a few pixels.
class PointLayer : public ChartLayer
{
    Q_OBJECT
public:
    struct Group
    {
        QString name;
        QColor fill;
        QColor border;
        QList<QPointF> points; ///< in axis (data) units
    };

    struct Line
    {
        QPen pen;
        QString toolTip;
        QList<QPointF> points; ///< in axis (data) units, joined in order
    };

    /// A child of `chart`, above its series. Empty until setGroups.
    explicit PointLayer(QChart *chart);
    ~PointLayer() override;

    void setMarkerSize(qreal size);
    qreal markerSize() const { return m_markerSize; }
    void setGroups(QList<Group> groups);
    void setLines(QList<Line> lines);
    /// Groups and lines.
    void clear();
    const QList<Group> &groups() const { return m_groups; }
    const QList<Line> &lines() const { return m_lines; }
    qsizetype pointCount() const;

    /// Text for a hovered point: group index and the point in data units.
    void setToolTipFunction(std::function<QString(int, QPointF)> function) { m_toolTip = std::move(function); }

    /// The point (group, index) whose marker covers `scenePos`, nearest first; {-1, -1} if none.
    std::pair<int, int> pointAt(const QPointF &scenePos) const;
    /// The line passing within a few pixels of `scenePos` (the last drawn first); -1 if none.
    int lineAt(const QPointF &scenePos) const;
    /// Where a data point is drawn, in chart coordinates (invalid without an anchor).
    QPointF position(const QPointF &value) const;

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    /// Marks: the points numbered across groups, then the lines. A point wins
    /// over a line through it.
    int markAt(const QPointF &scenePos) const override;
    QString toolTip(int mark) const override;

private:
    void ensurePositions() const;

    qreal m_markerSize = 7;
    QList<Group> m_groups;
    std::function<QString(int, QPointF)> m_toolTip;
    QList<Line> m_lines;

    // Chart positions of every point, recomputed when the plot area or the data change.
    mutable QList<QList<QPointF>> m_positions;
    mutable QList<QList<QPointF>> m_linePositions;
    // One marker image per group at the last device scale.
    mutable QList<QImage> m_sprites;
    mutable qreal m_spriteScale = 0;
};
