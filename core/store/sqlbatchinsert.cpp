// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlbatchinsert.h"

#include <QSqlError>
#include <QStringList>

SqlBatchInsert::SqlBatchInsert(const QSqlDatabase &db, const char *table, int columns)
    : m_db(db), m_table(QLatin1String(table)), m_columns(columns),
      m_batchRows(db.driverName() == QLatin1String("QPSQL") ? kServerBatchRows : kFileBatchRows)
{
    m_values.reserve(std::size_t(m_batchRows * columns));
}

bool SqlBatchInsert::add(std::initializer_list<QVariant> row, QString *error)
{
    for (const QVariant &value : row) {
        // A null QString binds as SQL NULL: an empty name is a name, not a missing value.
        if (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
            m_values.emplace_back(QStringLiteral(""));
        else
            m_values.push_back(value);
    }
    return int(m_values.size()) < m_batchRows * m_columns || flush(error);
}

bool SqlBatchInsert::flush(QString *error)
{
    const int rows = int(m_values.size()) / m_columns;
    if (rows == 0)
        return true;
    const int slot = rows == m_batchRows ? 0 : 1; // the full batch, or the last one
    std::optional<QSqlQuery> &query = slot == 0 ? m_full : m_tail;
    if (!query || rows != m_preparedRows[slot]) {
        QString tuple = QStringLiteral("(?");
        tuple += QStringLiteral(",?").repeated(m_columns - 1) + QLatin1Char(')');
        const QStringList tuples(rows, tuple);
        query.emplace(m_db);
        if (!query->prepare(QStringLiteral("INSERT INTO %1 VALUES %2").arg(m_table, tuples.join(QLatin1Char(','))))) {
            *error = errorText(query->lastError());
            return false;
        }
        m_preparedRows[slot] = rows;
    }
    for (int i = 0; i < int(m_values.size()); ++i)
        query->bindValue(i, m_values[std::size_t(i)]);
    m_values.clear();
    if (!query->exec()) {
        *error = errorText(query->lastError());
        return false;
    }
    return true;
}

QString SqlBatchInsert::errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}
