// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <vector>

/// INSERTs of many rows into one table: rows are collected and sent as one
/// prepared multi-row statement per batch, prepared once and reused. Inside
/// the caller's transaction; flush() sends what is left.
class SqlBatchInsert
{
public:
    /// PostgreSQL: a server round trip carries 500 rows (500 × 26 columns stays
    /// below its 65535 parameters). SQLite has no round trip, and Qt's QSQLITE looks
    /// each parameter's name up by a linear scan (sqlite3_bind_parameter_name), so a
    /// statement's cost grows with the square of its parameters: 32 rows.
    static constexpr int kServerBatchRows = 500;
    static constexpr int kFileBatchRows = 32;

    SqlBatchInsert(const QSqlDatabase &db, const char *table, int columns);

    /// Adds one row of `columns` values; sends a full batch. False with the
    /// database's message when that fails.
    bool add(std::initializer_list<QVariant> row, QString *error);
    /// Sends the rows not sent yet.
    bool flush(QString *error);

    /// The database's words for a failed statement.
    static QString errorText(const QSqlError &error);

private:
    QSqlDatabase m_db;
    QString m_table;
    int m_columns;
    int m_batchRows;
    std::vector<QVariant> m_values;
    std::optional<QSqlQuery> m_full, m_tail;
    int m_preparedRows[2] = {0, 0};
};
