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

} // namespace Statistics
