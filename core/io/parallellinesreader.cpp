// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallellinesreader.h"

#include "bytebuffer.h"
#include "jsonlinesreader.h"
#include "rowbudget.h"
#include "sourcefile.h"
#include "windowpool.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <vector>

/// One window: whole lines of the file, and what a pool thread read from them.
struct ParallelLinesReader::Window
{
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;  ///< bytes of `buffer`
    std::size_t available = 0; ///< bytes read into it; [size, available) go on to the next window
    std::size_t size = 0;      ///< bytes of whole lines to parse
    std::int64_t offset = 0;   ///< file offset of buffer[0]
    std::int64_t lineBase = 0; ///< lines before it

    SourceData part;
    std::int64_t parseNs = 0; ///< for ATTRISCOPE_PARSE_STATS
    std::int64_t records = 0;
    bool ok = false;
    bool outOfMemory = false;
    QString error;
};

ParallelLinesReader::ParallelLinesReader(const SourceFile &file, const ParseContext &context, SourceData &out,
                                         int threads)
    : m_file(file)
    , m_context(context)
    , m_out(out)
    , m_origin(file.path())
    , m_threads(std::max(1, threads))
{
}

void ParallelLinesReader::parse(Window &window) const
{
    if (m_stop.load(std::memory_order_relaxed))
        return; // an earlier window failed: nothing after it counts
    const std::int64_t start = WindowStats::threadCpuNs();
    try {
        // The row limit needs the records of the windows before: merge() checks it.
        ParseContext local;
        local.maxRows = std::numeric_limits<std::int64_t>::max() / 2;
        local.maxDepth = m_context.maxDepth;
        local.maxLineBytes = m_context.maxLineBytes;
        local.cancel = m_context.cancel;
        JsonLinesReader reader(m_origin, local, window.part);
        window.ok = reader.begin(m_file.size(), &window.error, window.lineBase)
            && reader.readLines(window.buffer.get(), window.size, window.offset, &window.error);
        window.records = reader.records();
    } catch (const std::bad_alloc &) {
        window.ok = false;
        window.outOfMemory = true;
    }
    window.parseNs = WindowStats::threadCpuNs() - start;
}

bool ParallelLinesReader::merge(Window &window, QString *error)
{
    if (window.outOfMemory)
        throw std::bad_alloc(); // as the single-thread path would: the loader names it
    if (m_records + window.records > m_context.maxRows) {
        // The limit falls in this window: read it again in one pass counting
        // from the records before it, for the single-thread path's message.
        SourceData scratch;
        JsonLinesReader reader(m_origin, m_context, scratch);
        if (!reader.begin(m_file.size(), error, window.lineBase, m_records)
            || !reader.readLines(window.buffer.get(), window.size, window.offset, error))
            return false;
    }
    if (!window.ok) {
        *error = window.error;
        return false;
    }
    m_out.appendPart(std::move(window.part));
    m_records += window.records;
    return true;
}

bool ParallelLinesReader::read(std::int64_t offset, std::int64_t linesBefore, std::size_t windowBytes,
                               QString *error)
{
    m_stop = false;
    m_records = 0;
    const std::int64_t total = m_file.size();
    RowBudget progress(m_context, m_origin, 0, total); // progress and cancellation, per merged window
    if (!progress.checkpoint(0, error))
        return false;
    const std::int64_t maxLine = m_context.maxLineBytes;
    std::size_t window = std::max<std::size_t>(windowBytes, 16);

    WindowPool<Window> pool(m_threads, m_stop);

    WindowStats &stats = pool.stats();
    const auto mergeFirst = [&](QString *message) {
        Window &first = pool.first();
        const std::int64_t mergeStart = WindowStats::threadCpuNs();
        const bool merged = merge(first, message);
        stats.mergeNs += WindowStats::threadCpuNs() - mergeStart;
        stats.parseNs += first.parseNs;
        ++stats.windows;
        stats.bytes += std::int64_t(first.size);
        if (!merged)
            return false;
        first.part = SourceData();
        const std::int64_t done = first.offset + std::int64_t(first.size);
        pool.recycle();
        return progress.checkpoint(done, message);
    };

    // The carry points into the window pushed last; only the first of at
    // least three in flight is merged and reused, so it stays valid.
    std::int64_t fileOffset = offset;
    std::int64_t lineBase = linesBefore;
    const char *carry = nullptr; // the start of a line cut by the last window
    std::size_t carrySize = 0;
    bool eof = offset >= total;
    QString pending; // a read error or an overlong line: it counts after the windows before it
    for (;;) {
        if (pool.full() && !mergeFirst(error))
            return false;
        const std::int64_t readStart = WindowStats::threadCpuNs();
        std::unique_ptr<Window> w = pool.take();
        w->offset = fileOffset;
        w->lineBase = lineBase;
        w->records = 0;
        w->ok = false;
        w->error.clear();
        const auto reserve = [&](std::size_t bytes) {
            const std::size_t need = bytes + ByteBuffer::kPadding;
            if (need <= w->capacity)
                return;
            std::unique_ptr<char[]> bigger(new char[need]);
            if (w->available)
                std::memcpy(bigger.get(), w->buffer.get(), w->available);
            w->buffer = std::move(bigger);
            w->capacity = need;
        };
        w->available = 0;
        reserve(std::max(window, carrySize));
        if (carrySize)
            std::memcpy(w->buffer.get(), carry, carrySize);
        w->available = carrySize;
        carry = nullptr;
        carrySize = 0;

        std::size_t piece = 0;
        for (;;) {
            // Whole lines only, up to the window, as the single-thread loop cuts them.
            reserve(window);
            while (!eof && w->available < window) {
                const std::int64_t got = m_file.read(w->offset + std::int64_t(w->available), w->buffer.get() + w->available,
                                                     std::int64_t(window - w->available), &pending);
                if (got < 0)
                    break;
                if (got == 0)
                    eof = true;
                w->available += std::size_t(got);
            }
            if (!pending.isEmpty())
                break;
            if (w->offset + std::int64_t(w->available) >= total)
                eof = true;
            piece = w->available;
            if (piece == 0 || (eof && piece <= window))
                break;
            const char *data = w->buffer.get();
            std::size_t n = std::min(piece, window);
            while (n > 0 && data[n - 1] != '\n')
                --n;
            if (n > 0) {
                piece = n;
                break;
            }
            // One line longer than the window: it grows, up to the line length limit.
            if (maxLine > 0 && std::int64_t(std::min(piece, window)) > maxLine) {
                pending = JsonLinesReader::lineTooLongMessage(m_origin, lineBase + 1, w->offset, maxLine);
                break;
            }
            window *= 2;
        }
        if (!pending.isEmpty() || piece == 0)
            break;
        std::memset(w->buffer.get() + w->available, 0, ByteBuffer::kPadding);
        w->size = piece;
        const char *data = w->buffer.get();
        for (const char *p = data, *end = data + piece;
             (p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)))); ++p)
            ++lineBase;
        fileOffset += std::int64_t(piece);
        carry = data + piece;
        carrySize = w->available - piece;
        stats.readNs += WindowStats::threadCpuNs() - readStart;
        pool.start(std::move(w), [this](Window &window) { parse(window); });
        if (eof && carrySize == 0)
            break;
    }
    while (!pool.empty()) {
        if (!mergeFirst(error))
            return false;
    }
    stats.print("JSON Lines", m_threads);
    if (!pending.isEmpty()) {
        *error = pending;
        return false;
    }
    return progress.checkpoint(total, error);
}
