// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupstatsmodel.h"

#include "format.h"
#include "timingroles.h"

GroupStatsModel::GroupStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GroupStatsModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int GroupStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->groups().size());
}

int GroupStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant GroupStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const GroupStats &g = m_dataset->groups()[std::size_t(index.row())];
    const auto column = Column(index.column());
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
        return index.row();
    case TimingRoles::SearchTextRole:
        return QStringList{model, method, hardware}.join(QLatin1Char(' '));
    case Qt::TextAlignmentRole:
        return column <= HardwareColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TimingRoles::SortRole:
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
        if (role == TimingRoles::SortRole)
            return qint64(value(g, column));
        return Format::count(qint64(value(g, column)));
    case ColumnCount:
        return {};
    default:
        break;
    }
    const double v = value(g, column);
    if (role == TimingRoles::SortRole)
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

QVariant GroupStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeanTokensPerSecondColumn:
        case MedianTokensPerSecondColumn:
            return tr("Input tokens per second of attribution, over successful prompts");
        case P95TimeColumn:
            return tr("95th percentile, linear interpolation between order statistics");
        case StdTimeColumn:
            return tr("Sample standard deviation (n − 1); needs two timed prompts");
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
    case PromptsColumn:
        return tr("Prompts");
    case SuccessfulColumn:
        return tr("Successful");
    case SuccessRateColumn:
        return tr("Success rate");
    case MeanTimeColumn:
        return tr("Mean time");
    case MedianTimeColumn:
        return tr("Median time");
    case MinTimeColumn:
        return tr("Min time");
    case MaxTimeColumn:
        return tr("Max time");
    case P95TimeColumn:
        return tr("P95 time");
    case StdTimeColumn:
        return tr("Std. dev.");
    case MeanTokensPerSecondColumn:
        return tr("Mean tokens/s");
    case MedianTokensPerSecondColumn:
        return tr("Median tokens/s");
    case ColumnCount:
        break;
    }
    return {};
}
