// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <span>
#include <vector>

/// Baseline vs candidate: per (model, method, hardware) present in both, the
/// medians of the successful prompt times, their ratio and a Mann-Whitney U
/// test (docs/metrics.md, "Comparing runs").
struct GroupComparison
{
    enum class Verdict { Regression, Improvement, Same, TooFew, Added, Removed };

    QString model, method, hardware;
    double baselineMedian = kMissing;
    double candidateMedian = kMissing;
    double ratio = kMissing;      ///< candidate / baseline
    double pValue = kMissing;
    std::int64_t baselineN = 0;
    std::int64_t candidateN = 0;
    Verdict verdict = Verdict::Same;

    static QString verdictName(Verdict verdict);
};

struct Comparison
{
    double thresholdPercent = 5;
    double alpha = 0.05;
    std::vector<GroupComparison> groups; ///< matched groups first (name order), then added, then removed
    int regressions = 0;
    int improvements = 0;
    int same = 0;
    double geomeanRatio = kMissing; ///< over matched groups with both medians

    static constexpr int kMinimumTimes = 5;

    /// Compares the groups of `candidate` with those of `baseline` that pass
    /// the given group lists (indices into each dataset's groups()).
    static Comparison compute(const Dataset &baseline, const std::vector<int> &baselineGroups,
                              const Dataset &candidate, const std::vector<int> &candidateGroups,
                              double thresholdPercent, double alpha);
    /// The test compute() applies to each group found in both: on the group's
    /// successful prompt times of each side (Dataset::groupTimes, sorted), the
    /// medians, their ratio and, with kMinimumTimes on both sides, the Mann-Whitney
    /// U test against the threshold. The names are left empty.
    static GroupComparison testGroup(std::span<const double> baselineTimes, std::span<const double> candidateTimes,
                                     double thresholdPercent, double alpha);

    /// The groups of `part` (one source's Dataset) whose (model, method,
    /// hardware) are among `mergedGroups` of `merged`: the window's filter is by
    /// name, and every group of a source is a group of the merge.
    static std::vector<int> groupsMatching(const Dataset &part, const Dataset &merged, const std::vector<int> &mergedGroups);
    /// The first two sources of `merged` as baseline and candidate, each its own
    /// Dataset, under the filter `mergedGroups`; no groups with fewer than two sources.
    static Comparison ofFirstSources(const Dataset &merged, const std::vector<int> &mergedGroups,
                                     double thresholdPercent = 5, double alpha = 0.05);

    QJsonObject toJson() const;
    QByteArray toMarkdown() const;
};
