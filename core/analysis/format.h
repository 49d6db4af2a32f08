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
/// A plain number for a column whose unit is in its header: four significant
/// digits, no exponent ("0.01234", "1.269", "206.1", "1234"); a dash when missing.
QString plainNumber(double value);
/// A duration in the unit that suits it: "90.00 s", "2.5 min", "3.0 h", "3.0 days".
QString duration(double seconds);
/// A range in one unit, the one that suits its larger end: "3.3 – 4.6 min", "0.00 – 94.15 s".
QString durationRange(double low, double high);
} // namespace Format
