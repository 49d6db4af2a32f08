// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedtext.h"

#include <QEvent>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

WrappedText::WrappedText(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WrappedText::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_layoutWidth = -1;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void WrappedText::ensureLayout(int width) const
{
    width = std::max(1, width);
    if (width == m_layoutWidth)
        return;
    m_layout.clearLayout();
    QString text = m_text;
    text.replace(QLatin1Char('\n'), QChar::LineSeparator); // QTextLayout breaks lines only at this
    m_layout.setText(text);
    m_layout.setFont(font());
    QTextOption option(layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    m_layout.setTextOption(option);
    qreal y = 0;
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout.endLayout();
    m_layoutWidth = width;
    m_layoutHeight = m_text.isEmpty() ? 0 : int(std::ceil(y));
}

int WrappedText::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    ensureLayout(width - margins.left() - margins.right());
    return m_layoutHeight + margins.top() + margins.bottom();
}

QSize WrappedText::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 40, metrics.lineSpacing()};
}

QSize WrappedText::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.averageCharWidth() * 12, metrics.lineSpacing()};
}

void WrappedText::paintEvent(QPaintEvent *)
{
    const QRect area = contentsRect();
    ensureLayout(area.width());
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    m_layout.draw(&painter, area.topLeft());
}

void WrappedText::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange) {
        m_layoutWidth = -1;
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}
