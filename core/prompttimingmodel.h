// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QAbstractTableModel>

/// The prompt_timing rows of every loaded source, read straight from the
/// column store (no copy per row).
class PromptTimingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        PromptIdColumn,
        TokensColumn,
        TimeColumn,
        TokensPerSecondColumn,
        SuccessColumn,
        PromptColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PromptTimingModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DatasetPtr m_dataset;
};
