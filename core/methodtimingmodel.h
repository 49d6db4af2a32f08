// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QAbstractTableModel>

/// The method_timing rows of every loaded source.
class MethodTimingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        SuccessfulPromptsColumn,
        TotalPromptsColumn,
        SuccessRateColumn,
        AverageTimeColumn,
        AttributionTimeColumn,
        ModelLoadingTimeColumn,
        TotalTimeColumn,
        PlatformColumn,
        CpuModelColumn,
        GpuInfoColumn,
        TorchVersionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MethodTimingModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DatasetPtr m_dataset;
};
