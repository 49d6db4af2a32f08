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
    double totalLow = kMissing;   ///< N * (perPrompt + 5th percentile of the residuals)
    double totalHigh = kMissing;  ///< N * (perPrompt + 95th percentile of the residuals)
    bool outsideFittedRange = false; ///< T lies outside the tokens the fit saw
    int n = 0;
    double r2 = kMissing;

    /// Groups with a valid fit, sorted by total time (fastest first).
    static std::vector<CostEstimate> compute(const Dataset &dataset, const std::vector<int> &groups,
                                             std::int64_t prompts, double tokens);
    static QJsonObject toJson(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens);
    static QByteArray toMarkdown(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens);
};
