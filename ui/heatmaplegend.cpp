// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmaplegend.h"

#include "format.h"
#include "heatmapmodel.h"

#include <QLinearGradient>
#include <QPainter>

#include <cmath>

HeatmapLegend::HeatmapLegend(QWidget *parent)
    : QWidget(parent)
    , m_min(qQNaN())
    , m_max(qQNaN())
{
    setAccessibleName(tr("Colour legend"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setMaximumHeight(360); // a key, not a second chart: it need not run the full height
}

HeatmapLegend::~HeatmapLegend() = default;

void HeatmapLegend::setRange(double minimum, double maximum, bool log)
{
    m_min = minimum;
    m_max = maximum;
    m_log = log;
    setAccessibleDescription(tr("From %1 (lightest) to %2 (darkest)")
                                 .arg(Format::tokensPerSecond(minimum), Format::tokensPerSecond(maximum)));
    setToolTip(accessibleDescription());
    update();
}

void HeatmapLegend::setDarkTheme(bool dark)
{
    m_dark = dark;
    update();
}

QSize HeatmapLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("0000.000 (max)")) + 36, 300};
}

QSize HeatmapLegend::minimumSizeHint() const
{
    return {sizeHint().width(), 120};
}

void HeatmapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = m_dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x20, 0x20, 0x20);
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(0, 0, width(), line), Qt::AlignLeft, tr("tokens/s"));
    painter.setFont(font());

    const QRect bar(2, line * 2, 16, std::max(40, height() - line * 4 - 30));
    if (std::isnan(m_min)) {
        painter.drawText(QRect(0, bar.top(), width(), line), Qt::AlignLeft, tr("no values"));
    } else {
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, HeatmapModel::rampColor(i / 8.0));
        painter.fillRect(bar, gradient);
        painter.setPen(text);
        painter.drawRect(bar);
        const int x = bar.right() + 6;
        // Labels: max at the top, min at the bottom, the middle value between.
        const double middle = m_log && m_min > 0 ? std::sqrt(m_min * m_max) : (m_min + m_max) / 2;
        painter.drawText(QPoint(x, bar.top() + metrics.ascent() / 2), tr("%1 (max)").arg(Format::number(m_max, 4)));
        if (m_max > m_min)
            painter.drawText(QPoint(x, bar.center().y() + metrics.ascent() / 2), Format::number(middle, 4));
        painter.drawText(QPoint(x, bar.bottom() + metrics.ascent() / 2), tr("%1 (min)").arg(Format::number(m_min, 4)));
        painter.drawText(QPoint(bar.left(), bar.bottom() + line + 4), m_log ? tr("log scale") : tr("linear scale"));
    }
    // The "no data" swatch.
    const QRect swatch(2, height() - line - 4, 16, line);
    painter.fillRect(swatch, m_dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xdd, 0xdd, 0xdd));
    painter.drawRect(swatch);
    painter.drawText(QPoint(swatch.right() + 6, swatch.top() + metrics.ascent()), tr("no data"));
}
