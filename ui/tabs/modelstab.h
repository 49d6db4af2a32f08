// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "modelrankmodel.h"

class DotPlot;
class EmptyStateStack;
class QCheckBox;
class QComboBox;
class QLabel;
class WrappedText;
class QTableWidget;

/// One model at a time: its methods ranked by mean time on each hardware, as
/// a table and as bars, with the model loading time shown apart (it is not
/// part of the attribution time).
class ModelsTab : public ChartTab
{
    Q_OBJECT
public:
    explicit ModelsTab(QWidget *parent = nullptr);
    ~ModelsTab() override;

    QString exportName() const override { return QStringLiteral("models"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// Model by name; an unknown or empty name picks the first available.
    void setModel(const QString &model);
    void setLogScale(bool log);
    QString currentModel() const { return m_model->model(); }
    /// What the tab draws.
    const ModelRankModel *model() const { return m_model; }

    DotPlot *dotPlot() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    WrappedText *loadingLabel() const { return m_loading; }
    EmptyStateStack *stateStack() const { return m_stack; }

private:
    void rebuild();

    ModelRankModel *m_model;
    bool m_log = true;

    QWidget *m_controls;
    QComboBox *m_modelBox;
    QCheckBox *m_logBox;
    QWidget *m_content;
    WrappedText *m_loading; // two lines at most: its height does not follow the model
    QTableWidget *m_table;
    DotPlot *m_chart;
    EmptyStateStack *m_stack;
};
