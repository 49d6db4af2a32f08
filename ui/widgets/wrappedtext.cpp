// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedtext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
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
    // With a fixed line count the height does not follow the text: no new
    // layout of the window (a summary card's text changes on every filter click).
    if (m_lineCount == 0)
        updateGeometry();
    update();
}

void WrappedText::setLineCount(int lines)
{
    m_lineCount = std::max(0, lines);
    m_layoutWidth = -1;
    updateGeometry();
    update();
}

bool WrappedText::isTruncated() const
{
    ensureLayout(contentsRect().width());
    return m_truncated;
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
    m_truncated = false;
    m_lastLine.clear();
    if (m_lineCount > 0) {
        const QFontMetrics metrics(font());
        m_layoutHeight = m_lineCount * metrics.lineSpacing();
        if (m_layout.lineCount() > m_lineCount) {
            // The last line shown gets the rest of the text, elided.
            m_truncated = true;
            const QTextLine last = m_layout.lineAt(m_lineCount - 1);
            QString rest = m_text.mid(last.textStart());
            rest.replace(QLatin1Char('\n'), QLatin1Char(' '));
            m_lastLine = metrics.elidedText(rest, Qt::ElideRight, width);
        }
    }
}

int WrappedText::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    if (m_lineCount > 0) // as tall as its lines, whatever the text: no text layout needed
        return m_lineCount * QFontMetrics(font()).lineSpacing() + margins.top() + margins.bottom();
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
    if (!m_truncated) {
        m_layout.draw(&painter, area.topLeft());
        return;
    }
    for (int i = 0; i + 1 < m_lineCount; ++i)
        m_layout.lineAt(i).draw(&painter, area.topLeft());
    const QTextLine last = m_layout.lineAt(m_lineCount - 1);
    painter.drawText(QRectF(area.left(), area.top() + last.y(), area.width(), last.height()),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_lastLine);
}

bool WrappedText::event(QEvent *event)
{
    // The whole text when it is cut; otherwise the parent's tooltip (a card's explanation).
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        if (!isTruncated()) {
            event->ignore();
            return false;
        }
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_text, this);
        return true;
    }
    return QWidget::event(event);
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
