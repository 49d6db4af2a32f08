// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"

class HardwareTab;
class HeatmapTab;
class PerformanceTab;

/// Compact performance, heatmap and hardware charts in one grid. A double
/// click on one asks the main window to open its full tab.
class OverviewTab : public ChartTab
{
    Q_OBJECT
public:
    explicit OverviewTab(QWidget *parent = nullptr);
    ~OverviewTab() override;

    QString exportName() const override { return QStringLiteral("overview"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void setNameColors(std::shared_ptr<const NameColors> colors) override;

    PerformanceTab *performanceTab() const { return m_performance; }
    HeatmapTab *heatmapTab() const { return m_heatmap; }
    HardwareTab *hardwareTab() const { return m_hardware; }

Q_SIGNALS:
    /// The user double-clicked the compact chart of the tab `exportName`.
    void openTabRequested(const QString &exportName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(ChartTab *tab);

    QWidget *m_grid;
    PerformanceTab *m_performance;
    HeatmapTab *m_heatmap;
    HardwareTab *m_hardware;
};
