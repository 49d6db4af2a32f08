// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "format.h"
#include "timingroles.h"

#include <QColor>

#include <cmath>

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(const Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.groups.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupComparison &g = m_comparison.groups[std::size_t(index.row())];
    const auto column = Column(index.column());
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
    case TimingRoles::SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == TimingRoles::SortRole;
    const auto number = [sort](double v, const QString &text) -> QVariant {
        if (sort)
            return std::isnan(v) ? QVariant() : QVariant(v);
        return text;
    };
    switch (column) {
    case ModelColumn:
        return g.model;
    case MethodColumn:
        return g.method;
    case HardwareColumn:
        return g.hardware;
    case BaselineMedianColumn:
        return number(g.baselineMedian, Format::seconds(g.baselineMedian));
    case CandidateMedianColumn:
        return number(g.candidateMedian, Format::seconds(g.candidateMedian));
    case RatioColumn:
        return number(g.ratio, std::isnan(g.ratio) ? Format::ratio(g.ratio)
                                                   : Format::number(g.ratio, 3) + QStringLiteral("×"));
    case PValueColumn:
        return number(g.pValue, Format::number(g.pValue, 3));
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

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RatioColumn:
            return tr("Candidate median / baseline median: above 1 is slower");
        case PValueColumn:
            return tr("Two-sided Mann–Whitney U test of the prompt times");
        case VerdictColumn:
            return tr("Regression or improvement: the ratio is beyond the threshold and p < alpha");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ModelColumn:
        return tr("Model");
    case MethodColumn:
        return tr("Method");
    case HardwareColumn:
        return tr("Hardware");
    case BaselineMedianColumn:
        return tr("Baseline median");
    case CandidateMedianColumn:
        return tr("Candidate median");
    case RatioColumn:
        return tr("Ratio");
    case PValueColumn:
        return tr("p");
    case BaselineNColumn:
        return tr("n baseline");
    case CandidateNColumn:
        return tr("n candidate");
    case VerdictColumn:
        return tr("Verdict");
    case ColumnCount:
        break;
    }
    return {};
}
