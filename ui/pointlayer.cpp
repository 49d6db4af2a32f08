// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

PointLayer::PointLayer(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(1000); // above every series item (Qt Charts stacks them below 100)
    setAcceptHoverEvents(true);
    setFlag(ItemHasNoContents, false);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        invalidate();
    });
}

PointLayer::~PointLayer() = default;

void PointLayer::setAnchor(QAbstractSeries *series)
{
    m_anchor = series;
    invalidate();
}

void PointLayer::setMarkerSize(qreal size)
{
    m_markerSize = size;
    m_spriteScale = 0;
    update();
}

void PointLayer::setGroups(QList<Group> groups)
{
    m_groups = std::move(groups);
    m_spriteScale = 0;
    m_hovered = {-1, -1};
    invalidate();
}

void PointLayer::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    m_hoveredLine = -1;
    invalidate();
}

void PointLayer::clear()
{
    m_anchor = nullptr;
    m_lines.clear();
    m_hoveredLine = -1;
    setGroups({});
}

qsizetype PointLayer::pointCount() const
{
    qsizetype count = 0;
    for (const Group &group : m_groups)
        count += group.points.size();
    return count;
}

void PointLayer::invalidate()
{
    m_positionsValid = false;
    update();
}

QPointF PointLayer::position(const QPointF &value) const
{
    if (!m_anchor || !m_anchor->chart())
        return {};
    return m_chart->mapToPosition(value, m_anchor);
}

void PointLayer::ensurePositions() const
{
    const QRectF plot = m_chart->plotArea();
    if (m_positionsValid && plot == m_positionsPlotArea)
        return;
    m_positions.clear();
    m_positions.reserve(m_groups.size());
    for (const Group &group : m_groups) {
        QList<QPointF> positions;
        if (m_anchor && m_anchor->chart()) {
            positions.reserve(group.points.size());
            for (const QPointF &point : group.points)
                positions.append(m_chart->mapToPosition(point, m_anchor));
        }
        m_positions.append(positions);
    }
    m_linePositions.clear();
    for (const Line &line : m_lines) {
        QList<QPointF> positions;
        if (m_anchor && m_anchor->chart()) {
            for (const QPointF &point : line.points)
                positions.append(m_chart->mapToPosition(point, m_anchor));
        }
        m_linePositions.append(positions);
    }
    m_positionsPlotArea = plot;
    m_positionsValid = true;
}

QRectF PointLayer::boundingRect() const
{
    const qreal margin = m_markerSize / 2 + 1;
    return m_chart->plotArea().adjusted(-margin, -margin, margin, margin);
}

void PointLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if ((m_groups.isEmpty() && m_lines.isEmpty()) || !m_anchor)
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
    if (m_groups.isEmpty() || !m_anchor)
        return {-1, -1};
    ensurePositions();
    const QPointF at = mapFromScene(scenePos);
    if (!m_chart->plotArea().contains(at))
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
    if (m_lines.isEmpty() || !m_anchor)
        return -1;
    ensurePositions();
    const QPointF at = mapFromScene(scenePos);
    if (!m_chart->plotArea().contains(at))
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

bool PointLayer::contains(const QPointF &point) const
{
    const QPointF scenePos = mapToScene(point);
    return pointAt(scenePos).first >= 0 || lineAt(scenePos) >= 0;
}

bool PointLayer::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode) const
{
    // The scene asks with a tiny rectangle around the cursor: only a marker
    // there counts, so hovers elsewhere reach the lines and boxes below.
    if (path.isEmpty())
        return false;
    if (mode == Qt::IntersectsItemShape || mode == Qt::ContainsItemShape)
        return contains(path.boundingRect().center());
    return QGraphicsObject::collidesWithPath(path, mode);
}

void PointLayer::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // A point wins over a line through it.
    const auto hit = pointAt(event->scenePos());
    const int line = hit.first < 0 ? lineAt(event->scenePos()) : -1;
    if (hit == m_hovered && line == m_hoveredLine)
        return;
    m_hovered = hit;
    m_hoveredLine = line;
    if (hit.first >= 0 && m_toolTip)
        QToolTip::showText(event->screenPos(), m_toolTip(hit.first, m_groups[hit.first].points[hit.second]));
    else if (line >= 0 && !m_lines[line].toolTip.isEmpty())
        QToolTip::showText(event->screenPos(), m_lines[line].toolTip);
    else
        QToolTip::hideText();
}

void PointLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered.first >= 0 || m_hoveredLine >= 0)
        QToolTip::hideText();
    m_hovered = {-1, -1};
    m_hoveredLine = -1;
}
