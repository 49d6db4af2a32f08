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
    // A point needs both a token count and a time: a prompt without a token
    // count (a missing field, a method summary) has no place on the x axis.
    const auto isPoint = [](double tokens, double time) { return std::isfinite(tokens) && std::isfinite(time); };
    const auto pointCount = [&](int g) {
        const auto tokens = dataset.groupTokens(std::size_t(g));
        const auto times = dataset.groupTokenTimes(std::size_t(g));
        std::size_t n = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i)
            n += isPoint(tokens[i], times[i]) ? 1 : 0;
        return n;
    };
    std::vector<int> withPoints;
    std::vector<std::size_t> points(groups.size(), 0); // per group, counted once
    for (int g : m_shown) {
        points[std::size_t(g)] = pointCount(g);
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
    // About one point in m_stride, picked by a hash of the point's position
    // over all groups. A fixed step aliases with the group sizes: every 15th
    // point of groups of 3 prompts is always each group's first prompt (the
    // smallest token count), and a step counted per group did the same.
    const auto keep = [this](std::uint64_t position) {
        std::uint64_t z = position + 0x9E3779B97F4A7C15ULL; // splitmix64
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return (z ^ (z >> 31)) % m_stride == 0;
    };
    std::uint64_t seen = 0;
    for (Series &series : m_series) {
        for (int g : series.groups) {
            const auto tokens = dataset.groupTokens(std::size_t(g));
            const auto times = dataset.groupTokenTimes(std::size_t(g));
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                if (!isPoint(tokens[i], times[i]) || !keep(seen++))
                    continue;
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
