// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

/// The tokens/s heatmap as a pivot table: one row per method, one column per
/// model, for ONE hardware at a time (never pooled across hardware). A cell is
/// the group's mean or median tokens/s over its filtered prompt rows
/// (GroupStats::meanTokensPerSecond / medianTokensPerSecond).
///
/// Rows and columns are the methods and models of the filtered groups on any
/// hardware, so the shape stays put when the hardware changes; a cell without
/// a group on the chosen hardware is "no data". Rows and columns are sorted by
/// name, or by value (Order::Value): by the geometric mean of their cells'
/// tokens/s, highest first, rows and columns without a value last.
///
/// Every hardware's cells are kept, so small multiples read value(hardware,
/// row, column) for each machine. With setScaleAcrossHardware(true) the colour
/// range (minimum(), maximum(), normalized()) and the order by value span every
/// hardware: one colour scale and one row order for all panels.
///
/// Qt::BackgroundRole gives the cell colour on a sequential light-to-dark red
/// ramp (ColorBrewer "Reds", darker = higher tokens/s), Qt::ForegroundRole a
/// contrasting text colour. Missing cells have no background: the view paints
/// them grey. rampColor(t, true) is the ramp for dark backgrounds.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Aggregate { Mean, Median };
    Q_ENUM(Aggregate)
    /// Auto (the default): log when the largest value is more than 10× the smallest.
    enum class Scale { Auto, Linear, Log };
    Q_ENUM(Scale)
    /// Name: rows and columns alphabetical. Value: highest geometric mean first.
    enum class Order { Name, Value };
    Q_ENUM(Order)
    /// Besides these, TimingRoles::SortRole gives the raw tokens/s (invalid when
    /// missing) and TimingRoles::GroupIndexRole the group index (-1 when missing).
    enum Role {
        CountRole = Qt::UserRole + 40, ///< n: the group's rateCount (qint64), 0 when missing
        NormalizedRole,                ///< position on the colour scale in [0, 1], invalid when missing
    };

    explicit HeatmapModel(QObject *parent = nullptr);
    ~HeatmapModel() override;

    /// A new result set: one model reset. `groups` index dataset->groups().
    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// Picks the hardware by name; an unknown name leaves every cell empty.
    void setHardware(const QString &hardware);
    void setAggregate(Aggregate aggregate);
    void setScale(Scale scale);
    /// Changes the row and column order (a layout change, not a reset).
    void setOrder(Order order);
    /// True: the colour range and the order by value span every hardware, not
    /// only the chosen one, so panels of several machines share one scale.
    void setScaleAcrossHardware(bool across);

    QString hardware() const { return m_hardware; }
    /// Index of hardware() in hardwareNames(), -1 when absent.
    int hardwareIndex() const { return m_hardwareIndex; }
    Order order() const { return m_order; }
    bool scaleAcrossHardware() const { return m_acrossHardware; }
    Aggregate aggregate() const { return m_aggregate; }
    Scale scale() const { return m_scale; }
    /// The scale the colours use: Auto resolved against the current values.
    bool logScale() const;
    /// Hardware labels present in the filtered groups, sorted.
    QStringList hardwareNames() const;
    QString rowName(int row) const;
    QString columnName(int column) const;

    /// Cell value in tokens/s on the chosen hardware, NaN when missing.
    double value(int row, int column) const;
    std::int64_t count(int row, int column) const;
    /// The same on hardwareNames()[hardware], chosen or not.
    double value(int hardware, int row, int column) const;
    std::int64_t count(int hardware, int row, int column) const;
    /// "Model: …\nMethod: …\nHardware: …\nMean tokens/s: …\nn = … prompts" of a cell.
    QString toolTip(int hardware, int row, int column) const;
    /// What the order by value sorts on: the geometric mean of the row's
    /// (column's) cells in scope, NaN when it has none.
    double rowScore(int row) const;
    double columnScore(int column) const;
    /// Smallest and largest cell values shown (NaN when no cell has a value).
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    /// Where `value` falls on the colour scale, in [0, 1].
    double normalized(double value) const;

    /// The colour ramp at t in [0, 1], interpolated. Light: ColorBrewer Reds
    /// (9 classes), near-white to dark red. Dark: the part of matplotlib's
    /// "inferno" from deep purple to amber, dim to bright, never near-white.
    static QColor rampColor(double t, bool dark = false);
    /// A cell value as the cells show it: 3 significant digits (4 from 100 on).
    static QString valueText(double value);
    /// Black or white, whichever reads better on `background`.
    static QColor contrastingText(const QColor &background);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Longer header names are shortened in Qt::DisplayRole (full in the tooltip).
    static constexpr int kMaxHeaderChars = 20;

private:
    int groupAt(int row, int column) const;
    int groupAt(int hardware, int row, int column) const;
    double groupValue(int group) const;
    /// Geometric means by method and model id over the cells in scope.
    void computeScores();
    /// `ids` sorted by name (id) or by score, highest first, missing last.
    void sortIds(std::vector<std::uint32_t> &ids, const std::vector<double> &score) const;
    /// The sparse cells and the colour range, for the current row and column order.
    void recomputeCells();
    /// minimum() and maximum() over the cells in scope.
    void recomputeRange();
    void emitAllChanged();
    /// Recomputes after an option changed: a layout change for views when the
    /// order moved (persistent indexes follow their cells), else changed data.
    /// `rebuild`: the cells' values changed, not only the scope.
    void update(bool rebuild = false);

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    std::vector<std::uint32_t> m_rowMethods;   // dataset method ids
    std::vector<std::uint32_t> m_columnModels; // dataset model ids
    QStringList m_hardwareNames;
    std::vector<std::uint32_t> m_hardwareIds; // dataset ids of m_hardwareNames
    QString m_hardware;
    Aggregate m_aggregate = Aggregate::Mean;
    Scale m_scale = Scale::Auto;
    Order m_order = Order::Name;
    bool m_acrossHardware = false;
    bool m_sortedByName = true; // rows and columns are in name order
    int m_hardwareIndex = -1;
    // ((hardware * rows + row) * columns + column, group) of the cells with
    // data on every hardware, sorted: sparse, since methods × models can be
    // 200k × 200k when every group has new names.
    std::vector<std::pair<std::uint64_t, int>> m_cellGroup;
    std::vector<double> m_methodScore; // by dataset method id
    std::vector<double> m_modelScore;  // by dataset model id
    double m_min = kMissing;
    double m_max = kMissing;
};
