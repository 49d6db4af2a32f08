// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"
#include "historystore.h"

#include <vector>

/// One run of a group in the window's trend: the statistics stored with the
/// run and the verdict against the group's run before it.
struct HistoryTrendStep
{
    HistoryTrendPoint point;
    /// Against the previous run that has the group, by Comparison::testGroup on the
    /// stored prompt times: exactly `compare` and `history check`. The first run
    /// has none (verdict Added, no ratio).
    GroupComparison change;
};

/// One (model, method, hardware) over the runs, oldest first.
struct HistoryTrendSeries
{
    QString model, method, hardware;
    std::vector<HistoryTrendStep> steps;
};

namespace HistoryTrend {

/// The selected groups of `groups` (HistoryStore::trend) with each run's verdict
/// against the one before it, on the times stored per group and run
/// (HistoryStore::groupTimes); never reads the prompt rows. For a worker thread
/// with its own store. False with the store's message on failure.
bool compute(HistoryStore &store, const std::vector<HistoryTrendGroup> &groups, double thresholdPercent,
             double alpha, std::vector<HistoryTrendSeries> *series, QString *error);

} // namespace HistoryTrend
