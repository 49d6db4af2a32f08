// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrowreader.h"

#include <charconv>
#include <cstring>
#include <cmath>
#include <limits>
#include <utility>

namespace ondemand = simdjson::ondemand;
using simdjson::error_code;

namespace {
std::string_view trimmedToken(std::string_view token)
{
    while (!token.empty()
           && (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    return token;
}

bool isNonFiniteToken(std::string_view token)
{
    return token == "NaN" || token == "Infinity" || token == "-Infinity";
}

/// JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view t)
{
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < t.size() && t[i] == '-')
        ++i;
    if (i < t.size() && t[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == t.size();
}

/// A well-formed number simdjson declined: out of double range. 1e999999 is
/// infinite (the time check then drops it), 1e-999999 is zero.
double outOfRangeValue(std::string_view token)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec == std::errc())
        return value;
    const std::size_t e = token.find_first_of("eE");
    const bool tiny = e != std::string_view::npos && token[e + 1] == '-';
    const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    return token.front() == '-' ? -magnitude : magnitude;
}

const char *errorName(error_code error)
{
    switch (error) {
    case simdjson::CAPACITY: return "CAPACITY";
    case simdjson::MEMALLOC: return "MEMALLOC";
    case simdjson::TAPE_ERROR: return "TAPE_ERROR";
    case simdjson::DEPTH_ERROR: return "DEPTH_ERROR";
    case simdjson::STRING_ERROR: return "STRING_ERROR";
    case simdjson::T_ATOM_ERROR: return "T_ATOM_ERROR";
    case simdjson::F_ATOM_ERROR: return "F_ATOM_ERROR";
    case simdjson::N_ATOM_ERROR: return "N_ATOM_ERROR";
    case simdjson::NUMBER_ERROR: return "NUMBER_ERROR";
    case simdjson::UTF8_ERROR: return "UTF8_ERROR";
    case simdjson::EMPTY: return "EMPTY";
    case simdjson::UNESCAPED_CHARS: return "UNESCAPED_CHARS";
    case simdjson::UNCLOSED_STRING: return "UNCLOSED_STRING";
    case simdjson::INCORRECT_TYPE: return "INCORRECT_TYPE";
    case simdjson::NUMBER_OUT_OF_RANGE: return "NUMBER_OUT_OF_RANGE";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: return "INCOMPLETE_ARRAY_OR_OBJECT";
    case simdjson::TRAILING_CONTENT: return "TRAILING_CONTENT";
    default: return "ERROR";
    }
}
} // namespace

JsonRowReader::JsonRowReader(const char *base, const char *end, std::int64_t baseOffset, int maxDepth)
    : m_base(base)
    , m_end(end)
    , m_baseOffset(baseOffset)
    , m_maxDepth(maxDepth)
{
}

QString JsonRowReader::describe(error_code error)
{
    return QLatin1String(errorName(error)) + QStringLiteral(": ") + QString::fromUtf8(simdjson::error_message(error));
}

bool JsonRowReader::fail(error_code error, const char *where)
{
    m_error = error;
    m_where = where;
    return false;
}

template<typename Visit>
bool JsonRowReader::forEachField(ondemand::object &object, Visit &&visit)
{
    for (auto member : object) {
        ondemand::field field;
        if (const error_code e = std::move(member).get(field))
            return fail(e, nullptr);
        std::string_view key;
        if (!readKey(field, &key))
            return false;
        ondemand::value value = field.value();
        if (!visit(key, value))
            return false;
    }
    return true;
}

bool JsonRowReader::readRow(ondemand::object &row, FieldMapper &fields, int depth)
{
    return forEachField(row, [&](std::string_view key, ondemand::value &value) {
        const FieldId id = FieldMapper::fieldId(key);
        if (id == FieldId::Unknown)
            return consume(value, depth + 1);
        if (fields[id].type != FieldValue::Type::Absent)
            fields.markDuplicate(id);
        return readValue(value, fields[id], id == FieldId::PromptId, depth + 1);
    });
}

bool JsonRowReader::readKey(ondemand::field &field, std::string_view *key)
{
    // Keys without escapes are used in place: copying every key of a million
    // rows into simdjson's string buffer costs more than the rest of the row.
    const char *start = field.key().raw();
    const char *close = static_cast<const char *>(std::memchr(start, '"', std::size_t(m_end - start)));
    if (close && !std::memchr(start, '\\', std::size_t(close - start))) {
        *key = std::string_view(start, std::size_t(close - start));
        return true;
    }
    if (const error_code e = field.unescaped_key().get(*key))
        return fail(e, start - 1);
    return true;
}

bool JsonRowReader::readString(ondemand::value &value, std::string_view *text)
{
    // The same for values: stage 1 has checked UTF-8 and control characters,
    // so a string without a backslash is its own unescaped text.
    const std::string_view token = trimmedToken(value.raw_json_token());
    if (token.size() >= 2 && token.back() == '"') {
        const std::string_view inner = token.substr(1, token.size() - 2);
        if (inner.find('\\') == std::string_view::npos) {
            *text = inner;
            return true;
        }
    }
    if (const error_code e = value.get_string().get(*text))
        return fail(e, token.data()); // a failed read leaves the value unread
    return true;
}

bool JsonRowReader::readNumber(ondemand::value &value, FieldValue &out, bool keepToken)
{
    double number = 0;
    if (value.get_double().get(number) == simdjson::SUCCESS) {
        out.type = FieldValue::Type::Number;
        out.number = number;
        out.text = keepToken ? trimmedToken(value.raw_json_token()) : std::string_view();
        return true;
    }
    // The slow path: a failed get_double() leaves the value unread, so its token can be looked at.
    const std::string_view token = trimmedToken(value.raw_json_token());
    if (isNonFiniteToken(token)) {
        out.type = FieldValue::Type::NonFinite;
        out.text = token;
        return true;
    }
    if (isJsonNumber(token)) {
        out.type = FieldValue::Type::Number;
        out.number = outOfRangeValue(token);
        out.text = keepToken ? token : std::string_view();
        return true;
    }
    return fail(simdjson::NUMBER_ERROR, token.data());
}

bool JsonRowReader::readUntyped(ondemand::value &value, FieldValue &out)
{
    // NaN and Infinity start with letters simdjson has no type for; anything else there is broken.
    const std::string_view token = trimmedToken(value.raw_json_token());
    if (!isNonFiniteToken(token))
        return fail(simdjson::TAPE_ERROR, token.data());
    out.type = FieldValue::Type::NonFinite;
    out.text = token;
    return true;
}

bool JsonRowReader::readValue(ondemand::value &value, FieldValue &out, bool keepToken, int depth)
{
    out = FieldValue{};
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        return readUntyped(value, out);
    switch (type) {
    case ondemand::json_type::number:
        return readNumber(value, out, keepToken);
    case ondemand::json_type::string:
        out.type = FieldValue::Type::String;
        return readString(value, &out.text);
    case ondemand::json_type::boolean: {
        if (value.get_bool().get(out.boolean) != simdjson::SUCCESS) {
            const std::string_view token = value.raw_json_token();
            return fail(token.front() == 't' ? simdjson::T_ATOM_ERROR : simdjson::F_ATOM_ERROR, token.data());
        }
        out.type = FieldValue::Type::Bool;
        return true;
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (value.is_null().get(isNull) != simdjson::SUCCESS || !isNull)
            return fail(simdjson::N_ATOM_ERROR, value.raw_json_token().data());
        out.type = FieldValue::Type::Null;
        return true;
    }
    case ondemand::json_type::object:
    case ondemand::json_type::array:
        out.type = FieldValue::Type::Container;
        out.text = type == ondemand::json_type::array ? std::string_view("array") : std::string_view("object");
        return consume(value, depth);
    }
    return fail(simdjson::TAPE_ERROR, value.raw_json_token().data());
}

bool JsonRowReader::consume(ondemand::value &value, int depth)
{
    ondemand::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS) {
        FieldValue ignored;
        return readUntyped(value, ignored);
    }
    if (type != ondemand::json_type::object && type != ondemand::json_type::array) {
        FieldValue ignored;
        return readValue(value, ignored, false, depth);
    }
    const char *where = value.raw_json_token().data();
    if (depth > m_maxDepth)
        return fail(simdjson::DEPTH_ERROR, where);
    if (type == ondemand::json_type::array) {
        ondemand::array array;
        if (const error_code e = value.get_array().get(array))
            return fail(e, where);
        for (auto element : array) {
            ondemand::value item;
            if (const error_code e = element.get(item))
                return fail(e, nullptr);
            if (!consume(item, depth + 1))
                return false;
        }
        return true;
    }
    ondemand::object object;
    if (const error_code e = value.get_object().get(object))
        return fail(e, where);
    return forEachField(object, [&](std::string_view, ondemand::value &item) { return consume(item, depth + 1); });
}
