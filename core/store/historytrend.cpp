// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrend.h"

#include <map>

namespace HistoryTrend {

bool compute(HistoryStore &store, const std::vector<HistoryTrendGroup> &groups, double thresholdPercent,
             double alpha, std::vector<HistoryTrendSeries> *series, QString *error)
{
    // The times stored per group and run at add time: a few hundred numbers a
    // group and run, where the prompt rows of the picked names were all of a run's
    // rows of them (100 runs of 100k rows took seconds).
    std::vector<std::map<qint64, std::vector<double>>> times;
    if (!store.groupTimes(groups, &times, error))
        return false;
    series->clear();
    for (std::size_t k = 0; k < groups.size(); ++k) {
        const HistoryTrendGroup &g = groups[k];
        auto timesOf = [&](qint64 runId) -> std::span<const double> {
            const auto it = times[k].find(runId);
            return it == times[k].end() ? std::span<const double>() : std::span<const double>(it->second);
        };
        HistoryTrendSeries s{g.model, g.method, g.hardware, {}};
        for (std::size_t i = 0; i < g.runs.size(); ++i) {
            HistoryTrendStep step{g.runs[i], {}};
            if (i > 0) // exactly compare's test of a group found in both runs
                step.change = Comparison::testGroup(timesOf(g.runs[i - 1].runId), timesOf(g.runs[i].runId),
                                                    thresholdPercent, alpha);
            else
                step.change.verdict = GroupComparison::Verdict::Added;
            step.change.model = g.model;
            step.change.method = g.method;
            step.change.hardware = g.hardware;
            s.steps.push_back(std::move(step));
        }
        series->push_back(std::move(s));
    }
    return true;
}

} // namespace HistoryTrend
