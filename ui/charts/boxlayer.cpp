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
    // Horizontal: category 0 on top, its first series uppermost (the axis counts upwards).
    if (m_horizontal)
        return (m_categoryCount - 1 - category) + 0.5 - (series + 0.5) / m_seriesCount;
    return category - 0.5 + (series + 0.5) / m_seriesCount;
}

void BoxLayer::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
    invalidate();
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
    // (value, category position) to chart coordinates, in either orientation.
    const auto at = [this](double value, double category) {
        return m_horizontal ? map(QPointF(value, category)) : map(QPointF(category, value));
    };
    for (const Box &box : m_boxes) {
        const double c = centre(box.series, box.category);
        Geometry g;
        g.box = QRectF(at(box.q1, c - half), at(box.q3, c + half)).normalized();
        g.median = QLineF(at(box.median, c - half), at(box.median, c + half));
        g.whiskers = {QLineF(at(box.lower, c), at(box.q1, c)), QLineF(at(box.q3, c), at(box.upper, c)),
                      QLineF(at(box.lower, c - half), at(box.lower, c + half)),
                      QLineF(at(box.upper, c - half), at(box.upper, c + half))};
        g.hit = QRectF(at(box.lower, c - half), at(box.upper, c + half)).normalized().adjusted(-2, -2, 2, 2);
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
        painter->drawLines(g.whiskers);
        painter->setBrush(style.brush);
        painter->drawRect(g.box);
        painter->drawLine(g.median);
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
        if (m_geometry[i].hit.contains(at))
            return int(i);
    }
    return -1;
}
