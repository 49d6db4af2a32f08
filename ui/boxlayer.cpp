// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxlayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

BoxLayer::BoxLayer(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(999); // above the series and grid, below a PointLayer's outliers
    setAcceptHoverEvents(true);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        m_geometryValid = false;
        update();
    });
}

BoxLayer::~BoxLayer() = default;

void BoxLayer::setAnchor(QAbstractSeries *series)
{
    m_anchor = series;
    m_geometryValid = false;
    update();
}

void BoxLayer::setBoxes(int seriesCount, int categoryCount, QList<Style> styles, QList<Box> boxes)
{
    m_seriesCount = std::max(1, seriesCount);
    m_categoryCount = categoryCount;
    m_styles = std::move(styles);
    m_boxes = std::move(boxes);
    m_hovered = -1;
    m_geometryValid = false;
    update();
}

void BoxLayer::clear()
{
    m_anchor = nullptr;
    setBoxes(0, 0, {}, {});
}

const BoxLayer::Box *BoxLayer::box(int series, int category) const
{
    for (const Box &b : m_boxes) {
        if (b.series == series && b.category == category)
            return &b;
    }
    return nullptr;
}

void BoxLayer::invalidate()
{
    m_geometryValid = false;
    update();
}

double BoxLayer::centre(int series, int category) const
{
    return category - 0.5 + (series + 0.5) / m_seriesCount;
}

QPointF BoxLayer::map(double x, double value) const
{
    return m_chart->mapToPosition(QPointF(x, value), m_anchor);
}

void BoxLayer::ensureGeometry() const
{
    const QRectF plot = m_chart->plotArea();
    if (m_geometryValid && plot == m_geometryPlotArea)
        return;
    m_geometry.clear();
    if (m_anchor && m_anchor->chart()) {
        m_geometry.reserve(m_boxes.size());
        const double half = kBoxWidth / m_seriesCount / 2;
        for (const Box &box : m_boxes) {
            const double x = centre(box.series, box.category);
            Geometry g;
            const QPointF q1 = map(x - half, box.q1);
            const QPointF q3 = map(x + half, box.q3);
            g.box = QRectF(q1, q3).normalized();
            g.x = map(x, box.median).x();
            g.left = g.box.left();
            g.right = g.box.right();
            g.median = map(x, box.median).y();
            g.lower = map(x, box.lower).y();
            g.upper = map(x, box.upper).y();
            m_geometry.append(g);
        }
    }
    m_geometryPlotArea = plot;
    m_geometryValid = true;
}

QRectF BoxLayer::boxRect(int index) const
{
    ensureGeometry();
    return index >= 0 && index < m_geometry.size() ? m_geometry[index].box : QRectF();
}

QRectF BoxLayer::boundingRect() const
{
    return m_chart->plotArea().adjusted(-2, -2, 2, 2);
}

void BoxLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_boxes.isEmpty() || !m_anchor)
        return;
    ensureGeometry();
    painter->save();
    painter->setClipRect(boundingRect());
    painter->setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < m_geometry.size(); ++i) {
        const Geometry &g = m_geometry[i];
        const Style style = m_styles.value(m_boxes[i].series);
        painter->setPen(style.pen);
        painter->setBrush(Qt::NoBrush);
        // Whiskers and their caps, then the box over them, then the median.
        painter->drawLine(QPointF(g.x, g.lower), QPointF(g.x, g.box.bottom()));
        painter->drawLine(QPointF(g.x, g.box.top()), QPointF(g.x, g.upper));
        painter->drawLine(QPointF(g.left, g.lower), QPointF(g.right, g.lower));
        painter->drawLine(QPointF(g.left, g.upper), QPointF(g.right, g.upper));
        painter->setBrush(style.brush);
        painter->drawRect(g.box);
        painter->drawLine(QPointF(g.left, g.median), QPointF(g.right, g.median));
    }
    painter->restore();
}

int BoxLayer::boxAt(const QPointF &scenePos) const
{
    if (m_boxes.isEmpty() || !m_anchor)
        return -1;
    ensureGeometry();
    const QPointF at = mapFromScene(scenePos);
    for (qsizetype i = m_geometry.size() - 1; i >= 0; --i) {
        const Geometry &g = m_geometry[i];
        const qreal top = std::min(g.upper, g.lower) - 2, bottom = std::max(g.upper, g.lower) + 2;
        if (at.x() >= g.left - 1 && at.x() <= g.right + 1 && at.y() >= top && at.y() <= bottom)
            return int(i);
    }
    return -1;
}

bool BoxLayer::contains(const QPointF &point) const
{
    return boxAt(mapToScene(point)) >= 0;
}

bool BoxLayer::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    if (path.isEmpty())
        return false;
    if (mode == Qt::IntersectsItemShape || mode == Qt::ContainsItemShape)
        return contains(path.boundingRect().center());
    return QGraphicsObject::collidesWithPath(path, mode);
}

void BoxLayer::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int hit = boxAt(event->scenePos());
    if (hit == m_hovered)
        return;
    m_hovered = hit;
    if (hit < 0 || m_boxes[hit].tooltip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), m_boxes[hit].tooltip);
}

void BoxLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered >= 0)
        QToolTip::hideText();
    m_hovered = -1;
}
