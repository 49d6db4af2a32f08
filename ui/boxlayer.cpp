// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxlayer.h"

#include <QPainter>

#include <algorithm>

BoxLayer::BoxLayer(QChart *chart)
    : ChartLayer(chart, 999) // above the series and grid, below a PointLayer's outliers
{
}

BoxLayer::~BoxLayer() = default;

void BoxLayer::setBoxes(int seriesCount, int categoryCount, QList<Style> styles, QList<Box> boxes)
{
    m_seriesCount = std::max(1, seriesCount);
    m_categoryCount = categoryCount;
    m_styles = std::move(styles);
    m_boxes = std::move(boxes);
    resetHover();
    invalidate();
}

void BoxLayer::clear()
{
    setAnchor(nullptr);
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

double BoxLayer::centre(int series, int category) const
{
    return category - 0.5 + (series + 0.5) / m_seriesCount;
}

void BoxLayer::ensureGeometry() const
{
    if (!needsPlacing())
        return;
    m_geometry.clear();
    if (!placeable())
        return;
    m_geometry.reserve(m_boxes.size());
    const double half = kBoxWidth / m_seriesCount / 2;
    for (const Box &box : m_boxes) {
        const double x = centre(box.series, box.category);
        Geometry g;
        g.box = QRectF(map(QPointF(x - half, box.q1)), map(QPointF(x + half, box.q3))).normalized();
        g.x = map(QPointF(x, box.median)).x();
        g.left = g.box.left();
        g.right = g.box.right();
        g.median = map(QPointF(x, box.median)).y();
        g.lower = map(QPointF(x, box.lower)).y();
        g.upper = map(QPointF(x, box.upper)).y();
        m_geometry.append(g);
    }
}

QRectF BoxLayer::boxRect(int index) const
{
    ensureGeometry();
    return index >= 0 && index < m_geometry.size() ? m_geometry[index].box : QRectF();
}

void BoxLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_boxes.isEmpty() || !placeable())
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
    if (m_boxes.isEmpty() || !placeable())
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
