// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelrankmodel.h"

#include "seriescap.h"

#include <algorithm>
#include <map>

namespace {

QStringList modelRankHeaders()
{
    return {ModelRankModel::tr("Method"), ModelRankModel::tr("Hardware"), ModelRankModel::tr("Metric"),
            ModelRankModel::tr("Value"),  ModelRankModel::tr("Rank"),     ModelRankModel::tr("Prompts")};
}

QStringList modelRankFieldNames()
{
    return {QStringLiteral("method"), QStringLiteral("hardware"), QStringLiteral("metric"),
            QStringLiteral("value"),  QStringLiteral("rank"),     QStringLiteral("n")};
}

} // namespace

ModelRankModel::ModelRankModel(QObject *parent)
    : TableModel(modelRankHeaders(), modelRankFieldNames(), parent)
{
    static_assert(ColumnCount == 6);
}

ModelRankModel::~ModelRankModel() = default;

void ModelRankModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void ModelRankModel::setModel(const QString &model)
{
    m_wanted = model;
    recompute();
}

const ModelRankModel::Cell *ModelRankModel::cellAt(int method, int hardware) const
{
    if (method < 0 || method >= m_methods.size() || hardware < 0 || hardware >= m_hardware.size())
        return nullptr;
    const int index = m_cellIndex[std::size_t(method * m_hardware.size() + hardware)];
    return index < 0 ? nullptr : &m_cells[std::size_t(index)];
}

void ModelRankModel::setMaxSeries(std::size_t max)
{
    if (max == m_maxSeries)
        return;
    m_maxSeries = max;
    recompute();
}

void ModelRankModel::compute()
{
    m_model.clear();
    m_models.clear();
    m_methods.clear();
    m_hardware.clear();
    m_cells.clear();
    m_cellIndex.clear();
    m_seriesTotal = 0;
    m_loading.clear();
    if (!m_dataset)
        return;
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    std::vector<bool> present(std::size_t(dataset.models().size()));
    for (int g : m_groups)
        present[groups[std::size_t(g)].model] = true;
    int modelId = -1;
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (!present[i])
            continue;
        m_models.append(dataset.models().at(qsizetype(i)));
        if (modelId < 0 || m_models.last() == m_wanted)
            modelId = int(i);
    }
    if (modelId < 0)
        return;
    m_model = dataset.models().at(modelId);

    // Hardware (colours): the first m_maxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (int(stats.model) == modelId)
            keptHardware[stats.hardware] = true;
    }
    m_seriesTotal = keepFirstSeries(keptHardware, m_maxSeries);

    // method id -> hardware id -> group
    std::map<int, std::map<int, int>> members;
    std::map<int, int> hardwareIndex;
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (int(stats.model) != modelId || !keptHardware[stats.hardware])
            continue;
        members[int(stats.method)][int(stats.hardware)] = g;
        hardwareIndex.emplace(int(stats.hardware), 0);
    }
    for (auto &[id, index] : hardwareIndex) {
        index = int(m_hardware.size());
        m_hardware.append(dataset.hardware().at(id));
    }
    const auto meanOf = [&](int g) { return groups[std::size_t(g)].meanTime; };

    // Rank per hardware: 1 = fastest mean time there.
    std::map<std::pair<int, int>, int> rank; // (method id, hardware id) -> rank
    for (const auto &[hw, index] : hardwareIndex) {
        std::vector<std::pair<double, int>> times;
        for (const auto &[method, perHardware] : members) {
            const auto it = perHardware.find(hw);
            if (it != perHardware.end() && !isMissing(meanOf(it->second)))
                times.emplace_back(meanOf(it->second), method);
        }
        std::sort(times.begin(), times.end());
        for (std::size_t r = 0; r < times.size(); ++r)
            rank[{times[r].second, hw}] = int(r) + 1;
    }

    // Methods by their mean over hardware, missing last.
    struct Row
    {
        int method;
        double score;
    };
    std::vector<Row> order;
    for (const auto &[method, perHardware] : members) {
        double sum = 0;
        int n = 0;
        for (const auto &[hw, g] : perHardware) {
            if (!isMissing(meanOf(g))) {
                sum += meanOf(g);
                ++n;
            }
        }
        order.push_back({method, n ? sum / n : kMissing});
    }
    std::stable_sort(order.begin(), order.end(), [](const Row &a, const Row &b) {
        if (isMissing(a.score) || isMissing(b.score))
            return !isMissing(a.score) && isMissing(b.score);
        return a.score < b.score;
    });
    m_cellIndex.assign(order.size() * std::size_t(m_hardware.size()), -1);
    for (std::size_t r = 0; r < order.size(); ++r) {
        const int method = order[r].method;
        m_methods.append(dataset.methods().at(method));
        for (const auto &[hw, g] : members[method]) {
            const int h = hardwareIndex[hw];
            const auto ranked = rank.find({method, hw});
            m_cellIndex[r * std::size_t(m_hardware.size()) + std::size_t(h)] = int(m_cells.size());
            m_cells.push_back({int(r), h, g, meanOf(g), ranked == rank.end() ? 0 : ranked->second});
        }
    }
    // Loading time: mean over the model's method rows per hardware.
    for (const auto &[hw, index] : hardwareIndex) {
        double sum = 0;
        int n = 0;
        for (const auto &[method, perHardware] : members) {
            const auto it = perHardware.find(hw);
            if (it == perHardware.end())
                continue;
            const double t = groups[std::size_t(it->second)].modelLoadingTime;
            if (!isMissing(t)) {
                sum += t;
                ++n;
            }
        }
        m_loading.push_back(n ? sum / n : kMissing);
    }
}

QVariant ModelRankModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Cell &c = m_cells[std::size_t(row)];
    switch (Column(column)) {
    case MethodColumn:
        return m_methods.at(c.method);
    case HardwareColumn:
        return m_hardware.at(c.hardware);
    case MetricColumn:
        return QStringLiteral("mean_time");
    case ValueColumn:
        return isMissing(c.mean) ? QVariant() : QVariant(c.mean);
    case RankColumn:
        return c.rank > 0 ? QVariant(c.rank) : QVariant();
    case CountColumn:
        return qint64(m_dataset->groups()[std::size_t(c.group)].timedCount);
    case ColumnCount:
        break;
    }
    return {};
}
