// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrendmodel.h"

#include "comparisonmodel.h"
#include "format.h"

#include <QColor>

#include <cmath>

HistoryTrendModel::HistoryTrendModel(QObject *parent)
    : TableModel({tr("Model"), tr("Method"), tr("Hardware"), tr("Run"), tr("Label"), tr("Median"),
                  tr("95 % interval, low"), tr("95 % interval, high"), tr("n"), tr("Against the previous run"),
                  tr("Verdict")},
                 {QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("hardware"), QStringLiteral("run"),
                  QStringLiteral("label"), QStringLiteral("median_time"), QStringLiteral("median_ci95_low"),
                  QStringLiteral("median_ci95_high"), QStringLiteral("n"), QStringLiteral("ratio"),
                  QStringLiteral("verdict")},
                 parent)
{
}

void HistoryTrendModel::setSeries(std::vector<HistoryTrendSeries> series)
{
    m_pending = std::move(series);
    recompute();
}

void HistoryTrendModel::compute()
{
    m_series = std::exchange(m_pending, {});
    m_rows.clear();
    for (std::size_t s = 0; s < m_series.size(); ++s) {
        for (std::size_t i = 0; i < m_series[s].steps.size(); ++i)
            m_rows.emplace_back(int(s), int(i));
    }
}

int HistoryTrendModel::regressions() const
{
    int count = 0;
    for (const HistoryTrendSeries &s : m_series) {
        for (const HistoryTrendStep &step : s.steps)
            count += step.change.verdict == GroupComparison::Verdict::Regression;
    }
    return count;
}

QString HistoryTrendModel::verdictText(GroupComparison::Verdict verdict)
{
    return verdict == GroupComparison::Verdict::Added ? tr("first run") : ComparisonModel::verdictText(verdict);
}

QVariant HistoryTrendModel::cell(int row, int column, int role) const
{
    const auto [s, i] = m_rows[std::size_t(row)];
    const HistoryTrendSeries &series = m_series[std::size_t(s)];
    const HistoryTrendStep &step = series.steps[std::size_t(i)];
    const HistoryTrendPoint &p = step.point;
    const GroupComparison &c = step.change;
    if (role == SeriesRole)
        return s;
    if (role == VerdictRole)
        return int(c.verdict);
    if (role == Qt::ForegroundRole && column == VerdictColumn && c.verdict == GroupComparison::Verdict::Regression)
        return ComparisonModel::verdictColor(c.verdict);
    if (role == Qt::TextAlignmentRole && column >= RunColumn && column != LabelColumn && column != VerdictColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == TableModel::SortRole;
    if (!sort && role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ModelColumn:
        return series.model;
    case MethodColumn:
        return series.method;
    case HardwareColumn:
        return series.hardware;
    case RunColumn:
        return sort ? QVariant(p.runId) : QVariant(QString::number(p.runId));
    case LabelColumn:
        return p.label;
    case MedianColumn:
        return numberCell(role, p.medianTime, Format::seconds(p.medianTime));
    case CiLowColumn:
        return numberCell(role, p.medianCiLow, Format::seconds(p.medianCiLow));
    case CiHighColumn:
        return numberCell(role, p.medianCiHigh, Format::seconds(p.medianCiHigh));
    case NColumn:
        return sort ? QVariant(p.n) : QVariant(Format::count(p.n));
    case RatioColumn:
        return numberCell(role, c.ratio, std::isnan(c.ratio) ? QString() : Format::number(c.ratio, 3) + QStringLiteral("×"));
    case VerdictColumn:
        return sort ? QVariant(GroupComparison::verdictName(c.verdict)) : QVariant(verdictText(c.verdict));
    default:
        return {};
    }
}
