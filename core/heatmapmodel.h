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
/// a group on the chosen hardware is "no data".
///
/// Qt::BackgroundRole gives the cell colour on a sequential light-to-dark red
/// ramp (ColorBrewer "Reds", darker = higher tokens/s), Qt::ForegroundRole a
/// contrasting text colour. Missing cells have no background: the view paints
/// them grey.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Aggregate { Mean, Median };
    Q_ENUM(Aggregate)
    /// Auto (the default): log when the largest value is more than 10× the smallest.
    enum class Scale { Auto, Linear, Log };
    Q_ENUM(Scale)
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

    QString hardware() const { return m_hardware; }
    Aggregate aggregate() const { return m_aggregate; }
    Scale scale() const { return m_scale; }
    /// The scale the colours use: Auto resolved against the current values.
    bool logScale() const;
    /// Hardware labels present in the filtered groups, sorted.
    QStringList hardwareNames() const;
    QString rowName(int row) const;
    QString columnName(int column) const;

    /// Cell value in tokens/s, NaN when missing.
    double value(int row, int column) const;
    std::int64_t count(int row, int column) const;
    /// Smallest and largest cell values shown (NaN when no cell has a value).
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    /// Where `value` falls on the colour scale, in [0, 1].
    double normalized(double value) const;

    /// The colour ramp at t in [0, 1]: ColorBrewer Reds (9 classes), interpolated.
    static QColor rampColor(double t);
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
    void recomputeCells();
    void emitAllChanged();

    DatasetPtr m_dataset;
    std::vector<int> m_groups;
    std::vector<std::uint32_t> m_rowMethods;   // dataset method ids
    std::vector<std::uint32_t> m_columnModels; // dataset model ids
    QStringList m_hardwareNames;
    QString m_hardware;
    Aggregate m_aggregate = Aggregate::Mean;
    Scale m_scale = Scale::Auto;
    // (row * columns + column, group) of the cells with data, sorted: sparse,
    // since methods × models can be 200k × 200k when every group has new names.
    std::vector<std::pair<std::uint64_t, int>> m_cellGroup;
    double m_min = kMissing;
    double m_max = kMissing;
};
