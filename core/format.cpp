// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>

#include <cmath>

namespace {

const QString kDash = QStringLiteral("—");

// Four significant digits without an exponent: 1.269, 10.30, 206.1, 1234.
QString significant(double value)
{
    const double magnitude = std::fabs(value);
    int decimals = 3;
    if (magnitude >= 1000)
        decimals = 0;
    else if (magnitude >= 100)
        decimals = 1;
    else if (magnitude >= 10)
        decimals = 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

namespace Format {

QString seconds(double value)
{
    if (!std::isfinite(value)) // never "inf s"
        return kDash;
    const double magnitude = std::fabs(value);
    if (magnitude == 0 || magnitude >= 1)
        return significant(value) + QStringLiteral(" s");
    if (magnitude >= 1e-3)
        return significant(value * 1e3) + QStringLiteral(" ms");
    return significant(value * 1e6) + QStringLiteral(" µs");
}

QString tokensPerSecond(double value)
{
    if (!std::isfinite(value)) // never "inf s"
        return kDash;
    return significant(value) + QStringLiteral(" tok/s");
}

QString percent(double value)
{
    if (!std::isfinite(value)) // never "inf s"
        return kDash;
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

QString number(double value, int precision)
{
    if (std::isnan(value))
        return kDash;
    return QLocale().toString(value, 'g', precision);
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString ratio(double value)
{
    if (!std::isfinite(value)) // never "inf s"
        return kDash;
    return QLocale().toString(value, 'f', value >= 10 ? 0 : 1) + QStringLiteral("×");
}

} // namespace Format
