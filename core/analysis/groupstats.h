// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"

#include <cstdint>

/// Statistics of one group: the prompt rows of one (model, method, hardware).
/// Definitions in docs/metrics.md. NaN marks a missing value.
struct GroupStats
{
    std::uint32_t model = 0;     ///< index into Dataset::models()
    std::uint32_t method = 0;    ///< index into Dataset::methods()
    std::uint32_t hardware = 0;  ///< index into Dataset::hardware()
    std::int64_t prompts = 0;
    std::int64_t successful = 0;
    double successRate = kMissing;   ///< percent
    std::int64_t timedCount = 0;     ///< successful rows with a time: n of the time statistics
    std::int64_t rateCount = 0;      ///< successful rows with a tokens/s value
    double meanTime = kMissing;      ///< seconds
    double medianTime = kMissing;
    double minTime = kMissing;
    double maxTime = kMissing;
    double p95Time = kMissing;
    double stdTime = kMissing;       ///< sample standard deviation (n - 1)
    double meanTokensPerSecond = kMissing;   ///< input tokens per second of attribution
    double medianTokensPerSecond = kMissing;
    double modelLoadingTime = kMissing;      ///< mean over the group's method rows
    double medianCiLow = kMissing;   ///< distribution-free 95 % interval of the median; NaN under 6 times
    double medianCiHigh = kMissing;
    /// Least-squares time = intercept + slope * tokens over successful prompts.
    bool fitValid = false;           ///< false under 3 points or with no spread in tokens
    double fitIntercept = kMissing;  ///< seconds
    double fitSlope = kMissing;      ///< seconds per token
    double fitR2 = kMissing;
    int fitN = 0;
    double fitMinTokens = kMissing;
    double fitMaxTokens = kMissing;
    double fitMeanTokens = kMissing; ///< x̄ of the fitted prompts
    double fitSxx = kMissing;        ///< Σ (tokens - x̄)²
    double fitRss = kMissing;        ///< Σ residual², seconds²
    /// t(0.975, n − 2) of the prediction interval, computed once with the fit:
    /// an inverse incomplete beta per group was most of a cost estimate.
    double fitT975 = kMissing;
    bool fromMethodRows = false;     ///< no prompt rows: numbers come from method rows
};
