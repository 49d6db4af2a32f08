// SPDX-License-Identifier: GPL-3.0-or-later
#include "barlayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

BarLayer::BarLayer(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(3.5); // over the grid and axes (2, 3), under the series (4): error bars stay on top
    setAcceptHoverEvents(true);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        invalidate();
    });
}

BarLayer::~BarLayer() = default;

void BarLayer::setAnchor(QAbstractSeries *series)
{
    m_anchor = series;
    invalidate();
}

void BarLayer::setBars(int categoryCount, double barWidth, bool stacked, double base, QList<Set> sets)
{
    m_categoryCount = categoryCount;
    m_barWidth = barWidth;
    m_stacked = stacked;
    m_base = base;
    m_sets = std::move(sets);
    m_hovered = {-1, -1};
    invalidate();
}

void BarLayer::clear()
{
    m_anchor = nullptr;
    setBars(0, m_barWidth, false, 0, {});
}

void BarLayer::invalidate()
{
    m_geometryValid = false;
    update();
}

void BarLayer::ensureGeometry() const
{
    const QRectF plot = m_chart->plotArea();
    if (m_geometryValid && plot == m_geometryPlotArea)
        return;
    m_rects.clear();
    if (m_anchor && m_anchor->chart()) {
        const int setCount = int(m_sets.size());
        QList<double> stackTop(m_categoryCount, m_base);
        for (int s = 0; s < setCount; ++s) {
            QList<QRectF> rects;
            rects.reserve(m_categoryCount);
            for (int c = 0; c < m_categoryCount; ++c) {
                const double v = c < m_sets[s].values.size() ? m_sets[s].values[c] : m_base;
                double left, right, bottom, top;
                if (m_stacked) {
                    left = c - m_barWidth / 2;
                    right = c + m_barWidth / 2;
                    bottom = stackTop[c];
                    top = bottom + std::max(0.0, v - m_base);
                    stackTop[c] = top;
                } else {
                    left = c - m_barWidth / 2 + s * m_barWidth / setCount;
                    right = left + m_barWidth / setCount;
                    bottom = m_base;
                    top = v;
                }
                if (!(top > bottom)) {
                    rects.append(QRectF());
                    continue;
                }
                const QPointF a = m_chart->mapToPosition(QPointF(left, top), m_anchor);
                const QPointF b = m_chart->mapToPosition(QPointF(right, bottom), m_anchor);
                rects.append(QRectF(a, b).normalized());
            }
            m_rects.append(rects);
        }
    }
    m_geometryPlotArea = plot;
    m_geometryValid = true;
}

QRectF BarLayer::barRect(int set, int category) const
{
    ensureGeometry();
    if (set < 0 || set >= m_rects.size() || category < 0 || category >= m_rects[set].size())
        return {};
    return m_rects[set][category];
}

QRectF BarLayer::boundingRect() const
{
    return m_chart->plotArea().adjusted(-2, -2, 2, 2);
}

void BarLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_sets.isEmpty() || !m_anchor)
        return;
    ensureGeometry();
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    for (qsizetype s = 0; s < m_rects.size(); ++s) {
        painter->setPen(m_sets[s].pen);
        painter->setBrush(m_sets[s].brush);
        for (const QRectF &rect : std::as_const(m_rects[s])) {
            if (!rect.isEmpty())
                painter->drawRect(rect);
        }
    }
    painter->restore();
}

std::pair<int, int> BarLayer::barAt(const QPointF &scenePos) const
{
    if (m_sets.isEmpty() || !m_anchor)
        return {-1, -1};
    ensureGeometry();
    const QPointF at = mapFromScene(scenePos);
    for (int s = int(m_rects.size()) - 1; s >= 0; --s) {
        for (int c = 0; c < int(m_rects[s].size()); ++c) {
            if (m_rects[s][c].adjusted(-0.5, -0.5, 0.5, 0.5).contains(at))
                return {s, c};
        }
    }
    return {-1, -1};
}

bool BarLayer::contains(const QPointF &point) const
{
    return barAt(mapToScene(point)).first >= 0;
}

bool BarLayer::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    if (path.isEmpty())
        return false;
    if (mode == Qt::IntersectsItemShape || mode == Qt::ContainsItemShape)
        return contains(path.boundingRect().center());
    return QGraphicsObject::collidesWithPath(path, mode);
}

void BarLayer::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const auto hit = barAt(event->scenePos());
    if (hit == m_hovered)
        return;
    m_hovered = hit;
    const QString tip = hit.first >= 0 ? m_sets[hit.first].tooltips.value(hit.second) : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), tip);
}

void BarLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered.first >= 0)
        QToolTip::hideText();
    m_hovered = {-1, -1};
}
