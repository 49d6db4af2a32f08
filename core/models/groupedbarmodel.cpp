// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupedbarmodel.h"

#include "format.h"
#include "seriescap.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <map>

namespace {

QStringList barHeaders()
{
    return {GroupedBarModel::tr("Category"), GroupedBarModel::tr("Model"),  GroupedBarModel::tr("Method"),
            GroupedBarModel::tr("Hardware"), GroupedBarModel::tr("Metric"), GroupedBarModel::tr("Value"),
            GroupedBarModel::tr("Low"),      GroupedBarModel::tr("High"),   GroupedBarModel::tr("Prompts")};
}

QStringList barFieldNames()
{
    return {QStringLiteral("category"), QStringLiteral("model"), QStringLiteral("method"),
            QStringLiteral("hardware"), QStringLiteral("metric"), QStringLiteral("value"),
            QStringLiteral("low"),      QStringLiteral("high"),   QStringLiteral("n")};
}

QVariant numberOrEmpty(double v)
{
    return isMissing(v) ? QVariant() : QVariant(v);
}

} // namespace

GroupedBarModel::GroupedBarModel(QObject *parent)
    : TableModel(barHeaders(), barFieldNames(), parent)
{
    static_assert(ColumnCount == 9);
}

GroupedBarModel::~GroupedBarModel() = default;

void GroupedBarModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void GroupedBarModel::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    recompute();
}

void GroupedBarModel::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    recompute();
}

void GroupedBarModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    recompute();
}

void GroupedBarModel::setMaxSeries(std::size_t max)
{
    if (max == m_maxSeries)
        return;
    m_maxSeries = max;
    recompute();
}

void GroupedBarModel::setHardware(const QString &hardware)
{
    if (hardware == m_hardware)
        return;
    m_hardware = hardware;
    recompute();
}

double GroupedBarModel::metricValue(const GroupStats &stats, Metric metric)
{
    switch (metric) {
    case Metric::MeanTime:
        return stats.meanTime;
    case Metric::MedianTime:
        return stats.medianTime;
    case Metric::P95Time:
        return stats.p95Time;
    case Metric::TokensPerSecond:
        return stats.meanTokensPerSecond;
    }
    return kMissing;
}

QString GroupedBarModel::metricField(Metric metric)
{
    switch (metric) {
    case Metric::MeanTime:
        return QStringLiteral("mean_time");
    case Metric::MedianTime:
        return QStringLiteral("median_time");
    case Metric::P95Time:
        return QStringLiteral("p95_time");
    case Metric::TokensPerSecond:
        return QStringLiteral("mean_tokens_per_second");
    }
    return {};
}

void GroupedBarModel::compute()
{
    m_categories.clear();
    m_setNames.clear();
    m_bars.clear();
    m_rows.clear();
    m_shownHardware.clear();
    m_seriesTotal = 0;
    if (!m_dataset || m_groups.empty()) {
        m_state = State::NoData;
        return;
    }
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    const bool byModel = m_groupBy == GroupBy::Model;
    const bool allHardware = m_hardware.isEmpty();
    const int onlyHardware = allHardware ? -1 : dataset.hardwareId(m_hardware);

    // Hardware goes into the category only when there is more than one to tell apart.
    std::vector<bool> hardwareSeen(std::size_t(dataset.hardware().size()));
    for (int g : m_groups)
        hardwareSeen[groups[std::size_t(g)].hardware] = true;
    const bool hardwareInCategory = allHardware && std::count(hardwareSeen.begin(), hardwareSeen.end(), true) > 1;
    if (!hardwareInCategory) {
        m_shownHardware = allHardware
            ? dataset.hardware().at(qsizetype(std::find(hardwareSeen.begin(), hardwareSeen.end(), true) - hardwareSeen.begin()))
            : m_hardware;
    }

    // Sets (bars of a colour): the first m_maxSeries by name.
    std::vector<bool> keptSets(std::size_t(byModel ? dataset.methods().size() : dataset.models().size()));
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (allHardware || int(stats.hardware) == onlyHardware)
            keptSets[byModel ? stats.method : stats.model] = true;
    }
    m_seriesTotal = keepFirstSeries(keptSets, m_maxSeries);

    // Category key: (model or method id, hardware id or -1) -> (set id, group).
    // Ids follow sorted names, so map order is name order.
    std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> members;
    std::map<int, int> setIndex;
    for (int g : m_groups) {
        const GroupStats &stats = groups[std::size_t(g)];
        if (!allHardware && int(stats.hardware) != onlyHardware)
            continue;
        const int primary = int(byModel ? stats.model : stats.method);
        const int secondary = int(byModel ? stats.method : stats.model);
        if (!keptSets[std::size_t(secondary)])
            continue;
        members[{primary, hardwareInCategory ? int(stats.hardware) : -1}].emplace_back(secondary, g);
        setIndex.emplace(secondary, 0);
    }
    if (members.empty()) {
        m_state = State::NoDataForHardware;
        m_shownHardware.clear();
        return;
    }
    m_state = State::Ready;
    const QStringList &primaryNames = byModel ? dataset.models() : dataset.methods();
    const QStringList &secondaryNames = byModel ? dataset.methods() : dataset.models();
    for (auto &[id, index] : setIndex) {
        index = int(m_setNames.size());
        m_setNames.append(secondaryNames.at(id));
    }

    for (const auto &[key, list] : members) {
        double sum = 0;
        int n = 0;
        for (const auto &[secondary, g] : list) {
            const double v = metricValue(groups[std::size_t(g)], m_metric);
            if (!isMissing(v)) {
                sum += v;
                ++n;
            }
        }
        Category category{key.first, key.second, n ? sum / n : kMissing, primaryNames.at(key.first)};
        if (key.second >= 0)
            category.label += QStringLiteral(" · ") + dataset.hardware().at(key.second);
        m_categories.push_back(std::move(category));
    }
    if (m_sort == Sort::Performance) {
        // Best first; no value sorts last, never as 0.
        const bool higher = higherIsBetter(m_metric);
        std::stable_sort(m_categories.begin(), m_categories.end(), [higher](const Category &a, const Category &b) {
            if (isMissing(a.score) || isMissing(b.score))
                return !isMissing(a.score) && isMissing(b.score);
            return higher ? a.score > b.score : a.score < b.score;
        });
    }

    const bool interval = m_metric == Metric::MedianTime;
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        auto list = members[{m_categories[c].primary, m_categories[c].hardware}];
        std::sort(list.begin(), list.end()); // sets in legend order
        for (const auto &[secondary, g] : list) {
            const GroupStats &stats = groups[std::size_t(g)];
            Bar bar;
            bar.category = int(c);
            bar.set = setIndex[secondary];
            bar.group = g;
            bar.value = metricValue(stats, m_metric);
            bar.n = higherIsBetter(m_metric) ? stats.rateCount : stats.timedCount;
            const bool hasInterval = interval && !isMissing(stats.medianCiLow) && !isMissing(stats.medianCiHigh);
            bar.low = hasInterval ? stats.medianCiLow : kMissing;
            bar.high = hasInterval ? stats.medianCiHigh : kMissing;
            m_bars.push_back(bar);
        }
    }

    // Rows: primary ids are in name order, so the map is too.
    std::map<int, std::pair<double, int>> logSums; // primary -> (sum of logs, count)
    for (const Bar &bar : m_bars) {
        auto &[sum, n] = logSums[m_categories[std::size_t(bar.category)].primary];
        if (!isMissing(bar.value) && bar.value > 0) {
            sum += std::log(bar.value);
            ++n;
        }
    }
    for (const auto &[primary, logSum] : logSums)
        m_rows.push_back({primary, logSum.second ? std::exp(logSum.first / logSum.second) : kMissing});
    if (m_sort == Sort::Performance) {
        const bool higher = higherIsBetter(m_metric);
        std::stable_sort(m_rows.begin(), m_rows.end(), [higher](const Row &a, const Row &b) {
            if (isMissing(a.score) || isMissing(b.score))
                return !isMissing(a.score) && isMissing(b.score);
            return higher ? a.score > b.score : a.score < b.score;
        });
    }
}

std::vector<int> GroupedBarModel::bestSets() const
{
    std::vector<std::pair<double, int>> logSums(std::size_t(m_setNames.size()), {0.0, 0});
    for (const Bar &bar : m_bars) {
        if (!isMissing(bar.value) && bar.value > 0) {
            logSums[std::size_t(bar.set)].first += std::log(bar.value);
            logSums[std::size_t(bar.set)].second += 1;
        }
    }
    std::vector<int> order(logSums.size());
    std::iota(order.begin(), order.end(), 0);
    const bool higher = higherIsBetter(m_metric);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &[sumA, nA] = logSums[std::size_t(a)];
        const auto &[sumB, nB] = logSums[std::size_t(b)];
        if (nA == 0 || nB == 0)
            return nA > 0 && nB == 0;
        return higher ? sumA / nA > sumB / nB : sumA / nA < sumB / nB;
    });
    return order;
}

QVariant GroupedBarModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Bar &bar = m_bars[std::size_t(row)];
    const GroupStats &stats = m_dataset->groups()[std::size_t(bar.group)];
    switch (Column(column)) {
    case CategoryColumn:
        return role == SortRole ? QVariant(bar.category) : QVariant(m_categories[std::size_t(bar.category)].label);
    case ModelColumn:
        return m_dataset->models().at(stats.model);
    case MethodColumn:
        return m_dataset->methods().at(stats.method);
    case HardwareColumn:
        return m_dataset->hardware().at(stats.hardware);
    case MetricColumn:
        return metricField(m_metric);
    case ValueColumn:
        return numberOrEmpty(bar.value);
    case LowColumn:
        return numberOrEmpty(bar.low);
    case HighColumn:
        return numberOrEmpty(bar.high);
    case CountColumn:
        return bar.n;
    case ColumnCount:
        break;
    }
    return {};
}
