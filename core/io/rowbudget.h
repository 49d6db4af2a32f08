// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingparser.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

/// Counts the records of one parse against ParseContext::maxRows, and every
/// kCheckEvery records checks for cancellation and reports progress, so the
/// readers' row loops stay free of that bookkeeping.
class RowBudget
{
    Q_DECLARE_TR_FUNCTIONS(RowBudget)

public:
    static constexpr std::int64_t kCheckEvery = 4096;

    /// `rowsBefore`: rows already in the source from earlier parts.
    RowBudget(const ParseContext &context, const QString &origin, std::int64_t rowsBefore, std::int64_t totalBytes);

    /// Counts one record (valid or not) at `bytesDone`. Returns false and sets
    /// `error` when the row limit is passed or the parse was cancelled.
    bool next(std::int64_t bytesDone, QString *error)
    {
        ++m_records;
        if (m_rowsBefore + m_records > m_context.maxRows)
            return tooMany(bytesDone, error);
        if (m_records % kCheckEvery == 0)
            return checkpoint(bytesDone, error);
        return true;
    }
    /// Counts `records` read elsewhere (another thread's window) at once.
    /// Returns false, counting nothing, when they would pass the row limit.
    bool add(std::int64_t records)
    {
        if (m_rowsBefore + m_records + records > m_context.maxRows)
            return false;
        m_records += records;
        return true;
    }
    /// Checks for cancellation and reports progress; also called at the start and end.
    bool checkpoint(std::int64_t bytesDone, QString *error);

    std::int64_t records() const { return m_records; }

private:
    bool tooMany(std::int64_t bytesDone, QString *error);

    const ParseContext &m_context;
    QString m_origin;
    std::int64_t m_rowsBefore;
    std::int64_t m_totalBytes;
    std::int64_t m_records = 0;
};
