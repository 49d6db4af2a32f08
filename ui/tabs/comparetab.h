// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "comparison.h"

#include <QPointer>

class ComparisonModel;
class DotPlot;
class EmptyStateStack;
class FilterState;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class Workbench;

/// Baseline run vs candidate run, chosen among the loaded sources: a dot plot
/// of candidate/baseline median ratios of every matched group (log axis
/// symmetric around 1×, one panel per hardware, coloured by verdict, never
/// paged) above the table of `attriscope compare`.
/// Each side is its own Dataset, read from the session (Workbench::datasetOf,
/// built off the GUI thread when large); the window's filter applies to both.
/// Every loaded source is offered, ticked in the Sources list or not: Compare
/// never pools two runs.
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
    /// The window's session: its loaded sources are offered, their datasets
    /// read from it and its filter applied to both sides by name. Without
    /// one the tab keeps a session of its own, fed the sources of the dataset
    /// given to setData() and filtered by its groups.
    void setWorkbench(Workbench *session);
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
    /// The colour of a loaded source, as the Sources list shows it (invalid for a history run).
    QColor sourceColor(const QString &name) const;
    /// "● baseline → ● candidate" in HTML, each dot in its source's colour; shown above the summary.
    QString runsText() const;
    void renderForExport(QPainter *painter, const QRectF &target) override;

private:
    void syncSources();
    void recompute();
    void rebuildChart();
    /// The history run shown under `name`, or null.
    DatasetPtr historyRun(const QString &name) const;
    /// Names of the loaded sources of the window's session, or of the tab's own.
    QStringList loadedSources() const;
    /// The history run `name`, or the session's dataset of that source (null
    /// while it is built off the GUI thread).
    DatasetPtr datasetOf(const QString &name);
    void connectSession(Workbench *session);

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    QString m_wantBaseline, m_wantCandidate; ///< kept while the sources come and go
    QList<QPair<QString, DatasetPtr>> m_historyRuns; ///< runs from the history, by name
    QPointer<Workbench> m_session;     ///< the window's
    Workbench *m_ownSession = nullptr; ///< without the window's: the sources of setData()'s dataset
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
