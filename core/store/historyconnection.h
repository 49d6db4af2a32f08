// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

/// HistoryStore's connection: transactions the same way on SQLite and
/// PostgreSQL, and the schema created or migrated on open (HistorySchema).
/// Messages are the database's own words; the store adds its name.
class HistoryConnection
{
public:
    QString name;        ///< the QSqlDatabase connection name
    bool server = false; ///< PostgreSQL (QPSQL), else SQLite

    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }

    bool exec(const QString &sql, QString *error);
    /// A write transaction. SQLite: BEGIN IMMEDIATE takes the write lock now (waiting
    /// up to the busy timeout), so two writers never deadlock half-way. PostgreSQL: an
    /// advisory lock serialises writers, so the second of two adders of the same content
    /// sees the first's run instead of failing on the unique key.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    /// Creates the schema in an empty store or migrates an older one, in one
    /// transaction; refuses a store of a newer schema. `fillGroupTimes` fills the
    /// table version 2 adds from the runs already stored (inside the transaction).
    bool migrate(QString *error, const std::function<bool(QString *)> &fillGroupTimes);
    /// PostgreSQL: whether the connection still answers, and when it does not (the
    /// server was restarted, or ended this backend) a new one as open() made it.
    /// Called before each operation, outside a transaction; true on SQLite.
    bool ensureConnected(QString *error);

private:
    /// The stored schema version, or 0 when there is none yet.
    bool version(int *version, QString *error);
};
