// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "distributionmodel.h"

class BoxPlotChart;
class EmptyStateStack;
class PointLayer;
class QCheckBox;
class QComboBox;

/// Box plots of the per-prompt times (DistributionModel). Every model: methods
/// along the axis, one box per model, for one hardware at a time (or every
/// hardware as its own categories, never pooled). One model (the automatic
/// choice past DistributionModel::kAllModels models): its methods down the
/// left, a box per hardware. Whiskers reach the furthest time within 1.5 IQR
/// of the box; times beyond are drawn as points.
class DistributionTab : public ChartTab
{
    Q_OBJECT
public:
    explicit DistributionTab(QWidget *parent = nullptr);
    ~DistributionTab() override;

    QString exportName() const override { return QStringLiteral("distribution"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// One hardware by name; empty = every hardware side by side.
    void setHardware(const QString &hardware);
    QString hardware() const { return m_model->shownHardware(); }
    void setLogScale(bool log);
    /// One model by name; empty = every model.
    void setModel(const QString &model);

    /// What the chart draws.
    const DistributionModel *model() const { return m_model; }

    BoxPlotChart *boxChart() const { return m_chart; }
    /// The outliers: one point group per model (same order as the box series), x
    /// the box's centre in category units; groups may be empty.
    PointLayer *outlierLayer() const { return m_outlierLayer; }
    EmptyStateStack *stateStack() const { return m_stack; }

private:
    void syncControls();
    void rebuild();

    DistributionModel *m_model;
    bool m_log = true;
    bool m_dark = false;
    PointLayer *m_outlierLayer = nullptr;

    QComboBox *m_modelBox;
    QComboBox *m_hardwareBox;
    QCheckBox *m_logBox;
    BoxPlotChart *m_chart;
    EmptyStateStack *m_stack;
};
