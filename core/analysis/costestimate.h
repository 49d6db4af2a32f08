// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

/// "What will N prompts of T tokens cost?" per group, from the group's
/// least-squares fit of time against input tokens (docs/metrics.md).
struct CostEstimate
{
    QString model, method, hardware;
    double perPrompt = kMissing;  ///< seconds: intercept + slope * T
    double total = kMissing;      ///< seconds: N * perPrompt
    /// 95 % prediction interval of the total, both ends clamped at 0:
    /// total ± t(0.975, n-2) * sqrt(N² s² (1/n + (T - x̄)²/Sxx) + N s²), s² = RSS/(n-2).
    double totalLow = kMissing;
    double totalHigh = kMissing;
    bool outsideFittedRange = false; ///< T lies outside the tokens the fit saw
    bool weakFit = false;            ///< r² below kWeakR2: tokens explain little of the time
    int n = 0;
    double r2 = kMissing;

    /// A fit whose r² lies below this explains less than half the variance of the times.
    static constexpr double kWeakR2 = 0.5;

    /// Groups with a valid fit, sorted by total time (fastest first).
    static std::vector<CostEstimate> compute(const Dataset &dataset, const std::vector<int> &groups,
                                             std::int64_t prompts, double tokens);
    static QJsonObject toJson(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens);
    static QByteArray toMarkdown(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens);
};
