// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

/// How the sources of a merged Dataset share its groups: a group that holds
/// rows (prompt or method rows) of two or more sources pools those runs into
/// one set of statistics. The window says so, so that two loaded runs are
/// never pooled without the user seeing it.
struct SourcePooling
{
    int sources = 0; ///< sources that share at least one group with another source
    int groups = 0;  ///< groups that hold rows of two or more sources

    bool isPooled() const { return groups > 0; }

    /// Counts over every group of `dataset` (whatever the filter shows): one
    /// pass over its prompt rows and method rows.
    static SourcePooling of(const Dataset &dataset);
};
