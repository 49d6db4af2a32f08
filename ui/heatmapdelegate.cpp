// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapdelegate.h"

#include <QApplication>
#include <QPainter>

HeatmapDelegate::HeatmapDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

HeatmapDelegate::~HeatmapDelegate() = default;

QColor HeatmapDelegate::noDataBackground() const
{
    return m_dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xdd, 0xdd, 0xdd);
}

QColor HeatmapDelegate::noDataText() const
{
    return m_dark ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x66, 0x66, 0x66);
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant background = index.data(Qt::BackgroundRole);
    const bool hasValue = background.canConvert<QColor>() && background.value<QColor>().isValid();
    painter->save();
    // A 1 px gap in the view's base colour separates the cells.
    const QRect cell = option.rect.adjusted(0, 0, -1, -1);
    painter->fillRect(option.rect, option.palette.base());
    painter->fillRect(cell, hasValue ? background.value<QColor>() : noDataBackground());
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    QFont font = option.font;
    if (!hasValue)
        font.setItalic(true);
    if (m_compact)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(hasValue ? index.data(Qt::ForegroundRole).value<QColor>() : noDataText());
    painter->drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize HeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    if (m_compact)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int padding = m_compact ? 8 : 16;
    return {metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + padding,
            metrics.height() + (m_compact ? 4 : 10)};
}
