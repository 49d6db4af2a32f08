// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwaremodel.h"

#include "seriescap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <map>

namespace {

QStringList hardwareHeaders()
{
    return {HardwareModel::tr("Category"), HardwareModel::tr("Hardware"), HardwareModel::tr("Metric"),
            HardwareModel::tr("Value"),    HardwareModel::tr("Groups"),   HardwareModel::tr("Prompts")};
}

QStringList hardwareFieldNames()
{
    return {QStringLiteral("category"), QStringLiteral("hardware"), QStringLiteral("metric"),
            QStringLiteral("value"),    QStringLiteral("groups"),   QStringLiteral("n")};
}

} // namespace

HardwareModel::HardwareModel(QObject *parent)
    : TableModel(hardwareHeaders(), hardwareFieldNames(), parent)
{
    static_assert(ColumnCount == 6);
}

HardwareModel::~HardwareModel() = default;

void HardwareModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void HardwareModel::setMethod(const QString &method)
{
    if (method == m_method)
        return;
    m_method = method;
    recompute();
}

void HardwareModel::setCategories(Categories categories)
{
    if (categories == m_categoriesBy)
        return;
    m_categoriesBy = categories;
    recompute();
}

void HardwareModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    recompute();
}

void HardwareModel::setMaxSeries(std::size_t max)
{
    if (max == m_maxSeries)
        return;
    m_maxSeries = max;
    recompute();
}

void HardwareModel::compute()
{
    m_categories.clear();
    m_hardwareNames.clear();
    m_bars.clear();
    m_speedUps.clear();
    m_seriesTotal = 0;
    if (!m_dataset || m_groups.empty()) {
        m_state = State::NoData;
        return;
    }
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    const int methodId = m_method.isEmpty() ? -1 : dataset.methodId(m_method);
    const bool byModel = m_categoriesBy == Categories::Models;

    // Hardware (bars of a colour): the first m_maxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if ((m_method.isEmpty() || int(stats.method) == methodId) && !isMissing(stats.meanTime))
            keptHardware[stats.hardware] = true;
    }
    m_seriesTotal = keepFirstSeries(keptHardware, m_maxSeries);

    // category id -> hardware id -> item id (the other dimension) -> group
    std::map<int, std::map<int, std::map<int, int>>> cells;
    std::map<int, int> hardwareIndex;
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (!m_method.isEmpty() && int(stats.method) != methodId)
            continue;
        if (isMissing(stats.meanTime) || !keptHardware[stats.hardware])
            continue;
        const int category = int(byModel ? stats.model : stats.method);
        const int item = int(byModel ? stats.method : stats.model);
        cells[category][int(stats.hardware)][item] = g;
        hardwareIndex.emplace(int(stats.hardware), 0);
    }
    if (cells.empty()) {
        m_state = m_method.isEmpty() ? State::NoData : State::NoDataForMethod;
        return;
    }
    m_state = State::Ready;
    for (auto &[id, index] : hardwareIndex) {
        index = int(m_hardwareNames.size());
        m_hardwareNames.append(dataset.hardware().at(id));
    }
    const QStringList &categoryNames = byModel ? dataset.models() : dataset.methods();
    for (const auto &[category, perHardware] : cells) {
        const int c = int(m_categories.size());
        m_categories.append(categoryNames.at(category));
        // The dot: the geometric mean of the items' mean times, so that a
        // slow method (LIME at minutes a prompt) does not decide it alone; one
        // item is its mean time. The fastest hardware has the lowest such mean,
        // and every other is compared with it by the geometric mean of the
        // time ratios over the items measured on both. Items without a
        // positive time have no logarithm and are left out of both.
        int fastest = -1;
        double fastestLog = 0;
        for (const auto &[hardware, items] : perHardware) {
            double logSum = 0, only = 0;
            int positive = 0;
            qint64 n = 0;
            for (const auto &[item, g] : items) {
                const double t = groups[std::size_t(g)].meanTime;
                if (!(t > 0) || !std::isfinite(t))
                    continue;
                logSum += std::log(t);
                only = t;
                ++positive;
                n += groups[std::size_t(g)].timedCount;
            }
            if (positive == 0)
                continue;
            const double meanLog = logSum / positive;
            m_bars.push_back({c, hardwareIndex[hardware], positive == 1 ? only : std::exp(meanLog), positive, n});
            if (fastest < 0 || meanLog < fastestLog) {
                fastest = hardware;
                fastestLog = meanLog;
            }
        }
        if (perHardware.size() < 2 || fastest < 0)
            continue;
        const auto &fast = perHardware.at(fastest);
        for (const auto &[hardware, items] : perHardware) {
            if (hardware == fastest)
                continue;
            double logSum = 0;
            int paired = 0;
            for (const auto &[item, g] : fast) {
                const auto other = items.find(item);
                if (other == items.end())
                    continue;
                const double ratio = groups[std::size_t(other->second)].meanTime / groups[std::size_t(g)].meanTime;
                if (!(ratio > 0) || !std::isfinite(ratio))
                    continue;
                logSum += std::log(ratio);
                ++paired;
            }
            if (paired > 0)
                m_speedUps.push_back({c, dataset.hardware().at(fastest), dataset.hardware().at(hardware),
                                      std::exp(logSum / paired), paired});
        }
    }
    if (m_sort == Sort::SpeedUp)
        sortBySpeedUp();
}

void HardwareModel::sortBySpeedUp()
{
    std::vector<double> largest(std::size_t(m_categories.size()), 0.0);
    for (const SpeedUp &speedUp : m_speedUps)
        largest[std::size_t(speedUp.category)] = std::max(largest[std::size_t(speedUp.category)], speedUp.ratio);
    std::vector<int> order(largest.size());
    std::iota(order.begin(), order.end(), 0);
    // Equal speed-ups up to rounding (geometric means of equal ratios) keep name order.
    const auto key = [&largest](int c) {
        const double v = largest[std::size_t(c)];
        return v > 0 ? std::llround(std::log(v) * 1e9) : std::numeric_limits<long long>::min();
    };
    std::stable_sort(order.begin(), order.end(), [&key](int a, int b) { return key(a) > key(b); });
    std::vector<int> newIndex(order.size());
    QStringList categories;
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[std::size_t(order[i])] = int(i);
        categories.append(m_categories.at(order[i]));
    }
    m_categories = categories;
    for (Bar &bar : m_bars)
        bar.category = newIndex[std::size_t(bar.category)];
    for (SpeedUp &speedUp : m_speedUps)
        speedUp.category = newIndex[std::size_t(speedUp.category)];
    // Rows stay ordered by category, then hardware (or the fastest's list order).
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) { return a.category < b.category; });
    std::stable_sort(m_speedUps.begin(), m_speedUps.end(),
                     [](const SpeedUp &a, const SpeedUp &b) { return a.category < b.category; });
}

QVariant HardwareModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Bar &bar = m_bars[std::size_t(row)];
    switch (Column(column)) {
    case CategoryColumn:
        return m_categories.at(bar.category);
    case HardwareColumn:
        return m_hardwareNames.at(bar.hardware);
    case MetricColumn:
        return metricName();
    case ValueColumn:
        return bar.value;
    case ItemsColumn:
        return bar.items;
    case CountColumn:
        return bar.n;
    case ColumnCount:
        break;
    }
    return {};
}
