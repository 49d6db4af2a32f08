// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core: simdjson is a private dependency of attriscope_core.
#include "fieldmapper.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QString>

#include <string_view>

/// Reads JSON row objects into a FieldMapper with simdjson On-Demand, and
/// consumes everything else so that the whole input is checked: On-Demand
/// alone would skip unknown values without looking inside them.
/// Python's bare NaN, Infinity and -Infinity are accepted where a value is
/// expected (simdjson rejects them); they only cost time when they occur.
/// Shared by the TokenLense JSON and the JSON Lines readers.
class JsonRowReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonRowReader)

public:
    /// `base` is the first byte of the input given to simdjson (for offsets),
    /// `end` the end of its text; `baseOffset` is added to offsets in messages.
    JsonRowReader(const char *base, const char *end, std::int64_t baseOffset, int maxDepth);

    /// Reads the fields of a row object at nesting `depth` (1 = top level).
    /// Returns false on a fault that makes the input unusable (see fault()).
    bool readRow(simdjson::ondemand::object &row, FieldMapper &fields, int depth);
    /// Consumes a value of any type at nesting `depth`, checking it is well-formed.
    bool consume(simdjson::ondemand::value &value, int depth);

    /// After a false return: the simdjson error, or DEPTH_ERROR for maxDepth.
    simdjson::error_code error() const { return m_error; }
    /// The byte offset of the fault in the whole input, or -1 when unknown.
    std::int64_t faultOffset() const { return m_where ? offsetOf(m_where) : -1; }
    std::int64_t offsetOf(const char *p) const { return m_baseOffset + (p - m_base); }
    int maxDepth() const { return m_maxDepth; }

    /// "TAPE_ERROR: The JSON document has an improper structure..." for messages.
    static QString describe(simdjson::error_code error);

private:
    bool readValue(simdjson::ondemand::value &value, FieldValue &out, bool keepToken, int depth);
    /// Calls visit(key, value) for each member; stops at a fault or when it returns false.
    template<typename Visit>
    bool forEachField(simdjson::ondemand::object &object, Visit &&visit);
    bool readKey(simdjson::ondemand::field &field, std::string_view *key);
    bool readString(simdjson::ondemand::value &value, std::string_view *text);
    bool readUntyped(simdjson::ondemand::value &value, FieldValue &out);
    bool readNumber(simdjson::ondemand::value &value, FieldValue &out, bool keepToken);
    bool fail(simdjson::error_code error, const char *where);

    const char *m_base;
    const char *m_end;
    std::int64_t m_baseOffset;
    int m_maxDepth;
    simdjson::error_code m_error = simdjson::SUCCESS;
    const char *m_where = nullptr;
};
