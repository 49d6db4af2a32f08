// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodtimingmodel.h"

#include "format.h"
#include "timingroles.h"

#include <QFileInfo>

MethodTimingModel::MethodTimingModel(QObject *parent)
    : TableModel({tr("Source"), tr("Model"), tr("Method"), tr("Hardware"), tr("Successful"), tr("Prompts"),
                  tr("Success rate"), tr("Average time"), tr("Attribution time"), tr("Model loading"),
                  tr("Total time"), tr("Platform"), tr("CPU"), tr("GPU"), tr("Torch")},
                 {QStringLiteral("source"), QStringLiteral("model"), QStringLiteral("method"),
                  QStringLiteral("hardware"), QStringLiteral("successful_prompts"), QStringLiteral("total_prompts"),
                  QStringLiteral("success_rate"), QStringLiteral("average_time"), QStringLiteral("attribution_time"),
                  QStringLiteral("model_loading_time"), QStringLiteral("total_time"), QStringLiteral("platform"),
                  QStringLiteral("cpu_model"), QStringLiteral("gpu_info"), QStringLiteral("torch_version")},
                 parent)
{
}

void MethodTimingModel::setDataset(DatasetPtr dataset)
{
    m_next = std::move(dataset);
    recompute();
}

void MethodTimingModel::compute()
{
    m_dataset = std::move(m_next);
}

QVariant MethodTimingModel::cell(int index, int column, int role) const
{
    const auto [source, row] = m_dataset->locateMethodRow(index);
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
        if (column == SourceColumn)
            return data.name;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == SortRole;
    auto number = [role](double v, QString (*format)(double)) { return numberCell(role, v, format(v)); };
    auto countText = [](double v) { return Format::number(v, 12); };
    switch (Column(column)) {
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
