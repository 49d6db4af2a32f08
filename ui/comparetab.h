// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "comparison.h"

#include <QFutureWatcher>
#include <QHash>

class ComparisonModel;
class DotPlot;
class EmptyStateStack;
class FilterState;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

/// Baseline run vs candidate run, chosen among the loaded sources: a dot plot
/// of candidate/baseline median ratios of every matched group (log axis
/// symmetric around 1×, one panel per hardware, coloured by verdict, never
/// paged) above the table of `attriscope compare`.
/// Each side is its own Dataset (built off the GUI thread when large); the
/// window's filter applies to both.
class CompareTab : public ChartTab
{
    Q_OBJECT
public:
    explicit CompareTab(QWidget *parent = nullptr);
    ~CompareTab() override;

    QString exportName() const override { return QStringLiteral("compare"); }
    QString title() const override;
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;
    void setDarkTheme(bool dark) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    /// Source names (SourceData::name) of the two sides.
    void setSources(const QString &baseline, const QString &candidate);
    /// Two runs from the history (HistoryStore::loadRun) as baseline and
    /// candidate, offered beside the loaded sources under these names.
    void setHistoryRuns(const DatasetPtr &baseline, const QString &baselineName, const DatasetPtr &candidate,
                        const QString &candidateName);
    /// The window's filter, applied to history runs by name (loaded sources
    /// follow the filtered groups given to setData()).
    void setFilter(const FilterState *filter) { m_filter = filter; }
    QString baselineSource() const;
    QString candidateSource() const;
    void setThreshold(double percent);
    void setAlpha(double alpha);

    const Comparison &comparison() const { return m_comparison; }
    QString emptyReason() const override;
    ChartCsv::Table chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const override;
    ComparisonModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    EmptyStateStack *stateStack() const { return m_stack; }
    /// The ratio chart: every matched group with a ratio, never paged.
    DotPlot *plot() const { return m_plot; }
    /// The verdict of each of the plot's dots, in the order of its dots.
    QList<GroupComparison::Verdict> dotVerdicts() const { return m_dotVerdicts; }
    /// Whether the plot has a row per model and method (else per model).
    bool rowsPerMethod() const { return m_rowsPerMethod; }
    QString summaryText() const;
    void renderForExport(QPainter *painter, const QRectF &target) override;

private:
    void syncSources();
    void recompute();
    void compareBuilt();
    void rebuildChart();
    /// The history run shown under `name`, or null.
    DatasetPtr historyRun(const QString &name) const;

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    QString m_wantBaseline, m_wantCandidate; ///< kept while the sources come and go
    QList<QPair<QString, DatasetPtr>> m_historyRuns; ///< runs from the history, by name
    const FilterState *m_filter = nullptr;
    QHash<const SourceData *, DatasetPtr> m_built; ///< one Dataset per source, by identity
    QList<SourceDataPtr> m_builtKeep;               ///< keeps the keys of m_built alive
    QFutureWatcher<QList<DatasetPtr>> m_buildWatcher;
    int m_buildJob = 0;
    Comparison m_comparison;
    QList<GroupComparison::Verdict> m_dotVerdicts;
    bool m_rowsPerMethod = true;
    bool m_dark = false;

    QWidget *m_controls;
    QComboBox *m_baselineBox;
    QComboBox *m_candidateBox;
    QDoubleSpinBox *m_thresholdBox;
    QDoubleSpinBox *m_alphaBox;
    QLabel *m_summary;
    DotPlot *m_plot;
    ComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QWidget *m_content;
    EmptyStateStack *m_stack;
};
