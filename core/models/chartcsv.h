// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

struct Comparison;
class DistributionModel;
class GroupedBarModel;
class HardwareModel;
class ScalingModel;

/// The data behind each chart in tidy (long) form, for `export --format csv`
/// and the window's "Save Data as CSV": one row per drawn value, the
/// dimension columns by name (model, method, hardware, …), then `metric` (the
/// report's JSON field name), `value`, and `low`/`high` where an interval is
/// drawn. Every page of the chart; where the chart shows one hardware, model
/// or method at a time, every one of them. Columns: docs/metrics.md.
namespace ChartCsv {

struct Table
{
    QStringList header;
    std::vector<QStringList> rows; ///< cells as text; numbers in the C locale
};

/// RFC 4180, UTF-8, CRLF line ends. Text cells through TextEscape::csvText:
/// one that a spreadsheet would run as a formula gets a leading `'`; the
/// numbers we format never do.
QByteArray toCsv(const Table &table);
/// A number as the shortest text that reads back to the same double; empty
/// for NaN.
QString number(double value);

Table performance(const GroupedBarModel &model);
Table hardware(const HardwareModel &model);
Table distribution(const DistributionModel &model);
Table scaling(const ScalingModel &model);
/// Mean and median tokens/s of every (method, model) cell, on every hardware.
Table heatmap(const DatasetPtr &dataset, const std::vector<int> &groups);
/// The Models tab for every model: mean time and rank per method and hardware.
Table models(const DatasetPtr &dataset, const std::vector<int> &groups);
/// The Methods tab for every method: box and mean per model and hardware.
Table methods(const DatasetPtr &dataset, const std::vector<int> &groups);
/// Every insight card's figures: one row per number, with the card's kind,
/// title and the models, methods and hardware it is about (";"-separated).
Table insights(const DatasetPtr &dataset, const std::vector<int> &groups);

/// Every group of a comparison: the chart's ratio, the two medians with their
/// prompt counts and the p-value, each row with the group's verdict.
Table compare(const Comparison &comparison);

/// The charts that have data files, by export name ("performance", …), in order.
QStringList names();
/// The table of the chart `name` with the settings a new window starts with
/// (Distribution: every hardware side by side; Compare: the first source as
/// baseline, the second as candidate, header only with fewer than two
/// sources); empty for an unknown name.
Table byName(const QString &name, const DatasetPtr &dataset, const std::vector<int> &groups);

} // namespace ChartCsv
