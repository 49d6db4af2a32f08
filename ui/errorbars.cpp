// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbars.h"

#include "barchart.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <cmath>

namespace ErrorBars {

double barCentre(int category, int set, int setCount, double barWidth)
{
    return category - barWidth / 2 + (set + 0.5) / setCount * barWidth;
}

QList<QLineSeries *> add(BarChart *chart, const QList<QList<QPair<double, double>>> &intervals, bool dark)
{
    QList<QLineSeries *> added;
    QAbstractBarSeries *bars = chart->series();
    if (!bars || !chart->categoryAxis() || !chart->valueAxis())
        return added;
    const int setCount = int(bars->count());
    const double width = bars->barWidth();
    const double cap = width / setCount * 0.3; // half the cap's width
    const QPen pen(dark ? QColor(0xF0F0F0) : QColor(0x202020), 1.2);
    double highest = 0;
    for (int set = 0; set < setCount && set < intervals.size(); ++set) {
        for (int category = 0; category < intervals[set].size(); ++category) {
            const auto [low, high] = intervals[set][category];
            if (std::isnan(low) || std::isnan(high))
                continue;
            const double x = barCentre(category, set, setCount, width);
            auto *line = new QLineSeries;
            // One polyline: lower cap, the stem, upper cap.
            line->append({QPointF(x - cap, low), QPointF(x + cap, low), QPointF(x, low), QPointF(x, high),
                          QPointF(x - cap, high), QPointF(x + cap, high)});
            chart->chart()->addSeries(line);
            line->attachAxis(chart->categoryAxis());
            line->attachAxis(chart->valueAxis());
            line->setPen(pen);
            for (QLegendMarker *marker : chart->chart()->legend()->markers(line))
                marker->setVisible(false);
            added.append(line);
            highest = std::max(highest, high);
        }
    }
    if (auto *axis = qobject_cast<QValueAxis *>(chart->valueAxis()); axis && highest > axis->max())
        axis->setMax(highest * 1.05);
    if (auto *axis = qobject_cast<QLogValueAxis *>(chart->valueAxis()); axis && highest > axis->max())
        axis->setMax(std::pow(10.0, std::ceil(std::log10(highest * 1.05))));
    return added;
}

} // namespace ErrorBars
