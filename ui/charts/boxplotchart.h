// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

class BoxLayer;
class LegendLayer;
class QAbstractAxis;
class QBarCategoryAxis;
class QAbstractSeries;
class QChart;
class QChartView;

/// Five numbers of one box; `median` NaN = no box (nothing drawn).
struct BoxData
{
    double lower = 0;   ///< lower whisker end
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double upper = 0;   ///< upper whisker end
    QString tooltip;
};

/// One box per category (one legend entry).
struct BoxSeriesData
{
    QString name;
    QColor color;
    QList<BoxData> boxes;
};

struct BoxPlotData
{
    QString title;
    QString subtitle;
    QString valueTitle;
    QStringList categories;
    QList<BoxSeriesData> series;
    bool log = false;
    /// Categories down the left (first on top, full names on one line),
    /// values along the bottom: for many categories with long names.
    bool horizontal = false;
};

/// Box-and-whisker chart over categories, the boxes of each legend entry side
/// by side. The boxes are drawn by one BoxLayer item (a QBoxSet per box costs
/// a frame at a hundred boxes), the legend by a LegendLayer. Wraps QChartView
/// so Qt Charts stays behind our API.
class BoxPlotChart : public QWidget
{
    Q_OBJECT
public:
    explicit BoxPlotChart(QWidget *parent = nullptr);
    ~BoxPlotChart() override;

    void setChartData(const BoxPlotData &data);
    const BoxPlotData &chartData() const { return m_data; }
    void setDarkTheme(bool dark);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QAbstractAxis *valueAxis() const { return m_valueAxis; }
    /// The series (without box sets) that places the layers on the axes; null when empty.
    QAbstractSeries *anchorSeries() const { return m_anchor; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    BoxLayer *boxLayer() const { return m_boxLayer; }
    /// One entry per series of the data.
    LegendLayer *legend() const { return m_legend; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// Horizontal: category labels small enough that every row keeps its
    /// label (Qt Charts skips labels that overlap), down to 6.5 pt.
    void fitCategoryFont();
    /// Vertical: category names upright and whole when they do not fit their slot.
    void fitVerticalLabels();

    BoxPlotData m_data;
    QChart *m_chart;
    QChartView *m_view;
    BoxLayer *m_boxLayer;
    QAbstractAxis *m_valueAxis = nullptr;
    QAbstractSeries *m_anchor = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    LegendLayer *m_legend;
    bool m_dark = false;
    bool m_uprightLabels = false;
};
