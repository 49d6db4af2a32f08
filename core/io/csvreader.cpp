// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "fieldmapper.h"
#include "rowbudget.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace {
/// Splits CSV records. Unquoted and plainly quoted fields are views into the
/// input; only fields with doubled quotes are copied, into one scratch buffer
/// that is reused, so a record costs no allocation once the buffers have grown.
class CsvScanner
{
public:
    enum class Result { Record, Malformed, End };
    enum class Problem { None, Unterminated, TextAfterQuote };

    CsvScanner(const char *begin, const char *end)
        : m_pos(begin)
        , m_end(end)
    {
        if (end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }

    Result next()
    {
        if (m_pos >= m_end)
            return Result::End;
        recordLine = m_line;
        problem = Problem::None;
        m_cells.clear();
        for (;;) {
            if (m_pos < m_end && *m_pos == '"') {
                const Result result = quotedCell();
                if (result != Result::End) // End here means "more cells follow"
                    return result;
                continue;
            }
            const char *p = m_pos;
            while (p < m_end && *p != ',' && *p != '\n')
                ++p;
            const char *cellEnd = p;
            if ((p == m_end || *p == '\n') && cellEnd > m_pos && cellEnd[-1] == '\r')
                --cellEnd;
            m_cells.push_back({m_pos, cellEnd, false});
            if (p < m_end && *p == ',') {
                m_pos = p + 1;
                continue;
            }
            if (p < m_end)
                ++m_line;
            m_pos = p < m_end ? p + 1 : m_end;
            return finish();
        }
    }

    bool isBlank() const { return m_cells.size() == 1 && m_cells[0].begin == m_cells[0].end; }
    std::size_t size() const { return m_cells.size(); }
    std::string_view cell(std::size_t i) const { return values[i]; }
    std::int64_t offset(const char *base) const { return std::int64_t(m_pos - base); }
    const char *position() const { return m_pos; }

    std::vector<std::string_view> values;
    std::int64_t recordLine = 1;
    Problem problem = Problem::None;

private:
    struct Cell
    {
        const char *begin;
        const char *end;
        bool escaped; ///< holds doubled quotes
    };

    /// Reads a quoted cell at m_pos. Returns End when another cell follows.
    Result quotedCell()
    {
        const char *open = m_pos;
        const char *p = open + 1;
        bool escaped = false;
        const char *close = nullptr;
        while (!close) {
            const char *q = static_cast<const char *>(std::memchr(p, '"', std::size_t(m_end - p)));
            if (!q) {
                // Swallows the rest of the input: the last record is broken.
                m_line += std::count(open, m_end, '\n');
                m_pos = m_end;
                problem = Problem::Unterminated;
                return Result::Malformed;
            }
            if (q + 1 < m_end && q[1] == '"') {
                escaped = true;
                p = q + 2;
            } else {
                close = q;
            }
        }
        m_line += std::count(open, close, '\n');
        m_cells.push_back({open + 1, close, escaped});
        m_pos = close + 1;
        if (m_pos == m_end)
            return finish();
        if (*m_pos == ',') {
            ++m_pos;
            return Result::End;
        }
        if (*m_pos == '\n' || (*m_pos == '\r' && (m_pos + 1 == m_end || m_pos[1] == '\n'))) {
            m_pos += *m_pos == '\r' ? 1 : 0;
            if (m_pos < m_end) {
                ++m_pos;
                ++m_line;
            }
            return finish();
        }
        const char *newline = static_cast<const char *>(std::memchr(m_pos, '\n', std::size_t(m_end - m_pos)));
        m_pos = newline ? newline + 1 : m_end;
        if (newline)
            ++m_line;
        problem = Problem::TextAfterQuote;
        return Result::Malformed;
    }

    /// Turns the cells into views; unescapes doubled quotes into the scratch buffer.
    Result finish()
    {
        std::size_t needed = 0;
        for (const Cell &cell : m_cells) {
            if (cell.escaped)
                needed += std::size_t(cell.end - cell.begin);
        }
        m_scratch.clear();
        m_scratch.reserve(needed); // no reallocation below: views into it stay valid
        values.resize(m_cells.size());
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            const Cell &cell = m_cells[i];
            if (!cell.escaped) {
                values[i] = std::string_view(cell.begin, std::size_t(cell.end - cell.begin));
                continue;
            }
            const std::size_t start = m_scratch.size();
            for (const char *p = cell.begin; p < cell.end; ++p) {
                m_scratch.push_back(*p);
                if (*p == '"')
                    ++p; // skip the second quote of a pair
            }
            values[i] = std::string_view(m_scratch.data() + start, m_scratch.size() - start);
        }
        return Result::Record;
    }

    const char *m_pos;
    const char *m_end;
    std::int64_t m_line = 1;
    std::vector<Cell> m_cells;
    std::string m_scratch;
};

std::string normalizedName(std::string_view name)
{
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
        name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
        name.remove_suffix(1);
    std::string lower(name);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return lower;
}

/// Maps each header cell to a field; a repeated name keeps its first column.
std::vector<FieldId> headerColumns(const CsvScanner &scanner)
{
    std::vector<FieldId> columns(scanner.size(), FieldId::Unknown);
    std::vector<bool> seen(std::size_t(FieldId::Count), false);
    for (std::size_t i = 0; i < scanner.size(); ++i) {
        const FieldId id = FieldMapper::fieldId(normalizedName(scanner.cell(i)));
        if (id != FieldId::Unknown && !seen[std::size_t(id)]) {
            seen[std::size_t(id)] = true;
            columns[i] = id;
        }
    }
    return columns;
}

TimingFormat tableOf(const std::vector<FieldId> &columns)
{
    const auto has = [&](FieldId id) { return std::find(columns.begin(), columns.end(), id) != columns.end(); };
    if (has(FieldId::TotalPrompts) || has(FieldId::SuccessfulPrompts) || has(FieldId::AveragePromptTime)
        || has(FieldId::AverageTime))
        return TimingFormat::MethodCsv;
    if (has(FieldId::PromptId) || has(FieldId::PromptText) || has(FieldId::Prompt)
        || ((has(FieldId::AttributionTime) || has(FieldId::Time)) && (has(FieldId::TokenCount) || has(FieldId::Tokens))))
        return TimingFormat::PromptCsv;
    return TimingFormat::Unknown;
}

/// Reads up to the first non-blank record. False when there is none or it is broken.
bool readHeader(CsvScanner &scanner)
{
    for (;;) {
        switch (scanner.next()) {
        case CsvScanner::Result::Record:
            if (scanner.isBlank())
                continue;
            return true;
        case CsvScanner::Result::Malformed:
        case CsvScanner::Result::End:
            return false;
        }
    }
}
} // namespace

CsvReader::CsvReader(const QString &origin, const ParseContext &context, SourceData &out)
    : m_origin(origin)
    , m_context(context)
    , m_out(out)
{
}

TimingFormat CsvReader::detectTable(QByteArrayView head)
{
    CsvScanner scanner(head.data(), head.data() + head.size());
    if (!readHeader(scanner))
        return TimingFormat::Unknown;
    return tableOf(headerColumns(scanner));
}

bool CsvReader::read(const ByteBuffer &bytes, QString *error)
{
    const char *data = bytes.data();
    CsvScanner scanner(data, data + bytes.size());
    RowBudget budget(m_context, m_origin, m_out.rowCount(), std::int64_t(bytes.size()));
    if (!budget.checkpoint(0, error))
        return false;
    if (!readHeader(scanner)) {
        *error = tr("%1: no CSV header").arg(m_origin);
        return false;
    }
    const std::vector<FieldId> columns = headerColumns(scanner);
    const TimingFormat table = tableOf(columns);
    if (table == TimingFormat::Unknown) {
        *error = tr("%1: line %2: the CSV header names no known timing table "
                    "(expected columns such as total_prompts or prompt_id)")
                     .arg(m_origin, QString::number(scanner.recordLine));
        return false;
    }

    FieldMapper fields(m_origin, m_out);
    // Text that is not UTF-8 would reach the tables as U+FFFD: such records
    // are skipped, like a JSON Lines line. One fast check spares the others.
    const bool allUtf8 = simdjson::validate_utf8(data, bytes.size());
    for (;;) {
        const char *recordStart = scanner.position();
        const CsvScanner::Result result = scanner.next();
        if (result == CsvScanner::Result::End)
            break;
        const RowPlace place{nullptr, 0, scanner.recordLine, -1};
        if (result == CsvScanner::Result::Malformed) {
            if (!budget.next(scanner.offset(data), error))
                return false;
            fields.skipRow(place, scanner.problem == CsvScanner::Problem::Unterminated
                                      ? tr("unterminated quoted field")
                                      : tr("text after a closing quote"));
            continue;
        }
        if (scanner.isBlank())
            continue;
        if (!budget.next(scanner.offset(data), error))
            return false;
        if (!allUtf8 && !simdjson::validate_utf8(recordStart, std::size_t(scanner.position() - recordStart))) {
            fields.skipRow(place, tr("not valid UTF-8 text"));
            continue;
        }
        if (scanner.size() != columns.size()) {
            fields.skipRow(place, tr("%1 fields, header has %2").arg(scanner.size()).arg(columns.size()));
            continue;
        }
        fields.clear();
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (columns[i] != FieldId::Unknown)
                fields[columns[i]] = FieldValue{FieldValue::Type::Text, false, 0, scanner.cell(i)};
        }
        if (table == TimingFormat::MethodCsv)
            fields.addMethodRow(place);
        else
            fields.addPromptRow(place);
    }
    return budget.checkpoint(std::int64_t(bytes.size()), error);
}
