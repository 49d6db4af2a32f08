// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "comparison.h"

#include <QFutureWatcher>
#include <QHash>

class ComparisonModel;
class EmptyStateStack;
class FilterState;
class Pager;
class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

/// Baseline run vs candidate run, chosen among the loaded sources: a chart of
/// candidate/baseline median ratios per matched group (log axis, bars growing
/// from 1×, coloured by verdict) above the table of `attriscope compare`.
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
    ComparisonModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QChart *chart() const { return m_chart; }
    EmptyStateStack *stateStack() const { return m_stack; }
    /// The bars of the page shown, top to bottom, and the verdict of each.
    QList<QAreaSeries *> bars() const { return m_bars; }
    QList<GroupComparison::Verdict> barVerdicts() const { return m_barVerdicts; }
    QString summaryText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncSources();
    void recompute();
    void compareBuilt();
    void rebuildChart();
    int perPage() const;
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
    std::vector<int> m_chartRows; ///< rows of m_comparison with a ratio, in chart order
    QList<QAreaSeries *> m_bars;
    QList<GroupComparison::Verdict> m_barVerdicts;
    int m_perPage = 0;
    bool m_dark = false;

    QWidget *m_controls;
    QComboBox *m_baselineBox;
    QComboBox *m_candidateBox;
    QDoubleSpinBox *m_thresholdBox;
    QDoubleSpinBox *m_alphaBox;
    QLabel *m_summary;
    Pager *m_pager;
    QChart *m_chart;
    QChartView *m_view;
    ComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QWidget *m_content;
    EmptyStateStack *m_stack;
};
