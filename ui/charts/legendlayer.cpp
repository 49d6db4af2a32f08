// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendlayer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal kSwatch = 10;   // marker square
constexpr qreal kGap = 5;       // marker to name
constexpr qreal kSpacing = 14;  // between entries in a row
constexpr qreal kPadding = 8;   // around the legend
} // namespace

LegendLayer::LegendLayer(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(1001);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        prepareGeometryChange();
        relayout();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        relayout();
    });
}

LegendLayer::~LegendLayer() = default;

void LegendLayer::setLegend(const QList<Entry> &entries, Qt::Alignment alignment, const QFont &font,
                            const QMargins &baseMargins)
{
    const bool same = entries == m_entries && alignment == m_alignment && font == m_font && baseMargins == m_baseMargins
                      && m_chart->margins() == baseMargins + (alignment & Qt::AlignRight ? QMargins(0, 0, int(m_reserved), 0)
                                                                                         : QMargins(0, 0, 0, int(m_reserved)));
    if (same)
        return;
    prepareGeometryChange();
    m_entries = entries;
    m_alignment = alignment;
    m_font = font;
    m_baseMargins = baseMargins;
    const QFontMetricsF metrics(m_font);
    m_textWidths.clear();
    qreal widest = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        m_textWidths.append(metrics.horizontalAdvance(entry.name));
        widest = std::max(widest, m_textWidths.last());
    }
    const qreal line = std::max(kSwatch, metrics.height());
    if (m_entries.isEmpty()) {
        m_reserved = 0;
    } else if (m_alignment & Qt::AlignRight) {
        m_reserved = std::ceil(kPadding + kSwatch + kGap + widest + kPadding);
    } else {
        // Rows of the width the chart has now; relayout() keeps the count current.
        const qreal available = std::max<qreal>(100, m_chart->size().width() - 2 * kPadding);
        int rows = 1;
        qreal x = 0;
        for (qreal w : std::as_const(m_textWidths)) {
            const qreal entry = kSwatch + kGap + w;
            if (x > 0 && x + kSpacing + entry > available) {
                ++rows;
                x = entry;
            } else {
                x += (x > 0 ? kSpacing : 0) + entry;
            }
        }
        m_reserved = std::ceil(kPadding + rows * line + (rows - 1) * 2 + kPadding / 2);
    }
    const QMargins extra = m_alignment & Qt::AlignRight ? QMargins(0, 0, int(m_reserved), 0) : QMargins(0, 0, 0, int(m_reserved));
    m_chart->setMargins(m_baseMargins + extra);
    relayout();
}

void LegendLayer::relayout()
{
    m_rects.clear();
    if (m_entries.isEmpty())
        return;
    const QFontMetricsF metrics(m_font);
    const qreal line = std::max(kSwatch, metrics.height());
    const QRectF chart(QPointF(0, 0), m_chart->size());
    const QRectF plot = m_chart->plotArea();
    if (m_alignment & Qt::AlignRight) {
        // Listed downwards, centred on the plot's height, left-aligned in the reserved strip.
        const qreal height = m_entries.size() * line + (m_entries.size() - 1) * 3;
        const qreal x = chart.right() - m_baseMargins.right() - m_reserved + kPadding;
        qreal y = std::max(chart.top() + kPadding, plot.center().y() - height / 2);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            m_rects.append(QRectF(x, y, kSwatch + kGap + m_textWidths[i], line));
            y += line + 3;
        }
    } else {
        // Centred rows at the bottom.
        const qreal available = std::max<qreal>(100, chart.width() - 2 * kPadding);
        QList<QList<int>> rows{{}};
        QList<qreal> rowWidths{0};
        for (int i = 0; i < int(m_entries.size()); ++i) {
            const qreal entry = kSwatch + kGap + m_textWidths[i];
            qreal &width = rowWidths.last();
            if (!rows.last().isEmpty() && width + kSpacing + entry > available) {
                rows.append(QList<int>());
                rowWidths.append(0);
            }
            rowWidths.last() += (rows.last().isEmpty() ? 0 : kSpacing) + entry;
            rows.last().append(i);
        }
        m_rects.resize(m_entries.size());
        qreal y = chart.bottom() - m_baseMargins.bottom() - m_reserved + kPadding / 2;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            qreal x = chart.center().x() - rowWidths[r] / 2;
            for (int i : std::as_const(rows[r])) {
                m_rects[i] = QRectF(x, y, kSwatch + kGap + m_textWidths[i], line);
                x += m_rects[i].width() + kSpacing;
            }
            y += line + 2;
        }
        // A resize may need another number of rows: reserve it (the next
        // layout pass places the plot above it).
        const qreal needed = std::ceil(kPadding + rows.size() * line + (rows.size() - 1) * 2 + kPadding / 2);
        if (needed != m_reserved) {
            m_reserved = needed;
            m_chart->setMargins(m_baseMargins + QMargins(0, 0, 0, int(m_reserved)));
        }
    }
    update();
}

QRectF LegendLayer::entryRect(int index) const
{
    return m_rects.value(index);
}

QRectF LegendLayer::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

void LegendLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_rects.isEmpty())
        return;
    painter->save();
    painter->setFont(m_font);
    const QColor text = m_chart->legend()->labelColor();
    for (qsizetype i = 0; i < m_entries.size() && i < m_rects.size(); ++i) {
        const QRectF &r = m_rects[i];
        const QRectF swatch(r.left(), r.center().y() - kSwatch / 2, kSwatch, kSwatch);
        painter->setPen(m_entries[i].pen);
        painter->setBrush(m_entries[i].brush);
        if (m_entries[i].shape == Shape::Circle) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->drawEllipse(swatch.adjusted(0.5, 0.5, -0.5, -0.5));
        } else {
            painter->drawRect(swatch);
        }
        painter->setPen(text);
        painter->drawText(QRectF(swatch.right() + kGap, r.top(), m_textWidths[i] + 2, r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_entries[i].name);
    }
    painter->restore();
}
