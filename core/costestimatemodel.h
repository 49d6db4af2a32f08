// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costestimate.h"

#include <QAbstractTableModel>

#include <vector>

/// The rows of CostEstimate::compute (one per group with a fit, fastest
/// first): predicted time per prompt, total and its range for N prompts of T
/// tokens. Display text carries units; TimingRoles::SortRole raw seconds.
class CostEstimateModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;


private:
    std::vector<CostEstimate> m_estimates;
};
