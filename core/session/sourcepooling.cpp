// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepooling.h"

#include <algorithm>

namespace {

// Id of `name` in a Dataset's sorted name list, or -1.
int idOf(const QStringList &names, const QString &name)
{
    const auto it = std::lower_bound(names.cbegin(), names.cend(), name);
    return it != names.cend() && *it == name ? int(it - names.cbegin()) : -1;
}

} // namespace

SourcePooling SourcePooling::of(const Dataset &dataset)
{
    SourcePooling result;
    const std::size_t groupCount = dataset.groups().size();
    const int sourceCount = int(dataset.sources().size());
    if (sourceCount < 2 || groupCount == 0)
        return result;
    // Per source the groups it has rows in (each once), and per group how
    // many sources have rows in it.
    std::vector<std::vector<int>> touched(static_cast<std::size_t>(sourceCount));
    std::vector<int> lastSource(groupCount, -1);
    std::vector<int> sourcesIn(groupCount, 0);
    const auto mark = [&](int group, int source) {
        if (group < 0 || lastSource[std::size_t(group)] == source)
            return;
        lastSource[std::size_t(group)] = source;
        ++sourcesIn[std::size_t(group)];
        touched[std::size_t(source)].push_back(group);
    };
    std::int64_t row = 0;
    for (int s = 0; s < sourceCount; ++s) {
        const SourceData &source = *dataset.sources()[s];
        const std::int64_t end = row + std::int64_t(source.prompts.size());
        for (; row < end; ++row)
            mark(dataset.promptGroup(row), s);
        for (const MethodRecord &record : source.methods) {
            const int model = idOf(dataset.models(), record.model);
            const int method = idOf(dataset.methods(), record.method);
            const int hardware = idOf(dataset.hardware(), record.hardware);
            if (model >= 0 && method >= 0 && hardware >= 0)
                mark(dataset.findGroup(std::uint32_t(model), std::uint32_t(method), std::uint32_t(hardware)), s);
        }
    }
    result.groups = int(std::count_if(sourcesIn.begin(), sourcesIn.end(), [](int n) { return n > 1; }));
    for (const std::vector<int> &groups : touched) {
        if (std::any_of(groups.begin(), groups.end(), [&](int g) { return sourcesIn[std::size_t(g)] > 1; }))
            ++result.sources;
    }
    return result;
}
