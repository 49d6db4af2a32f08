// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowbudget.h"

RowBudget::RowBudget(const ParseContext &context, const QString &origin, std::int64_t rowsBefore,
                     std::int64_t totalBytes)
    : m_context(context)
    , m_origin(origin)
    , m_rowsBefore(rowsBefore)
    , m_totalBytes(totalBytes)
{
}

bool RowBudget::checkpoint(std::int64_t bytesDone, QString *error)
{
    if (m_context.cancelled()) {
        *error = tr("%1: cancelled").arg(m_origin);
        return false;
    }
    if (m_context.progress)
        m_context.progress(bytesDone, m_totalBytes);
    return true;
}

bool RowBudget::tooMany(std::int64_t bytesDone, QString *error)
{
    *error = tr("%1: byte %2: more than %3 rows, over the row limit").arg(m_origin, QString::number(bytesDone), QString::number(m_context.maxRows));
    return false;
}
