// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowpool.h"

#include <algorithm>

#include <time.h>

std::int64_t WindowStats::threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void WindowStats::print(const char *what, int threads) const
{
    if (!qEnvironmentVariableIsSet("ATTRISCOPE_PARSE_STATS"))
        return;
    const auto ms = [](std::int64_t ns) { return double(ns) / 1e6; };
    const double count = double(std::max<std::int64_t>(windows, 1));
    qInfo("parse %s: %d threads, %lld windows of %.1f MB: wall %.1f ms; calling thread: read %.1f ms CPU, "
          "wait %.1f ms, merge %.1f ms CPU; pool: parse %.1f ms CPU (%.2f ms a window)",
          what, threads, qlonglong(windows), double(bytes) / 1e6 / count, ms(wall.nsecsElapsed()), ms(readNs),
          ms(waitNs), ms(mergeNs), ms(parseNs), ms(parseNs) / count);
}
