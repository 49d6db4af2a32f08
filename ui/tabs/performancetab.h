// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "groupedbarmodel.h"

class DotPlot;
class EmptyStateStack;
class QCheckBox;
class QComboBox;

/// Draws a GroupedBarModel (core/models/groupedbarmodel.h says what it holds) as a
/// dot plot: a row per model (or method), one panel per hardware on one shared
/// value axis, a dot per method (or model) in its session colour. Nothing is
/// paged: rows that do not fit scroll under a fixed axis, exports fit them all.
/// The tab computes no statistic; it formats labels and tooltips.
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
    /// Log scale on, off, or automatic (log when the values span more than 10×).
    enum class Scale { Automatic, Linear, Log };
    void setScale(Scale scale);
    void setLogScale(bool log) { setScale(log ? Scale::Log : Scale::Linear); }
    /// Draws the 95 % interval of each median through its dot (median time only).
    void setErrorBars(bool on);
    /// One hardware by name; empty = every hardware side by side.
    void setHardware(const QString &hardware);
    /// Hides the options, fits every row (overview grid).
    void setCompact(bool compact);
    /// The names coloured when there are more than DotPlot::kAllColouredSeries.
    void setHighlighted(const QStringList &names);
    QStringList highlighted() const { return m_highlighted; }
    void renderForExport(QPainter *painter, const QRectF &target) override;

    GroupBy groupBy() const { return m_model->groupBy(); }
    Metric metric() const { return m_model->metric(); }
    Sort sort() const { return m_model->sort(); }
    Scale scale() const { return m_scale; }
    /// Whether the axis is logarithmic now (the automatic choice resolved).
    bool logScale() const;
    bool errorBars() const { return m_errorBars; }
    QString hardware() const { return m_model->hardware(); }
    /// What the chart draws.
    const GroupedBarModel *model() const { return m_model; }

    /// All categories of the model ("BART · Tesla T4"), as full labels.
    QStringList categories() const { return m_categoryLabels; }
    DotPlot *dotPlot() const { return m_plot; }
    EmptyStateStack *stateStack() const { return m_stack; }

    static bool higherIsBetter(Metric metric) { return GroupedBarModel::higherIsBetter(metric); }

private:
    void rebuild();
    void syncControls();

    GroupedBarModel *m_model;
    Scale m_scale = Scale::Automatic;
    bool m_log = false; // resolved from m_scale at the last rebuild
    bool m_errorBars = false;
    bool m_compact = false;
    QStringList m_highlighted;
    bool m_highlightChosen = false; // false: the default choice follows the data
    QStringList m_categoryLabels;   // "BART · Tesla T4"

    QWidget *m_controls;
    QComboBox *m_groupByBox;
    QComboBox *m_hardwareBox;
    QComboBox *m_metricBox;
    QComboBox *m_sortBox;
    QComboBox *m_scaleBox;
    QCheckBox *m_errorBarsBox;
    DotPlot *m_plot;
    EmptyStateStack *m_stack;
};
