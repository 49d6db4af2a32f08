// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <QList>
#include <QPointF>

#include <memory>

#include <vector>

/// What the Scaling chart shows: attribution time against input tokens, one
/// point per prompt (past a budget, about one in stride() picked by a hash of
/// its position, so the sample does not alias with the group sizes), and the least-squares line
/// of each group (GroupStats::fit*, computed over every prompt).
///
/// Series are one per group when there are few, else one per method. The
/// lines of the groups with the most fitted prompts are drawn, up to a cap.
/// The table is tidy: one row per fitted group, drawn or not, in series order.
class ScalingModel : public TableModel
{
    Q_OBJECT
public:
    /// Points drawn at most, over every series (Qt Charts' cost per point).
    static constexpr std::size_t kMaxPoints = 600;
    /// Fitted lines drawn at most.
    static constexpr std::size_t kMaxFitLines = 24;
    /// Up to this many groups, a series per group; beyond, a series per method.
    static constexpr std::size_t kMaxGroupSeries = 8;

    enum class State { NoData, NoDataForHardware, NoPoints, Ready };
    enum Column {
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        InterceptColumn,
        SlopeColumn,
        R2Column,
        CountColumn,
        MinTokensColumn,
        MaxTokensColumn,
        DrawnColumn,
        ColumnCount
    };
    struct Series
    {
        QString name;             ///< "model · method (· hardware)" per group, or the method
        std::vector<int> groups;  ///< indices into Dataset::groups()
        QList<QPointF> points;    ///< (tokens, seconds), every stride-th prompt
    };
    struct Fit
    {
        int group = 0;  ///< index into Dataset::groups()
        int series = 0; ///< index into series()
        bool drawn = false;
    };

    explicit ScalingModel(QObject *parent = nullptr);
    ~ScalingModel() override;

    /// Whose fitted lines are drawn. Auto (the default): every group's when
    /// there are at most kMaxFitLines, else one model's. OneModel: the groups
    /// of lineModel(). LargestGroups: the kMaxFitLines groups with the most
    /// fitted prompts. A model's lines past the cap are its largest groups too.
    enum class Lines { Auto, OneModel, LargestGroups };

    void setGroups(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// `model` is the wanted model for Auto and OneModel; when it has no fitted
    /// group shown (or is empty), the first such model by name is used.
    void setLines(Lines lines, const QString &model = {});
    Lines lines() const { return m_lines; }
    QString wantedLineModel() const { return m_wantedLineModel; }
    /// The model whose lines are drawn; empty when every group's or the
    /// largest groups' are.
    QString lineModel() const { return m_lineModel; }
    /// The models with a fitted group among the shown groups, by name.
    const QStringList &fittedModels() const { return m_fittedModels; }
    /// One hardware by name; empty = every hardware.
    void setHardware(const QString &hardware);
    QString hardware() const { return m_hardware; }
    /// With a series per method: the first `max` methods by name, then one
    /// series for all the others; 0 keeps every method (the default).
    void setMaxSeries(std::size_t max);
    /// Methods there would be series for without the cap.
    std::size_t seriesTotal() const { return m_seriesTotal; }

    State state() const { return m_state; }
    const DatasetPtr &dataset() const { return m_dataset; }
    /// The filtered groups on the chosen hardware (what the cost estimate uses).
    const std::vector<int> &shownGroups() const { return m_shown; }
    bool seriesPerGroup() const { return m_perGroup; }
    const std::vector<Series> &series() const { return m_series; }
    const std::vector<Fit> &fits() const { return m_fits; }
    std::size_t drawnFitCount() const { return m_drawnFits; }
    /// Prompts with tokens and a time behind the series, and the thinning step.
    std::size_t totalPoints() const { return m_totalPoints; }
    std::size_t stride() const { return m_stride; }
    /// The median token count of the points drawn (NaN without points).
    double medianTokens() const { return m_medianTokens; }
    /// "model · method", with the hardware when several are shown.
    QString groupName(int group) const;

protected:
    int rows() const override { return int(m_fits.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    void compute() override;
    void chooseLines();
    void indexPoints();

    DatasetPtr m_dataset;
    /// Per group of the dataset indexed (built once per dataset, so a filter
    /// change costs the groups and the points drawn, not every prompt): its
    /// points (prompts with tokens and a time), and at most kMaxPoints of their
    /// positions in a fixed pseudo-random order, the sample's draw order.
    std::weak_ptr<const Dataset> m_indexed;
    std::vector<std::size_t> m_groupPoints;
    std::vector<std::vector<std::uint32_t>> m_drawOrder;
    std::vector<int> m_groups;
    QString m_hardware;
    Lines m_lines = Lines::Auto;
    QString m_wantedLineModel;
    QString m_lineModel;
    QStringList m_fittedModels;
    std::size_t m_maxSeries = 0;
    std::size_t m_seriesTotal = 0;
    State m_state = State::NoData;
    std::vector<int> m_shown;
    bool m_perGroup = false;
    bool m_oneHardware = true;
    std::vector<Series> m_series;
    std::vector<Fit> m_fits;
    std::size_t m_drawnFits = 0;
    std::size_t m_totalPoints = 0;
    std::size_t m_stride = 1;
    double m_medianTokens = 0;
};
