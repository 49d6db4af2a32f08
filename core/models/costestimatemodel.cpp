// SPDX-License-Identifier: GPL-3.0-or-later
#include "costestimatemodel.h"

#include "format.h"
#include "timingroles.h"

#include <QLocale>

#include <cmath>

CostEstimateModel::CostEstimateModel(QObject *parent)
    : TableModel({tr("Model"), tr("Method"), tr("Hardware"), tr("Per prompt"), tr("Total"), tr("Range"), tr("r²"),
                  tr("Fit n"), tr("Note")},
                 {QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("hardware"),
                  QStringLiteral("seconds_per_prompt"), QStringLiteral("total_seconds"),
                  QStringLiteral("total_seconds_range"), QStringLiteral("r2"), QStringLiteral("n"),
                  QStringLiteral("note")},
                 parent)
{
    QStringList tips(ColumnCount);
    tips[PerPromptColumn] = tr("intercept + slope × T, from the least-squares fit of time against input tokens");
    tips[R2Column] = tr("Coefficient of determination of the fit");
    tips[NColumn] = tr("Prompts the fit used");
    setHeaderToolTips(tips);
}

void CostEstimateModel::setEstimates(const std::vector<CostEstimate> &estimates)
{
    m_next = estimates;
    recompute();
}

void CostEstimateModel::compute()
{
    m_estimates = std::move(m_next);
    m_next.clear();
}

QVariant CostEstimateModel::cell(int row, int col, int role) const
{
    const CostEstimate &e = m_estimates[std::size_t(row)];
    const auto column = Column(col);
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
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (column) {
    case ModelColumn:
        return e.model;
    case MethodColumn:
        return e.method;
    case HardwareColumn:
        return e.hardware;
    case PerPromptColumn:
        return numberCell(role, e.perPrompt, Format::seconds(e.perPrompt));
    case TotalColumn:
        return numberCell(role, e.total, Format::duration(e.total));
    case RangeColumn:
        return numberCell(role, e.totalLow, Format::durationRange(e.totalLow, e.totalHigh));
    case R2Column:
        return numberCell(role, e.r2, Format::number(e.r2, 2));
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
