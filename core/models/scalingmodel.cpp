// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalingmodel.h"

#include "seriescap.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace {

QStringList scalingHeaders()
{
    return {ScalingModel::tr("Model"),      ScalingModel::tr("Method"),      ScalingModel::tr("Hardware"),
            ScalingModel::tr("Intercept"),  ScalingModel::tr("Per 1000 tokens"), ScalingModel::tr("r²"),
            ScalingModel::tr("Prompts"),    ScalingModel::tr("Min tokens"),  ScalingModel::tr("Max tokens"),
            ScalingModel::tr("Drawn")};
}

QStringList scalingFieldNames()
{
    return {QStringLiteral("model"),     QStringLiteral("method"),     QStringLiteral("hardware"),
            QStringLiteral("intercept"), QStringLiteral("seconds_per_1k_tokens"), QStringLiteral("r2"),
            QStringLiteral("n"),         QStringLiteral("min_tokens"), QStringLiteral("max_tokens"),
            QStringLiteral("drawn")};
}

} // namespace

ScalingModel::ScalingModel(QObject *parent)
    : TableModel(scalingHeaders(), scalingFieldNames(), parent)
{
    static_assert(ColumnCount == 10);
}

ScalingModel::~ScalingModel() = default;

void ScalingModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void ScalingModel::setMaxSeries(std::size_t max)
{
    if (max == m_maxSeries)
        return;
    m_maxSeries = max;
    recompute();
}

void ScalingModel::setHardware(const QString &hardware)
{
    if (hardware == m_hardware)
        return;
    m_hardware = hardware;
    recompute();
}

void ScalingModel::setLines(Lines lines, const QString &model)
{
    if (lines == m_lines && model == m_wantedLineModel)
        return;
    m_lines = lines;
    m_wantedLineModel = model;
    recompute();
}

void ScalingModel::chooseLines()
{
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    std::set<std::uint32_t> fitted;
    for (const Fit &fit : m_fits)
        fitted.insert(groups[std::size_t(fit.group)].model);
    for (std::uint32_t model : fitted)
        m_fittedModels.append(dataset.models()[model]);
    std::sort(m_fittedModels.begin(), m_fittedModels.end());
    const bool oneModel = m_lines == Lines::OneModel || (m_lines == Lines::Auto && m_fits.size() > kMaxFitLines);
    if (oneModel && !m_fittedModels.isEmpty()) {
        m_lineModel = m_fittedModels.contains(m_wantedLineModel) ? m_wantedLineModel : m_fittedModels.front();
        const int model = dataset.modelId(m_lineModel);
        for (Fit &fit : m_fits)
            fit.drawn = int(groups[std::size_t(fit.group)].model) == model;
    }
    // Past the cap, of the candidates, the lines of the groups with the most fitted prompts.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_fits.size(); ++i) {
        if (m_fits[i].drawn)
            order.push_back(i);
    }
    if (order.size() > kMaxFitLines) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return groups[std::size_t(m_fits[a].group)].fitN > groups[std::size_t(m_fits[b].group)].fitN;
        });
        for (std::size_t i = kMaxFitLines; i < order.size(); ++i)
            m_fits[order[i]].drawn = false;
    }
}

namespace {

std::uint64_t mix(std::uint64_t z) // splitmix64's finaliser
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

void ScalingModel::indexPoints()
{
    const Dataset &dataset = *m_dataset;
    if (m_indexed.lock() == m_dataset)
        return;
    const std::size_t groupCount = dataset.groups().size();
    m_groupPoints.assign(groupCount, 0);
    m_drawOrder.assign(groupCount, {});
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    for (std::size_t g = 0; g < groupCount; ++g) {
        const auto tokens = dataset.groupTokens(g);
        const auto times = dataset.groupTokenTimes(g);
        keyed.clear();
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            // A point needs both a token count and a time: a prompt without a
            // token count (a missing field, a method summary) has no place on the x axis.
            if (std::isfinite(tokens[i]) && std::isfinite(times[i]))
                keyed.push_back({mix((std::uint64_t(g) << 32) | i), std::uint32_t(i)});
        }
        m_groupPoints[g] = keyed.size();
        // A sample never takes more than kMaxPoints of one group.
        const auto end = keyed.begin() + std::ptrdiff_t(std::min(keyed.size(), kMaxPoints));
        std::partial_sort(keyed.begin(), end, keyed.end());
        auto &order = m_drawOrder[g];
        order.reserve(std::size_t(end - keyed.begin()));
        for (auto it = keyed.begin(); it != end; ++it)
            order.push_back(it->second);
    }
    m_indexed = m_dataset;
}

QString ScalingModel::groupName(int group) const
{
    const Dataset &dataset = *m_dataset;
    const GroupStats &s = dataset.groups()[std::size_t(group)];
    QString name = dataset.models()[s.model] + QStringLiteral(" · ") + dataset.methods()[s.method];
    if (!m_oneHardware)
        name += QStringLiteral(" · ") + dataset.hardware()[s.hardware];
    return name;
}

void ScalingModel::compute()
{
    m_shown.clear();
    m_series.clear();
    m_fits.clear();
    m_drawnFits = 0;
    m_totalPoints = 0;
    m_stride = 1;
    m_medianTokens = kMissing;
    m_perGroup = false;
    m_seriesTotal = 0;
    m_lineModel.clear();
    m_fittedModels.clear();
    if (!m_dataset || m_groups.empty()) {
        m_state = State::NoData;
        return;
    }
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    const int hardware = m_hardware.isEmpty() ? -1 : dataset.hardwareId(m_hardware);
    for (int g : m_groups) {
        if (m_hardware.isEmpty() || int(groups[std::size_t(g)].hardware) == hardware)
            m_shown.push_back(g);
    }
    m_oneHardware = !m_hardware.isEmpty() || dataset.hardware().size() == 1;
    indexPoints();
    const std::vector<std::size_t> &points = m_groupPoints;
    std::vector<int> withPoints;
    for (int g : m_shown) {
        if (points[std::size_t(g)] > 0)
            withPoints.push_back(g);
    }
    if (withPoints.empty()) {
        m_state = m_shown.empty() ? State::NoDataForHardware : State::NoPoints;
        return;
    }
    m_state = State::Ready;

    // Series: one per group when few, else one per method (the lines stay per group).
    m_perGroup = withPoints.size() <= kMaxGroupSeries;
    // Per method: the first m_maxSeries methods by name, the others in one last series.
    constexpr int kOthers = std::numeric_limits<int>::max();
    std::vector<bool> keptMethods(std::size_t(dataset.methods().size()));
    for (int g : withPoints)
        keptMethods[groups[std::size_t(g)].method] = true;
    const std::size_t methodCount = keepFirstSeries(keptMethods, m_perGroup ? 0 : m_maxSeries);
    m_seriesTotal = m_perGroup ? withPoints.size() : methodCount;
    std::map<int, std::vector<int>> seriesGroups; // key -> groups; ids follow names
    for (int g : withPoints) {
        const std::uint32_t method = groups[std::size_t(g)].method;
        seriesGroups[m_perGroup ? g : (keptMethods[method] ? int(method) : kOthers)].push_back(g);
    }
    for (const auto &[key, members] : seriesGroups) {
        for (int g : members) {
            m_totalPoints += points[std::size_t(g)];
            if (groups[std::size_t(g)].fitValid)
                m_fits.push_back({g, int(m_series.size()), true});
        }
        const QString name = m_perGroup ? groupName(key)
            : key == kOthers ? tr("%1 other methods").arg(QString::number(methodCount - m_maxSeries))
                             : dataset.methods()[key];
        m_series.push_back({name, members, {}});
    }
    chooseLines();
    m_drawnFits = std::size_t(std::count_if(m_fits.begin(), m_fits.end(), [](const Fit &f) { return f.drawn; }));

    m_stride = std::max<std::size_t>(1, (m_totalPoints + kMaxPoints - 1) / kMaxPoints);
    std::vector<double> drawnTokens;
    // About one point in m_stride of each group: points / stride of them, and
    // one more with the chance of the remainder, decided by a hash of the group
    // (so groups of 3 prompts at a stride of 15 are drawn one in five, not
    // never). The points taken are the first of the group's fixed pseudo-random
    // order, so every token count has its fair share (a fixed step aliased
    // with the group sizes: every 15th point of groups of 3 prompts was always
    // each group's first prompt), and a point stays drawn while the stride
    // does not grow: a filter change does not reshuffle the cloud.
    std::vector<std::uint32_t> taken;
    for (Series &series : m_series) {
        for (int g : series.groups) {
            const std::size_t n = points[std::size_t(g)];
            std::size_t quota = n / m_stride;
            if (mix(~std::uint64_t(g)) % m_stride < n % m_stride)
                ++quota;
            const auto &order = m_drawOrder[std::size_t(g)];
            quota = std::min(quota, order.size());
            taken.assign(order.begin(), order.begin() + std::ptrdiff_t(quota));
            std::sort(taken.begin(), taken.end()); // in file order
            const auto tokens = dataset.groupTokens(std::size_t(g));
            const auto times = dataset.groupTokenTimes(std::size_t(g));
            for (std::uint32_t i : taken) {
                series.points.append(QPointF(tokens[i], times[i]));
                drawnTokens.push_back(tokens[i]);
            }
        }
    }
    std::sort(drawnTokens.begin(), drawnTokens.end());
    m_medianTokens = Statistics::quantileSorted(drawnTokens, 0.5);
}

QVariant ScalingModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Fit &fit = m_fits[std::size_t(row)];
    const GroupStats &s = m_dataset->groups()[std::size_t(fit.group)];
    switch (Column(column)) {
    case ModelColumn:
        return m_dataset->models().at(s.model);
    case MethodColumn:
        return m_dataset->methods().at(s.method);
    case HardwareColumn:
        return m_dataset->hardware().at(s.hardware);
    case InterceptColumn:
        return s.fitIntercept;
    case SlopeColumn:
        return s.fitSlope * 1000;
    case R2Column:
        return s.fitR2;
    case CountColumn:
        return s.fitN;
    case MinTokensColumn:
        return s.fitMinTokens;
    case MaxTokensColumn:
        return s.fitMaxTokens;
    case DrawnColumn:
        return fit.drawn;
    case ColumnCount:
        break;
    }
    return {};
}
