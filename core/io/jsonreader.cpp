// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "fieldmapper.h"
#include "jsonrowreader.h"
#include "rowbudget.h"
#include "textcheck.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

namespace {
// Containers nest on the stack while they are checked: cap the depth whatever the caller asks.
constexpr int kDepthCap = 1024;

constexpr std::size_t kBomSize = 3;

bool hasBom(const ByteBuffer &bytes)
{
    return bytes.size() >= kBomSize && std::memcmp(bytes.data(), "\xEF\xBB\xBF", kBomSize) == 0;
}

QString typeName(ondemand::json_type type)
{
    switch (type) {
    case ondemand::json_type::array: return QCoreApplication::translate("JsonReader", "an array");
    case ondemand::json_type::object: return QCoreApplication::translate("JsonReader", "an object");
    case ondemand::json_type::number: return QCoreApplication::translate("JsonReader", "a number");
    case ondemand::json_type::string: return QCoreApplication::translate("JsonReader", "a string");
    case ondemand::json_type::boolean: return QCoreApplication::translate("JsonReader", "a boolean");
    case ondemand::json_type::null: return QCoreApplication::translate("JsonReader", "null");
    }
    return QString();
}

/// simdjson's first pass names some faults without a place. Finds it with a
/// plain scan: the first byte that is not UTF-8, the quote of a string that
/// is never closed, the end of the input inside an open object or array, or
/// content after the document. Returns -1 and leaves `reason` alone otherwise.
std::int64_t locateFault(error_code code, const char *begin, std::size_t size, QString *reason)
{
    // lupdate needs the context in each call: a tr() helper in a free function has none.
    if (code == simdjson::UTF8_ERROR) {
        const std::int64_t bad = TextCheck::firstInvalidUtf8(QByteArrayView(begin, qsizetype(size)));
        if (bad >= 0)
            *reason = QCoreApplication::translate("JsonReader", "UTF8_ERROR: this byte does not belong to valid UTF-8 text");
        return bad;
    }
    if (code == simdjson::UNESCAPED_CHARS) {
        // A raw control byte (a NUL, a tab, a line break) inside a string.
        bool inText = false;
        for (std::size_t i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(begin[i]);
            if (inText && c < 0x20) {
                *reason = QCoreApplication::translate("JsonReader", "UNESCAPED_CHARS: a control character (byte 0x%1) inside a string, which JSON allows only escaped")
                              .arg(uint(c), 2, 16, QLatin1Char('0'));
                return std::int64_t(i);
            }
            if (inText && c == '\\')
                ++i;
            else if (c == '"')
                inText = !inText;
        }
        return -1;
    }
    std::int64_t depth = 0;
    std::int64_t stringStart = -1;
    std::int64_t documentEnd = -1;
    bool inString = false;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = begin[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (documentEnd >= 0) {
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                *reason = QCoreApplication::translate("JsonReader", "content after the end of the document");
                return std::int64_t(i);
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = std::int64_t(i);
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && depth > 0 && --depth == 0) {
            documentEnd = std::int64_t(i);
        }
    }
    if (inString) {
        *reason = QCoreApplication::translate("JsonReader", "UNCLOSED_STRING: the string that starts here is never closed; the file may be cut short");
        return stringStart;
    }
    if (depth > 0) {
        *reason = QCoreApplication::translate("JsonReader", "INCOMPLETE_ARRAY_OR_OBJECT: the input ends inside an object or array; the file may be cut short");
        return std::int64_t(size);
    }
    return -1;
}

/// One parse: the parser, the document and where the reading stands.
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    Session(const QString &origin, const ParseContext &context, SourceData &out, const ByteBuffer &bytes)
        : origin(origin)
        , skip(hasBom(bytes) ? kBomSize : 0)
        , begin(bytes.data() + skip)
        , size(bytes.size() - skip)
        , rows(begin, begin + size, std::int64_t(skip), std::min(context.maxDepth, kDepthCap))
        , fields(origin, out)
        , budget(context, origin, out.rowCount(), std::int64_t(bytes.size()))
    {
    }

    bool run(QString *error);
    bool readTable(ondemand::value &value, std::string_view name, QString *error);
    bool readDetail(ondemand::value &value, QString *detail, QString *error);

    /// Offset of the document's current position, or -1.
    std::int64_t currentOffset()
    {
        const char *where = nullptr;
        if (document.current_location().get(where) != simdjson::SUCCESS)
            return -1;
        return rows.offsetOf(where);
    }
    bool malformed(error_code code, std::int64_t offset, QString *error)
    {
        // These come from the first pass, with no place or a useless one; a
        // fault at the very end is a cut file, whatever simdjson calls it.
        if (offset < 0 || offset >= std::int64_t(skip + size) || code == simdjson::UTF8_ERROR || code == simdjson::UNCLOSED_STRING
            || code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || code == simdjson::UNESCAPED_CHARS) {
            QString reason;
            if (const std::int64_t at = locateFault(code, begin, size, &reason); at >= 0) {
                *error = tr("%1: byte %2: not well-formed JSON (%3)").arg(origin, QString::number(at + std::int64_t(skip)), reason);
                return false;
            }
        }
        if (offset < 0)
            *error = tr("%1: not well-formed JSON (%2)").arg(origin, JsonRowReader::describe(code));
        else
            *error = tr("%1: byte %2: not well-formed JSON (%3)").arg(origin, QString::number(offset), JsonRowReader::describe(code));
        return false;
    }
    bool tooDeep(std::int64_t offset, QString *error)
    {
        *error = tr("%1: byte %2: nested deeper than %3 levels").arg(origin, QString::number(offset), QString::number(rows.maxDepth()));
        return false;
    }
    /// After JsonRowReader returned false.
    bool rowFault(QString *error)
    {
        const std::int64_t offset = rows.faultOffset() >= 0 ? rows.faultOffset() : currentOffset();
        if (rows.error() == simdjson::DEPTH_ERROR)
            return tooDeep(offset, error);
        return malformed(rows.error(), offset, error);
    }

    const QString &origin;
    std::size_t skip;
    const char *begin;
    std::size_t size;
    ondemand::parser parser;
    ondemand::document document;
    JsonRowReader rows;
    FieldMapper fields;
    RowBudget budget;
};

bool Session::run(QString *error)
{
    if (!budget.checkpoint(0, error))
        return false;
    const error_code iterated =
        parser.iterate(simdjson::padded_string_view(begin, size, size + ByteBuffer::kPadding)).get(document);
    if (iterated == simdjson::EMPTY) {
        *error = tr("%1: empty document").arg(origin);
        return false;
    }
    if (iterated)
        return malformed(iterated, -1, error);

    ondemand::json_type type;
    if (const error_code e = document.type().get(type))
        return malformed(e, std::int64_t(skip), error);
    if (type != ondemand::json_type::object) {
        std::size_t first = 0;
        while (first < size && (begin[first] == ' ' || begin[first] == '\t' || begin[first] == '\n' || begin[first] == '\r'))
            ++first;
        *error = tr("%1: byte %2: the top level is %3, not an object with \"method_timing\" or \"prompt_timing\"")
                     .arg(origin, QString::number(first + skip), typeName(type));
        return false;
    }
    ondemand::object top;
    if (const error_code e = document.get_object().get(top))
        return malformed(e, currentOffset(), error);

    bool sawTable = false;
    bool sawMethods = false;
    bool sawPrompts = false;
    bool sawDetail = false;
    QString detail;
    for (auto member : top) {
        ondemand::field field;
        if (const error_code e = std::move(member).get(field))
            return malformed(e, currentOffset(), error);
        const char *keyStart = field.key().raw(); // after the opening quote, in the input
        std::string_view key;
        if (const error_code e = field.unescaped_key().get(key))
            return malformed(e, currentOffset(), error);
        ondemand::value value = field.value();
        if (key == "method_timing" || key == "prompt_timing") {
            sawTable = true;
            bool &seen = key == "method_timing" ? sawMethods : sawPrompts;
            if (seen) {
                // Python would keep the last one; reading both loses nothing, and the warning says so.
                fields.warn(RowPlace{nullptr, 0, 0, rows.offsetOf(keyStart) - 1},
                            tr("\"%1\" appears a second time at the top level; the rows of both are read")
                                .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
            }
            seen = true;
            if (!readTable(value, key, error))
                return false;
        } else if (key == "detail") {
            sawDetail = true;
            if (!readDetail(value, &detail, error))
                return false;
        } else if (!rows.consume(value, 2)) {
            return rowFault(error);
        }
    }
    // Anything after the top-level object: the current location exists only then.
    if (const std::int64_t trailing = currentOffset(); trailing >= 0) {
        *error = tr("%1: byte %2: not well-formed JSON (content after the end of the document)")
                     .arg(origin, QString::number(trailing));
        return false;
    }
    if (!sawTable) {
        if (sawDetail)
            *error = tr("%1: the file holds a server error body, not timing data: %2").arg(origin, detail);
        else
            *error = tr("%1: no \"method_timing\" or \"prompt_timing\" at the top level").arg(origin);
        return false;
    }
    return budget.checkpoint(std::int64_t(skip + size), error);
}

bool Session::readTable(ondemand::value &value, std::string_view name, QString *error)
{
    const char *arrayName = name == "method_timing" ? "method_timing" : "prompt_timing";
    const bool methodRows = name == "method_timing";
    const std::int64_t start = rows.offsetOf(value.raw_json_token().data());
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS) {
        // Not even a JSON value (NaN, or garbage): check it, then refuse it.
        if (!rows.consume(value, 2))
            return rowFault(error);
        *error = tr("%1: byte %2: \"%3\" is not an array").arg(origin, QString::number(start), QLatin1String(arrayName));
        return false;
    }
    if (type == ondemand::json_type::null) // as good as absent
        return rows.consume(value, 2) || rowFault(error);
    if (type != ondemand::json_type::array) {
        *error = tr("%1: byte %2: \"%3\" is %4, expected an array")
                     .arg(origin, QString::number(start), QLatin1String(arrayName), typeName(type));
        return false;
    }
    if (rows.maxDepth() < 2)
        return tooDeep(start, error);
    ondemand::array array;
    if (const error_code e = value.get_array().get(array))
        return malformed(e, start, error);

    std::int64_t index = 0;
    for (auto element : array) {
        ondemand::value item;
        if (const error_code e = element.get(item))
            return malformed(e, currentOffset(), error);
        const std::int64_t offset = rows.offsetOf(item.raw_json_token().data());
        if (!budget.next(offset, error))
            return false;
        const RowPlace place{arrayName, index, index + 1, offset};
        ++index;
        ondemand::json_type itemType;
        const bool typed = item.type().get(itemType) == simdjson::SUCCESS;
        if (typed && itemType == ondemand::json_type::object) {
            if (rows.maxDepth() < 3)
                return tooDeep(offset, error);
            ondemand::object row;
            if (const error_code e = item.get_object().get(row))
                return malformed(e, offset, error);
            fields.clear();
            if (!rows.readRow(row, fields, 3))
                return rowFault(error);
            if (methodRows)
                fields.addMethodRow(place);
            else
                fields.addPromptRow(place);
            continue;
        }
        const QString found = typed ? typeName(itemType) : QString::fromUtf8(item.raw_json_token()).trimmed();
        if (!rows.consume(item, 3))
            return rowFault(error);
        fields.skipRow(place, tr("expected an object, found %1").arg(found));
    }
    return true;
}

bool Session::readDetail(ondemand::value &value, QString *detail, QString *error)
{
    constexpr qsizetype kShown = 200;
    ondemand::json_type type;
    if (value.type().get(type) == simdjson::SUCCESS && type == ondemand::json_type::string) {
        std::string_view text;
        if (const error_code e = value.get_string().get(text))
            return malformed(e, rows.offsetOf(value.raw_json_token().data()), error);
        *detail = QLatin1Char('"') + QString::fromUtf8(text.data(), qsizetype(text.size())).left(kShown)
            + QLatin1Char('"');
        return true;
    }
    // FastAPI's validation errors are a list of objects: quote the JSON as it stands.
    const char *start = value.raw_json_token().data();
    if (!rows.consume(value, 2))
        return rowFault(error);
    const char *end = nullptr;
    if (document.current_location().get(end) != simdjson::SUCCESS || end < start)
        end = start;
    *detail = QString::fromUtf8(start, qsizetype(end - start)).trimmed().left(kShown);
    return true;
}
} // namespace

JsonReader::JsonReader(const QString &origin, const ParseContext &context, SourceData &out)
    : m_origin(origin)
    , m_context(context)
    , m_out(out)
{
}

bool JsonReader::read(const ByteBuffer &bytes, QString *error)
{
    // The session holds the parser's buffers (about twice the input): on the heap, freed on return.
    auto session = std::make_unique<Session>(m_origin, m_context, m_out, bytes);
    return session->run(error);
}
