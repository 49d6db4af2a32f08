// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfactory.h"

#include <QChart>
#include <QLegend>
#include <QLogValueAxis>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace ChartFactory {

QChart *createChart(bool dark)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    applyTheme(chart, dark);
    return chart;
}

void applyTheme(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QColor seriesColor(int index)
{
    // Okabe-Ito (minus black) then Paul Tol's "muted" extras: distinguishable
    // for common colour-vision deficiencies and on both themes.
    static constexpr std::array<QRgb, kPaletteSize> colors = {
        0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00,
        0xF0E442, 0x882255, 0x44AA99, 0x999933, 0xAA4499, 0x888888};
    return QColor(colors[std::size_t(index % kPaletteSize)]);
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

int categoriesPerPage(int width, int setCount, bool compact)
{
    if (width <= 0)
        width = 1200; // not laid out yet
    const int minBar = compact ? 4 : 10;
    const int gap = compact ? 8 : 16;
    const int plotWidth = std::max(200, width - (compact ? 60 : 260)); // value axis and side legend
    return std::max(1, plotWidth / (std::max(1, setCount) * minBar + gap));
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

std::pair<double, double> linearRange(double maxValue)
{
    if (!(maxValue > 0))
        return {0, 1};
    // Round up to 1, 2, 2.5 or 5 × 10^k so that the ticks are round numbers.
    const double target = maxValue * 1.05;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= target)
            return {0, step * magnitude};
    }
    return {0, 10 * magnitude};
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
    axis->setRange(low, high);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    return axis;
}

} // namespace ChartFactory
