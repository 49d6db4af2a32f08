// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Display text for numbers, with units, shared by models, charts and reports.
/// Missing (NaN) and non-finite values give an em dash.
namespace Format {
QString seconds(double value);          ///< "1.27 s", "310 ms", "12.4 µs"
QString tokensPerSecond(double value);  ///< "15.8 tok/s"
QString percent(double value);          ///< "95.8 %"
QString number(double value, int precision = 3);
QString count(qint64 value);
QString ratio(double value);            ///< "3.4×"
} // namespace Format
