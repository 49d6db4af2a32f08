// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "heatmapmodel.h"

class QHeaderView;
class EmptyStateStack;
class HeatmapDelegate;
class HeatmapLegend;
class QComboBox;
class QLabel;
class QTableView;

/// Tokens/s of every (method, model) on one hardware at a time, as a
/// colour-coded table (Qt Charts has no heatmap): HeatmapModel through a
/// QTableView with HeatmapDelegate, and a colour legend beside it.
class HeatmapTab : public ChartTab
{
    Q_OBJECT
public:
    explicit HeatmapTab(QWidget *parent = nullptr);
    ~HeatmapTab() override;

    QString exportName() const override { return QStringLiteral("heatmap"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// Hardware by name; an unknown or empty name picks the first available.
    void setHardware(const QString &hardware);
    void setMedian(bool median);
    void setLogScale(bool log);
    void setScale(HeatmapModel::Scale scale);
    void setCompact(bool compact);

    HeatmapModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HeatmapLegend *legend() const { return m_legend; }
    EmptyStateStack *stateStack() const { return m_stack; }

private:
    void refresh();
    /// Sizes `count` sections of `across` cells each to their contents, or all alike when there are many.
    void fitSections(QHeaderView *header, int count, int across);
    void syncControls();
    void applyPalette();

    DatasetPtr m_dataset;
    QString m_wantedHardware; // as chosen or restored, kept while absent from the data
    bool m_dark = false;
    bool m_compact = false;

    HeatmapModel *m_model;
    QWidget *m_controls;
    QComboBox *m_hardwareBox;
    QComboBox *m_aggregateBox;
    QComboBox *m_scaleBox;
    QWidget *m_content;
    QLabel *m_title;
    QTableView *m_view;
    HeatmapDelegate *m_delegate;
    HeatmapLegend *m_legend;
    EmptyStateStack *m_stack;
};
