// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "heatmapmodel.h"

class EmptyStateStack;
class HeatmapView;
class QComboBox;
class QLabel;

/// Tokens/s of every (method, model) as a colour-coded grid (Qt Charts has no
/// heatmap): HeatmapModel drawn by HeatmapView, one hardware at a time or every
/// hardware side by side on one colour scale.
class HeatmapTab : public ChartTab
{
    Q_OBJECT
public:
    /// Auto: every hardware side by side when that stays readable (see
    /// sideBySideByDefault()), else one at a time.
    enum class Panels { Auto, All, One };
    Q_ENUM(Panels)

    explicit HeatmapTab(QWidget *parent = nullptr);
    ~HeatmapTab() override;

    QString exportName() const override { return QStringLiteral("heatmap"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// One hardware by name; an unknown or empty name picks the first available.
    void setHardware(const QString &hardware);
    void setPanels(Panels panels);
    void setMedian(bool median);
    void setLogScale(bool log);
    void setScale(HeatmapModel::Scale scale);
    void setOrder(HeatmapModel::Order order);
    void setCompact(bool compact);

    Panels panels() const { return m_panels; }
    /// Whether every hardware is drawn side by side now (Auto resolved).
    bool sideBySide() const;
    /// The Auto rule: 2 to 6 machines, and at most 60 columns over all
    /// panels, so each column label keeps a readable size at 1280 px.
    static bool sideBySideByDefault(const HeatmapModel &model);

    HeatmapModel *model() const { return m_model; }
    HeatmapView *view() const { return m_view; }
    EmptyStateStack *stateStack() const { return m_stack; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void syncControls();
    void applyPalette();

    DatasetPtr m_dataset;
    QString m_wantedHardware; // as chosen or restored, kept while absent from the data
    Panels m_panels = Panels::Auto;
    bool m_dark = false;
    bool m_compact = false;

    HeatmapModel *m_model;
    QWidget *m_controls;
    QComboBox *m_hardwareBox;
    QComboBox *m_aggregateBox;
    QComboBox *m_scaleBox;
    QComboBox *m_orderBox;
    QWidget *m_content;
    QLabel *m_title;
    HeatmapView *m_view;
    EmptyStateStack *m_stack;
};
