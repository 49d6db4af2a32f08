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

// Sorted list of names and the lookup from name to its index.
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

} // namespace

DatasetPtr Dataset::build(const QList<SourceDataPtr> &sources, const std::atomic<bool> *cancel)
{
    auto dataset = std::make_shared<Dataset>();
    Dataset &d = *dataset;
    d.m_sources = sources;

    // 1. The names in use, per dimension, from every source's rows.
    QSet<QString> modelSet, methodSet, hardwareSet;
    std::vector<std::vector<char>> usedModel(sources.size()), usedMethod(sources.size()), usedHardware(sources.size());
    for (int s = 0; s < sources.size(); ++s) {
        const SourceData &source = *sources[s];
        const PromptTable &p = source.prompts;
        auto &um = usedModel[s], &ux = usedMethod[s], &uh = usedHardware[s];
        um.assign(source.strings.size(), 0);
        ux.assign(source.strings.size(), 0);
        uh.assign(source.strings.size(), 0);
        for (std::size_t i = 0; i < p.size(); ++i) {
            um[p.model[i]] = 1;
            ux[p.method[i]] = 1;
            uh[p.hardware[i]] = 1;
            if ((i & (kCancelStride - 1)) == 0 && isCancelled(cancel))
                return nullptr;
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
    const NameIndex models = makeIndex(modelSet);
    const NameIndex methods = makeIndex(methodSet);
    const NameIndex hardware = makeIndex(hardwareSet);
    d.m_models = models.names;
    d.m_methods = methods.names;
    d.m_hardware = hardware.names;

    // 2. Merged per-row ids, and the groups they fall into.
    d.m_promptRowOffsets.assign(1, 0);
    d.m_methodRowOffsets.assign(1, 0);
    for (const SourceDataPtr &source : sources) {
        d.m_promptRowOffsets.push_back(d.m_promptRowOffsets.back() + std::int64_t(source->prompts.size()));
        d.m_methodRowOffsets.push_back(d.m_methodRowOffsets.back() + std::int64_t(source->methods.size()));
    }
    const auto totalRows = std::size_t(d.m_promptRowOffsets.back());
    d.m_promptModel.resize(totalRows);
    d.m_promptMethod.resize(totalRows);
    d.m_promptHardware.resize(totalRows);

    std::map<GroupKey, int> keyToGroup; // ordered: groups come out sorted by names
    {
        std::size_t row = 0;
        for (int s = 0; s < sources.size(); ++s) {
            const SourceData &source = *sources[s];
            const PromptTable &p = source.prompts;
            // Per source: pool id -> dataset id, looked up once per distinct string.
            std::vector<std::uint32_t> mapModel(source.strings.size()), mapMethod(source.strings.size()),
                mapHardware(source.strings.size());
            for (std::uint32_t id = 0; id < source.strings.size(); ++id) {
                const QString &name = source.strings.at(id);
                if (usedModel[s][id])
                    mapModel[id] = models.ids.value(name);
                if (usedMethod[s][id])
                    mapMethod[id] = methods.ids.value(name);
                if (usedHardware[s][id])
                    mapHardware[id] = hardware.ids.value(name);
            }
            GroupKey lastKey{~std::uint64_t(0), 0};
            for (std::size_t i = 0; i < p.size(); ++i, ++row) {
                const std::uint32_t m = mapModel[p.model[i]];
                const std::uint32_t x = mapMethod[p.method[i]];
                const std::uint32_t h = mapHardware[p.hardware[i]];
                d.m_promptModel[row] = m;
                d.m_promptMethod[row] = x;
                d.m_promptHardware[row] = h;
                const GroupKey key = packKey(m, x, h);
                if (key != lastKey) { // rows of a group usually come together
                    keyToGroup.emplace(key, 0);
                    lastKey = key;
                }
                if ((i & (kCancelStride - 1)) == 0 && isCancelled(cancel))
                    return nullptr;
            }
        }
        for (const SourceDataPtr &source : sources) {
            for (const MethodRecord &record : source->methods)
                keyToGroup.emplace(packKey(models.ids.value(record.model), methods.ids.value(record.method),
                                           hardware.ids.value(record.hardware)),
                                   0);
        }
    }
    d.m_groups.resize(keyToGroup.size());
    {
        int index = 0;
        for (auto &[key, group] : keyToGroup) {
            group = index;
            GroupStats &g = d.m_groups[std::size_t(index)];
            g.model = std::uint32_t(key.first >> 32);
            g.method = std::uint32_t(key.first);
            g.hardware = key.second;
            ++index;
        }
    }
    const std::size_t groupCount = d.m_groups.size();
    // Dense lookup when the key space is small, which it is for real benchmarks.
    const std::uint64_t denseSize = std::uint64_t(std::max<qsizetype>(1, d.m_models.size()))
                                    * std::uint64_t(std::max<qsizetype>(1, d.m_methods.size()))
                                    * std::uint64_t(std::max<qsizetype>(1, d.m_hardware.size()));
    std::vector<std::int32_t> dense;
    const bool useDense = denseSize <= (std::uint64_t(1) << 24);
    if (useDense) {
        dense.assign(denseSize, -1);
        for (std::size_t i = 0; i < groupCount; ++i) {
            const GroupStats &g = d.m_groups[i];
            dense[(std::uint64_t(g.model) * std::uint64_t(d.m_methods.size()) + g.method) * std::uint64_t(d.m_hardware.size())
                  + g.hardware] = std::int32_t(i);
        }
    }
    auto groupOf = [&](std::uint32_t m, std::uint32_t x, std::uint32_t h) -> std::size_t {
        if (useDense)
            return std::size_t(dense[(std::uint64_t(m) * std::uint64_t(d.m_methods.size()) + x)
                                         * std::uint64_t(d.m_hardware.size())
                                     + h]);
        return std::size_t(keyToGroup.at(packKey(m, x, h)));
    };

    // 3. Count per group, then place each group's values contiguously.
    // Kept: the Data tab filters a million rows by one group lookup per row.
    std::vector<std::int32_t> &rowGroup = d.m_promptGroup;
    rowGroup.resize(totalRows);
    std::vector<std::size_t> timeCount(groupCount, 0), rateCount(groupCount, 0);
    {
        std::size_t row = 0;
        for (const SourceDataPtr &source : sources) {
            const PromptTable &p = source->prompts;
            for (std::size_t i = 0; i < p.size(); ++i, ++row) {
                const std::size_t g = groupOf(d.m_promptModel[row], d.m_promptMethod[row], d.m_promptHardware[row]);
                rowGroup[row] = std::int32_t(g);
                GroupStats &stats = d.m_groups[g];
                ++stats.prompts;
                if (!p.success[i])
                    continue;
                ++stats.successful;
                if (!std::isnan(p.time[i]))
                    ++timeCount[g];
                if (!std::isnan(rateOf(p, i)))
                    ++rateCount[g];
            }
            if (isCancelled(cancel))
                return nullptr;
        }
    }
    d.m_timeBegin.assign(groupCount + 1, 0);
    d.m_rateBegin.assign(groupCount + 1, 0);
    for (std::size_t g = 0; g < groupCount; ++g) {
        d.m_timeBegin[g + 1] = d.m_timeBegin[g] + timeCount[g];
        d.m_rateBegin[g + 1] = d.m_rateBegin[g] + rateCount[g];
    }
    d.m_times.resize(d.m_timeBegin.back());
    d.m_rates.resize(d.m_rateBegin.back());
    d.m_fitTokens.assign(d.m_times.size(), kMissing);
    d.m_fitTimes.resize(d.m_times.size());
    {
        std::vector<std::size_t> timeFill(d.m_timeBegin.begin(), d.m_timeBegin.end() - 1);
        std::vector<std::size_t> rateFill(d.m_rateBegin.begin(), d.m_rateBegin.end() - 1);
        std::size_t row = 0;
        for (const SourceDataPtr &source : sources) {
            const PromptTable &p = source->prompts;
            for (std::size_t i = 0; i < p.size(); ++i, ++row) {
                if (!p.success[i])
                    continue;
                const auto g = std::size_t(rowGroup[row]);
                if (!std::isnan(p.time[i])) {
                    const std::size_t at = timeFill[g]++;
                    d.m_times[at] = p.time[i];
                    d.m_fitTokens[at] = p.tokens[i];
                    d.m_fitTimes[at] = p.time[i];
                }
                const double rate = rateOf(p, i);
                if (!std::isnan(rate))
                    d.m_rates[rateFill[g]++] = rate;
            }
        }
    }
    d.m_fitBegin = d.m_timeBegin;

    // 4. Statistics per group.
    for (std::size_t g = 0; g < groupCount; ++g) {
        GroupStats &stats = d.m_groups[g];
        const auto times = std::span<double>(d.m_times.data() + d.m_timeBegin[g], timeCount[g]);
        const auto rates = std::span<double>(d.m_rates.data() + d.m_rateBegin[g], rateCount[g]);
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
        const auto begin = d.m_timeBegin[g];
        const Statistics::LinearFit fit =
            Statistics::fitLine(std::span<const double>(d.m_fitTokens.data() + begin, timeCount[g]),
                                std::span<const double>(d.m_fitTimes.data() + begin, timeCount[g]));
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
        if (isCancelled(cancel))
            return nullptr;
    }

    // 5. Method rows: model loading time for every group, and the numbers of
    //    groups that have no prompt rows at all.
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
    std::vector<MethodAccumulator> accumulators(groupCount);
    for (const SourceDataPtr &source : sources) {
        for (const MethodRecord &record : source->methods) {
            const std::size_t g = groupOf(models.ids.value(record.model), methods.ids.value(record.method),
                                          hardware.ids.value(record.hardware));
            MethodAccumulator &a = accumulators[g];
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
    for (std::size_t g = 0; g < groupCount; ++g) {
        const MethodAccumulator &a = accumulators[g];
        GroupStats &stats = d.m_groups[g];
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
