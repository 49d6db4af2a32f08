// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodtimingmodel.h"

#include "format.h"
#include "timingroles.h"

#include <QFileInfo>

MethodTimingModel::MethodTimingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MethodTimingModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int MethodTimingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->methodRowCount());
}

int MethodTimingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MethodTimingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const auto [source, row] = m_dataset->locateMethodRow(index.row());
    const SourceData &data = *m_dataset->sources()[source];
    const MethodRecord &r = data.methods[row];
    switch (role) {
    case TimingRoles::ModelNameRole:
        return r.model;
    case TimingRoles::MethodNameRole:
        return r.method;
    case TimingRoles::HardwareNameRole:
        return r.hardware;
    case TimingRoles::SearchTextRole:
        return QStringList{r.model, r.method, r.hardware, r.platform, r.torchVersion}.join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return data.name;
        return {};
    case Qt::DisplayRole:
    case TimingRoles::SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == TimingRoles::SortRole;
    auto number = [raw](double v, QString (*format)(double)) -> QVariant {
        if (raw)
            return std::isnan(v) ? QVariant() : QVariant(v);
        return format(v);
    };
    auto countText = [](double v) { return Format::number(v, 12); };
    switch (Column(index.column())) {
    case SourceColumn:
        return raw ? data.name : QFileInfo(data.name).fileName();
    case ModelColumn:
        return r.model;
    case MethodColumn:
        return r.method;
    case HardwareColumn:
        return r.hardware;
    case SuccessfulPromptsColumn:
        return number(r.successfulPrompts, countText);
    case TotalPromptsColumn:
        return number(r.totalPrompts, countText);
    case SuccessRateColumn:
        return number(r.successRate, Format::percent);
    case AverageTimeColumn:
        return number(r.averageTime, Format::seconds);
    case AttributionTimeColumn:
        return number(r.attributionTime, Format::seconds);
    case ModelLoadingTimeColumn:
        return number(r.modelLoadingTime, Format::seconds);
    case TotalTimeColumn:
        return number(r.totalTime, Format::seconds);
    case PlatformColumn:
        return r.platform;
    case CpuModelColumn:
        return r.cpuModel;
    case GpuInfoColumn:
        return r.gpuInfo;
    case TorchVersionColumn:
        return r.torchVersion;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MethodTimingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SourceColumn:
        return tr("Source");
    case ModelColumn:
        return tr("Model");
    case MethodColumn:
        return tr("Method");
    case HardwareColumn:
        return tr("Hardware");
    case SuccessfulPromptsColumn:
        return tr("Successful");
    case TotalPromptsColumn:
        return tr("Prompts");
    case SuccessRateColumn:
        return tr("Success rate");
    case AverageTimeColumn:
        return tr("Average time");
    case AttributionTimeColumn:
        return tr("Attribution time");
    case ModelLoadingTimeColumn:
        return tr("Model loading");
    case TotalTimeColumn:
        return tr("Total time");
    case PlatformColumn:
        return tr("Platform");
    case CpuModelColumn:
        return tr("CPU");
    case GpuInfoColumn:
        return tr("GPU");
    case TorchVersionColumn:
        return tr("Torch");
    case ColumnCount:
        break;
    }
    return {};
}
