// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row background (alternate and selected) as the style paints it.
    QStyleOptionViewItem background = option;
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    background.text.clear();
    background.index = index;
    style->drawPrimitive(QStyle::PE_PanelItemViewRow, &background, painter, widget);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (option.state & QStyle::State_Active) ? QPalette::Active
                                                                                   : QPalette::Inactive;
        painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        const int flags = int(alignment.isValid() ? Qt::Alignment(alignment.toInt()) : (Qt::AlignLeft | Qt::AlignVCenter))
                          | Qt::TextSingleLine;
        painter->setFont(option.font);
        painter->drawText(area, flags, option.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = option.palette.color(QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize PlainTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QString text = index.data(Qt::DisplayRole).toString();
    // QFont's == compares its attributes; key() would format them into a string each time.
    if (option.font != m_widthsFont || m_widths.size() > 20000) {
        m_widths.clear();
        m_widthsFont = option.font;
    }
    auto it = m_widths.constFind(text);
    if (it == m_widths.cend())
        it = m_widths.insert(text, option.fontMetrics.horizontalAdvance(text));
    return {*it + 2 * margin, option.fontMetrics.height() + 2};
}
