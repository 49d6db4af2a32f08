// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "format.h"
#include "timingroles.h"

#include <QColor>

#include <cmath>

ComparisonModel::ComparisonModel(QObject *parent)
    : TableModel({tr("Model"), tr("Method"), tr("Hardware"), tr("Baseline median"), tr("Candidate median"),
                  tr("Ratio"), tr("p"), tr("n baseline"), tr("n candidate"), tr("Verdict")},
                 {QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("hardware"),
                  QStringLiteral("baseline_median"), QStringLiteral("candidate_median"), QStringLiteral("ratio"),
                  QStringLiteral("p_value"), QStringLiteral("baseline_n"), QStringLiteral("candidate_n"),
                  QStringLiteral("verdict")},
                 parent)
{
    QStringList tips(ColumnCount);
    tips[RatioColumn] = tr("Candidate median / baseline median: above 1 is slower");
    tips[PValueColumn] = tr("Two-sided Mann–Whitney U test of the prompt times");
    tips[VerdictColumn] = tr("Regression or improvement: the ratio is beyond the threshold and p < alpha");
    setHeaderToolTips(tips);
}

void ComparisonModel::setComparison(const Comparison &comparison)
{
    m_next = comparison;
    recompute();
}

void ComparisonModel::compute()
{
    m_comparison = std::move(m_next);
    m_next = {};
}

QString ComparisonModel::verdictText(GroupComparison::Verdict verdict)
{
    switch (verdict) {
    case GroupComparison::Verdict::Regression:
        return tr("Regression");
    case GroupComparison::Verdict::Improvement:
        return tr("Improvement");
    case GroupComparison::Verdict::Same:
        return tr("Same");
    case GroupComparison::Verdict::TooFew:
        return tr("Too few prompts");
    case GroupComparison::Verdict::Added:
        return tr("Added (candidate only)");
    case GroupComparison::Verdict::Removed:
        return tr("Removed (baseline only)");
    }
    return {};
}

QColor ComparisonModel::verdictColor(GroupComparison::Verdict verdict, bool dark)
{
    switch (verdict) {
    case GroupComparison::Verdict::Regression:
        return dark ? QColor(0xEF5350) : QColor(0xC62828);
    case GroupComparison::Verdict::Improvement:
        return dark ? QColor(0x66BB6A) : QColor(0x2E7D32);
    case GroupComparison::Verdict::Same:
        return dark ? QColor(0x9E9E9E) : QColor(0x757575);
    case GroupComparison::Verdict::TooFew:
    case GroupComparison::Verdict::Added:
    case GroupComparison::Verdict::Removed:
        return dark ? QColor(0x5F5F5F) : QColor(0xC8C8C8);
    }
    return {};
}

QVariant ComparisonModel::cell(int row, int col, int role) const
{
    const GroupComparison &g = m_comparison.groups[std::size_t(row)];
    const auto column = Column(col);
    switch (role) {
    case TimingRoles::ModelNameRole:
        return g.model;
    case TimingRoles::MethodNameRole:
        return g.method;
    case TimingRoles::HardwareNameRole:
        return g.hardware;
    case Qt::TextAlignmentRole:
        return column <= HardwareColumn || column == VerdictColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Only the strong verdicts get a colour; grey text would read as disabled.
        if (column == VerdictColumn
            && (g.verdict == GroupComparison::Verdict::Regression || g.verdict == GroupComparison::Verdict::Improvement))
            return verdictColor(g.verdict);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case ModelColumn:
        return g.model;
    case MethodColumn:
        return g.method;
    case HardwareColumn:
        return g.hardware;
    case BaselineMedianColumn:
        return numberCell(role, g.baselineMedian, Format::seconds(g.baselineMedian));
    case CandidateMedianColumn:
        return numberCell(role, g.candidateMedian, Format::seconds(g.candidateMedian));
    case RatioColumn:
        return numberCell(role, g.ratio, std::isnan(g.ratio) ? Format::ratio(g.ratio)
                                                   : Format::number(g.ratio, 3) + QStringLiteral("×"));
    case PValueColumn:
        return numberCell(role, g.pValue, Format::number(g.pValue, 3));
    case BaselineNColumn:
        return sort ? QVariant(qint64(g.baselineN)) : QVariant(Format::count(g.baselineN));
    case CandidateNColumn:
        return sort ? QVariant(qint64(g.candidateN)) : QVariant(Format::count(g.candidateN));
    case VerdictColumn:
        return sort ? GroupComparison::verdictName(g.verdict) : verdictText(g.verdict);
    case ColumnCount:
        break;
    }
    return {};
}
