// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributionmodel.h"

#include "statistics.h"

#include <algorithm>
#include <map>

namespace {

QStringList distributionHeaders()
{
    return {DistributionModel::tr("Method"),  DistributionModel::tr("Model"),         DistributionModel::tr("Hardware"),
            DistributionModel::tr("Metric"),  DistributionModel::tr("Prompts"),       DistributionModel::tr("Lower whisker"),
            DistributionModel::tr("Q1"),      DistributionModel::tr("Median"),        DistributionModel::tr("Q3"),
            DistributionModel::tr("Upper whisker"), DistributionModel::tr("Outliers")};
}

QStringList distributionFieldNames()
{
    return {QStringLiteral("method"), QStringLiteral("model"),  QStringLiteral("hardware"), QStringLiteral("metric"),
            QStringLiteral("n"),      QStringLiteral("whisker_low"), QStringLiteral("q1"), QStringLiteral("median"),
            QStringLiteral("q3"),     QStringLiteral("whisker_high"), QStringLiteral("outliers")};
}

} // namespace

DistributionModel::DistributionModel(QObject *parent)
    : TableModel(distributionHeaders(), distributionFieldNames(), parent)
{
    static_assert(ColumnCount == 11);
}

DistributionModel::~DistributionModel() = default;

DistributionModel::Box DistributionModel::tukeyBox(std::span<const double> sorted)
{
    Box box;
    if (sorted.empty()) {
        box.median = kMissing;
        return box;
    }
    box.q1 = Statistics::quantileSorted(sorted, 0.25);
    box.median = Statistics::quantileSorted(sorted, 0.5);
    box.q3 = Statistics::quantileSorted(sorted, 0.75);
    const double reach = 1.5 * (box.q3 - box.q1);
    const double lowFence = box.q1 - reach, highFence = box.q3 + reach;
    const auto first = std::lower_bound(sorted.begin(), sorted.end(), lowFence);
    const auto last = std::upper_bound(sorted.begin(), sorted.end(), highFence); // one past the upper whisker
    box.lower = first != sorted.end() ? *first : box.q1;
    box.upper = last != sorted.begin() ? *(last - 1) : box.q3;
    box.outliers.assign(sorted.begin(), first);
    box.outliers.insert(box.outliers.end(), last, sorted.end());
    return box;
}

void DistributionModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = groups;
    recompute();
}

void DistributionModel::setHardware(const QString &hardware)
{
    m_hardwareChosen = true;
    m_hardware = hardware;
    recompute();
}

void DistributionModel::setModel(const QString &model)
{
    m_modelChosen = true;
    m_model = model;
    recompute();
}

void DistributionModel::setLimits(std::size_t maxSeries, std::size_t maxCategories)
{
    m_maxSeries = maxSeries;
    m_maxCategories = maxCategories;
    recompute();
}

void DistributionModel::compute()
{
    m_categories.clear();
    m_seriesNames.clear();
    m_cells.clear();
    m_shownHardware.clear();
    m_shownModel.clear();
    m_modelNames.clear();
    m_seriesTotal = 0;
    m_categoryTotal = 0;
    if (!m_dataset || m_groups.empty()) {
        m_state = State::NoData;
        return;
    }
    const Dataset &dataset = *m_dataset;
    const auto &groups = dataset.groups();
    // Groups with times, per hardware present.
    std::map<int, int> timedPerHardware;
    for (int g : m_groups) {
        if (!dataset.groupTimes(std::size_t(g)).empty())
            ++timedPerHardware[int(groups[std::size_t(g)].hardware)];
    }
    if (timedPerHardware.empty()) {
        m_state = State::NoTimes;
        return;
    }
    m_state = State::Ready;
    int onlyHardware = -1;
    if (!m_hardwareChosen || !m_hardware.isEmpty()) {
        onlyHardware = m_hardwareChosen ? dataset.hardwareId(m_hardware) : -1;
        if (!timedPerHardware.count(onlyHardware))
            onlyHardware = timedPerHardware.begin()->first; // the first with data, never a pooled view
    }
    m_shownHardware = onlyHardware >= 0 ? dataset.hardware()[onlyHardware] : QString();

    // The models with times (ids are in name order); the one shown, if any.
    std::map<int, int> timedModels;
    for (int g : m_groups) {
        if (!dataset.groupTimes(std::size_t(g)).empty())
            timedModels.emplace(int(groups[std::size_t(g)].model), 0);
    }
    for (const auto &[model, unused] : timedModels)
        m_modelNames.append(dataset.models()[model]);
    int onlyModel = -1;
    if (m_modelChosen && !m_model.isEmpty())
        onlyModel = timedModels.count(dataset.modelId(m_model)) ? dataset.modelId(m_model) : -1;
    const bool automatic = !m_modelChosen || (!m_model.isEmpty() && onlyModel < 0);
    if (automatic && timedModels.size() > kAllModels)
        onlyModel = timedModels.begin()->first;
    m_shownModel = onlyModel >= 0 ? dataset.models()[onlyModel] : QString();
    const bool byHardware = onlyModel >= 0;
    const bool sideBySide = onlyHardware < 0 && timedPerHardware.size() > 1 && !byHardware;

    // Categories: (method, hardware or -1) in name order; series: models, or
    // the hardware of the one model.
    std::map<std::pair<int, int>, int> categoryIndex;
    std::map<int, int> modelIndex; // model or hardware id -> series
    const auto shown = [&](int g) {
        return !dataset.groupTimes(std::size_t(g)).empty()
            && (onlyHardware < 0 || int(groups[std::size_t(g)].hardware) == onlyHardware)
            && (onlyModel < 0 || int(groups[std::size_t(g)].model) == onlyModel);
    };
    const auto seriesId = [&](const GroupStats &s) { return int(byHardware ? s.hardware : s.model); };
    for (int g : m_groups) {
        if (!shown(g))
            continue;
        const GroupStats &s = groups[std::size_t(g)];
        categoryIndex.emplace(std::pair<int, int>(int(s.method), sideBySide ? int(s.hardware) : -1), 0);
        modelIndex.emplace(seriesId(s), 0);
    }
    // A box per (category, model): past the limits the first ones by name (-1: left out).
    m_categoryTotal = categoryIndex.size();
    m_seriesTotal = modelIndex.size();
    for (auto &[key, index] : categoryIndex) {
        if (m_maxCategories > 0 && m_categories.size() == m_maxCategories) {
            index = -1;
            continue;
        }
        index = int(m_categories.size());
        m_categories.push_back({key.first, key.second});
    }
    for (auto &[model, index] : modelIndex) {
        if (m_maxSeries > 0 && std::size_t(m_seriesNames.size()) == m_maxSeries) {
            index = -1;
            continue;
        }
        index = int(m_seriesNames.size());
        m_seriesNames.append(byHardware ? dataset.hardware()[model] : dataset.models()[model]);
    }
    for (int g : m_groups) {
        if (!shown(g))
            continue;
        const GroupStats &s = groups[std::size_t(g)];
        const int c = categoryIndex.at({int(s.method), sideBySide ? int(s.hardware) : -1});
        const int m = modelIndex.at(seriesId(s));
        if (c < 0 || m < 0)
            continue;
        const auto times = dataset.groupTimes(std::size_t(g));
        m_cells.push_back({c, m, g, qint64(times.size()), tukeyBox(times)});
    }
}

QVariant DistributionModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Cell &c = m_cells[std::size_t(row)];
    const GroupStats &stats = m_dataset->groups()[std::size_t(c.group)];
    switch (Column(column)) {
    case MethodColumn:
        return m_dataset->methods().at(stats.method);
    case ModelColumn:
        return m_dataset->models().at(stats.model);
    case HardwareColumn:
        return m_dataset->hardware().at(stats.hardware);
    case MetricColumn:
        return QStringLiteral("time");
    case CountColumn:
        return c.n;
    case LowerColumn:
        return c.box.lower;
    case Q1Column:
        return c.box.q1;
    case MedianColumn:
        return c.box.median;
    case Q3Column:
        return c.box.q3;
    case UpperColumn:
        return c.box.upper;
    case OutliersColumn:
        return qint64(c.box.outliers.size());
    case ColumnCount:
        break;
    }
    return {};
}
