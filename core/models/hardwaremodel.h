// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <vector>

/// What the Hardware chart shows: the time per prompt of each model (or
/// method) on each hardware, and how much faster the fastest hardware is than
/// each other. A dot is the geometric mean of the mean times of the groups
/// behind it (metric `geomean_time`; one group when one method is chosen: its
/// mean time), so no single slow method decides it; groups without a positive
/// mean time are left out.
///
/// The table is tidy: one row per bar (category, hardware), every category.
/// The speed-up of a category compares the fastest and the slowest hardware
/// over the items (methods, or models) measured on both, so an item missing on
/// one machine never counts as a speed-up.
class HardwareModel : public TableModel
{
    Q_OBJECT
public:
    enum class Categories { Models, Methods };
    /// Categories by name, or by their largest speed-up, biggest first (none last).
    enum class Sort { Name, SpeedUp };
    enum class State { NoData, NoDataForMethod, Ready };
    enum Column { CategoryColumn, HardwareColumn, MetricColumn, ValueColumn, ItemsColumn, CountColumn, ColumnCount };

    struct Bar
    {
        int category = 0; ///< index into categories()
        int hardware = 0; ///< index into hardwareNames()
        double value = 0; ///< seconds: geometric mean of the items' mean times
        int items = 0;    ///< groups behind it
        qint64 n = 0;     ///< timed prompts behind them
    };
    struct SpeedUp
    {
        int category = 0;   ///< index into categories()
        QString fastest;    ///< the category's fastest hardware (lowest geometric mean of its items' times)
        QString slowest;    ///< another hardware of the category: one speed-up per other hardware
        double ratio = 0;   ///< geometric mean over the paired items of slowest's time / fastest's
        int paired = 0;     ///< items measured on both
    };

    /// The name of what a dot is (the metric column, `hardware.csv`).
    static QString metricName() { return QStringLiteral("geomean_time"); }

    explicit HardwareModel(QObject *parent = nullptr);
    ~HardwareModel() override;

    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// One method by name; empty = every method (bars average over methods).
    void setMethod(const QString &method);
    void setCategories(Categories categories);
    void setSort(Sort sort);
    /// Hardware (bar colours) kept at most, the first by name; 0 keeps all (the default).
    void setMaxSeries(std::size_t max);
    /// Hardware there would be without the cap.
    std::size_t seriesTotal() const { return m_seriesTotal; }

    QString method() const { return m_method; }
    Categories categoriesBy() const { return m_categoriesBy; }
    Sort sort() const { return m_sort; }
    State state() const { return m_state; }
    const DatasetPtr &dataset() const { return m_dataset; }
    const QStringList &categories() const { return m_categories; }
    const QStringList &hardwareNames() const { return m_hardwareNames; }
    const std::vector<Bar> &bars() const { return m_bars; }
    const std::vector<SpeedUp> &speedUps() const { return m_speedUps; }

protected:
    int rows() const override { return int(m_bars.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    void compute() override;
    void sortBySpeedUp();

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    QString m_method;
    Categories m_categoriesBy = Categories::Models;
    Sort m_sort = Sort::Name;
    std::size_t m_maxSeries = 0;
    std::size_t m_seriesTotal = 0;
    State m_state = State::NoData;
    QStringList m_categories;
    QStringList m_hardwareNames;
    std::vector<Bar> m_bars;
    std::vector<SpeedUp> m_speedUps;
};
