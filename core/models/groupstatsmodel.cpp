// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupstatsmodel.h"

#include "format.h"
#include "timingroles.h"

GroupStatsModel::GroupStatsModel(QObject *parent)
    : TableModel({tr("Model"), tr("Method"), tr("Hardware"), tr("Prompts"), tr("Successful"), tr("Success rate"),
                  tr("Mean time"), tr("Median time"), tr("Min time"), tr("Max time"), tr("P95 time"),
                  tr("Std. dev."), tr("Mean tokens/s"), tr("Median tokens/s")},
                 {QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("hardware"),
                  QStringLiteral("prompts"), QStringLiteral("successful"), QStringLiteral("success_rate"),
                  QStringLiteral("mean_time"), QStringLiteral("median_time"), QStringLiteral("min_time"),
                  QStringLiteral("max_time"), QStringLiteral("p95_time"), QStringLiteral("std_time"),
                  QStringLiteral("mean_tokens_per_second"), QStringLiteral("median_tokens_per_second")},
                 parent)
{
    QStringList tips(ColumnCount);
    tips[MeanTokensPerSecondColumn] = tr("Input tokens per second of attribution, over successful prompts");
    tips[MedianTokensPerSecondColumn] = tips[MeanTokensPerSecondColumn];
    tips[P95TimeColumn] = tr("95th percentile, linear interpolation between order statistics");
    tips[StdTimeColumn] = tr("Sample standard deviation (n − 1); needs two timed prompts");
    setHeaderToolTips(tips);
}

void GroupStatsModel::setDataset(DatasetPtr dataset)
{
    m_next = std::move(dataset);
    recompute();
}

void GroupStatsModel::compute()
{
    m_dataset = std::move(m_next);
}

double GroupStatsModel::value(const GroupStats &g, Column column)
{
    switch (column) {
    case PromptsColumn:
        return double(g.prompts);
    case SuccessfulColumn:
        return double(g.successful);
    case SuccessRateColumn:
        return g.successRate;
    case MeanTimeColumn:
        return g.meanTime;
    case MedianTimeColumn:
        return g.medianTime;
    case MinTimeColumn:
        return g.minTime;
    case MaxTimeColumn:
        return g.maxTime;
    case P95TimeColumn:
        return g.p95Time;
    case StdTimeColumn:
        return g.stdTime;
    case MeanTokensPerSecondColumn:
        return g.meanTokensPerSecond;
    case MedianTokensPerSecondColumn:
        return g.medianTokensPerSecond;
    case ModelColumn:
    case MethodColumn:
    case HardwareColumn:
    case ColumnCount:
        break;
    }
    return kMissing;
}

QVariant GroupStatsModel::cell(int row, int col, int role) const
{
    const GroupStats &g = m_dataset->groups()[std::size_t(row)];
    const auto column = Column(col);
    const QString &model = m_dataset->models()[g.model];
    const QString &method = m_dataset->methods()[g.method];
    const QString &hardware = m_dataset->hardware()[g.hardware];
    switch (role) {
    case TimingRoles::ModelNameRole:
        return model;
    case TimingRoles::MethodNameRole:
        return method;
    case TimingRoles::HardwareNameRole:
        return hardware;
    case TimingRoles::GroupIndexRole:
        return row;
    case TimingRoles::SearchTextRole:
        return QStringList{model, method, hardware}.join(QLatin1Char(' '));
    case Qt::TextAlignmentRole:
        return column <= HardwareColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case ModelColumn:
        return model;
    case MethodColumn:
        return method;
    case HardwareColumn:
        return hardware;
    case PromptsColumn:
    case SuccessfulColumn:
        if (role == SortRole)
            return qint64(value(g, column));
        return Format::count(qint64(value(g, column)));
    case ColumnCount:
        return {};
    default:
        break;
    }
    const double v = value(g, column);
    if (role == SortRole)
        return std::isnan(v) ? QVariant() : QVariant(v);
    if (role == Qt::ToolTipRole && g.fromMethodRows)
        return tr("From the method summary row: this group has no prompt rows.");
    switch (column) {
    case SuccessRateColumn:
        return Format::percent(v);
    case MeanTokensPerSecondColumn:
    case MedianTokensPerSecondColumn:
        return Format::tokensPerSecond(v);
    default:
        return Format::seconds(v);
    }
}
