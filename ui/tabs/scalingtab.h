// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "scalingmodel.h"
#include "pointlayer.h"

class CostEstimateModel;
class EmptyStateStack;
class LegendLayer;
class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QValueAxis;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QScatterSeries;
class QSpinBox;
class QTableView;

/// Time per prompt against input tokens: the prompts as points (one series
/// per group when there are few, else per method) with each group's
/// least-squares line over the tokens it saw; below, the cost estimator
/// (N prompts of T tokens → predicted total per model × method × hardware).
class ScalingTab : public ChartTab
{
    Q_OBJECT
public:
    explicit ScalingTab(QWidget *parent = nullptr);
    ~ScalingTab() override;

    QString exportName() const override { return QStringLiteral("scaling"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// One hardware by name; empty = all.
    void setHardware(const QString &hardware);
    void setLogScale(bool log);
    /// Whose fitted lines are drawn (ScalingModel::Lines); `model` for Auto and OneModel.
    void setLines(ScalingModel::Lines lines, const QString &model = {});
    QComboBox *linesBox() const { return m_linesBox; }
    /// The estimator's inputs. Setting the tokens stops them following the data.
    void setEstimateInputs(qint64 prompts, double tokens);
    qint64 estimatePrompts() const;
    double estimateTokens() const;

    /// At most this many groups get a series each; more are drawn per method.
    static constexpr int kMaxGroupSeries = int(ScalingModel::kMaxGroupSeries);

    QChart *chart() const { return m_chart; }
    /// The points drawn, one group per legend entry (same order).
    PointLayer *pointLayer() const { return m_pointLayer; }
    QString emptyReason() const override;
    LegendLayer *legend() const { return m_legend; }
    /// The fitted lines drawn (by the point layer), in the order of fitLineGroups().
    QList<PointLayer::Line> fitLines() const;
    /// Group index (into the dataset) of each fitted line.
    QList<int> fitLineGroups() const { return m_lineGroups; }
    CostEstimateModel *estimateModel() const { return m_estimates; }
    /// What the chart draws.
    const ScalingModel *model() const { return m_model; }
    QTableView *estimateView() const { return m_estimateView; }
    QLabel *rangeWarning() const { return m_warning; }
    EmptyStateStack *stateStack() const { return m_stack; }

private:
    void makeAxes();
    void syncControls();
    void rebuild();
    void updateEstimates();

    ScalingModel *m_model;
    bool m_log = true;
    bool m_dark = false;
    bool m_tokensTouched = false;

    QList<int> m_lineGroups;

    QComboBox *m_hardwareBox;
    QCheckBox *m_logBox;
    QComboBox *m_linesBox;
    QChart *m_chart;
    // The axes and anchor series of the current refresh (made by makeAxes()).
    QValueAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    QAbstractSeries *m_anchor = nullptr; ///< one empty series that places the layers on the axes
    PointLayer *m_pointLayer;
    LegendLayer *m_legend;
    QChartView *m_view;
    QSpinBox *m_promptsBox;
    QDoubleSpinBox *m_tokensBox;
    QLabel *m_warning;
    CostEstimateModel *m_estimates;
    QTableView *m_estimateView;
    EmptyStateStack *m_stack;
};
