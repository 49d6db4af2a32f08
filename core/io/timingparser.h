// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"
#include "timingdata.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

/// The formats a timing source can have. Detected from the content, not the name.
enum class TimingFormat {
    Unknown,
    TokenLenseJson, ///< {"method_timing": [...], "prompt_timing": [...]}
    JsonLines,      ///< one object per line; "kind": "method" marks a method row
    MethodCsv,      ///< the extractor's *method_timing_results.csv
    PromptCsv,      ///< the extractor's *prompt_timing_results.csv
};

/// Limits and hooks for one parse. All limits fail the parse with a clear message.
struct ParseContext
{
    std::int64_t maxRows = 50'000'000;  ///< prompt + method rows in one source
    int maxDepth = 64;                  ///< JSON nesting depth
    /// Bytes of one JSON Lines line (0: no limit). A row is a few hundred
    /// bytes; 16 MiB leaves room for prompts of a long context and bounds the
    /// reader's window (twice this at most) for a file without line breaks.
    std::int64_t maxLineBytes = std::int64_t(16) << 20;
    /// Threads that parse a streamed JSON Lines file: 1 is the single-thread
    /// path, 0 the environment's ATTRISCOPE_PARSE_THREADS or else
    /// QThread::idealThreadCount(). The result is the same for any count.
    int threads = 0;
    /// Set from another thread to stop; the parse then fails with "cancelled".
    const std::atomic<bool> *cancel = nullptr;
    /// Called now and then (not per row) with bytes consumed and total bytes.
    std::function<void(std::int64_t done, std::int64_t total)> progress;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

/// The thread count ParseContext::threads asks for (at least 1).
int parseThreadCount(const ParseContext &context);

/// Guesses the format from the first bytes (BOM and white space skipped).
TimingFormat detectTimingFormat(QByteArrayView head);

/// Parses `bytes` (format auto-detected) and appends its rows to `out`.
/// `origin` names the source in messages (a path or URL).
/// Returns false and sets `error` when the input as a whole is unusable: a JSON
/// document that is not well-formed, an unknown format, a CSV without a known
/// header, a limit exceeded, or cancellation. Bad rows are skipped with a
/// warning in out.warnings (source, row or line, field, reason).
/// Does not call out.finalize(), nor fail on "no valid row": the loader does
/// both once every part of a source is read.
bool parseTimingData(const ByteBuffer &bytes, const QString &origin, const ParseContext &context,
                     SourceData &out, QString *error);
