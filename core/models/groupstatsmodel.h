// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

/// One row per group of the dataset, with its statistics (docs/metrics.md).
/// Display text carries units; SortRole gives raw numbers; FieldNameRole the
/// field names of `attriscope report --format json`.
class GroupStatsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        PromptsColumn,
        SuccessfulColumn,
        SuccessRateColumn,
        MeanTimeColumn,
        MedianTimeColumn,
        MinTimeColumn,
        MaxTimeColumn,
        P95TimeColumn,
        StdTimeColumn,
        MeanTokensPerSecondColumn,
        MedianTokensPerSecondColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GroupStatsModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    DatasetPtr dataset() const { return m_dataset; }

    /// The raw value of a column for a group; NaN when missing. Counts as doubles.
    static double value(const GroupStats &group, Column column);

private:
    void compute() override;
    int rows() const override { return m_dataset ? int(m_dataset->groups().size()) : 0; }
    QVariant cell(int row, int column, int role) const override;

    DatasetPtr m_next; ///< set by setDataset(), shown from the next compute()
    DatasetPtr m_dataset;
};
