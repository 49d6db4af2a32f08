// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrend.h"

#include <QSet>

#include <map>

namespace {

/// The index of the group (model, method, hardware) in `dataset`, or none.
std::vector<int> groupOf(const Dataset &dataset, const HistoryTrendGroup &g)
{
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        const GroupStats &s = dataset.groups()[i];
        if (dataset.models()[s.model] == g.model && dataset.methods()[s.method] == g.method
            && dataset.hardware()[s.hardware] == g.hardware)
            return {int(i)};
    }
    return {};
}

} // namespace

namespace HistoryTrend {

bool compute(HistoryStore &store, const std::vector<HistoryTrendGroup> &groups, double thresholdPercent,
             double alpha, std::vector<HistoryTrendSeries> *series, QString *error)
{
    // Each run is read once, for the names of every selected group.
    HistoryGroupFilter only;
    QSet<QString> models, methods, hardware;
    std::map<qint64, DatasetPtr> runs;
    for (const HistoryTrendGroup &g : groups) {
        models.insert(g.model);
        methods.insert(g.method);
        hardware.insert(g.hardware);
        for (const HistoryTrendPoint &p : g.runs)
            runs[p.runId] = nullptr;
    }
    only.models = QStringList(models.cbegin(), models.cend());
    only.methods = QStringList(methods.cbegin(), methods.cend());
    only.hardware = QStringList(hardware.cbegin(), hardware.cend());
    for (auto &[id, dataset] : runs) {
        if (!store.loadRun(id, &dataset, error, only))
            return false;
    }
    series->clear();
    for (const HistoryTrendGroup &g : groups) {
        HistoryTrendSeries s{g.model, g.method, g.hardware, {}};
        for (std::size_t i = 0; i < g.runs.size(); ++i) {
            HistoryTrendStep step{g.runs[i], {}};
            step.change.model = g.model;
            step.change.method = g.method;
            step.change.hardware = g.hardware;
            step.change.verdict = GroupComparison::Verdict::Added;
            if (i > 0) {
                const Dataset &before = *runs[g.runs[i - 1].runId];
                const Dataset &after = *runs[g.runs[i].runId];
                const Comparison c = Comparison::compute(before, groupOf(before, g), after, groupOf(after, g),
                                                         thresholdPercent, alpha);
                if (!c.groups.empty())
                    step.change = c.groups.front();
            }
            s.steps.push_back(std::move(step));
        }
        series->push_back(std::move(s));
    }
    return true;
}

} // namespace HistoryTrend
