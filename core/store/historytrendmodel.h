// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historytrend.h"
#include "tablemodel.h"

/// The History tab's trend: one row per selected group and run, groups in the
/// order given, runs oldest first. Median time, its 95 % interval, n, and the
/// ratio and verdict against the group's run before (HistoryTrend::compute).
/// The trend chart draws these rows; it computes nothing itself.
class HistoryTrendModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, MethodColumn, HardwareColumn, RunColumn, LabelColumn, MedianColumn, CiLowColumn,
                  CiHighColumn, NColumn, RatioColumn, VerdictColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeriesRole = TableModel::FieldNameRole + 1, ///< int: the row's group, index into series()
        VerdictRole,                                ///< int: GroupComparison::Verdict against the previous run
    };

    explicit HistoryTrendModel(QObject *parent = nullptr);

    void setSeries(std::vector<HistoryTrendSeries> series);
    const std::vector<HistoryTrendSeries> &series() const { return m_series; }
    /// Regressions over all rows.
    int regressions() const;
    /// The text of a verdict against the previous run ("Regression", …; "first run").
    static QString verdictText(GroupComparison::Verdict verdict);

protected:
    void compute() override;
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<HistoryTrendSeries> m_pending;
    std::vector<HistoryTrendSeries> m_series;
    std::vector<std::pair<int, int>> m_rows; ///< (series, step)
};
