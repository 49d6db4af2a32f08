// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <span>
#include <vector>

/// The tables of the run history (docs/history.md, "What a run holds"): one
/// schema for SQLite and PostgreSQL, which differ only in the id column's type
/// and the floating-point type.
namespace HistorySchema {

/// The version a store is migrated to on open; schema_version holds the store's.
inline constexpr int kVersion = 2;

/// CREATE TABLE and CREATE INDEX statements of version 1, in order. A new store
/// is made by these, then migrated like an old one: one path for both.
QStringList createStatements(bool server);
/// Version 1 -> 2: the table group_times (each group's sorted prompt times per
/// run, what the window's trend tests). Its rows are filled by HistoryStore.
QStringList version2Statements(bool server);

/// A group's times as group_times stores them: little-endian IEEE 754 doubles.
QByteArray packTimes(std::span<const double> times);
std::vector<double> unpackTimes(const QByteArray &bytes);
/// The tables that hold a run's rows (all but runs), deleted with it.
QStringList runTables();

} // namespace HistorySchema
