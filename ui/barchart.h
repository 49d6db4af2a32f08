// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class BarLayer;
class LegendLayer;
class TitleLayer;
class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;

/// One bar set (one legend entry): a value per category, NaN when missing.
struct BarSetData
{
    QString name;
    QColor color;
    QList<double> values;
    QStringList tooltips; ///< per category; shown on hover
};

/// Everything a bar chart shows. Built by the tabs from the groups; BarChart
/// turns it into Qt Charts objects.
struct BarChartData
{
    QString title;
    QString subtitle;    ///< e.g. "lower is better"
    QString valueTitle;  ///< value axis title with unit
    QStringList categories;
    QList<BarSetData> sets;
    bool log = false;     ///< log value axis (ignored when stacked)
    bool stacked = false;
    /// When set, the value axis spans at least [rangeMinPositive, rangeMax]:
    /// a paged chart passes the range of every page, so no page changes the scale.
    double rangeMinPositive = std::numeric_limits<double>::quiet_NaN();
    double rangeMax = std::numeric_limits<double>::quiet_NaN();
    /// The smallest positive and the largest value (or stack) of `sets` over
    /// every category, for rangeMinPositive and rangeMax.
    void setRangeFrom(const QList<QList<double>> &values, bool stacked);
};

/// A vertical grouped or stacked bar chart. Missing values draw no bar (at
/// the axis minimum on a log axis, where 0 does not exist); hovering a bar
/// shows its tooltip. Wraps QChartView so Qt Charts stays behind our API.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    void setChartData(const BarChartData &data);
    const BarChartData &chartData() const { return m_data; }
    void setDarkTheme(bool dark);
    /// Smaller fonts, for the overview grid.
    void setCompact(bool compact);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    /// The data as Qt Charts series: values, colours, tooltips on hovered().
    /// Not in the chart: BarLayer draws the bars.
    QAbstractBarSeries *series() const { return m_series; }
    BarLayer *bars() const { return m_bars; }
    /// The title and subtitle (drawn by a layer; QChart's own title stays empty).
    TitleLayer *titleLayer() const { return m_title; }
    QAbstractAxis *valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    /// The legend (drawn by a layer; QLegend stays hidden).
    LegendLayer *legend() const { return m_legend; }

private:
    void rebuild();
    void fitCategoryLabels();
    QStringList fittedLabels();

    BarChartData m_data;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    LegendLayer *m_legend = nullptr;
    BarLayer *m_bars = nullptr;
    TitleLayer *m_title = nullptr;
    QStringList m_rawLabels;  ///< category labels before eliding
    qreal m_fittedWidth = 0;  ///< plot width they were elided for
    QAbstractBarSeries *m_series = nullptr;
    QAbstractAxis *m_valueAxis = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    bool m_dark = false;
    bool m_compact = false;
};
