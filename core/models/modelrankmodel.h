// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <vector>

/// What the Models tab shows for one model: the mean time per prompt of each
/// of its methods on each hardware, the method's rank there (1 = fastest on
/// that hardware), and the model loading time per hardware.
///
/// Methods are ordered by the mean of their mean times over hardware, missing
/// last, so the table and the chart agree. The model asked for is shown while
/// the filter holds it, otherwise the first model by name. The table is tidy:
/// one row per (method, hardware) with a group.
class ModelRankModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { MethodColumn, HardwareColumn, MetricColumn, ValueColumn, RankColumn, CountColumn, ColumnCount };
    struct Cell
    {
        int method = 0;   ///< index into methods() (display order)
        int hardware = 0; ///< index into hardwareNames()
        int group = 0;    ///< index into Dataset::groups()
        double mean = 0;  ///< seconds; NaN when the group has no time
        int rank = 0;     ///< 1 = fastest on this hardware; 0 without a time
    };

    explicit ModelRankModel(QObject *parent = nullptr);
    ~ModelRankModel() override;

    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    void setModel(const QString &model);
    /// Hardware (colours) kept at most, the first by name; 0 keeps all (the default).
    void setMaxSeries(std::size_t max);
    /// Hardware there would be without the cap.
    std::size_t seriesTotal() const { return m_seriesTotal; }

    const DatasetPtr &dataset() const { return m_dataset; }
    QString wantedModel() const { return m_wanted; }
    /// The model shown; empty when the filter holds none.
    QString model() const { return m_model; }
    /// Models of the filtered groups, in name order.
    const QStringList &models() const { return m_models; }
    /// The shown model's methods, fastest first.
    const QStringList &methods() const { return m_methods; }
    const QStringList &hardwareNames() const { return m_hardware; }
    /// Ordered by method (display order), then hardware.
    const std::vector<Cell> &cells() const { return m_cells; }
    const Cell *cellAt(int method, int hardware) const;
    /// Per hardware: the mean model loading time over the model's method rows there (NaN when none).
    const std::vector<double> &loadingTimes() const { return m_loading; }

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
    QString m_model;
    QStringList m_models;
    QStringList m_methods;
    QStringList m_hardware;
    std::vector<Cell> m_cells;
    std::vector<int> m_cellIndex;
    std::vector<double> m_loading;
};
