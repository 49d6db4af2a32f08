// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QAbstractTableModel>

/// One row per group of a Comparison (matched, then added, then removed), with
/// the columns of `attriscope compare --format json`. Display text carries
/// units; TimingRoles::SortRole gives raw numbers (the verdict's JSON name for
/// the verdict column). Qt::ForegroundRole colours the verdict.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        BaselineMedianColumn,
        CandidateMedianColumn,
        RatioColumn,
        PValueColumn,
        BaselineNColumn,
        CandidateNColumn,
        VerdictColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison);
    const Comparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Regression", "Improvement", …: the verdict as the window shows it.
    static QString verdictText(GroupComparison::Verdict verdict);
    /// The colour of a verdict in charts and tables: regression red,
    /// improvement green, same grey, too few (and added/removed) light grey.
    static QColor verdictColor(GroupComparison::Verdict verdict, bool dark = false);

private:
    Comparison m_comparison;
};
