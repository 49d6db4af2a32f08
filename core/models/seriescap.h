// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

/// A chart draws a colour per series; with a new name in every group that was
/// series × categories cells (200k × 200k). The chart models keep the first
/// `max` series by name (ids follow the sorted names) and say how many there
/// were, so that the view can tell the user; 0 keeps every series (data
/// export). Returns how many ids were marked in `present`; unmarks the rest.
inline std::size_t keepFirstSeries(std::vector<bool> &present, std::size_t max)
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (!present[i])
            continue;
        if (++total > max && max > 0)
            present[i] = false;
    }
    return total;
}
