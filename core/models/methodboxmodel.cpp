// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodboxmodel.h"

#include "seriescap.h"

#include "statistics.h"

#include <map>

namespace {

QStringList methodBoxHeaders()
{
    return {MethodBoxModel::tr("Model"), MethodBoxModel::tr("Hardware"), MethodBoxModel::tr("Metric"),
            MethodBoxModel::tr("Prompts"), MethodBoxModel::tr("Min"), MethodBoxModel::tr("Q1"),
            MethodBoxModel::tr("Median"), MethodBoxModel::tr("Q3"), MethodBoxModel::tr("Max"),
            MethodBoxModel::tr("Mean")};
}

QStringList methodBoxFieldNames()
{
    return {QStringLiteral("model"), QStringLiteral("hardware"), QStringLiteral("metric"), QStringLiteral("n"),
            QStringLiteral("min"),   QStringLiteral("q1"),       QStringLiteral("median"), QStringLiteral("q3"),
            QStringLiteral("max"),   QStringLiteral("mean")};
}

QVariant numberOrEmpty(double v)
{
    return isMissing(v) ? QVariant() : QVariant(v);
}

} // namespace

MethodBoxModel::MethodBoxModel(QObject *parent)
    : TableModel(methodBoxHeaders(), methodBoxFieldNames(), parent)
{
    static_assert(ColumnCount == 10);
}

MethodBoxModel::~MethodBoxModel() = default;

void MethodBoxModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void MethodBoxModel::setMethod(const QString &method)
{
    m_wanted = method;
    recompute();
}

const MethodBoxModel::Cell *MethodBoxModel::cellAt(int model, int hardware) const
{
    if (model < 0 || model >= m_models.size() || hardware < 0 || hardware >= m_hardware.size())
        return nullptr;
    const int index = m_cellIndex[std::size_t(model * m_hardware.size() + hardware)];
    return index < 0 ? nullptr : &m_cells[std::size_t(index)];
}

void MethodBoxModel::setMaxSeries(std::size_t max)
{
    if (max == m_maxSeries)
        return;
    m_maxSeries = max;
    recompute();
}

void MethodBoxModel::compute()
{
    m_method.clear();
    m_methods.clear();
    m_models.clear();
    m_hardware.clear();
    m_cells.clear();
    m_cellIndex.clear();
    m_seriesTotal = 0;
    if (!m_dataset)
        return;
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    std::vector<bool> present(std::size_t(dataset.methods().size()));
    for (int g : m_groups)
        present[groups[std::size_t(g)].method] = true;
    int methodId = -1;
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (!present[i])
            continue;
        m_methods.append(dataset.methods().at(qsizetype(i)));
        if (methodId < 0 || m_methods.last() == m_wanted)
            methodId = int(i);
    }
    if (methodId < 0)
        return;
    m_method = dataset.methods().at(methodId);

    // Hardware (colours): the first m_maxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (int(stats.method) == methodId)
            keptHardware[stats.hardware] = true;
    }
    m_seriesTotal = keepFirstSeries(keptHardware, m_maxSeries);

    // (model id, hardware id) -> group; map order is name order.
    std::map<std::pair<int, int>, int> members;
    std::map<int, int> modelIndex, hardwareIndex;
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (int(stats.method) != methodId || !keptHardware[stats.hardware])
            continue;
        members[{int(stats.model), int(stats.hardware)}] = g;
        modelIndex.emplace(int(stats.model), 0);
        hardwareIndex.emplace(int(stats.hardware), 0);
    }
    for (auto &[id, index] : modelIndex) {
        index = int(m_models.size());
        m_models.append(dataset.models().at(id));
    }
    for (auto &[id, index] : hardwareIndex) {
        index = int(m_hardware.size());
        m_hardware.append(dataset.hardware().at(id));
    }
    m_cellIndex.assign(std::size_t(m_models.size() * m_hardware.size()), -1);
    for (const auto &[key, g] : members) {
        Cell cell;
        cell.model = modelIndex[key.first];
        cell.hardware = hardwareIndex[key.second];
        cell.group = g;
        const auto times = dataset.groupTimes(std::size_t(g));
        cell.n = qint64(times.size());
        cell.min = times.empty() ? kMissing : times.front();
        cell.q1 = times.empty() ? kMissing : Statistics::quantileSorted(times, 0.25);
        cell.median = times.empty() ? kMissing : Statistics::quantileSorted(times, 0.5);
        cell.q3 = times.empty() ? kMissing : Statistics::quantileSorted(times, 0.75);
        cell.max = times.empty() ? kMissing : times.back();
        cell.mean = groups[std::size_t(g)].meanTime;
        m_cellIndex[std::size_t(cell.model * m_hardware.size() + cell.hardware)] = int(m_cells.size());
        m_cells.push_back(cell);
    }
}

QVariant MethodBoxModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Cell &c = m_cells[std::size_t(row)];
    switch (Column(column)) {
    case ModelColumn:
        return m_models.at(c.model);
    case HardwareColumn:
        return m_hardware.at(c.hardware);
    case MetricColumn:
        return QStringLiteral("time");
    case CountColumn:
        return c.n;
    case MinColumn:
        return numberOrEmpty(c.min);
    case Q1Column:
        return numberOrEmpty(c.q1);
    case MedianColumn:
        return numberOrEmpty(c.median);
    case Q3Column:
        return numberOrEmpty(c.q3);
    case MaxColumn:
        return numberOrEmpty(c.max);
    case MeanColumn:
        return numberOrEmpty(c.mean);
    case ColumnCount:
        break;
    }
    return {};
}
