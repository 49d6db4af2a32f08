// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

/// Small numeric helpers with the conventions of docs/metrics.md.
namespace Statistics {

/// Arithmetic mean, NaN when empty.
double mean(std::span<const double> values);
/// Quantile q in [0, 1] of sorted values by linear interpolation between order
/// statistics (numpy's default "linear" method). NaN when empty.
double quantileSorted(std::span<const double> sorted, double q);
/// Sample standard deviation (n - 1 in the denominator); NaN under 2 values.
double sampleStdDev(std::span<const double> values);

/// Least-squares line y = intercept + slope * x.
struct LinearFit
{
    bool valid = false;   ///< false under 3 points or when x has no spread
    double intercept = 0;
    double slope = 0;
    double r2 = 0;        ///< 1 - SS_res / SS_tot; NaN when y has no spread
    int n = 0;
    double minX = 0;
    double maxX = 0;
    double meanX = 0;     ///< x̄ of the fitted points
    double sxx = 0;       ///< Σ (x - x̄)²
    double rss = 0;       ///< Σ residual², residual = y - fit
};
/// Fits over the pairs where both x and y are numbers.
LinearFit fitLine(std::span<const double> x, std::span<const double> y);

/// Quantile p of Student's t distribution with `degreesOfFreedom` (Boost.Math);
/// NaN for p outside (0, 1) or degreesOfFreedom <= 0.
double studentTQuantile(double p, double degreesOfFreedom);

/// Distribution-free 95 % interval of the median from order statistics:
/// lo = x(j), hi = x(k) (1-based), j = max(1, floor(n/2 - 0.98 sqrt n)),
/// k = min(n, ceil(1 + n/2 + 0.98 sqrt n)). False under 6 values.
bool medianCi95(std::span<const double> sorted, double *lo, double *hi);

/// Two-sided Mann-Whitney U test, normal approximation with tie and
/// continuity correction, as scipy.stats.mannwhitneyu(x, y, method="asymptotic").
struct MannWhitney
{
    double u = 0;       ///< U statistic of x
    double p = 1;       ///< two-sided p-value
};
MannWhitney mannWhitneyU(std::span<const double> x, std::span<const double> y);

} // namespace Statistics
