// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "timingdata.h"

#include <cmath>

namespace Statistics {

double mean(std::span<const double> values)
{
    if (values.empty())
        return kMissing;
    // Kahan summation keeps a million-row mean right to the last digits.
    double sum = 0, compensation = 0;
    for (double v : values) {
        const double y = v - compensation;
        const double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
    }
    return sum / double(values.size());
}

double quantileSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty())
        return kMissing;
    const double position = q * double(sorted.size() - 1);
    const auto lower = std::size_t(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

double sampleStdDev(std::span<const double> values)
{
    if (values.size() < 2)
        return kMissing;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size() - 1));
}

} // namespace Statistics
