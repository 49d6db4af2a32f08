// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>
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

QString plainNumber(double value)
{
    if (!std::isfinite(value))
        return kDash;
    const double magnitude = std::fabs(value);
    if (magnitude == 0 || magnitude >= 1)
        return significant(value);
    // Below one: enough decimals for four significant digits (at most 9).
    const int decimals = std::min(9, 3 - int(std::floor(std::log10(magnitude))));
    return QLocale().toString(value, 'f', decimals);
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

namespace {

// Minutes, hours and days, one decimal; below 120 s Format::seconds.
struct DurationUnit
{
    double seconds = 1; ///< seconds per unit; 1 means Format::seconds' own units
    const char *pattern = nullptr;
};

DurationUnit durationUnit(double magnitude)
{
    if (magnitude < 120)
        return {};
    if (magnitude < 2 * 3600)
        return {60, QT_TRANSLATE_NOOP("Format", "%1 min")};
    if (magnitude < 2 * 86400)
        return {3600, QT_TRANSLATE_NOOP("Format", "%1 h")};
    return {86400, QT_TRANSLATE_NOOP("Format", "%1 days")};
}

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString duration(double seconds)
{
    if (!std::isfinite(seconds))
        return kDash;
    const DurationUnit unit = durationUnit(std::fabs(seconds));
    if (!unit.pattern)
        return Format::seconds(seconds);
    return QCoreApplication::translate("Format", unit.pattern).arg(oneDecimal(seconds / unit.seconds));
}

QString durationRange(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return kDash;
    const double magnitude = std::max(std::fabs(low), std::fabs(high));
    const DurationUnit unit = durationUnit(magnitude);
    if (unit.pattern) {
        const QString both = oneDecimal(low / unit.seconds) + QStringLiteral(" – ") + oneDecimal(high / unit.seconds);
        return QCoreApplication::translate("Format", unit.pattern).arg(both);
    }
    // Seconds, milliseconds or microseconds: the unit of the larger end for both.
    double scale = 1;
    QString suffix = QStringLiteral(" s");
    if (magnitude > 0 && magnitude < 1e-3) {
        scale = 1e6;
        suffix = QStringLiteral(" µs");
    } else if (magnitude > 0 && magnitude < 1) {
        scale = 1e3;
        suffix = QStringLiteral(" ms");
    }
    return significant(low * scale) + QStringLiteral(" – ") + significant(high * scale) + suffix;
}

} // namespace Format
