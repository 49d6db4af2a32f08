// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QToolTip>

ChartLayer::ChartLayer(QChart *chart, qreal z)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(z);
    setAcceptHoverEvents(true);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        invalidate();
    });
}

ChartLayer::~ChartLayer() = default;

void ChartLayer::setAnchor(QAbstractSeries *series)
{
    m_anchor = series;
    invalidate();
}

void ChartLayer::invalidate()
{
    m_placed = false;
    update();
}

bool ChartLayer::placeable() const
{
    return m_anchor && m_anchor->chart();
}

QPointF ChartLayer::map(const QPointF &value) const
{
    return placeable() ? m_chart->mapToPosition(value, m_anchor) : QPointF();
}

bool ChartLayer::needsPlacing() const
{
    const QRectF plot = m_chart->plotArea();
    if (m_placed && plot == m_placedPlotArea)
        return false;
    m_placed = true;
    m_placedPlotArea = plot;
    return true;
}

void ChartLayer::setBoundsMargin(qreal margin)
{
    prepareGeometryChange();
    m_margin = margin;
}

QRectF ChartLayer::boundingRect() const
{
    return m_chart->plotArea().adjusted(-m_margin, -m_margin, m_margin, m_margin);
}

bool ChartLayer::contains(const QPointF &point) const
{
    return markAt(mapToScene(point)) >= 0;
}

bool ChartLayer::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // The scene asks with a tiny rectangle around the cursor: only a mark
    // there counts, so hovers elsewhere reach the lines, bars and boxes below.
    if (path.isEmpty())
        return false;
    if (mode == Qt::IntersectsItemShape || mode == Qt::ContainsItemShape)
        return contains(path.boundingRect().center());
    return QGraphicsObject::collidesWithPath(path, mode);
}

void ChartLayer::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int mark = markAt(event->scenePos());
    if (mark == m_hovered)
        return;
    m_hovered = mark;
    const QString text = mark >= 0 ? toolTip(mark) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text);
}

void ChartLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered >= 0)
        QToolTip::hideText();
    m_hovered = -1;
}
