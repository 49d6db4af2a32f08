// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

/// The method_timing rows of every loaded source. FieldNameRole gives the
/// rows' field names as the TokenLense API writes them ("source": the file).
class MethodTimingModel : public TableModel
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

private:
    void compute() override;
    int rows() const override { return m_dataset ? int(m_dataset->methodRowCount()) : 0; }
    QVariant cell(int row, int column, int role) const override;

    DatasetPtr m_next; ///< set by setDataset(), shown from the next compute()
    DatasetPtr m_dataset;
};
