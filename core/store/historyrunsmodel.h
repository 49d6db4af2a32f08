// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "tablemodel.h"

/// The stored runs, oldest first, one row each: id, label, when added, prompt
/// and method rows, sources, and what changed in the environment against the
/// run before it (per hardware: platform, CPU, cores, memory, GPU, torch,
/// CUDA, MPS; machines that came or went). A changed environment cell is bold
/// with a highlight background (Qt::BackgroundRole, for the palette of
/// setDark()); its tooltip lists each machine's whole environment.
class HistoryRunsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, LabelColumn, AddedColumn, PromptRowsColumn, MethodRowsColumn, SourcesColumn,
                  EnvironmentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RunIdRole = TableModel::FieldNameRole + 1, ///< the run's id (qint64), every column
        EnvironmentChangedRole,                    ///< bool: the environment differs from the previous run's
    };

    explicit HistoryRunsModel(QObject *parent = nullptr);

    /// A new list of runs, oldest first (HistoryStore::runs).
    void setRuns(const QList<HistoryRun> &runs);
    const QList<HistoryRun> &runs() const { return m_runs; }
    /// Colours of the highlight for a dark or a light palette.
    void setDark(bool dark);
    /// The row of run `id`, or -1.
    int rowOf(qint64 id) const;

    /// What changed from `previous` to `current`, one line per change
    /// ("gpu-node: torch 2.1.0 → 2.2.0"); empty when nothing did.
    static QStringList environmentChanges(const HistoryRun &previous, const HistoryRun &current);
    /// One machine's environment in a line: "gpu-node: Linux, Xeon, 32 cores, …".
    static QString environmentText(const HistoryEnvironment &environment);

protected:
    void compute() override;
    int rows() const override { return int(m_runs.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<HistoryRun> m_pending;
    QList<HistoryRun> m_runs;
    QList<QStringList> m_changes; ///< per row, against the row before it
    bool m_dark = false;
};
