// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "timingdata.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

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

LinearFit fitLine(std::span<const double> x, std::span<const double> y)
{
    LinearFit fit;
    std::vector<std::pair<double, double>> points;
    points.reserve(std::min(x.size(), y.size()));
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
            points.emplace_back(x[i], y[i]);
    }
    fit.n = int(points.size());
    if (points.size() < 3)
        return fit;
    double meanX = 0, meanY = 0;
    fit.minX = fit.maxX = points.front().first;
    for (const auto &[px, py] : points) {
        meanX += px;
        meanY += py;
        fit.minX = std::min(fit.minX, px);
        fit.maxX = std::max(fit.maxX, px);
    }
    meanX /= double(points.size());
    meanY /= double(points.size());
    double sxx = 0, sxy = 0, syy = 0;
    for (const auto &[px, py] : points) {
        sxx += (px - meanX) * (px - meanX);
        sxy += (px - meanX) * (py - meanY);
        syy += (py - meanY) * (py - meanY);
    }
    if (sxx <= 0)
        return fit;
    fit.valid = true;
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    double ssRes = 0;
    for (const auto &[px, py] : points) {
        const double r = py - (fit.intercept + fit.slope * px);
        ssRes += r * r;
    }
    fit.r2 = syy > 0 ? 1.0 - ssRes / syy : kMissing;
    fit.meanX = meanX;
    fit.sxx = sxx;
    fit.rss = ssRes;
    return fit;
}

double studentTQuantile(double p, double degreesOfFreedom)
{
    if (!(p > 0 && p < 1) || !(degreesOfFreedom > 0) || !std::isfinite(degreesOfFreedom))
        return kMissing;
    return boost::math::quantile(boost::math::students_t_distribution<double>(degreesOfFreedom), p);
}

bool medianCi95(std::span<const double> sorted, double *lo, double *hi)
{
    const auto n = double(sorted.size());
    if (sorted.size() < 6)
        return false;
    const double spread = 0.98 * std::sqrt(n);
    const double j = std::max(1.0, std::floor(n / 2 - spread));
    const double k = std::min(n, std::ceil(1 + n / 2 + spread));
    *lo = sorted[std::size_t(j) - 1];
    *hi = sorted[std::size_t(k) - 1];
    return true;
}

MannWhitney mannWhitneyU(std::span<const double> x, std::span<const double> y)
{
    MannWhitney result;
    const std::size_t n1 = x.size(), n2 = y.size();
    if (n1 == 0 || n2 == 0)
        return result;
    // Ranks of the combined sample, ties sharing their average rank.
    std::vector<std::pair<double, bool>> all; // value, from x
    all.reserve(n1 + n2);
    for (double v : x)
        all.emplace_back(v, true);
    for (double v : y)
        all.emplace_back(v, false);
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const std::size_t n = all.size();
    double rankSumX = 0, tieTerm = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && all[j].first == all[i].first)
            ++j;
        const double t = double(j - i);
        const double averageRank = (double(i + 1) + double(j)) / 2;
        for (std::size_t k = i; k < j; ++k) {
            if (all[k].second)
                rankSumX += averageRank;
        }
        tieTerm += t * t * t - t;
        i = j;
    }
    const double u1 = rankSumX - double(n1) * double(n1 + 1) / 2;
    const double u2 = double(n1) * double(n2) - u1;
    result.u = u1;
    const double u = std::max(u1, u2);
    const double mu = double(n1) * double(n2) / 2;
    const double nn = double(n);
    const double variance = double(n1) * double(n2) / 12 * ((nn + 1) - tieTerm / (nn * (nn - 1)));
    if (!(variance > 0)) {
        result.p = 1; // every value tied: no evidence either way
        return result;
    }
    const double z = (u - mu - 0.5) / std::sqrt(variance);
    result.p = std::clamp(std::erfc(z / std::sqrt(2.0)), 0.0, 1.0);
    return result;
}

} // namespace Statistics
