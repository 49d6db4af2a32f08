// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointlayer.h"

#include <QAbstractSeries>
#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

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

void PointLayer::clear()
{
    m_anchor = nullptr;
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
    if (m_groups.isEmpty() || !m_anchor)
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

bool PointLayer::contains(const QPointF &point) const
{
    return pointAt(mapToScene(point)).first >= 0;
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
    const auto hit = pointAt(event->scenePos());
    if (hit == m_hovered)
        return;
    m_hovered = hit;
    if (hit.first < 0 || !m_toolTip) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->screenPos(), m_toolTip(hit.first, m_groups[hit.first].points[hit.second]));
}

void PointLayer::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    if (m_hovered.first >= 0)
        QToolTip::hideText();
    m_hovered = {-1, -1};
}
