// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "hardwaremodel.h"

class DotPlot;
class EmptyStateStack;
class EnvironmentModel;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

/// Draws a HardwareModel (core/models/hardwaremodel.h) as a dot plot: a row per model
/// (or method), a dot per hardware in its session colour on one shared time
/// axis, and beside it a table of the speed-up of each category's fastest
/// hardware against every other machine. Nothing is paged: rows that do not
/// fit scroll under a fixed axis, exports fit them all. Below both, each
/// shown machine's environment as its method rows state it (EnvironmentModel).
class HardwareTab : public ChartTab
{
    Q_OBJECT
public:
    using Categories = HardwareModel::Categories;
    using Sort = HardwareModel::Sort;
    /// Automatic: log when the largest value is more than 10× the smallest.
    enum class Scale { Automatic, Linear, Log };

    explicit HardwareTab(QWidget *parent = nullptr);
    ~HardwareTab() override;

    QString exportName() const override { return QStringLiteral("hardware"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void renderForExport(QPainter *painter, const QRectF &target) override;
    ChartCsv::Table chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// One method by name; empty = all methods.
    void setMethod(const QString &method);
    void setCategories(Categories categories);
    void setSort(Sort sort);
    void setScale(Scale scale);
    void setLogScale(bool log) { setScale(log ? Scale::Log : Scale::Linear); }
    void setCompact(bool compact);

    Scale scale() const { return m_scale; }
    /// Whether the axis is logarithmic now (the automatic choice resolved).
    bool logScale() const { return m_log; }
    DotPlot *dotPlot() const { return m_plot; }
    QTableWidget *speedUpTable() const { return m_speedUpTable; }
    EmptyStateStack *stateStack() const { return m_stack; }
    /// One line per category with two or more hardware: "BART: H200 is 3.2× faster than T4".
    QStringList speedUps() const { return m_speedUps; }
    /// What the chart draws.
    const HardwareModel *model() const { return m_model; }
    /// Each shown machine's CPU, cores, memory, GPU, torch and CUDA.
    const EnvironmentModel *environmentModel() const { return m_environment; }
    QTableView *environmentView() const { return m_environmentView; }

private:
    void rebuild();
    void syncControls();
    void updateEnvironment();

    HardwareModel *m_model;
    Scale m_scale = Scale::Automatic;
    bool m_log = false;
    bool m_compact = false;
    QStringList m_speedUps;

    QWidget *m_controls;
    QComboBox *m_methodBox;
    QComboBox *m_categoriesBox;
    QComboBox *m_sortBox;
    QComboBox *m_scaleBox;
    QWidget *m_content;
    DotPlot *m_plot;
    QTableWidget *m_speedUpTable;
    EnvironmentModel *m_environment;
    QLabel *m_environmentTitle;
    QTableView *m_environmentView;
    EmptyStateStack *m_stack;
};
