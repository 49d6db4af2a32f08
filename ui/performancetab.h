// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "groupedbarmodel.h"

class BarChart;
class EmptyStateStack;
class Pager;
class QCheckBox;
class QComboBox;
class QLineSeries;
struct GroupStats;

/// Draws a GroupedBarModel (core/groupedbarmodel.h says what it holds): grouped
/// bars of one metric per group, paged through the categories when they would
/// not fit. The tab computes no statistic; it formats labels and tooltips.
class PerformanceTab : public ChartTab
{
    Q_OBJECT
public:
    using GroupBy = GroupedBarModel::GroupBy;
    using Metric = GroupedBarModel::Metric;
    using Sort = GroupedBarModel::Sort;

    explicit PerformanceTab(QWidget *parent = nullptr);
    ~PerformanceTab() override;

    QString exportName() const override { return QStringLiteral("performance"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    ChartCsv::Table chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    void setGroupBy(GroupBy groupBy);
    void setMetric(Metric metric);
    void setSort(Sort sort);
    void setLogScale(bool log);
    /// Draws the 95 % interval of each median over its bar (median time only).
    void setErrorBars(bool on);
    /// One hardware by name; empty = every hardware side by side.
    void setHardware(const QString &hardware);
    /// Hides the options and shows the first page only (overview grid).
    void setCompact(bool compact);

    GroupBy groupBy() const { return m_model->groupBy(); }
    Metric metric() const { return m_model->metric(); }
    Sort sort() const { return m_model->sort(); }
    bool logScale() const { return m_log; }
    bool errorBars() const { return m_errorBars; }
    /// The interval lines of the page shown, one per bar that has one.
    QList<QLineSeries *> errorBarSeries() const { return m_errorBarSeries; }
    QString hardware() const { return m_model->hardware(); }
    /// What the chart draws, every page.
    const GroupedBarModel *model() const { return m_model; }

    /// All categories in display order (every page), as full labels.
    QStringList categories() const { return m_categoryLabels; }
    BarChart *barChart() const { return m_chart; }
    Pager *pager() const { return m_pager; }
    EmptyStateStack *stateStack() const { return m_stack; }

    static bool higherIsBetter(Metric metric) { return GroupedBarModel::higherIsBetter(metric); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void showPage();
    void syncControls();
    int perPage() const;
    QString pagerItemName() const;

    GroupedBarModel *m_model;
    bool m_log = false;
    bool m_errorBars = false;
    bool m_dark = false;
    QList<QLineSeries *> m_errorBarSeries;
    bool m_compact = false;
    int m_perPage = 0; // categories per page the current layout was built for
    int m_labelWidth = 0;

    // The built chart over every page; showPage() cuts one page out.
    QStringList m_categoryLabels;   // "BART · Tesla T4"
    QStringList m_axisLabels;       // "BART<br>Tesla T4"
    struct Set
    {
        QString name;
        QList<double> values;       // per category
        QStringList tooltips;
        QList<QPair<double, double>> intervals; // per category: median_ci95, NaN when none
    };
    QList<Set> m_sets;

    QWidget *m_controls;
    QComboBox *m_groupByBox;
    QComboBox *m_hardwareBox;
    QComboBox *m_metricBox;
    QComboBox *m_sortBox;
    QCheckBox *m_logBox;
    QCheckBox *m_errorBarsBox;
    Pager *m_pager;
    BarChart *m_chart;
    EmptyStateStack *m_stack;
};
