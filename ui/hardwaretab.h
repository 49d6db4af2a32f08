// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "hardwaremodel.h"

class BarChart;
class EmptyStateStack;
class Pager;
class QCheckBox;
class QComboBox;
class QListWidget;

/// Draws a HardwareModel (core/hardwaremodel.h): for one method (or all), a
/// bar per hardware for each model (or method), grouped or stacked, with the
/// speed-up between the fastest and the slowest hardware of each category.
class HardwareTab : public ChartTab
{
    Q_OBJECT
public:
    using Categories = HardwareModel::Categories;

    explicit HardwareTab(QWidget *parent = nullptr);
    ~HardwareTab() override;

    QString exportName() const override { return QStringLiteral("hardware"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    ChartCsv::Table chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// One method by name; empty = all methods.
    void setMethod(const QString &method);
    void setCategories(Categories categories);
    void setStacked(bool stacked);
    void setLogScale(bool log);
    void setCompact(bool compact);

    BarChart *barChart() const { return m_chart; }
    EmptyStateStack *stateStack() const { return m_stack; }
    /// One line per category with two or more hardware: "BART: H200 is 3.2× faster than T4".
    QStringList speedUps() const { return m_speedUps; }
    /// What the chart draws, every page.
    const HardwareModel *model() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void showPage();
    void syncControls();
    int perPage() const;

    HardwareModel *m_model;
    bool m_stacked = false;
    bool m_log = false;
    bool m_compact = false;
    int m_perPage = 0;

    QStringList m_categoryLabels;
    QStringList m_hardwareNames;
    QString m_seriesNote; // says when hardware was left out (ChartFactory::kMaxSeries)
    QList<QList<double>> m_values;   // [hardware][category]
    QList<QStringList> m_tooltips;   // [hardware][category]
    QStringList m_speedUps;

    QWidget *m_controls;
    QComboBox *m_methodBox;
    QComboBox *m_categoriesBox;
    QComboBox *m_layoutBox;
    QCheckBox *m_logBox;
    Pager *m_pager;
    QWidget *m_content;
    BarChart *m_chart;
    QListWidget *m_speedUpList;
    EmptyStateStack *m_stack;
};
