// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// Item data roles shared by the timing models.
namespace TimingRoles {
enum Role {
    /// The raw value (double, qint64 or QString) for sorting and charts; NaN-free:
    /// a missing number gives an invalid QVariant.
    SortRole = Qt::UserRole + 1,
    RawValueRole = SortRole,
    ModelNameRole,     ///< the row's model name
    MethodNameRole,    ///< the row's method name
    HardwareNameRole,  ///< the row's hardware label
    GroupIndexRole,    ///< GroupStatsModel: index into Dataset::groups()
    SearchTextRole,    ///< text the Data tab's search matches against
};
}
