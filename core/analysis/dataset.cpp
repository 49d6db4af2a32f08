// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include "statistics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace {

constexpr std::size_t kCancelStride = 1 << 16;

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Sorted list of names and the lookup from name to its index. Not an interner
// (StringPool): ids are ranks in sorted order, known once every name is.
struct NameIndex
{
    QStringList names;
    QHash<QString, std::uint32_t> ids;

    void finish()
    {
        names.sort();
        for (int i = 0; i < names.size(); ++i)
            ids.insert(names[i], std::uint32_t(i));
    }
};

void addName(QSet<QString> &set, const QString &name) { set.insert(name); }

NameIndex makeIndex(const QSet<QString> &set)
{
    NameIndex index;
    index.names = QStringList(set.begin(), set.end());
    index.finish();
    return index;
}

double rateOf(const PromptTable &table, std::size_t row)
{
    const double stated = table.tokensPerSecond[row];
    if (!std::isnan(stated))
        return stated;
    const double tokens = table.tokens[row];
    const double time = table.time[row];
    if (std::isnan(tokens) || std::isnan(time) || time <= 0)
        return kMissing;
    // 1e12 tokens in 1e-300 s: a finite input whose quotient is not.
    const double rate = tokens / time;
    return std::isfinite(rate) ? rate : kMissing;
}

// Group key: (model, method) in one word, hardware in the other; ordered as
// the names are. 21 bits each in one word merged the groups of different
// models once a dimension had more than 2^21 names (a 50M-row file can).
using GroupKey = std::pair<std::uint64_t, std::uint32_t>;
GroupKey packKey(std::uint32_t model, std::uint32_t method, std::uint32_t hardware)
{
    return {(std::uint64_t(model) << 32) | method, hardware};
}

// Dataset::build, step by step. Each step fills part of `out` (the dataset's
// members, moved into it at the end) and the state later steps read; a step
// returning false saw `cancel` set.
class DatasetBuilder
{
public:
    DatasetBuilder(const QList<SourceDataPtr> &sources, const std::atomic<bool> *cancel)
        : m_sources(sources)
        , m_cancel(cancel)
    {
    }

    bool collectNames();
    bool mergeRowIds();
    void makeGroups();
    bool countGroupRows();
    void placeGroupValues();
    bool computeGroupStatistics();
    void addMethodRows();

    // What becomes the Dataset's members of the same names.
    struct Parts
    {
        QStringList m_models, m_methods, m_hardware;
        std::vector<GroupStats> m_groups;
        std::vector<std::size_t> m_timeBegin, m_rateBegin, m_fitBegin;
        std::vector<double> m_times, m_rates, m_fitTokens, m_fitTimes;
        std::vector<std::int64_t> m_promptRowOffsets, m_methodRowOffsets;
        std::vector<std::uint32_t> m_promptModel, m_promptMethod, m_promptHardware;
        std::vector<std::int32_t> m_promptGroup;
    } out;

private:
    std::size_t groupOf(std::uint32_t m, std::uint32_t x, std::uint32_t h) const;
    std::size_t groupOf(const MethodRecord &record) const
    {
        return groupOf(m_models.ids.value(record.model), m_methods.ids.value(record.method),
                       m_hardware.ids.value(record.hardware));
    }

    const QList<SourceDataPtr> &m_sources;
    const std::atomic<bool> *m_cancel;

    // Per source, per pool id: is the string in use as a model, method, hardware?
    std::vector<std::vector<char>> m_usedModel, m_usedMethod, m_usedHardware;
    NameIndex m_models, m_methods, m_hardware;
    std::map<GroupKey, int> m_keyToGroup; // ordered: groups come out sorted by names
    std::vector<std::int32_t> m_dense;    // group by dense key, when the key space is small
    bool m_useDense = false;
    std::vector<std::size_t> m_timeCount, m_rateCount; // per group
};

} // namespace

/// 1. The names in use, per dimension, from every source's rows, sorted (id = index).
bool DatasetBuilder::collectNames()
{
    QSet<QString> modelSet, methodSet, hardwareSet;
    m_usedModel.resize(std::size_t(m_sources.size()));
    m_usedMethod.resize(std::size_t(m_sources.size()));
    m_usedHardware.resize(std::size_t(m_sources.size()));
    for (int s = 0; s < m_sources.size(); ++s) {
        const SourceData &source = *m_sources[s];
        const PromptTable &p = source.prompts;
        auto &um = m_usedModel[s], &ux = m_usedMethod[s], &uh = m_usedHardware[s];
        um.assign(source.strings.size(), 0);
        ux.assign(source.strings.size(), 0);
        uh.assign(source.strings.size(), 0);
        for (std::size_t i = 0; i < p.size(); ++i) {
            um[p.model[i]] = 1;
            ux[p.method[i]] = 1;
            uh[p.hardware[i]] = 1;
            if ((i & (kCancelStride - 1)) == 0 && isCancelled(m_cancel))
                return false;
        }
        for (std::uint32_t id = 0; id < source.strings.size(); ++id) {
            if (um[id])
                addName(modelSet, source.strings.at(id));
            if (ux[id])
                addName(methodSet, source.strings.at(id));
            if (uh[id])
                addName(hardwareSet, source.strings.at(id));
        }
        for (const MethodRecord &record : source.methods) {
            addName(modelSet, record.model);
            addName(methodSet, record.method);
            addName(hardwareSet, record.hardware);
        }
    }
    m_models = makeIndex(modelSet);
    m_methods = makeIndex(methodSet);
    m_hardware = makeIndex(hardwareSet);
    out.m_models = m_models.names;
    out.m_methods = m_methods.names;
    out.m_hardware = m_hardware.names;
    return true;
}

/// 2. Each merged prompt row's dataset ids, and the group keys in use (method rows' too).
bool DatasetBuilder::mergeRowIds()
{
    out.m_promptRowOffsets.assign(1, 0);
    out.m_methodRowOffsets.assign(1, 0);
    for (const SourceDataPtr &source : m_sources) {
        out.m_promptRowOffsets.push_back(out.m_promptRowOffsets.back() + std::int64_t(source->prompts.size()));
        out.m_methodRowOffsets.push_back(out.m_methodRowOffsets.back() + std::int64_t(source->methods.size()));
    }
    const auto totalRows = std::size_t(out.m_promptRowOffsets.back());
    out.m_promptModel.resize(totalRows);
    out.m_promptMethod.resize(totalRows);
    out.m_promptHardware.resize(totalRows);

    std::size_t row = 0;
    for (int s = 0; s < m_sources.size(); ++s) {
        const SourceData &source = *m_sources[s];
        const PromptTable &p = source.prompts;
        // Per source: pool id -> dataset id, looked up once per distinct string.
        std::vector<std::uint32_t> mapModel(source.strings.size()), mapMethod(source.strings.size()),
            mapHardware(source.strings.size());
        for (std::uint32_t id = 0; id < source.strings.size(); ++id) {
            const QString &name = source.strings.at(id);
            if (m_usedModel[s][id])
                mapModel[id] = m_models.ids.value(name);
            if (m_usedMethod[s][id])
                mapMethod[id] = m_methods.ids.value(name);
            if (m_usedHardware[s][id])
                mapHardware[id] = m_hardware.ids.value(name);
        }
        GroupKey lastKey{~std::uint64_t(0), 0};
        for (std::size_t i = 0; i < p.size(); ++i, ++row) {
            const std::uint32_t m = mapModel[p.model[i]];
            const std::uint32_t x = mapMethod[p.method[i]];
            const std::uint32_t h = mapHardware[p.hardware[i]];
            out.m_promptModel[row] = m;
            out.m_promptMethod[row] = x;
            out.m_promptHardware[row] = h;
            const GroupKey key = packKey(m, x, h);
            if (key != lastKey) { // rows of a group usually come together
                m_keyToGroup.emplace(key, 0);
                lastKey = key;
            }
            if ((i & (kCancelStride - 1)) == 0 && isCancelled(m_cancel))
                return false;
        }
    }
    for (const SourceDataPtr &source : m_sources) {
        for (const MethodRecord &record : source->methods)
            m_keyToGroup.emplace(packKey(m_models.ids.value(record.model), m_methods.ids.value(record.method),
                                         m_hardware.ids.value(record.hardware)),
                                 0);
    }
    return true;
}

/// 3. One group per key, in name order, and the lookup from ids to group.
void DatasetBuilder::makeGroups()
{
    out.m_groups.resize(m_keyToGroup.size());
    int index = 0;
    for (auto &[key, group] : m_keyToGroup) {
        group = index;
        GroupStats &g = out.m_groups[std::size_t(index)];
        g.model = std::uint32_t(key.first >> 32);
        g.method = std::uint32_t(key.first);
        g.hardware = key.second;
        ++index;
    }
    // Dense lookup when the key space is small, which it is for real benchmarks.
    const std::uint64_t denseSize = std::uint64_t(std::max<qsizetype>(1, out.m_models.size()))
                                    * std::uint64_t(std::max<qsizetype>(1, out.m_methods.size()))
                                    * std::uint64_t(std::max<qsizetype>(1, out.m_hardware.size()));
    m_useDense = denseSize <= (std::uint64_t(1) << 24);
    if (m_useDense) {
        m_dense.assign(denseSize, -1);
        for (std::size_t i = 0; i < out.m_groups.size(); ++i) {
            const GroupStats &g = out.m_groups[i];
            m_dense[(std::uint64_t(g.model) * std::uint64_t(out.m_methods.size()) + g.method)
                        * std::uint64_t(out.m_hardware.size())
                    + g.hardware] = std::int32_t(i);
        }
    }
}

std::size_t DatasetBuilder::groupOf(std::uint32_t m, std::uint32_t x, std::uint32_t h) const
{
    if (m_useDense)
        return std::size_t(
            m_dense[(std::uint64_t(m) * std::uint64_t(out.m_methods.size()) + x) * std::uint64_t(out.m_hardware.size())
                    + h]);
    return std::size_t(m_keyToGroup.at(packKey(m, x, h)));
}

/// 4. Each prompt row's group, and per group its rows, successes, times and rates.
bool DatasetBuilder::countGroupRows()
{
    const std::size_t groupCount = out.m_groups.size();
    // Kept: the Data tab filters a million rows by one group lookup per row.
    std::vector<std::int32_t> &rowGroup = out.m_promptGroup;
    rowGroup.resize(std::size_t(out.m_promptRowOffsets.back()));
    m_timeCount.assign(groupCount, 0);
    m_rateCount.assign(groupCount, 0);
    std::size_t row = 0;
    for (const SourceDataPtr &source : m_sources) {
        const PromptTable &p = source->prompts;
        for (std::size_t i = 0; i < p.size(); ++i, ++row) {
            const std::size_t g = groupOf(out.m_promptModel[row], out.m_promptMethod[row], out.m_promptHardware[row]);
            rowGroup[row] = std::int32_t(g);
            GroupStats &stats = out.m_groups[g];
            ++stats.prompts;
            if (!p.success[i])
                continue;
            ++stats.successful;
            if (!std::isnan(p.time[i]))
                ++m_timeCount[g];
            if (!std::isnan(rateOf(p, i)))
                ++m_rateCount[g];
        }
        if (isCancelled(m_cancel))
            return false;
    }
    return true;
}

/// 5. Each group's successful times, rates and (tokens, time) pairs, contiguous.
void DatasetBuilder::placeGroupValues()
{
    const std::size_t groupCount = out.m_groups.size();
    out.m_timeBegin.assign(groupCount + 1, 0);
    out.m_rateBegin.assign(groupCount + 1, 0);
    for (std::size_t g = 0; g < groupCount; ++g) {
        out.m_timeBegin[g + 1] = out.m_timeBegin[g] + m_timeCount[g];
        out.m_rateBegin[g + 1] = out.m_rateBegin[g] + m_rateCount[g];
    }
    out.m_times.resize(out.m_timeBegin.back());
    out.m_rates.resize(out.m_rateBegin.back());
    out.m_fitTokens.assign(out.m_times.size(), kMissing);
    out.m_fitTimes.resize(out.m_times.size());
    std::vector<std::size_t> timeFill(out.m_timeBegin.begin(), out.m_timeBegin.end() - 1);
    std::vector<std::size_t> rateFill(out.m_rateBegin.begin(), out.m_rateBegin.end() - 1);
    std::size_t row = 0;
    for (const SourceDataPtr &source : m_sources) {
        const PromptTable &p = source->prompts;
        for (std::size_t i = 0; i < p.size(); ++i, ++row) {
            if (!p.success[i])
                continue;
            const auto g = std::size_t(out.m_promptGroup[row]);
            if (!std::isnan(p.time[i])) {
                const std::size_t at = timeFill[g]++;
                out.m_times[at] = p.time[i];
                out.m_fitTokens[at] = p.tokens[i];
                out.m_fitTimes[at] = p.time[i];
            }
            const double rate = rateOf(p, i);
            if (!std::isnan(rate))
                out.m_rates[rateFill[g]++] = rate;
        }
    }
    out.m_fitBegin = out.m_timeBegin;
}

/// 6. Per group: sorted times and rates, their statistics and the fit of time against tokens.
bool DatasetBuilder::computeGroupStatistics()
{
    for (std::size_t g = 0; g < out.m_groups.size(); ++g) {
        GroupStats &stats = out.m_groups[g];
        const auto times = std::span<double>(out.m_times.data() + out.m_timeBegin[g], m_timeCount[g]);
        const auto rates = std::span<double>(out.m_rates.data() + out.m_rateBegin[g], m_rateCount[g]);
        std::sort(times.begin(), times.end());
        std::sort(rates.begin(), rates.end());
        stats.timedCount = std::int64_t(times.size());
        stats.rateCount = std::int64_t(rates.size());
        if (stats.prompts > 0)
            stats.successRate = 100.0 * double(stats.successful) / double(stats.prompts);
        if (!times.empty()) {
            stats.meanTime = Statistics::mean(times);
            stats.medianTime = Statistics::quantileSorted(times, 0.5);
            stats.p95Time = Statistics::quantileSorted(times, 0.95);
            stats.minTime = times.front();
            stats.maxTime = times.back();
            stats.stdTime = Statistics::sampleStdDev(times);
        }
        Statistics::medianCi95(times, &stats.medianCiLow, &stats.medianCiHigh);
        const auto begin = out.m_timeBegin[g];
        const Statistics::LinearFit fit =
            Statistics::fitLine(std::span<const double>(out.m_fitTokens.data() + begin, m_timeCount[g]),
                                std::span<const double>(out.m_fitTimes.data() + begin, m_timeCount[g]));
        stats.fitN = fit.n;
        if (fit.valid) {
            stats.fitValid = true;
            stats.fitIntercept = fit.intercept;
            stats.fitSlope = fit.slope;
            stats.fitR2 = fit.r2;
            stats.fitMinTokens = fit.minX;
            stats.fitMaxTokens = fit.maxX;
            stats.fitMeanTokens = fit.meanX;
            stats.fitSxx = fit.sxx;
            stats.fitRss = fit.rss;
            stats.fitT975 = Statistics::studentTQuantile(0.975, double(fit.n) - 2);
        }
        if (!rates.empty()) {
            stats.meanTokensPerSecond = Statistics::mean(rates);
            stats.medianTokensPerSecond = Statistics::quantileSorted(rates, 0.5);
        }
        if (isCancelled(m_cancel))
            return false;
    }
    return true;
}

/// 7. Method rows: model loading time for every group, and the numbers of
///    groups that have no prompt rows at all.
void DatasetBuilder::addMethodRows()
{
    struct MethodAccumulator
    {
        int records = 0;
        double loadingSum = 0;
        int loadingCount = 0;
        double prompts = 0, successful = 0;
        bool promptsKnown = true, successfulKnown = true;
        double weightedTime = 0, timeWeight = 0;
        double weightedRate = 0, rateWeight = 0;
        double minTime = kMissing, maxTime = kMissing;
        double statedRate = kMissing;
    };
    std::vector<MethodAccumulator> accumulators(out.m_groups.size());
    for (const SourceDataPtr &source : m_sources) {
        for (const MethodRecord &record : source->methods) {
            MethodAccumulator &a = accumulators[groupOf(record)];
            ++a.records;
            if (!std::isnan(record.modelLoadingTime)) {
                a.loadingSum += record.modelLoadingTime;
                ++a.loadingCount;
            }
            if (std::isnan(record.totalPrompts))
                a.promptsKnown = false;
            else
                a.prompts += record.totalPrompts;
            if (std::isnan(record.successfulPrompts))
                a.successfulKnown = false;
            else
                a.successful += record.successfulPrompts;
            // Several method rows of one group: times weighted by their successes.
            const double weight = std::isnan(record.successfulPrompts) ? 1.0 : record.successfulPrompts;
            if (!std::isnan(record.averageTime) && weight > 0) {
                a.weightedTime += record.averageTime * weight;
                a.timeWeight += weight;
            }
            if (!std::isnan(record.tokensPerSecond) && weight > 0) {
                a.weightedRate += record.tokensPerSecond * weight;
                a.rateWeight += weight;
            }
            if (!std::isnan(record.minTime))
                a.minTime = std::isnan(a.minTime) ? record.minTime : std::min(a.minTime, record.minTime);
            if (!std::isnan(record.maxTime))
                a.maxTime = std::isnan(a.maxTime) ? record.maxTime : std::max(a.maxTime, record.maxTime);
            a.statedRate = record.successRate;
        }
    }
    for (std::size_t g = 0; g < out.m_groups.size(); ++g) {
        const MethodAccumulator &a = accumulators[g];
        GroupStats &stats = out.m_groups[g];
        if (a.loadingCount > 0)
            stats.modelLoadingTime = a.loadingSum / a.loadingCount;
        if (stats.prompts > 0 || a.records == 0)
            continue;
        stats.fromMethodRows = true;
        stats.prompts = a.promptsKnown ? std::int64_t(a.prompts) : 0;
        stats.successful = a.successfulKnown ? std::int64_t(a.successful) : 0;
        if (a.promptsKnown && a.successfulKnown && a.prompts > 0)
            stats.successRate = 100.0 * a.successful / a.prompts;
        else if (a.records == 1)
            stats.successRate = a.statedRate;
        if (a.timeWeight > 0)
            stats.meanTime = a.weightedTime / a.timeWeight;
        if (a.rateWeight > 0)
            stats.meanTokensPerSecond = a.weightedRate / a.rateWeight;
        stats.minTime = a.minTime;
        stats.maxTime = a.maxTime;
    }
}

DatasetPtr Dataset::build(const QList<SourceDataPtr> &sources, const std::atomic<bool> *cancel)
{
    DatasetBuilder builder(sources, cancel);
    if (!builder.collectNames() || !builder.mergeRowIds())
        return nullptr;
    builder.makeGroups();
    if (!builder.countGroupRows())
        return nullptr;
    builder.placeGroupValues();
    if (!builder.computeGroupStatistics())
        return nullptr;
    builder.addMethodRows();

    auto dataset = std::make_shared<Dataset>();
    Dataset &d = *dataset;
    DatasetBuilder::Parts &parts = builder.out;
    d.m_sources = sources;
    d.m_models = std::move(parts.m_models);
    d.m_methods = std::move(parts.m_methods);
    d.m_hardware = std::move(parts.m_hardware);
    d.m_groups = std::move(parts.m_groups);
    d.m_timeBegin = std::move(parts.m_timeBegin);
    d.m_rateBegin = std::move(parts.m_rateBegin);
    d.m_fitBegin = std::move(parts.m_fitBegin);
    d.m_times = std::move(parts.m_times);
    d.m_rates = std::move(parts.m_rates);
    d.m_fitTokens = std::move(parts.m_fitTokens);
    d.m_fitTimes = std::move(parts.m_fitTimes);
    d.m_promptRowOffsets = std::move(parts.m_promptRowOffsets);
    d.m_methodRowOffsets = std::move(parts.m_methodRowOffsets);
    d.m_promptModel = std::move(parts.m_promptModel);
    d.m_promptMethod = std::move(parts.m_promptMethod);
    d.m_promptHardware = std::move(parts.m_promptHardware);
    d.m_promptGroup = std::move(parts.m_promptGroup);
    return dataset;
}

int Dataset::findGroup(std::uint32_t model, std::uint32_t method, std::uint32_t hardware) const
{
    const auto key = std::make_tuple(model, method, hardware);
    const auto it = std::lower_bound(m_groups.begin(), m_groups.end(), key, [](const GroupStats &g, const auto &k) {
        return std::make_tuple(g.model, g.method, g.hardware) < k;
    });
    if (it == m_groups.end() || std::make_tuple(it->model, it->method, it->hardware) != key)
        return -1;
    return int(it - m_groups.begin());
}

std::span<const double> Dataset::groupTimes(std::size_t group) const
{
    return {m_times.data() + m_timeBegin[group], m_timeBegin[group + 1] - m_timeBegin[group]};
}

std::span<const double> Dataset::groupRates(std::size_t group) const
{
    return {m_rates.data() + m_rateBegin[group], m_rateBegin[group + 1] - m_rateBegin[group]};
}

std::span<const double> Dataset::groupTokens(std::size_t group) const
{
    return {m_fitTokens.data() + m_fitBegin[group], m_fitBegin[group + 1] - m_fitBegin[group]};
}

std::span<const double> Dataset::groupTokenTimes(std::size_t group) const
{
    return {m_fitTimes.data() + m_fitBegin[group], m_fitBegin[group + 1] - m_fitBegin[group]};
}

static std::pair<int, std::size_t> locate(const std::vector<std::int64_t> &offsets, std::int64_t row)
{
    const auto it = std::upper_bound(offsets.begin(), offsets.end(), row);
    const int source = int(it - offsets.begin()) - 1;
    return {source, std::size_t(row - offsets[std::size_t(source)])};
}

std::pair<int, std::size_t> Dataset::locatePromptRow(std::int64_t row) const
{
    return locate(m_promptRowOffsets, row);
}

std::pair<int, std::size_t> Dataset::locateMethodRow(std::int64_t row) const
{
    return locate(m_methodRowOffsets, row);
}
