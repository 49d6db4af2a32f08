// SPDX-License-Identifier: GPL-3.0-or-later
#include "medianinterval.h"

#include "format.h"
#include "groupstats.h"

#include <QCoreApplication>

namespace MedianInterval {

bool hasInterval(const GroupStats &stats)
{
    return !isMissing(stats.medianCiLow) && !isMissing(stats.medianCiHigh);
}

QString intervalText(const GroupStats &stats)
{
    if (!hasInterval(stats))
        return {};
    return QCoreApplication::translate("MedianInterval", "95 % CI of the median: %1 – %2").arg(Format::seconds(stats.medianCiLow), Format::seconds(stats.medianCiHigh));
}

QString describe(const GroupStats &stats)
{
    if (isMissing(stats.medianTime))
        return Format::seconds(stats.medianTime);
    if (!hasInterval(stats))
        return QCoreApplication::translate("MedianInterval", "%1 (too few prompts for a 95 % interval)").arg(Format::seconds(stats.medianTime));
    return QCoreApplication::translate("MedianInterval", "%1 (95 % CI %2 – %3)")
        .arg(Format::seconds(stats.medianTime), Format::seconds(stats.medianCiLow), Format::seconds(stats.medianCiHigh));
}

} // namespace MedianInterval
