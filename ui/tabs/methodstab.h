// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "methodboxmodel.h"

class BoxPlotChart;
class EmptyStateStack;
class QCheckBox;
class QComboBox;
class QTableWidget;

/// One method at a time: a models × hardware table of its mean times, and a
/// box plot of the per-prompt times of each (model, hardware). Quartiles use
/// the core's linear-interpolation quantile; whiskers reach the min and max.
class MethodsTab : public ChartTab
{
    Q_OBJECT
public:
    explicit MethodsTab(QWidget *parent = nullptr);
    ~MethodsTab() override;

    QString exportName() const override { return QStringLiteral("methods"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// Method by name; an unknown or empty name picks the first available.
    void setMethod(const QString &method);
    void setLogScale(bool log);
    QString currentMethod() const { return m_model->method(); }
    /// What the tab draws.
    const MethodBoxModel *model() const { return m_model; }

    BoxPlotChart *boxPlot() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    EmptyStateStack *stateStack() const { return m_stack; }

private:
    void rebuild();
    void showChart();

    MethodBoxModel *m_model;
    bool m_log = true;

    QWidget *m_controls;
    QComboBox *m_methodBox;
    QCheckBox *m_logBox;
    QWidget *m_content;
    QTableWidget *m_table;
    BoxPlotChart *m_chart;
    EmptyStateStack *m_stack;
};
