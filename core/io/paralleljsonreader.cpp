// SPDX-License-Identifier: GPL-3.0-or-later
#include "paralleljsonreader.h"

#include "bytebuffer.h"
#include "fieldmapper.h"
#include "jsonarrayscanner.h"
#include "jsonrowreader.h"
#include "rowbudget.h"
#include "sourcefile.h"

#include "windowpool.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace ondemand = simdjson::ondemand;

namespace {
constexpr int kDepthCap = 1024;                                  // as the single-thread stream
constexpr std::size_t kMaxWindowBytes = std::size_t(256) << 20; // an element bigger than this: one thread

bool isBlank(const char *data, std::size_t size)
{
    return std::all_of(data, data + size, [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}
} // namespace

/// One window: whole elements of the array, and what a pool thread read from them.
struct ParallelJsonReader::Window
{
    /// buffer[0] is '[' and the elements start at buffer[1]: simdjson reads
    /// the window as one array, closed by a ']' written after the elements.
    std::unique_ptr<char[]> buffer;
    std::size_t capacity = 0;  ///< bytes of `buffer`
    std::size_t size = 0;      ///< bytes of whole elements, from buffer[1]
    std::int64_t offset = 0;   ///< file offset of buffer[1]
    std::int64_t index = 0;    ///< elements of the array before this window
    std::int64_t expected = 0; ///< elements the scan counted in it

    SourceData part;
    std::int64_t records = 0;
    std::int64_t parseNs = 0; ///< for ATTRISCOPE_PARSE_STATS
    bool ok = false; ///< every element an object, read whole, as many as expected
    bool cancelled = false;
    bool outOfMemory = false;

    char *data() { return buffer.get() + 1; }
    /// Room for `bytes` after buffer[1], the closing "] " and simdjson's padding; keeps what is there.
    void reserve(std::size_t bytes, std::size_t keep)
    {
        const std::size_t need = 1 + bytes + 2 + ByteBuffer::kPadding;
        if (need <= capacity)
            return;
        std::unique_ptr<char[]> bigger(new char[need]);
        if (buffer)
            std::memcpy(bigger.get(), buffer.get(), std::min(capacity, 1 + keep));
        buffer = std::move(bigger);
        capacity = need;
    }
};

ParallelJsonReader::ParallelJsonReader(const SourceFile &file, const ParseContext &context, RowBudget &budget,
                                       SourceData &out, int threads)
    : m_file(file)
    , m_context(context)
    , m_budget(budget)
    , m_out(out)
    , m_origin(file.path())
    , m_threads(std::max(1, threads))
{
}

void ParallelJsonReader::parse(Window &w) const
{
    if (m_stop.load(std::memory_order_relaxed))
        return; // an earlier window failed: nothing after it counts
    if (m_context.cancelled()) {
        w.cancelled = true;
        return;
    }
    const std::int64_t start = WindowStats::threadCpuNs();
    try {
        w.ok = readElements(w) && w.records == w.expected;
    } catch (const std::bad_alloc &) {
        w.outOfMemory = true;
    }
    w.parseNs = WindowStats::threadCpuNs() - start;
}

bool ParallelJsonReader::readElements(Window &w) const
{
    // One parser per pool thread: its buffers grow to the window once.
    thread_local ondemand::parser parser;
    char *const data = w.data();
    ondemand::document document;
    ondemand::array array;
    if (parser.iterate(simdjson::padded_string_view(w.buffer.get(), w.size + 2, w.capacity)).get(document)
        || document.get_array().get(array))
        return false;
    JsonRowReader rows(w.buffer.get(), data + w.size, w.offset - 1, std::min(m_context.maxDepth, kDepthCap));
    FieldMapper fields(m_origin, w.part);
    for (auto element : array) {
        ondemand::value item;
        if (element.get(item))
            return false;
        const std::int64_t offset = w.offset + (item.raw_json_token().data() - data);
        ondemand::json_type type;
        ondemand::object row;
        if (item.type().get(type) || type != ondemand::json_type::object || item.get_object().get(row))
            return false;
        fields.clear();
        if (!rows.readRow(row, fields, 3))
            return false;
        const std::int64_t index = w.index + w.records;
        const RowPlace place{m_arrayName, index, index + 1, offset};
        ++w.records;
        if (m_methodRows)
            fields.addMethodRow(place);
        else
            fields.addPromptRow(place);
    }
    return true;
}

ParallelJsonReader::Result ParallelJsonReader::merge(Window &w, QString *error)
{
    if (w.outOfMemory)
        throw std::bad_alloc(); // as the single-thread path would: the loader names it
    if (w.cancelled) {
        if (!m_budget.checkpoint(w.offset, error))
            return Result::Failed;
        w.cancelled = false; // the flag was taken back: parse it after all
        parse(w);
    }
    if (!w.ok || !m_budget.add(w.records))
        return Result::Serial;
    if (!m_reserved && !m_methodRows && w.records > 0) {
        // Size the columns once, as the single-thread stream does.
        m_reserved = true;
        const double perRow = double(w.size) / double(w.records);
        m_out.prompts.reserve(std::size_t(double(m_file.size()) / perRow * 1.02) + 16);
    }
    m_out.appendPart(std::move(w.part));
    return m_budget.checkpoint(w.offset + std::int64_t(w.size), error) ? Result::Done : Result::Failed;
}

ParallelJsonReader::Result ParallelJsonReader::read(std::int64_t offset, bool methodRows, std::size_t windowBytes,
                                                    QString *error)
{
    m_stop = false;
    m_end = -1;
    m_methodRows = methodRows;
    m_arrayName = methodRows ? "method_timing" : "prompt_timing";
    const std::int64_t total = m_file.size();
    std::size_t window = std::max(windowBytes, JsonArrayScanner::kBlock);

    WindowPool<Window> pool(m_threads, m_stop);
    WindowStats &stats = pool.stats();
    const auto mergeFirst = [&](QString *message) {
        Window &first = pool.first();
        const std::int64_t mergeStart = WindowStats::threadCpuNs();
        const Result merged = merge(first, message);
        stats.mergeNs += WindowStats::threadCpuNs() - mergeStart;
        stats.parseNs += first.parseNs;
        ++stats.windows;
        stats.bytes += std::int64_t(first.size);
        first.part = SourceData();
        pool.recycle();
        return merged;
    };

    JsonArrayScanner scanner;
    std::vector<char> carry;       // the bytes after the last cut, read already
    std::size_t carryScanned = 0;  // how many of them the scanner has seen
    std::int64_t fileOffset = offset; // of the next window's first byte
    std::int64_t index = 0;
    bool cutBefore = false;
    for (;;) {
        if (pool.full()) {
            if (const Result r = mergeFirst(error); r != Result::Done)
                return r;
        }
        const std::int64_t readStart = WindowStats::threadCpuNs();
        std::unique_ptr<Window> w = pool.take();
        w->offset = fileOffset;
        w->index = index;
        w->records = 0;
        w->ok = false;
        w->cancelled = false;
        w->reserve(std::max(window, carry.size()), 0);
        if (!carry.empty()) // memcpy from an empty carry's null data is undefined
            std::memcpy(w->data(), carry.data(), carry.size());
        std::size_t available = carry.size();
        std::size_t scanned = carryScanned;
        std::int64_t separators = 0;
        std::int64_t lastSeparator = -1;
        std::int64_t closer = -1;
        QString readError;
        for (;;) {
            // Up to the window, cut after the last comma between elements in
            // it; a window with none grows, as the single-thread stream's does.
            w->reserve(window, available);
            bool eof = false;
            while (available < window) {
                const std::int64_t got = m_file.read(fileOffset + std::int64_t(available), w->data() + available,
                                                     std::int64_t(window - available), &readError);
                if (got <= 0) {
                    eof = got == 0;
                    break;
                }
                available += std::size_t(got);
            }
            if (!readError.isEmpty())
                return Result::Serial; // the single-thread path reads up to it and names it
            eof = eof || fileOffset + std::int64_t(available) >= total;
            const std::size_t end =
                eof ? available : scanned + (available - scanned) / JsonArrayScanner::kBlock * JsonArrayScanner::kBlock;
            const JsonArrayScanner::Found found = scanner.scan(w->data() + scanned, end - scanned);
            separators += found.separators;
            if (found.lastSeparator >= 0)
                lastSeparator = std::int64_t(scanned) + found.lastSeparator;
            if (found.closer >= 0) {
                closer = std::int64_t(scanned) + found.closer;
                break;
            }
            scanned = end;
            if (lastSeparator >= 0)
                break;
            if (eof || window >= kMaxWindowBytes)
                return Result::Serial; // the array never ends, or one huge element
            window *= 2;
        }
        char *data = w->data();
        if (closer >= 0 && data[closer] != ']')
            return Result::Serial; // "[...}": not JSON
        w->size = std::size_t(closer >= 0 ? closer : lastSeparator);
        if (closer < 0) {
            carry.assign(data + w->size + 1, data + available);
            carryScanned = scanned - (w->size + 1);
            w->expected = separators; // the last comma is the cut
        } else {
            const bool empty = separators == 0 && !cutBefore && isBlank(data, w->size);
            w->expected = empty ? 0 : separators + 1;
        }
        w->buffer[0] = '[';
        data[w->size] = ']';
        data[w->size + 1] = ' ';
        index += w->expected;
        cutBefore = true;
        fileOffset += std::int64_t(w->size) + 1;
        stats.readNs += WindowStats::threadCpuNs() - readStart; // reading and scanning
        pool.start(std::move(w), [this](Window &window) { parse(window); });
        if (closer >= 0)
            break;
    }
    while (!pool.empty()) {
        if (const Result r = mergeFirst(error); r != Result::Done)
            return r;
    }
    stats.print(m_arrayName, m_threads);
    m_end = fileOffset;
    return Result::Done;
}
