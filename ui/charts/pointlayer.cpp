// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlayer.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

PointLayer::PointLayer(QChart *chart)
    : ChartLayer(chart, 1000) // above every series item (Qt Charts stacks them below 10)
{
    setBoundsMargin(m_markerSize / 2 + 1);
}

PointLayer::~PointLayer() = default;

void PointLayer::setMarkerSize(qreal size)
{
    m_markerSize = size;
    m_spriteScale = 0;
    setBoundsMargin(m_markerSize / 2 + 1);
    update();
}

void PointLayer::setGroups(QList<Group> groups)
{
    m_groups = std::move(groups);
    m_spriteScale = 0;
    resetHover();
    invalidate();
}

void PointLayer::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    resetHover();
    invalidate();
}

void PointLayer::clear()
{
    setAnchor(nullptr);
    m_lines.clear();
    setGroups({});
}

qsizetype PointLayer::pointCount() const
{
    qsizetype count = 0;
    for (const Group &group : m_groups)
        count += group.points.size();
    return count;
}

QPointF PointLayer::position(const QPointF &value) const
{
    return placeable() ? map(value) : QPointF();
}

void PointLayer::ensurePositions() const
{
    if (!needsPlacing())
        return;
    m_positions.clear();
    m_linePositions.clear();
    for (const Group &group : m_groups) {
        QList<QPointF> positions;
        if (placeable()) {
            positions.reserve(group.points.size());
            for (const QPointF &point : group.points)
                positions.append(map(point));
        }
        m_positions.append(positions);
    }
    for (const Line &line : m_lines) {
        QList<QPointF> positions;
        if (placeable()) {
            for (const QPointF &point : line.points)
                positions.append(map(point));
        }
        m_linePositions.append(positions);
    }
}

void PointLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if ((m_groups.isEmpty() && m_lines.isEmpty()) || !placeable())
        return;
    ensurePositions();
    const qreal radius = m_markerSize / 2;
    painter->save();
    painter->setClipRect(boundingRect());
    const QTransform device = painter->deviceTransform();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    if (raster && device.type() <= QTransform::TxScale && qFuzzyCompare(device.m11(), device.m22()) && device.m11() > 0) {
        // Stamp one image per point, rendered once per group at the device scale.
        const qreal scale = device.m11();
        if (scale != m_spriteScale || m_sprites.size() != m_groups.size()) {
            m_sprites.clear();
            const int side = int(std::ceil((m_markerSize + 2) * scale));
            for (const Group &group : std::as_const(m_groups)) {
                QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
                sprite.fill(Qt::transparent);
                sprite.setDevicePixelRatio(scale);
                QPainter p(&sprite);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(group.border.isValid() ? QPen(group.border, 1) : QPen(Qt::NoPen));
                p.setBrush(group.fill.isValid() ? QBrush(group.fill) : QBrush(Qt::NoBrush));
                const qreal centre = side / scale / 2;
                p.drawEllipse(QPointF(centre, centre), radius, radius);
                p.end();
                m_sprites.append(sprite);
            }
            m_spriteScale = scale;
        }
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            const QImage &sprite = m_sprites[g];
            const qreal half = sprite.width() / scale / 2;
            for (const QPointF &p : std::as_const(m_positions[g]))
                painter->drawImage(QPointF(p.x() - half, p.y() - half), sprite);
        }
    } else {
        // Vector output (SVG, PDF) or a rotated painter: real ellipses.
        painter->setRenderHint(QPainter::Antialiasing);
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            const Group &group = m_groups[g];
            painter->setPen(group.border.isValid() ? QPen(group.border, 1) : QPen(Qt::NoPen));
            painter->setBrush(group.fill.isValid() ? QBrush(group.fill) : QBrush(Qt::NoBrush));
            for (const QPointF &p : std::as_const(m_positions[g]))
                painter->drawEllipse(p, radius, radius);
        }
    }
    // The lines over the points.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    for (qsizetype l = 0; l < m_lines.size(); ++l) {
        painter->setPen(m_lines[l].pen);
        const QList<QPointF> &positions = m_linePositions[l];
        if (positions.size() < 2)
            continue;
        // Segments, not a polyline: the raster engine strokes each as a quad,
        // without computing a join per vertex (half the cost of 24 curves).
        QVarLengthArray<QLineF, 64> segments;
        for (qsizetype i = 1; i < positions.size(); ++i)
            segments.append(QLineF(positions[i - 1], positions[i]));
        painter->drawLines(segments.constData(), int(segments.size()));
    }
    painter->restore();
}

std::pair<int, int> PointLayer::pointAt(const QPointF &scenePos) const
{
    if (m_groups.isEmpty() || !placeable())
        return {-1, -1};
    ensurePositions();
    const QPointF at = mapFromScene(scenePos);
    if (!chart()->plotArea().contains(at))
        return {-1, -1};
    const qreal reach = m_markerSize / 2 + 1;
    std::pair<int, int> best{-1, -1};
    qreal bestDistance = reach * reach;
    // Later groups are painted on top: on a tie they win.
    for (int g = 0; g < int(m_positions.size()); ++g) {
        const QList<QPointF> &positions = m_positions[g];
        for (int i = 0; i < int(positions.size()); ++i) {
            const QPointF d = positions[i] - at;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = {g, i};
            }
        }
    }
    return best;
}

int PointLayer::lineAt(const QPointF &scenePos) const
{
    if (m_lines.isEmpty() || !placeable())
        return -1;
    ensurePositions();
    const QPointF at = mapFromScene(scenePos);
    if (!chart()->plotArea().contains(at))
        return -1;
    for (int l = int(m_lines.size()) - 1; l >= 0; --l) {
        const QList<QPointF> &positions = m_linePositions[l];
        const qreal reach = std::max<qreal>(3, m_lines[l].pen.widthF() / 2 + 2);
        for (qsizetype i = 1; i < positions.size(); ++i) {
            // Distance from the cursor to the segment.
            const QPointF a = positions[i - 1], b = positions[i];
            const QPointF ab = b - a;
            const qreal length2 = QPointF::dotProduct(ab, ab);
            const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(at - a, ab) / length2, 0.0, 1.0) : 0.0;
            const QPointF d = at - (a + t * ab);
            if (QPointF::dotProduct(d, d) <= reach * reach)
                return l;
        }
    }
    return -1;
}

int PointLayer::markAt(const QPointF &scenePos) const
{
    const auto [group, index] = pointAt(scenePos);
    if (group >= 0) {
        int mark = index;
        for (int g = 0; g < group; ++g)
            mark += int(m_groups[g].points.size());
        return mark;
    }
    const int line = lineAt(scenePos);
    return line < 0 ? -1 : int(pointCount()) + line;
}

QString PointLayer::toolTip(int mark) const
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (mark < m_groups[g].points.size())
            return m_toolTip ? m_toolTip(g, m_groups[g].points[mark]) : QString();
        mark -= int(m_groups[g].points.size());
    }
    return m_lines.value(mark).toolTip;
}
