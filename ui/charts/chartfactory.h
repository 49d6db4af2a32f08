// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QMargins>
#include <QString>

class QValueAxis;

#include <cstddef>
#include <utility>
#include <vector>

class QAbstractAxis;
class QChart;

/// The one place that talks to Qt Charts about looks: chart creation, theme,
/// palette and value axes. Qt Charts is deprecated from Qt 6.10, so the tabs
/// go through here (and through BoxPlotChart) rather than calling
/// it all over the place.
namespace ChartFactory {

/// The colours a chart draws with, besides its series: a flat background
/// (no gradient), text, grid and axis lines. Light: white, near-black text,
/// light grey grid. Dark: #262626 (inside the #1E1E1E–#303030 range every name
/// colour keeps 3:1 contrast against), light grey text, dark grey grid.
struct ChartColors
{
    QColor background;
    QColor text;          ///< titles, axis titles and labels, legend
    QColor secondaryText; ///< subtitles and notes
    QColor grid;
    QColor minorGrid;
    QColor axisLine;
};
ChartColors chartColors(bool dark);

/// A chart without animations (exports must not catch a bar mid-flight).
QChart *createChart(bool dark);
/// Our chart look for a light or dark palette: flat background, fonts from the
/// application font, margins, and the axes styled by styleAxes(). Series
/// colours must be set again afterwards: a theme change overwrites them.
void applyTheme(QChart *chart, bool dark);
/// Colours and fonts of every axis attached to `chart` (call after adding axes).
void styleAxes(QChart *chart, bool dark, bool compact = false);

/// Colour of series i for charts of unnamed series: the i-th slot of the
/// methods' sequence (core/session/namecolors.h), never repeated. Named series take
/// their name's session colour (ChartTab::nameColor) instead.
QColor seriesColor(int index);
/// Space between a chart's edge and its contents (a legend layer adds its own).
inline const QMargins kChartMargins(6, 6, 6, 6);

/// `name` cut to `maxChars` with an ellipsis; full names go into tooltips.
QString shortLabel(const QString &name, int maxChars = 18);
/// Makes category labels unique (QBarCategoryAxis drops duplicates) by
/// appending invisible zero-width spaces to repeated ones.
QStringList uniqueLabels(const QStringList &labels);
/// A long category label broken into two lines ("a<br>b") at the separator
/// (_ - . space) nearest its middle, HTML-escaped; labels that already have
/// two lines or are short stay as they are.
QString wrapLabel(const QString &label, int maxChars = 14);
/// Series (colours) one chart or table shows at most: with a new name in every
/// group, series × categories was quadratic (200k × 200k cells).
inline constexpr std::size_t kMaxSeries = 40;
/// "Showing the first 40 of N …; filter to see others.", or empty when all are shown.
QString seriesNote(std::size_t total);
/// Point size of axis labels and legends: the application font's size
/// (1.5 pt smaller when compact), so the charts follow the UI font size.
qreal labelPointSize(bool compact);
/// Point size of chart titles: two points above the labels.
qreal titlePointSize(bool compact);

/// Log axis range for values in [minPositive, maxValue]: from a decade below
/// the smallest value (so the smallest bar is still a visible bar) up to the
/// next power of ten above the largest.
std::pair<double, double> logRange(double minPositive, double maxValue);
/// Log-axis bounds on the 1-2-5 ladder around [low, high] (15 % head room), so
/// no empty decade pads a chart of points (ticks stay at the powers of ten).
std::pair<double, double> logBounds(double low, double high);
/// Linear axis range from 0 to a little above maxValue.
std::pair<double, double> linearRange(double maxValue);

/// [low, high] widened to round ticks, about `ticks` of them (Heckbert's
/// "nice numbers", as QValueAxis::applyNiceNumbers): {from, to, tick count}.
struct NiceRange
{
    double from = 0;
    double to = 0;
    int ticks = 0;
};
NiceRange niceRange(double low, double high, int ticks);
/// Sets the axis to niceRange(low, high, ticks) at once: an unchanged range
/// costs no relayout of the chart (setRange then applyNiceNumbers changed it
/// twice on every refresh).
void setNiceRange(QValueAxis *axis, double low, double high, int ticks);

/// A value axis (QValueAxis or QLogValueAxis base 10) with title and range.
QAbstractAxis *createValueAxis(const QString &title, bool log, double minPositive, double maxValue);

} // namespace ChartFactory
