// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"
#include "timingparser.h"

#include <QString>

class SourceFile;

/// Reads a local TokenLense JSON or JSON Lines file through a window of a few
/// megabytes instead of holding the file and simdjson's index of all of it:
/// memory is the row store plus the window, whatever the file's size, and no
/// page of the file is faulted into the process.
///
/// TokenLense JSON is windowed along the records of its two arrays; only the
/// plain shape `{"prompt_timing": [...], "method_timing": [...]}` (either
/// order, either absent) is streamed. Anything else, and any record that is
/// not well-formed, hands over to the whole-document reader (NotStreamable),
/// which then gives the exact message; rows read so far are dropped, so the
/// result is the same either way.
namespace StreamReader {

enum class Result {
    Done,          ///< rows appended to `out` (which must have been empty)
    Failed,        ///< a limit, cancellation or read error; `error` says which
    NotStreamable, ///< another format or an irregular file: read it whole; `out` is untouched
};

/// Window size at the start; it grows for a record that does not fit.
inline constexpr std::size_t kWindowBytes = std::size_t(8) << 20;

/// `windowBytes` is for tests, which cut records at every place.
Result readFile(const QString &path, const ParseContext &context, SourceData &out, QString *error,
                std::size_t windowBytes = kWindowBytes);
/// The same on a file already opened (the loader reads each file through one
/// descriptor). Done only when the file did not change while it was read.
Result readFile(const SourceFile &file, const ParseContext &context, SourceData &out, QString *error,
                std::size_t windowBytes = kWindowBytes);

} // namespace StreamReader
