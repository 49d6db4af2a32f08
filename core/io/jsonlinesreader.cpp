// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesreader.h"

#include "fieldmapper.h"
#include "jsonrowreader.h"
#include "rowbudget.h"

#include <algorithm>
#include <cstring>

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

namespace {
constexpr int kDepthCap = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

/// What lasts from one piece of the input to the next.
struct JsonLinesReader::State
{
    State(const QString &origin, const ParseContext &context, SourceData &out, std::int64_t totalBytes,
          std::int64_t recordsBefore)
        : fields(origin, out)
        , budget(context, origin, out.rowCount() + recordsBefore, totalBytes)
    {
    }
    FieldMapper fields;
    RowBudget budget;
    ondemand::parser parser;
    std::int64_t line = 0;
};

JsonLinesReader::JsonLinesReader(const QString &origin, const ParseContext &context, SourceData &out)
    : m_origin(origin)
    , m_context(context)
    , m_out(out)
{
}

JsonLinesReader::~JsonLinesReader() = default;

bool JsonLinesReader::read(const ByteBuffer &bytes, QString *error)
{
    const auto total = std::int64_t(bytes.size());
    return begin(total, error) && readLines(bytes.data(), bytes.size(), 0, error) && finish(total, error);
}

bool JsonLinesReader::begin(std::int64_t totalBytes, QString *error, std::int64_t linesBefore,
                            std::int64_t recordsBefore)
{
    m_state = std::make_unique<State>(m_origin, m_context, m_out, totalBytes, recordsBefore);
    m_state->line = linesBefore;
    return m_state->budget.checkpoint(0, error);
}

QString JsonLinesReader::lineTooLongMessage(const QString &origin, std::int64_t line, std::int64_t offset,
                                            std::int64_t maxLineBytes)
{
    return tr("%1: line %2 (byte %3): longer than the line length limit of %4 bytes (--max-line-length)")
        .arg(origin, QString::number(line), QString::number(offset), QString::number(maxLineBytes));
}

bool JsonLinesReader::lineTooLong(std::int64_t offset, QString *error)
{
    *error = lineTooLongMessage(m_origin, m_state->line + 1, offset, m_context.maxLineBytes);
    return false;
}

std::int64_t JsonLinesReader::records() const
{
    return m_state ? m_state->budget.records() : 0;
}

bool JsonLinesReader::finish(std::int64_t totalBytes, QString *error)
{
    return m_state->budget.checkpoint(totalBytes, error);
}

bool JsonLinesReader::readLines(const char *data, std::size_t size, std::int64_t offset, QString *error)
{
    State &s = *m_state;
    FieldMapper &fields = s.fields;
    const char *const end = data + size;
    const char *const paddedEnd = end + ByteBuffer::kPadding;
    const int maxDepth = std::min(m_context.maxDepth, kDepthCap);

    const char *lineStart = data;
    if (offset == 0 && size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        lineStart += 3;
    for (; lineStart < end; ) {
        ++s.line;
        const char *newline = static_cast<const char *>(std::memchr(lineStart, '\n', std::size_t(end - lineStart)));
        const char *lineEnd = newline ? newline : end;
        const char *next = newline ? newline + 1 : end;
        if (m_context.maxLineBytes > 0 && lineEnd - lineStart > m_context.maxLineBytes) {
            --s.line;
            return lineTooLong(offset + std::int64_t(lineStart - data), error);
        }
        const char *first = lineStart;
        while (first < lineEnd && isSpace(*first))
            ++first;
        const char *last = lineEnd;
        while (last > first && isSpace(last[-1]))
            --last;
        lineStart = next;
        if (first == last)
            continue; // blank line

        const RowPlace place{nullptr, 0, s.line, offset + std::int64_t(first - data)};
        if (!s.budget.next(place.byte, error))
            return false;
        // The line is followed by the rest of the input and the buffer's padding,
        // which is all simdjson needs to read past its end.
        const std::size_t length = std::size_t(last - first);
        ondemand::document document;
        if (const error_code e =
                s.parser.iterate(simdjson::padded_string_view(first, length, std::size_t(paddedEnd - first))).get(document)) {
            fields.skipRow(place, tr("not well-formed JSON (%1)").arg(JsonRowReader::describe(e)));
            continue;
        }
        ondemand::json_type type;
        if (const error_code e = document.type().get(type)) {
            fields.skipRow(place, tr("not well-formed JSON (%1)").arg(JsonRowReader::describe(e)));
            continue;
        }
        if (type != ondemand::json_type::object) {
            fields.skipRow(place, tr("not a JSON object"));
            continue;
        }
        ondemand::object object;
        if (const error_code e = document.get_object().get(object)) {
            fields.skipRow(place, tr("not well-formed JSON (%1)").arg(JsonRowReader::describe(e)));
            continue;
        }
        JsonRowReader rows(first, last, place.byte, maxDepth);
        fields.clear();
        if (!rows.readRow(object, fields, 1)) {
            if (rows.error() == simdjson::DEPTH_ERROR) {
                *error = tr("%1: line %2 (byte %3): nested deeper than %4 levels")
                             .arg(m_origin, QString::number(s.line), QString::number(rows.faultOffset()), QString::number(maxDepth));
                return false;
            }
            fields.skipRow(place, tr("not well-formed JSON (%1)").arg(JsonRowReader::describe(rows.error())));
            continue;
        }
        const char *trailing = nullptr;
        if (document.current_location().get(trailing) == simdjson::SUCCESS) {
            fields.skipRow(place, tr("not well-formed JSON (content after the object)"));
            continue;
        }
        if (fields.kindIsMethod())
            fields.addMethodRow(place);
        else
            fields.addPromptRow(place);
    }
    return true;
}
