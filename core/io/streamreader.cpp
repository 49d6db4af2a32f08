// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamreader.h"

#include "bytebuffer.h"
#include "fieldmapper.h"
#include "jsonlinesreader.h"
#include "jsonrowreader.h"
#include "paralleljsonreader.h"
#include "parallellinesreader.h"
#include "rowbudget.h"
#include "sourcefile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

namespace StreamReader {
namespace {

constexpr std::size_t kDetectBytes = std::size_t(1) << 20; // as parseTimingData
constexpr std::size_t kMaxWindowBytes = std::size_t(256) << 20; // a record bigger than this is read whole
constexpr int kDepthCap = 1024;

template<typename T>
T bail(int line, T value)
{
    if (qEnvironmentVariableIsSet("ATTRISCOPE_STREAM_DEBUG"))
        qWarning("stream: hand over at line %d", line);
    return value;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// A window onto a file read front to back with plain reads into one reused
/// buffer. data()[-1] is writable, and at least ByteBuffer::kPadding readable
/// bytes follow data() + available() (zeros at the end of the file).
class FileWindow
{
public:
    explicit FileWindow(const SourceFile &file)
        : m_file(file)
        , m_size(file.size())
    {
    }

    const SourceFile &file() const { return m_file; }
    char *data() { return m_buffer.get() + m_begin; }
    std::size_t available() const { return m_end - m_begin; }
    std::int64_t offset() const { return m_offset; }
    std::int64_t size() const { return m_size; }
    /// True when the rest of the file is in the window.
    bool atEnd() const { return m_eof; }
    /// Bytes from data() to the end of the buffer, padding included.
    std::size_t capacityFromData() const { return m_capacity - m_begin; }

    void consume(std::size_t n)
    {
        m_begin += n;
        m_offset += std::int64_t(n);
    }

    /// Moves to byte `offset` of the file, forgetting what was read.
    void seek(std::int64_t offset)
    {
        m_begin = m_end = std::min<std::size_t>(1, m_capacity);
        m_offset = offset;
        m_eof = offset >= m_size;
    }

    /// Makes at least `want` bytes available, fewer only at the end of the file.
    bool fill(std::size_t want, QString *error)
    {
        if (available() >= want || m_eof)
            return true;
        const std::size_t need = 1 + want + ByteBuffer::kPadding;
        if (need > m_capacity) {
            const std::size_t capacity = std::max(need, m_capacity * 2);
            std::unique_ptr<char[]> bigger(new char[capacity]);
            if (available())
                std::memcpy(bigger.get() + 1, data(), available());
            m_buffer = std::move(bigger);
            m_capacity = capacity;
        } else if (available()) {
            std::memmove(m_buffer.get() + 1, data(), available());
        }
        m_end = 1 + available();
        m_begin = 1;
        while (available() < want) {
            const std::int64_t got = m_file.read(m_offset + std::int64_t(available()), m_buffer.get() + m_end,
                                                 std::int64_t(m_capacity - ByteBuffer::kPadding - m_end), error);
            if (got < 0)
                return false;
            if (got == 0) {
                m_eof = true;
                break;
            }
            m_end += std::size_t(got);
        }
        if (m_offset + std::int64_t(available()) >= m_size)
            m_eof = true;
        std::memset(m_buffer.get() + m_end, 0, ByteBuffer::kPadding);
        return true;
    }

private:
    const SourceFile &m_file;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::int64_t m_offset = 0; ///< file offset of data()
    std::int64_t m_size = 0;
    bool m_eof = false;
};

Result readJsonLines(const SourceFile &file, FileWindow &w, const ParseContext &context, SourceData &out,
                     QString *error, std::size_t window, std::int64_t linesBefore)
{
    // More than one window's worth: its windows are parsed on every core.
    const int threads = parseThreadCount(context);
    if (threads > 1 && w.size() - w.offset() > std::int64_t(window)) {
        ParallelLinesReader parallel(file, context, out, threads);
        return parallel.read(w.offset(), linesBefore, window, error) ? Result::Done : Result::Failed;
    }
    const QString &origin = file.path();
    JsonLinesReader reader(origin, context, out);
    if (!reader.begin(w.size(), error, linesBefore))
        return Result::Failed;
    const std::int64_t maxLine = context.maxLineBytes;
    for (;;) {
        if (!w.fill(window, error))
            return Result::Failed;
        if (w.available() == 0)
            break;
        std::size_t piece = w.available();
        if (!w.atEnd() || piece > window) {
            // Whole lines only, up to the window.
            const char *data = w.data();
            std::size_t n = std::min(piece, window);
            while (n > 0 && data[n - 1] != '\n')
                --n;
            if (n == 0) { // one line longer than the window
                // The window grows for it, up to the line length limit: a file
                // without line breaks (gigabytes of zeros) must not be read whole.
                if (maxLine > 0 && std::int64_t(std::min(piece, window)) > maxLine)
                    return reader.lineTooLong(w.offset(), error), Result::Failed;
                window *= 2;
                continue;
            }
            piece = n;
        }
        if (!reader.readLines(w.data(), piece, w.offset(), error))
            return Result::Failed;
        w.consume(piece);
    }
    return reader.finish(w.size(), error) ? Result::Done : Result::Failed;
}

/// TokenLense JSON through the window: the top level is scanned by hand, the
/// records of each array are parsed by simdjson a window at a time.
class JsonStream
{
public:
    JsonStream(FileWindow &w, const QString &origin, const ParseContext &context, SourceData &out, std::size_t window)
        : m_w(w)
        , m_origin(origin)
        , m_context(context)
        , m_out(out)
        , m_fields(origin, out)
        , m_budget(context, origin, out.rowCount(), w.size())
        , m_maxDepth(std::min(context.maxDepth, kDepthCap))
        , m_window(std::max<std::size_t>(window, 16))
    {
    }

    Result run(QString *error);
    /// After NotStreamable: a big array read on several threads met what
    /// only the single-thread stream decides exactly (ParallelJsonReader).
    bool wantsOneThread() const { return m_oneThread; }

private:
    enum class Step { Ok, Bail, Fail };

    bool peek(char *c)
    {
        if (!m_w.fill(1, &m_ioError) || m_w.available() == 0)
            return false;
        *c = m_w.data()[0];
        return true;
    }
    bool expect(char c)
    {
        char got = 0;
        if (!peek(&got) || got != c)
            return false;
        m_w.consume(1);
        return true;
    }
    void skipSpace()
    {
        for (;;) {
            if (!m_w.fill(1, &m_ioError) || m_w.available() == 0)
                return;
            std::size_t i = 0;
            const char *data = m_w.data();
            while (i < m_w.available() && isSpace(data[i]))
                ++i;
            m_w.consume(i);
            if (m_w.available() > 0)
                return;
        }
    }
    /// A top-level key without escapes; false for anything else.
    bool readKey(std::string_view *key)
    {
        constexpr std::size_t kLongest = 64;
        if (!expect('"') || !m_w.fill(kLongest + 1, &m_ioError))
            return false;
        const char *data = m_w.data();
        const std::size_t n = std::min(m_w.available(), kLongest + 1);
        const char *close = static_cast<const char *>(std::memchr(data, '"', n));
        if (!close || std::memchr(data, '\\', std::size_t(close - data)))
            return false;
        *key = std::string_view(data, std::size_t(close - data));
        return true;
    }
    Step readArray(bool methodRows, QString *error);

    FileWindow &m_w;
    const QString &m_origin;
    const ParseContext &m_context;
    SourceData &m_out;
    FieldMapper m_fields;
    RowBudget m_budget;
    ondemand::parser m_parser;
    int m_maxDepth;
    std::size_t m_window;
    bool m_reserved = false;
    bool m_oneThread = false;
    QString m_ioError;
};

Result JsonStream::run(QString *error)
{
    if (!m_budget.checkpoint(0, error))
        return Result::Failed;
    if (m_maxDepth < 3)
        return bail(__LINE__, Result::NotStreamable); // the whole-document reader names the depth
    if (!m_w.fill(3, error))
        return Result::Failed;
    if (m_w.available() >= 3 && std::memcmp(m_w.data(), "\xEF\xBB\xBF", 3) == 0)
        m_w.consume(3);
    skipSpace();
    if (!expect('{'))
        return bail(__LINE__, Result::NotStreamable);
    bool seen[2] = {false, false};
    for (;;) {
        skipSpace();
        std::string_view key;
        if (!readKey(&key))
            return bail(__LINE__, Result::NotStreamable);
        const bool methodRows = key == "method_timing";
        if (!methodRows && key != "prompt_timing")
            return bail(__LINE__, Result::NotStreamable); // "detail", other keys: the whole-document reader explains them
        if (seen[methodRows])
            return bail(__LINE__, Result::NotStreamable); // twice: the whole-document reader warns
        seen[methodRows] = true;
        m_w.consume(key.size() + 1);
        skipSpace();
        if (!expect(':'))
            return bail(__LINE__, Result::NotStreamable);
        skipSpace();
        if (!expect('['))
            return bail(__LINE__, Result::NotStreamable);
        switch (readArray(methodRows, error)) {
        case Step::Ok:
            break;
        case Step::Bail:
            return bail(__LINE__, Result::NotStreamable);
        case Step::Fail:
            return Result::Failed;
        }
        skipSpace();
        if (expect(','))
            continue;
        if (expect('}'))
            break;
        return bail(__LINE__, Result::NotStreamable);
    }
    skipSpace();
    if (!m_ioError.isEmpty()) {
        *error = m_ioError;
        return Result::Failed;
    }
    if (m_w.available() > 0)
        return bail(__LINE__, Result::NotStreamable); // content after the document
    return m_budget.checkpoint(m_w.size(), error) ? Result::Done : Result::Failed;
}

JsonStream::Step JsonStream::readArray(bool methodRows, QString *error)
{
    // More than one window's worth: its windows are parsed on every core.
    const int threads = parseThreadCount(m_context);
    if (threads > 1 && m_w.size() - m_w.offset() > std::int64_t(m_window)) {
        ParallelJsonReader parallel(m_w.file(), m_context, m_budget, m_out, threads);
        switch (parallel.read(m_w.offset(), methodRows, m_window, error)) {
        case ParallelJsonReader::Result::Done:
            m_w.seek(parallel.end());
            return Step::Ok;
        case ParallelJsonReader::Result::Failed:
            return Step::Fail;
        case ParallelJsonReader::Result::Serial:
            m_oneThread = true;
            return bail(__LINE__, Step::Bail);
        }
    }
    const char *arrayName = methodRows ? "method_timing" : "prompt_timing";
    std::int64_t index = 0;
    bool needSeparator = false;
    for (;;) {
        skipSpace();
        char c = 0;
        if (!peek(&c))
            return m_ioError.isEmpty() ? Step::Bail : (*error = m_ioError, Step::Fail);
        if (c == ']') {
            m_w.consume(1);
            return Step::Ok;
        }
        if (needSeparator) {
            if (c != ',')
                return bail(__LINE__, Step::Bail);
            m_w.consume(1);
            skipSpace();
            if (!peek(&c) || c == ']')
                return bail(__LINE__, Step::Bail); // a trailing comma is not JSON
        }
        if (!m_w.fill(m_window, error))
            return Step::Fail;
        char *data = m_w.data();
        const bool final = m_w.atEnd();
        std::size_t length = m_w.available();
        if (!final) {
            // End the window on a character boundary, a few bytes short of the data read.
            length = std::min(length - 4, m_window);
            while (length > 0 && (static_cast<unsigned char>(data[length]) & 0xC0) == 0x80)
                --length;
        }
        // The window's records become one array: '[' goes into the byte before
        // it, ']' into the byte after it and a space after that (simdjson
        // scans the whole window when the byte after a root array is ']').
        // Both are put back before the window moves on.
        struct Closer
        {
            char *at = nullptr;
            char saved[2] = {0, 0};
            void set(char *where)
            {
                restore();
                at = where;
                saved[0] = at[0];
                saved[1] = at[1];
                at[0] = ']';
                at[1] = ' ';
            }
            void restore()
            {
                if (at) {
                    at[0] = saved[0];
                    at[1] = saved[1];
                }
                at = nullptr;
            }
            ~Closer() { restore(); }
        } closer;
        data[-1] = '[';
        const std::size_t capacity = m_w.capacityFromData() + 1;
        const auto parse = [&](ondemand::document &document) {
            closer.set(data + length);
            return m_parser.iterate(simdjson::padded_string_view(data - 1, length + 2, capacity)).get(document);
        };
        ondemand::document document;
        error_code iterated = parse(document);
        if (iterated == simdjson::UNCLOSED_STRING && !final) {
            // The window ends inside a string: end it before the string's opening quote.
            closer.restore();
            std::size_t quote = length;
            while (quote > 0) {
                --quote;
                if (data[quote] != '"')
                    continue;
                std::size_t slashes = 0;
                while (quote > slashes && data[quote - 1 - slashes] == '\\')
                    ++slashes;
                if (slashes % 2 == 0)
                    break;
            }
            length = quote;
            iterated = parse(document);
        }
        if (iterated)
            return bail(__LINE__, Step::Bail);
        ondemand::array array;
        if (document.get_array().get(array))
            return bail(__LINE__, Step::Bail);
        JsonRowReader rows(data - 1, data + length, m_w.offset() - 1, m_maxDepth);
        std::int64_t inWindow = 0;
        const char *resume = nullptr; // where the next window starts, when this one is cut
        const char *lastEnd = data;   // after the last record read
        bool cut = false;
        for (auto element : array) {
            ondemand::value item;
            if (element.get(item)) {
                if (final)
                    return bail(__LINE__, Step::Bail);
                cut = true; // after the last whole record
                break;
            }
            const char *start = item.raw_json_token().data();
            if (start >= data + length && !final) {
                cut = true; // the window ends after a comma: the next record is in the next one
                break;
            }
            ondemand::json_type type;
            if (item.type().get(type) || type != ondemand::json_type::object)
                return bail(__LINE__, Step::Bail);
            ondemand::object row;
            bool ok = item.get_object().get(row) == simdjson::SUCCESS;
            if (ok) {
                m_fields.clear();
                ok = rows.readRow(row, m_fields, 3);
            }
            if (!ok) {
                if (final || rows.error() == simdjson::DEPTH_ERROR)
                    return bail(__LINE__, Step::Bail);
                cut = true; // the record runs past the window, or is broken: see in the next one
                resume = start;
                break;
            }
            const std::int64_t offset = m_w.offset() + std::int64_t(start - data);
            if (!m_budget.next(offset, error))
                return Step::Fail;
            const RowPlace place{arrayName, index, index + 1, offset};
            ++index;
            ++inWindow;
            if (methodRows)
                m_fields.addMethodRow(place);
            else
                m_fields.addPromptRow(place);
            const char *next = nullptr;
            lastEnd = document.current_location().get(next) == simdjson::SUCCESS ? next : data + length;
        }
        if (!m_reserved && !methodRows && inWindow > 0) {
            // Size the columns once from the first window: growing them by
            // doubling would briefly hold up to three times the store.
            m_reserved = true;
            const double perRow = double(lastEnd - data) / double(inWindow);
            const auto rows = std::size_t(double(m_w.size()) / perRow * 1.02) + 16;
            m_out.prompts.reserve(rows);
        }
        if (!cut) {
            // The array ended: at its own ']' after the last record, or at the
            // window's ']' when the window ends between records.
            const char *p = lastEnd;
            while (p < data + length && isSpace(*p))
                ++p;
            if (p < data + length && *p == ']') {
                closer.restore();
                m_w.consume(std::size_t(p + 1 - data));
                return Step::Ok;
            }
            if (p < data + length || final)
                return bail(__LINE__, Step::Bail);
        }
        if (inWindow == 0) {
            // Not one whole record in the window: a bigger one, up to a limit.
            if (m_window >= kMaxWindowBytes)
                return bail(__LINE__, Step::Bail);
            m_window *= 4;
            needSeparator = false;
            continue;
        }
        const char *next = resume ? resume : lastEnd;
        needSeparator = resume == nullptr;
        closer.restore();
        m_w.consume(std::size_t(next - data));
    }
}

} // namespace

Result readFile(const QString &path, const ParseContext &context, SourceData &out, QString *error,
                std::size_t windowBytes)
{
    SourceFile file;
    if (!file.open(path, error))
        return Result::Failed;
    return readFile(file, context, out, error, windowBytes);
}

Result readFile(const SourceFile &file, const ParseContext &context, SourceData &out, QString *error,
                std::size_t windowBytes)
{
    if (out.rowCount() > 0 || out.warningCount > 0)
        return bail(__LINE__, Result::NotStreamable); // a second file of a source: the whole-file path restores on failure
    const QString &path = file.path();
    FileWindow w(file);
    if (!w.fill(kDetectBytes, error))
        return Result::Failed;
    TimingFormat format = detectTimingFormat(QByteArrayView(w.data(), qsizetype(w.available())));
    // White space before the data (any amount) is skipped a window at a time,
    // counting the lines for JSON Lines' messages.
    std::int64_t linesBefore = 0;
    if (format == TimingFormat::Unknown && w.offset() == 0 && w.available() >= 3
        && std::memcmp(w.data(), "\xEF\xBB\xBF", 3) == 0)
        w.consume(3);
    while (format == TimingFormat::Unknown && w.available() > 0) {
        const char *data = w.data();
        std::size_t i = 0;
        while (i < w.available() && isSpace(data[i]))
            ++i;
        if (i == 0)
            break; // not white space: not a format this reader knows
        linesBefore += std::count(data, data + i, '\n');
        w.consume(i);
        if (!w.fill(kDetectBytes, error))
            return Result::Failed;
        if (w.available() > 0 && !isSpace(w.data()[0]))
            format = detectTimingFormat(QByteArrayView(w.data(), qsizetype(w.available())));
    }
    Result result = Result::NotStreamable;
    if (format == TimingFormat::JsonLines)
        result = readJsonLines(file, w, context, out, error, windowBytes, linesBefore);
    else if (format == TimingFormat::TokenLenseJson) {
        JsonStream stream(w, path, context, out, windowBytes);
        result = stream.run(error);
        if (stream.wantsOneThread()) {
            QString name = out.name;
            out = SourceData();
            out.name = std::move(name);
            error->clear();
            ParseContext oneThread = context;
            oneThread.threads = 1;
            w.seek(0);
            result = JsonStream(w, path, oneThread, out, windowBytes).run(error);
        }
    }
    if (qEnvironmentVariableIsSet("ATTRISCOPE_STREAM_DEBUG"))
        qWarning("stream: format %d result %d", int(format), int(result));
    if (result == Result::Done && !file.checkUnchanged(error))
        result = Result::Failed;
    if (result != Result::Done) {
        // Nothing of a failed or handed-over read stays in the source.
        QString name = out.name;
        out = SourceData();
        out.name = std::move(name);
    }
    return result;
}

} // namespace StreamReader
