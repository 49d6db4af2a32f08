// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalingmodel.h"

#include "seriescap.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

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
    for (int g : m_shown) {
        if (pointCount(g) > 0)
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
            m_totalPoints += pointCount(g);
            if (groups[std::size_t(g)].fitValid)
                m_fits.push_back({g, int(m_series.size()), true});
        }
        const QString name = m_perGroup ? groupName(key)
            : key == kOthers ? tr("%1 other methods").arg(QString::number(methodCount - m_maxSeries))
                             : dataset.methods()[key];
        m_series.push_back({name, members, {}});
    }
    // Past the cap, the lines of the groups with the most fitted prompts.
    if (m_fits.size() > kMaxFitLines) {
        std::vector<std::size_t> order(m_fits.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return groups[std::size_t(m_fits[a].group)].fitN > groups[std::size_t(m_fits[b].group)].fitN;
        });
        for (std::size_t i = kMaxFitLines; i < order.size(); ++i)
            m_fits[order[i]].drawn = false;
    }
    m_drawnFits = std::size_t(std::count_if(m_fits.begin(), m_fits.end(), [](const Fit &f) { return f.drawn; }));

    m_stride = std::max<std::size_t>(1, (m_totalPoints + kMaxPoints - 1) / kMaxPoints);
    std::vector<double> drawnTokens;
    for (Series &series : m_series) {
        for (int g : series.groups) {
            const auto tokens = dataset.groupTokens(std::size_t(g));
            const auto times = dataset.groupTokenTimes(std::size_t(g));
            std::size_t seen = 0; // every m_stride-th point
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                if (!isPoint(tokens[i], times[i]) || seen++ % m_stride != 0)
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
