// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include "namecolors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPen>
#include <QLegend>
#include <QLogValueAxis>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ChartFactory {

QChart *createChart(bool dark)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    applyTheme(chart, dark);
    return chart;
}

ChartColors chartColors(bool dark)
{
    if (dark)
        return {QColor(0x26, 0x26, 0x26), QColor(0xE6, 0xE6, 0xE6), QColor(0xB4, 0xB4, 0xB4),
                QColor(0x44, 0x44, 0x44), QColor(0x33, 0x33, 0x33), QColor(0x8A, 0x8A, 0x8A)};
    return {QColor(0xFF, 0xFF, 0xFF), QColor(0x1F, 0x1F, 0x1F), QColor(0x55, 0x55, 0x55),
            QColor(0xE0, 0xE0, 0xE0), QColor(0xF0, 0xF0, 0xF0), QColor(0x8C, 0x8C, 0x8C)};
}

void applyTheme(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const ChartColors colors = chartColors(dark);
    // The stock themes paint a gradient (bluish in the dark one): a flat
    // background that matches the palette instead.
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(kChartMargins);
    QFont titleFont = QGuiApplication::font();
    titleFont.setPointSizeF(titlePointSize(false));
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(colors.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(colors.text);
    styleAxes(chart, dark);
}

void styleAxes(QChart *chart, bool dark, bool compact)
{
    const ChartColors colors = chartColors(dark);
    QFont labelFont = QGuiApplication::font();
    labelFont.setPointSizeF(labelPointSize(compact));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(colors.text);
        axis->setLabelsColor(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePen(QPen(colors.axisLine, 1));
        axis->setGridLinePen(QPen(colors.grid, 1));
        axis->setMinorGridLinePen(QPen(colors.minorGrid, 1));
        axis->setShadesVisible(false);
        // Keep a tab's own label size (compact overview charts set theirs);
        // only the family follows the UI font.
        QFont font = axis->labelsFont();
        font.setFamilies(labelFont.families());
        axis->setLabelsFont(font);
        QFont title = axis->titleFont();
        title.setFamilies(labelFont.families());
        title.setBold(true);
        axis->setTitleFont(title);
    }
}

QColor seriesColor(int index)
{
    return NameColors::slotColor(Dimension::Method, index);
}

QString shortLabel(const QString &name, int maxChars)
{
    if (name.size() <= maxChars)
        return name;
    return name.left(maxChars - 1) + QChar(0x2026);
}

QStringList uniqueLabels(const QStringList &labels)
{
    QStringList result;
    QSet<QString> seen;
    for (QString label : labels) {
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        result.append(label);
    }
    return result;
}

QString wrapLabel(const QString &label, int maxChars)
{
    if (label.size() <= maxChars || label.contains(QStringLiteral("<br>")))
        return label;
    int best = -1;
    for (int i = 1; i + 1 < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(' ')) {
            if (best < 0 || std::abs(i - label.size() / 2) < std::abs(best - label.size() / 2))
                best = i;
        }
    }
    if (best < 0)
        return label;
    return label.left(best + 1).toHtmlEscaped() + QStringLiteral("<br>") + label.mid(best + 1).toHtmlEscaped();
}

qreal labelPointSize(bool compact)
{
    const qreal base = QGuiApplication::font().pointSizeF() > 0 ? QGuiApplication::font().pointSizeF() : 9;
    return compact ? std::max<qreal>(6.5, base - 1.5) : base;
}

qreal titlePointSize(bool compact)
{
    return labelPointSize(compact) + 2;
}

QString seriesNote(std::size_t total)
{
    if (total <= kMaxSeries)
        return {};
    return QCoreApplication::translate("ChartFactory", "Showing the first %1 of %2 series by name; filter to see others.")
        .arg(QString::number(kMaxSeries), QString::number(total));
}

std::pair<double, double> logRange(double minPositive, double maxValue)
{
    if (!(minPositive > 0) || !(maxValue > 0))
        return {0.1, 10};
    const double low = std::pow(10.0, std::floor(std::log10(minPositive)) - 1);
    double high = std::pow(10.0, std::ceil(std::log10(maxValue)));
    if (high < maxValue * 1.0001) // a power of ten: leave room above the top bar
        high *= 10;
    return {low, high};
}

NiceRange niceRange(double low, double high, int ticks)
{
    if (!(high > low) || !std::isfinite(low) || !std::isfinite(high) || ticks < 2)
        return {low, high, std::max(ticks, 2)};
    // The nearest of 1, 2, 5 and 10 times a power of ten: rounded, or the
    // smallest such number not below x.
    const auto nice = [](double x, bool round) {
        const double power = std::pow(10.0, std::floor(std::log10(x)));
        const double f = x / power;
        const double n = round ? (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10)
                               : (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10);
        return n * power;
    };
    const double step = nice(nice(high - low, false) / (ticks - 1), true);
    const double from = std::floor(low / step) * step;
    const double to = std::ceil(high / step) * step;
    return {from, to, int(std::lround((to - from) / step)) + 1};
}

void setNiceRange(QValueAxis *axis, double low, double high, int ticks)
{
    const NiceRange nice = niceRange(low, high, ticks);
    axis->setTickCount(nice.ticks);
    axis->setRange(nice.from, nice.to);
}

std::pair<double, double> logBounds(double low, double high)
{
    const auto step = [](double v, bool up) {
        const double d = std::pow(10.0, std::floor(std::log10(v)));
        if (up)
            return v <= d ? d : v <= 2 * d ? 2 * d : v <= 5 * d ? 5 * d : 10 * d;
        return v >= 5 * d ? 5 * d : v >= 2 * d ? 2 * d : d;
    };
    const double lo = step(low / 1.15, false);
    double hi = step(high * 1.15, true);
    if (hi <= lo)
        hi = lo * 10;
    return {lo, hi};
}

std::pair<double, double> linearRange(double maxValue)
{
    if (!(maxValue > 0))
        return {0, 1};
    // A little head room above the highest bar; createValueAxis rounds the ticks.
    return {0, maxValue * 1.05};
}

QAbstractAxis *createValueAxis(const QString &title, bool log, double minPositive, double maxValue)
{
    if (log) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(8);
        const auto [low, high] = logRange(minPositive, maxValue);
        axis->setRange(low, high);
        axis->setTitleText(title);
        return axis;
    }
    auto *axis = new QValueAxis;
    const auto [low, high] = linearRange(maxValue);
    setNiceRange(axis, low, high, 6); // round ticks; may tighten the range, never below the data
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    return axis;
}

} // namespace ChartFactory
