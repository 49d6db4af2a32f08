// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlelayer.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {
constexpr qreal kTop = 4;    // below the chart's own margin
constexpr qreal kGap = 1;    // title to subtitle
constexpr qreal kBottom = 6; // to the plot
} // namespace

TitleLayer::TitleLayer(QChart *chart)
    : QGraphicsObject(chart)
    , m_chart(chart)
{
    setZValue(1002);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { update(); });
}

TitleLayer::~TitleLayer() = default;

QFont TitleLayer::titleFont() const
{
    QFont font = m_font;
    font.setBold(true);
    return font;
}

QFont TitleLayer::subtitleFont() const
{
    QFont font = m_font;
    font.setBold(false);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.83); // "small" next to the title
    return font;
}

qreal TitleLayer::setTitle(const QString &title, const QString &subtitle, const QFont &font)
{
    if (title == m_title && subtitle == m_subtitle && font == m_font)
        return m_height;
    prepareGeometryChange();
    m_title = title;
    m_subtitle = subtitle;
    m_font = font;
    m_height = 0;
    if (!m_title.isEmpty() || !m_subtitle.isEmpty()) {
        m_height = kTop + kBottom;
        if (!m_title.isEmpty())
            m_height += QFontMetricsF(titleFont()).height();
        if (!m_subtitle.isEmpty())
            m_height += kGap + QFontMetricsF(subtitleFont()).height();
    }
    update();
    return m_height;
}

QRectF TitleLayer::titleRect() const
{
    if (m_title.isEmpty())
        return {};
    const QFontMetricsF metrics(titleFont());
    const qreal width = std::min(metrics.horizontalAdvance(m_title), m_chart->size().width() - 12);
    const qreal top = m_chart->margins().top() - m_height + kTop;
    const qreal centre = m_chart->plotArea().center().x();
    const qreal left = std::clamp(centre - width / 2, 6.0, std::max(6.0, m_chart->size().width() - 6 - width));
    return {left, top, width, metrics.height()};
}

QRectF TitleLayer::boundingRect() const
{
    return QRectF(0, 0, m_chart->size().width(), m_chart->margins().top());
}

void TitleLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_height <= 0)
        return;
    painter->save();
    painter->setPen(m_chart->titleBrush().color());
    const qreal available = m_chart->size().width() - 12;
    const qreal centre = m_chart->plotArea().center().x();
    qreal y = m_chart->margins().top() - m_height + kTop;
    const auto line = [&](const QFont &font, const QString &text) {
        const QFontMetricsF metrics(font);
        const QString shown = metrics.elidedText(text, Qt::ElideRight, available);
        const qreal width = metrics.horizontalAdvance(shown);
        const qreal left = std::clamp(centre - width / 2, 6.0, std::max(6.0, m_chart->size().width() - 6 - width));
        painter->setFont(font);
        painter->drawText(QRectF(left, y, width + 2, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          shown);
        y += metrics.height() + kGap;
    };
    if (!m_title.isEmpty())
        line(titleFont(), m_title);
    if (!m_subtitle.isEmpty())
        line(subtitleFont(), m_subtitle);
    painter->restore();
}
