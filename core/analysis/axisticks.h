// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

/// Tick values of the charts painted without Qt Charts (the dot plots, the
/// History trend): one rule, so every painted axis reads alike.
namespace AxisTicks {

/// The step of a linear axis over [min, max]: 1, 2 or 5 times a power of ten,
/// about five steps in all.
double linearStep(double min, double max);
/// Powers of ten on a log axis (with 2 and 5 when there are fewer than three
/// decades), multiples of linearStep() on a linear one; within [min, max].
QList<double> values(double min, double max, bool log);

} // namespace AxisTicks
