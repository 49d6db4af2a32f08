// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

class BarChart;
class QLineSeries;

/// Intervals drawn over the bars of a BarChart (e.g. the 95 % interval of a
/// median): a thin vertical line with caps, centred on each bar.
namespace ErrorBars {
/// `intervals[set][category]` = (low, high); NaN draws nothing. Call after
/// BarChart::setChartData (which removes them again). Widens the value axis
/// when an interval ends above it. Returns the series added, one per bar.
QList<QLineSeries *> add(BarChart *chart, const QList<QList<QPair<double, double>>> &intervals, bool dark);
/// The x of a bar's centre in category-axis units (Qt Charts' grouped layout).
double barCentre(int category, int set, int setCount, double barWidth);
} // namespace ErrorBars
