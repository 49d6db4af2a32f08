// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>

#include <vector>

/// The dashboard's headline numbers over a set of groups (docs/metrics.md).
struct Summary
{
    int models = 0;
    int methods = 0;
    int hardware = 0;
    std::int64_t prompts = 0;
    std::int64_t successful = 0;
    double successRate = kMissing; ///< percent: Σ successful / Σ prompts
    int fastest = -1;              ///< group index, lowest mean_time among groups with a success
    int slowest = -1;              ///< group index, highest mean_time
    int bestThroughput = -1;       ///< group index, highest mean tokens/s

    static Summary compute(const Dataset &dataset, const std::vector<int> &groups);
};

enum class Severity { Info, Success, Warning };

/// One finding about the data, with the numbers behind it and what it is about
/// (so that clicking it can set the filter to exactly that).
struct Insight
{
    QString kind;      ///< performance_range, most_consistent, compatibility, best_overall, hardware_impact, low_sample
    Severity severity = Severity::Info;
    QString title;
    QString text;
    QJsonObject numbers;
    QStringList models;
    QStringList methods;
    QStringList hardware;

    static QString severityName(Severity severity);
    /// All insights over the given groups, in a fixed order of kinds.
    static QList<Insight> compute(const Dataset &dataset, const std::vector<int> &groups);
};
Q_DECLARE_METATYPE(Insight)
