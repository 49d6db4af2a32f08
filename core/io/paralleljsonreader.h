// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"
#include "timingparser.h"

#include <QString>

#include <atomic>
#include <cstdint>

class RowBudget;
class SourceFile;

/// Reads the elements of one big array of a TokenLense JSON file
/// ("prompt_timing" or "method_timing") on several threads. The calling
/// thread reads the file into windows of whole elements (JsonArrayScanner
/// finds the commas between them) and counts them; pool threads parse each
/// window into a SourceData of its own; the calling thread appends them in
/// file order (SourceData::appendPart). Every element's index and byte offset
/// are known before its window is parsed, so rows, ids, warnings and skips are
/// those of the single-thread stream. At most threads + 2 windows are in flight.
///
/// Only a file that streams cleanly is read here. Whatever the single-thread
/// path would treat otherwise (an element that is not a well-formed object, a
/// cut that is not one, the row limit, a read error) returns Serial: the
/// caller then reads the file again on one thread, which gives the exact
/// result and message; such a file is rare and only costs time.
class ParallelJsonReader
{
public:
    enum class Result {
        Done,   ///< the array's rows are in `out`; end() is after its ']'
        Failed, ///< cancelled: `error` says so
        Serial, ///< read the file on one thread instead
    };

    /// `threads` parse; the calling thread reads and merges. `budget` is the
    /// stream's: it gets the records and reports progress and cancellation.
    ParallelJsonReader(const SourceFile &file, const ParseContext &context, RowBudget &budget, SourceData &out,
                       int threads);

    /// Reads from byte `offset`, right after the array's '[', to its ']', in
    /// windows of `windowBytes` (they grow for a longer element).
    Result read(std::int64_t offset, bool methodRows, std::size_t windowBytes, QString *error);
    /// After Done: the offset right after the array's ']'.
    std::int64_t end() const { return m_end; }

private:
    struct Window;
    void parse(Window &window) const;
    /// True when every element is an object read whole.
    bool readElements(Window &window) const;
    Result merge(Window &window, QString *error);

    const SourceFile &m_file;
    const ParseContext &m_context;
    RowBudget &m_budget;
    SourceData &m_out;
    QString m_origin;
    int m_threads;
    const char *m_arrayName = "prompt_timing";
    bool m_methodRows = false;
    bool m_reserved = false;
    std::int64_t m_end = -1;
    std::atomic<bool> m_stop{false};
};
