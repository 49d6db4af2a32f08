// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The tables of the run history (docs/history.md, "What a run holds"): one
/// schema for SQLite and PostgreSQL, which differ only in the id column's type
/// and the floating-point type.
namespace HistorySchema {

/// The version these statements create; schema_version holds the store's.
inline constexpr int kVersion = 1;

/// CREATE TABLE and CREATE INDEX statements of version 1, in order.
QStringList createStatements(bool server);
/// The tables that hold a run's rows (all but runs), deleted with it.
QStringList runTables();

} // namespace HistorySchema
