// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentmodel.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace {

const QString kDash = QStringLiteral("—");

QString text(const QString &value)
{
    return value.isEmpty() ? kDash : value;
}

QString numberText(double value)
{
    return std::isnan(value) ? kDash : QLocale().toString(value, 'g', 6);
}

QString triStateText(TriState value)
{
    switch (value) {
    case TriState::True:
        return EnvironmentModel::tr("yes");
    case TriState::False:
        return EnvironmentModel::tr("no");
    case TriState::Unknown:
        break;
    }
    return kDash;
}

} // namespace

EnvironmentModel::EnvironmentModel(QObject *parent)
    : TableModel({tr("Hardware"), tr("Platform"), tr("CPU"), tr("Cores"), tr("Memory (GB)"), tr("GPU"), tr("torch"),
                  tr("CUDA"), tr("MPS")},
                 {QStringLiteral("hardware"), QStringLiteral("platform"), QStringLiteral("cpu_model"),
                  QStringLiteral("cpu_cores"), QStringLiteral("memory_gb"), QStringLiteral("gpu"),
                  QStringLiteral("torch_version"), QStringLiteral("cuda"), QStringLiteral("mps")},
                 parent)
{
}

void EnvironmentModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void EnvironmentModel::compute()
{
    m_machines.clear();
    if (!m_dataset)
        return;
    QSet<QString> shown;
    for (int g : m_groups)
        shown.insert(m_dataset->hardware()[m_dataset->groups()[std::size_t(g)].hardware]);
    for (MachineEnvironment &e : Environment::fromSources(m_dataset->sources())) {
        if (shown.contains(e.hardware))
            m_machines.push_back(std::move(e));
    }
}

QVariant EnvironmentModel::cell(int row, int column, int role) const
{
    const MachineEnvironment &e = m_machines[std::size_t(row)];
    if (role == Qt::TextAlignmentRole && (column == CoresColumn || column == MemoryColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == TableModel::SortRole) {
        if (column == CoresColumn)
            return std::isnan(e.cpuCores) ? QVariant() : QVariant(e.cpuCores);
        if (column == MemoryColumn)
            return std::isnan(e.memoryGb) ? QVariant() : QVariant(e.memoryGb);
    } else if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case HardwareColumn:
        return e.hardware;
    case PlatformColumn:
        return text(e.platform);
    case CpuColumn:
        return text(e.cpuModel);
    case CoresColumn:
        return numberText(e.cpuCores);
    case MemoryColumn:
        return numberText(e.memoryGb);
    case GpuColumn:
        return text(e.gpu);
    case TorchColumn:
        return text(e.torchVersion);
    case CudaColumn:
        return triStateText(e.cuda);
    case MpsColumn:
        return triStateText(e.mps);
    default:
        return {};
    }
}
