// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <span>
#include <vector>

/// What the Distribution chart shows: a Tukey box of the per-prompt times of
/// each group. Hardware is never pooled: either one hardware (by default the
/// first with times) or every hardware side by side. Two shapes:
/// - every model: categories are methods (and hardware when several are side
///   by side), series the models;
/// - one model: categories are its methods, series the hardware (side by
///   side, or the one chosen). A sweep's 30 models × 20 methods are 600
///   boxes, too many to read as one picture; one model's are 20 rows.
/// Until setModel() is called: every model when at most kAllModels have
/// times, else the first by name.
///
/// The table is tidy: one row per box, with its quartiles, whiskers and the
/// number of outliers; the outliers themselves are in boxes().
class DistributionModel : public TableModel
{
    Q_OBJECT
public:
    enum class State { NoData, NoTimes, Ready };
    enum class SeriesBy { Models, Hardware };
    /// Up to this many models the automatic choice shows them all.
    static constexpr std::size_t kAllModels = 10;
    enum Column {
        MethodColumn,
        ModelColumn,
        HardwareColumn,
        MetricColumn,
        CountColumn,
        LowerColumn,
        Q1Column,
        MedianColumn,
        Q3Column,
        UpperColumn,
        OutliersColumn,
        ColumnCount
    };

    /// Tukey's box of sorted values: quartiles by linear interpolation,
    /// whiskers at the furthest values within 1.5 IQR, the rest outliers.
    struct Box
    {
        double lower = 0, q1 = 0, median = 0, q3 = 0, upper = 0;
        std::vector<double> outliers; ///< ascending
    };
    static Box tukeyBox(std::span<const double> sorted);

    struct Category
    {
        int method = 0;
        int hardware = -1; ///< hardware id when hardware is side by side, else -1
    };
    struct Cell
    {
        int category = 0; ///< index into categories()
        int series = 0;   ///< index into seriesNames()
        int group = 0;    ///< index into Dataset::groups()
        qint64 n = 0;     ///< times in the box
        Box box;
    };

    explicit DistributionModel(QObject *parent = nullptr);
    ~DistributionModel() override;

    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// One hardware by name, or empty for every hardware side by side. Until
    /// this is called the first hardware with times is shown; an unknown name
    /// falls back to that too.
    void setHardware(const QString &hardware);
    QString chosenHardware() const { return m_hardware; }
    /// One model by name, or empty for every model. An unknown name falls back
    /// to the automatic choice (see the class comment).
    void setModel(const QString &model);
    bool modelChosen() const { return m_modelChosen; }
    QString chosenModel() const { return m_model; }
    /// The model drawn, or empty when every model is.
    QString shownModel() const { return m_shownModel; }
    /// Every model with times under the filter, by name (the choices).
    const QStringList &modelNames() const { return m_modelNames; }
    /// What the series are: models (every model shown) or hardware (one model).
    SeriesBy seriesBy() const { return m_shownModel.isEmpty() ? SeriesBy::Models : SeriesBy::Hardware; }
    /// Models (colours) and categories kept at most, the first by name; 0 keeps all (the default).
    void setLimits(std::size_t maxSeries, std::size_t maxCategories);
    /// Models and categories there would be without the limits.
    std::size_t seriesTotal() const { return m_seriesTotal; }
    std::size_t categoryTotal() const { return m_categoryTotal; }
    bool hardwareChosen() const { return m_hardwareChosen; }

    State state() const { return m_state; }
    const DatasetPtr &dataset() const { return m_dataset; }
    /// What is drawn: one hardware's name, or empty when side by side.
    QString shownHardware() const { return m_shownHardware; }
    const std::vector<Category> &categories() const { return m_categories; }
    /// Model names, or hardware names when one model is shown (seriesBy()).
    const QStringList &seriesNames() const { return m_seriesNames; }
    /// In group order (the filter's order).
    const std::vector<Cell> &cells() const { return m_cells; }

protected:
    int rows() const override { return int(m_cells.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    void compute() override;

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    QString m_hardware;
    bool m_hardwareChosen = false;
    QString m_model;
    bool m_modelChosen = false;
    QString m_shownModel;
    QStringList m_modelNames;
    std::size_t m_maxSeries = 0;
    std::size_t m_maxCategories = 0;
    std::size_t m_seriesTotal = 0;
    std::size_t m_categoryTotal = 0;
    State m_state = State::NoData;
    QString m_shownHardware;
    std::vector<Category> m_categories;
    QStringList m_seriesNames;
    std::vector<Cell> m_cells;
};
