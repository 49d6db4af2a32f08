// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct GroupStats;

/// Hover text for a median with its distribution-free 95 % interval
/// (GroupStats::medianCiLow/High, docs/metrics.md "Uncertainty of the median").
namespace MedianInterval {
/// "1.27 s (95 % CI 1.20 s – 1.35 s)"; "1.27 s (too few prompts for a 95 % interval)" under 6 times.
QString describe(const GroupStats &stats);
/// "95 % CI of the median: 1.20 s – 1.35 s", or empty without an interval.
QString intervalText(const GroupStats &stats);
/// Whether the group has an interval to draw.
bool hasInterval(const GroupStats &stats);
} // namespace MedianInterval
