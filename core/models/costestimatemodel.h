// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costestimate.h"
#include "tablemodel.h"

#include <vector>

/// The rows of CostEstimate::compute (one per group with a fit, fastest
/// first): predicted time per prompt, total and its range for N prompts of T
/// tokens. Display text carries units; SortRole raw seconds; FieldNameRole the
/// field names of `attriscope estimate --format json` where a column is one field.
class CostEstimateModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        PerPromptColumn,
        TotalColumn,
        RangeColumn,   ///< "lo – hi"; sorts by lo
        R2Column,
        NColumn,
        NoteColumn,    ///< "extrapolated" when T is outside the fitted tokens, "weak fit" under r² 0.5
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CostEstimateModel(QObject *parent = nullptr);

    void setEstimates(const std::vector<CostEstimate> &estimates);
    const std::vector<CostEstimate> &estimates() const { return m_estimates; }

private:
    void compute() override;
    int rows() const override { return int(m_estimates.size()); }
    QVariant cell(int row, int column, int role) const override;

    std::vector<CostEstimate> m_next; ///< set by setEstimates(), shown from the next compute()
    std::vector<CostEstimate> m_estimates;
};
