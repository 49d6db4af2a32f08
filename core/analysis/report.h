// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

/// The headless report over a dataset and a set of (filtered) groups.
/// Machine-readable outputs (JSON, CSV) use the C locale and full precision;
/// Markdown is for people.
namespace Report {

QJsonObject toJson(const Dataset &dataset, const std::vector<int> &groups);
QByteArray toJsonText(const Dataset &dataset, const std::vector<int> &groups);
QByteArray toMarkdown(const Dataset &dataset, const std::vector<int> &groups);
/// The groups table, RFC 4180, with a header row.
QByteArray toCsv(const Dataset &dataset, const std::vector<int> &groups);

} // namespace Report
