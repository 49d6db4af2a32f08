// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisticks.h"

#include <cmath>

namespace AxisTicks {

double linearStep(double min, double max)
{
    const double raw = (max - min) / 5;
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double d = std::pow(10.0, std::floor(std::log10(raw)));
    return raw <= d ? d : raw <= 2 * d ? 2 * d : raw <= 5 * d ? 5 * d : 10 * d;
}

QList<double> values(double min, double max, bool log)
{
    QList<double> out;
    if (log) {
        const int first = int(std::ceil(std::log10(min) - 1e-9));
        const int last = int(std::floor(std::log10(max) + 1e-9));
        const bool fine = last - first < 3;
        for (int e = first - 1; e <= last; ++e) {
            for (double m : {1.0, 2.0, 5.0}) {
                if (m != 1.0 && !fine)
                    continue;
                const double v = m * std::pow(10.0, e);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9))
                    out.append(v);
            }
        }
        return out;
    }
    if (!(max > min))
        return out;
    const double step = linearStep(min, max);
    for (double v = std::ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        out.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

} // namespace AxisTicks
