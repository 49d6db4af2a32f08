// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyconnection.h"

#include "historyschema.h"
#include "sqlbatchinsert.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

/// pg_advisory_xact_lock key: migrations and writes of all clients one at a time.
constexpr qint64 kPgLockKey = 0x4174747269536300; // "AttriSc"

QString errorText(const QSqlError &error)
{
    return SqlBatchInsert::errorText(error);
}

} // namespace

bool HistoryConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool HistoryConnection::begin(QString *error)
{
    if (!server)
        return exec(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (!db().transaction()) {
        *error = errorText(db().lastError());
        return false;
    }
    return exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kPgLockKey), error);
}

bool HistoryConnection::commit(QString *error)
{
    if (!server)
        return exec(QStringLiteral("COMMIT"), error);
    if (!db().commit()) {
        *error = errorText(db().lastError());
        return false;
    }
    return true;
}

void HistoryConnection::rollback()
{
    QString ignored;
    if (!server)
        exec(QStringLiteral("ROLLBACK"), &ignored);
    else
        db().rollback();
}

bool HistoryConnection::version(int *version, QString *error)
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        *error = errorText(query.lastError());
        return false;
    }
    *version = query.next() ? query.value(0).toInt() : 0;
    return true;
}

bool HistoryConnection::ensureConnected(QString *error)
{
    if (!server)
        return true;
    QSqlDatabase database = db();
    if (database.isOpen()) { // closed when an earlier attempt to connect again failed
        // One round trip: a connection whose server went away fails here, not half-way.
        QSqlQuery ping(database);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return true;
    }
    database.close();
    if (!database.open()) {
        *error = QCoreApplication::translate("HistoryStore", "the connection was lost and could not be made again: %1")
                     .arg(errorText(database.lastError()));
        return false;
    }
    return true;
}

bool HistoryConnection::migrate(QString *error, const std::function<bool(QString *)> &fillGroupTimes)
{
    int current = 0;
    QString readError;
    if (version(&current, &readError) && current == HistorySchema::kVersion)
        return true; // the usual case: no write lock for reading commands
    if (!begin(error))
        return false;
    auto failed = [this] {
        rollback();
        return false;
    };
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), error)
        || !version(&current, error))
        return failed();
    if (current > HistorySchema::kVersion) {
        rollback();
        *error = QCoreApplication::translate("HistoryStore", "written by a newer AttriScope (schema version %1, this one knows %2)")
                     .arg(QString::number(current), QString::number(HistorySchema::kVersion));
        return false;
    }
    if (current == HistorySchema::kVersion)
        return commit(error); // another client migrated it while this one waited for the lock
    // Each step takes the store one version up; a new store goes through all of them.
    if (current < 1) {
        for (const QString &sql : HistorySchema::createStatements(server)) {
            if (!exec(sql, error))
                return failed();
        }
    }
    if (current < 2) {
        for (const QString &sql : HistorySchema::version2Statements(server)) {
            if (!exec(sql, error))
                return failed();
        }
        if (!fillGroupTimes(error))
            return failed();
    }
    if (!exec(QStringLiteral("DELETE FROM schema_version"), error)
        || !exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(HistorySchema::kVersion), error))
        return failed();
    return commit(error);
}
