// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QAbstractTableModel>

/// One row per group of the dataset, with its statistics (docs/metrics.md).
/// Display text carries units; TimingRoles::SortRole gives raw numbers.
class GroupStatsModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The raw value of a column for a group; NaN when missing. Counts as doubles.
    static double value(const GroupStats &group, Column column);

private:
    DatasetPtr m_dataset;
};
