// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <vector>

/// What the Methods tab shows for one method: per model and hardware, the
/// box of its per-prompt times (quartiles by linear interpolation, whiskers
/// at min and max) and the group's mean time.
///
/// The method asked for is shown while the filter holds it; otherwise the
/// first method (by name) that the filter holds. The table is tidy: one row
/// per (model, hardware) that has a group, models in name order.
class MethodBoxModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        HardwareColumn,
        MetricColumn,
        CountColumn,
        MinColumn,
        Q1Column,
        MedianColumn,
        Q3Column,
        MaxColumn,
        MeanColumn,
        ColumnCount
    };
    struct Cell
    {
        int model = 0;    ///< index into models()
        int hardware = 0; ///< index into hardwareNames()
        int group = 0;    ///< index into Dataset::groups()
        qint64 n = 0;     ///< times in the box (0: no box, the mean may still come from method rows)
        double min = 0, q1 = 0, median = 0, q3 = 0, max = 0; ///< NaN without times
        double mean = 0;  ///< GroupStats::meanTime
    };

    explicit MethodBoxModel(QObject *parent = nullptr);
    ~MethodBoxModel() override;

    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// The method wanted; kept while the filter hides it.
    void setMethod(const QString &method);
    /// Hardware (colours) kept at most, the first by name; 0 keeps all (the default).
    void setMaxSeries(std::size_t max);
    /// Hardware there would be without the cap.
    std::size_t seriesTotal() const { return m_seriesTotal; }

    const DatasetPtr &dataset() const { return m_dataset; }
    QString wantedMethod() const { return m_wanted; }
    /// The method shown; empty when the filter holds none.
    QString method() const { return m_method; }
    /// Methods of the filtered groups, in name order.
    const QStringList &methods() const { return m_methods; }
    const QStringList &models() const { return m_models; }
    const QStringList &hardwareNames() const { return m_hardware; }
    /// Ordered by model, then hardware.
    const std::vector<Cell> &cells() const { return m_cells; }
    /// The cell of (model, hardware), or nullptr.
    const Cell *cellAt(int model, int hardware) const;

protected:
    int rows() const override { return int(m_cells.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    void compute() override;

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    std::size_t m_maxSeries = 0;
    std::size_t m_seriesTotal = 0;
    QString m_wanted;
    QString m_method;
    QStringList m_methods;
    QStringList m_models;
    QStringList m_hardware;
    std::vector<Cell> m_cells;
    std::vector<int> m_cellIndex; ///< [model * hardware count + hardware] -> cell or -1
};
