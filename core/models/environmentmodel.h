// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "environment.h"
#include "tablemodel.h"

/// The Hardware tab's environment table: one row per machine among the shown
/// groups, with what its method rows state (Environment::fromSources):
/// platform, CPU, cores, memory, GPU, torch, CUDA, MPS. "—" where no row says.
class EnvironmentModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { HardwareColumn, PlatformColumn, CpuColumn, CoresColumn, MemoryColumn, GpuColumn, TorchColumn,
                  CudaColumn, MpsColumn, ColumnCount };
    Q_ENUM(Column)

    explicit EnvironmentModel(QObject *parent = nullptr);

    /// The machines of `groups` (indices into dataset->groups()), sorted by name.
    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    const std::vector<MachineEnvironment> &machines() const { return m_machines; }

protected:
    void compute() override;
    int rows() const override { return int(m_machines.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    std::vector<MachineEnvironment> m_machines;
};
