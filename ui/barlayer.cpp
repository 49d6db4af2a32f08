// SPDX-License-Identifier: GPL-3.0-or-later
#include "barlayer.h"

#include <QChart>
#include <QPainter>

#include <algorithm>
#include <cmath>

BarLayer::BarLayer(QChart *chart)
    : ChartLayer(chart, 3.5) // over the grid and axes (2, 3), under the series (4): error bars stay on top
{
}

BarLayer::~BarLayer() = default;

void BarLayer::setBars(int categoryCount, double barWidth, bool stacked, double base, QList<Set> sets)
{
    m_categoryCount = categoryCount;
    m_barWidth = barWidth;
    m_stacked = stacked;
    m_base = base;
    m_sets = std::move(sets);
    resetHover();
    invalidate();
}

void BarLayer::clear()
{
    setAnchor(nullptr);
    setBars(0, m_barWidth, false, 0, {});
}

void BarLayer::ensureGeometry() const
{
    if (!needsPlacing())
        return;
    m_rects.clear();
    if (!placeable())
        return;
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
            rects.append(top > bottom ? QRectF(map(QPointF(left, top)), map(QPointF(right, bottom))).normalized()
                                      : QRectF());
        }
        m_rects.append(rects);
    }
}

QRectF BarLayer::barRect(int set, int category) const
{
    ensureGeometry();
    if (set < 0 || set >= m_rects.size() || category < 0 || category >= m_rects[set].size())
        return {};
    return m_rects[set][category];
}

void BarLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_sets.isEmpty() || !placeable())
        return;
    ensureGeometry();
    painter->save();
    painter->setClipRect(chart()->plotArea());
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
    if (m_sets.isEmpty() || !placeable())
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

int BarLayer::markAt(const QPointF &scenePos) const
{
    const auto [set, category] = barAt(scenePos);
    return set < 0 ? -1 : set * m_categoryCount + category;
}

QString BarLayer::toolTip(int mark) const
{
    return m_sets.value(mark / std::max(1, m_categoryCount)).tooltips.value(mark % std::max(1, m_categoryCount));
}
