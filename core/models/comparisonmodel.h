// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"
#include "tablemodel.h"

/// One row per group of a Comparison (matched, then added, then removed), with
/// the columns of `attriscope compare --format json`. Display text carries
/// units; SortRole gives raw numbers (the verdict's JSON name for the verdict
/// column); FieldNameRole the JSON names. Qt::ForegroundRole colours the verdict.
class ComparisonModel : public TableModel
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

    /// "Regression", "Improvement", …: the verdict as the window shows it.
    static QString verdictText(GroupComparison::Verdict verdict);
    /// The colour of a verdict in charts and tables: regression red,
    /// improvement green, same grey, too few (and added/removed) light grey.
    static QColor verdictColor(GroupComparison::Verdict verdict, bool dark = false);

private:
    void compute() override;
    int rows() const override { return int(m_comparison.groups.size()); }
    QVariant cell(int row, int column, int role) const override;

    Comparison m_next; ///< set by setComparison(), shown from the next compute()
    Comparison m_comparison;
};
