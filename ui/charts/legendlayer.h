// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QFont>
#include <QGraphicsObject>
#include <QList>
#include <QMargins>
#include <QPen>

class QChart;

/// A chart legend drawn by one graphics item in space it reserves with the
/// chart's margins (at the right, listed downwards, or at the bottom, in
/// centred rows), in place of QLegend.
///
/// QLegend makes a marker, a graphics text item and a text document per entry
/// each time the series are rebuilt and lays them out as rich text: on the
/// Overview that was two milliseconds of every filter change. This item
/// keeps its entries while they stay the same (a filter change seldom
/// changes them) and draws them with QPainter.
class LegendLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    enum class Shape { Square, Circle };
    struct Entry
    {
        QString name;
        QBrush brush;
        QPen pen;
        Shape shape = Shape::Square;
        bool operator==(const Entry &other) const = default;
    };

    explicit LegendLayer(QChart *chart);
    ~LegendLayer() override;

    /// Entries, their placement, font and the chart's own margins; reserves
    /// the space at once. Does nothing when all are as before.
    void setLegend(const QList<Entry> &entries, Qt::Alignment alignment, const QFont &font, const QMargins &baseMargins);
    const QList<Entry> &entries() const { return m_entries; }
    Qt::Alignment alignment() const { return m_alignment; }
    /// Where entry `index` is drawn (its swatch and name), in chart coordinates.
    QRectF entryRect(int index) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void relayout();

    QChart *m_chart;
    QList<Entry> m_entries;
    Qt::Alignment m_alignment = Qt::AlignBottom;
    QFont m_font;
    QMargins m_baseMargins;
    QList<QRectF> m_rects; ///< per entry, chart coordinates
    QList<qreal> m_textWidths;
    qreal m_reserved = 0;  ///< width (right) or height (bottom) taken from the chart
};
