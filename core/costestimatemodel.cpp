// SPDX-License-Identifier: GPL-3.0-or-later
#include "costestimatemodel.h"

#include "format.h"
#include "timingroles.h"

#include <QLocale>

#include <cmath>

CostEstimateModel::CostEstimateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CostEstimateModel::setEstimates(const std::vector<CostEstimate> &estimates)
{
    beginResetModel();
    m_estimates = estimates;
    endResetModel();
}

int CostEstimateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_estimates.size());
}

int CostEstimateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostEstimateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostEstimate &e = m_estimates[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case TimingRoles::ModelNameRole:
        return e.model;
    case TimingRoles::MethodNameRole:
        return e.method;
    case TimingRoles::HardwareNameRole:
        return e.hardware;
    case Qt::TextAlignmentRole:
        return column <= HardwareColumn || column == NoteColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == NoteColumn && (e.outsideFittedRange || e.weakFit)) {
            QStringList notes;
            if (e.outsideFittedRange)
                notes << tr("The token count lies outside the tokens this fit saw: the estimate extrapolates.");
            if (e.weakFit)
                notes << tr("R² below %1: input tokens explain little of the time, so the interval is wide.")
                             .arg(CostEstimate::kWeakR2);
            return notes.join(QLatin1Char('\n'));
        }
        if (column == RangeColumn)
            return tr("95 % prediction interval of the total for N prompts of T tokens, from the fit's residual "
                      "variance and the uncertainty of the line (docs/metrics.md)");
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
        return e.model;
    case MethodColumn:
        return e.method;
    case HardwareColumn:
        return e.hardware;
    case PerPromptColumn:
        return number(e.perPrompt, Format::seconds(e.perPrompt));
    case TotalColumn:
        return number(e.total, Format::duration(e.total));
    case RangeColumn:
        return number(e.totalLow, Format::durationRange(e.totalLow, e.totalHigh));
    case R2Column:
        return number(e.r2, Format::number(e.r2, 2));
    case NColumn:
        return sort ? QVariant(e.n) : QVariant(Format::count(e.n));
    case NoteColumn:
        if (sort)
            return int(e.outsideFittedRange) + int(e.weakFit);
        if (e.outsideFittedRange && e.weakFit)
            return tr("⚠ extrapolated, weak fit");
        if (e.outsideFittedRange)
            return tr("⚠ extrapolated");
        return e.weakFit ? tr("⚠ weak fit") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CostEstimateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PerPromptColumn:
            return tr("intercept + slope × T, from the least-squares fit of time against input tokens");
        case R2Column:
            return tr("Coefficient of determination of the fit");
        case NColumn:
            return tr("Prompts the fit used");
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
    case PerPromptColumn:
        return tr("Per prompt");
    case TotalColumn:
        return tr("Total");
    case RangeColumn:
        return tr("Range");
    case R2Column:
        return tr("r²");
    case NColumn:
        return tr("Fit n");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
