// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"
#include "timingparser.h"

#include <QString>

#include <atomic>
#include <cstdint>

class SourceFile;

/// Reads a JSON Lines file on several threads. The calling thread reads the
/// file into windows of whole lines and counts their line breaks; pool threads
/// parse each window into a SourceData of its own (columns, string pool and
/// warnings); the calling thread appends them in file order
/// (SourceData::appendPart). Rows, ids, warnings, skips and messages are those
/// of JsonLinesReader reading the file in one pass: every line's number and
/// byte offset are known before its window is parsed, and an error counts only
/// when every window before it read cleanly. At most threads + 2 windows are
/// in flight, so memory is the row store plus those windows.
class ParallelLinesReader
{
public:
    /// `threads` parse; the calling thread reads and merges.
    ParallelLinesReader(const SourceFile &file, const ParseContext &context, SourceData &out, int threads);

    /// Reads from byte `offset` (after `linesBefore` lines of white space) to
    /// the end, in windows of `windowBytes` (they grow for a longer line).
    /// False with `error` on a limit, cancellation or read error.
    bool read(std::int64_t offset, std::int64_t linesBefore, std::size_t windowBytes, QString *error);

private:
    struct Window;
    void parse(Window &window) const;
    bool merge(Window &window, QString *error);

    const SourceFile &m_file;
    const ParseContext &m_context;
    SourceData &m_out;
    QString m_origin;
    int m_threads;
    std::int64_t m_records = 0; ///< records of the windows merged so far
    std::atomic<bool> m_stop{false};
};
