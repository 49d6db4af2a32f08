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

QString CostEstimateModel::duration(double seconds)
{
    if (std::isnan(seconds))
        return Format::seconds(seconds);
    const double magnitude = std::fabs(seconds);
    const QLocale locale;
    if (magnitude < 120)
        return Format::seconds(seconds);
    if (magnitude < 2 * 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60, 'f', 1));
    if (magnitude < 2 * 86400)
        return tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
    return tr("%1 days").arg(locale.toString(seconds / 86400, 'f', 1));
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
        if (column == NoteColumn && e.outsideFittedRange)
            return tr("The token count lies outside the tokens this fit saw: the estimate extrapolates.");
        if (column == RangeColumn)
            return tr("N × (prediction + 5th … 95th percentile of the fit's residuals)");
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
        return number(e.total, duration(e.total));
    case RangeColumn:
        return number(e.totalLow, tr("%1 – %2").arg(duration(e.totalLow), duration(e.totalHigh)));
    case R2Column:
        return number(e.r2, Format::number(e.r2, 2));
    case NColumn:
        return sort ? QVariant(e.n) : QVariant(Format::count(e.n));
    case NoteColumn:
        if (sort)
            return e.outsideFittedRange;
        return e.outsideFittedRange ? tr("⚠ extrapolated") : QString();
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
