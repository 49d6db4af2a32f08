// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <vector>

/// What the Performance chart shows: one metric per group as grouped bars.
/// Categories are models (or methods), each on one hardware: with "all
/// hardware" every (model, hardware) pair is its own category, so hardware is
/// never pooled. Bar sets (the legend) are the other dimension, in name order.
///
/// The table is tidy: one row per bar drawn (category, set), every category on
/// every page, with the value and, for the median, its 95 % interval.
/// Categories are in name order, or best first by the mean of their bars
/// (categories with no value last).
class GroupedBarModel : public TableModel
{
    Q_OBJECT
public:
    enum class GroupBy { Model, Method };
    enum class Metric { MeanTime, MedianTime, P95Time, TokensPerSecond };
    enum class Sort { Alphabetical, Performance };
    enum class State { NoData, NoDataForHardware, Ready };
    enum Column {
        CategoryColumn,
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        MetricColumn,
        ValueColumn,
        LowColumn,
        HighColumn,
        CountColumn,
        ColumnCount
    };

    struct Category
    {
        int primary = 0;   ///< model id (by model) or method id
        int hardware = -1; ///< hardware id when the hardware is part of the category, else -1
        double score = 0;  ///< mean over the category's bars; NaN when none has a value
        QString label;     ///< "name" or "name · hardware"
    };
    struct Bar
    {
        int category = 0; ///< index into categories()
        int set = 0;      ///< index into setNames()
        int group = 0;    ///< index into Dataset::groups()
        double value = 0; ///< NaN: the group has no value for the metric
        double low = 0;   ///< 95 % interval of the median; NaN for other metrics or under 6 times
        double high = 0;
        qint64 n = 0;     ///< prompts behind the value
    };

    /// A model (or method) once, as a row of a chart with one panel per hardware.
    struct Row
    {
        int primary = 0;  ///< model id (by model) or method id
        double score = 0; ///< geometric mean of the row's positive bar values, every hardware; NaN when none
    };

    explicit GroupedBarModel(QObject *parent = nullptr);
    ~GroupedBarModel() override;

    /// The filtered groups of `dataset` (indices into its groups()).
    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    void setGroupBy(GroupBy groupBy);
    void setMetric(Metric metric);
    void setSort(Sort sort);
    /// One hardware by name; empty = every hardware side by side.
    void setHardware(const QString &hardware);
    /// Bar sets (colours) kept at most, the first by name; 0 keeps all (the default).
    void setMaxSeries(std::size_t max);
    /// Sets there would be without the cap.
    std::size_t seriesTotal() const { return m_seriesTotal; }

    GroupBy groupBy() const { return m_groupBy; }
    Metric metric() const { return m_metric; }
    Sort sort() const { return m_sort; }
    QString hardware() const { return m_hardware; }

    State state() const { return m_state; }
    const DatasetPtr &dataset() const { return m_dataset; }
    const std::vector<Category> &categories() const { return m_categories; }
    const QStringList &setNames() const { return m_setNames; }
    /// Ordered by category, then set.
    const std::vector<Bar> &bars() const { return m_bars; }
    /// Every model (or method) with a bar, once: in name order, or best first by
    /// score (no value last). A geometric mean gives every method and hardware
    /// one vote, where a plain mean would let the slowest method decide.
    const std::vector<Row> &primaryRows() const { return m_rows; }
    /// The hardware every bar is on when the categories do not name one; empty otherwise.
    QString shownHardware() const { return m_shownHardware; }
    /// Indices into setNames(), best first by the geometric mean of their bars'
    /// values (lowest time, highest tokens/s); sets without a positive value
    /// last, ties in name order. The chart's default highlight is the first five.
    std::vector<int> bestSets() const;

    static double metricValue(const GroupStats &stats, Metric metric);
    static bool higherIsBetter(Metric metric) { return metric == Metric::TokensPerSecond; }
    /// The report's JSON field name of the metric ("mean_time", …).
    static QString metricField(Metric metric);

protected:
    int rows() const override { return int(m_bars.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    void compute() override;

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    GroupBy m_groupBy = GroupBy::Model;
    Metric m_metric = Metric::MeanTime;
    Sort m_sort = Sort::Alphabetical;
    QString m_hardware;
    std::size_t m_maxSeries = 0;
    std::size_t m_seriesTotal = 0;

    State m_state = State::NoData;
    std::vector<Category> m_categories;
    QStringList m_setNames;
    std::vector<Bar> m_bars;
    std::vector<Row> m_rows;
    QString m_shownHardware;
};
