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

bool HistoryConnection::migrate(QString *error)
{
    int current = 0;
    QString readError;
    if (version(&current, &readError) && current == HistorySchema::kVersion)
        return true; // the usual case: no write lock for reading commands
    if (!begin(error))
        return false;
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"), error)
        || !version(&current, error)) {
        rollback();
        return false;
    }
    if (current > HistorySchema::kVersion) {
        rollback();
        *error = QCoreApplication::translate("HistoryStore", "written by a newer AttriScope (schema version %1, this one knows %2)")
                     .arg(QString::number(current), QString::number(HistorySchema::kVersion));
        return false;
    }
    // Version 0 -> 1: the first schema. Later versions add their steps here.
    if (current < 1) {
        for (const QString &sql : HistorySchema::createStatements(server)) {
            if (!exec(sql, error)) {
                rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("DELETE FROM schema_version"), error)
            || !exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(HistorySchema::kVersion), error)) {
            rollback();
            return false;
        }
    }
    return commit(error);
}
