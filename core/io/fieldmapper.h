// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

/// Every field name the readers know, method and prompt rows alike. Which
/// record field a name feeds depends on the row kind: `attribution_time` is
/// the per-prompt time of a prompt row but the total of a method row.
enum class FieldId : std::uint8_t {
    Model, Method, AttributionMethod, Kind,
    Prompt, PromptText, PromptId, Tokens, TokenCount, OutputTokenCount,
    Time, AttributionTime, TokensPerSecond, Success, Device, GpuInfo,
    SuccessfulPrompts, TotalPrompts, SuccessRate, ModelLoadingTime, AverageTime, AveragePromptTime,
    TotalTime, MinTime, MaxTime, Platform, CpuModel, CpuCores, MemoryGb,
    CudaAvailable, TorchCudaAvailable, MpsAvailable, TorchMpsAvailable, TorchVersion,
    Count,
    Unknown = Count,
};

/// One field's value as a reader found it, before it is checked against the
/// type the field wants. Text views point into the input or the JSON parser's
/// string buffer and live as long as the row.
struct FieldValue
{
    enum class Type : std::uint8_t {
        Absent,    ///< not in the row
        Null,      ///< JSON null
        Number,    ///< JSON number; `text` is the token for prompt_id only
        String,    ///< JSON string, unescaped
        Bool,      ///< JSON true/false
        NonFinite, ///< Python's bare NaN, Infinity or -Infinity; `text` is the token
        Container, ///< JSON object or array; `text` says which
        Text,      ///< a CSV cell: its type is decided by the field
    };
    Type type = Type::Absent;
    bool boolean = false;
    double number = 0;
    std::string_view text;
};

/// Where a row came from, for messages and PromptTable::sourceRow.
struct RowPlace
{
    const char *array = nullptr; ///< "prompt_timing" or "method_timing" (JSON); null for line-based formats
    std::int64_t index = 0;      ///< 0-based index in `array`
    std::int64_t row = 0;        ///< 1-based record number (JSON) or line (CSV, JSON Lines)
    std::int64_t byte = -1;      ///< offset of the row in the input, -1 if unknown

    /// "prompt_timing[3] (record 4, byte 1234)", "line 7", or "byte 12"
    /// for a place that is not a row (no array, row 0).
    QString text() const;
};

/// Collects the fields of one row, resolves aliases (the first non-null name
/// of each list wins), checks types, and appends the row to a SourceData.
/// Shared by the JSON, JSON Lines and CSV readers so that they agree on names,
/// types and messages. Warnings read `origin: place, field "name": reason`.
class FieldMapper
{
    Q_DECLARE_TR_FUNCTIONS(FieldMapper)

public:
    FieldMapper(const QString &origin, SourceData &out);

    /// Times beyond this (about 31.7 years) are refused: sums and squares of
    /// the times of 50M rows then stay finite, so no statistic becomes inf.
    static constexpr double kMaxSeconds = 1e9;
    /// Token counts and tokens/s beyond this are refused, for the same reason.
    static constexpr double kMaxTokens = 1e12;

    /// The id of a field name (exact, case-sensitive), or FieldId::Unknown.
    static FieldId fieldId(std::string_view name);
    static std::string_view fieldName(FieldId id);

    /// Forgets the previous row's fields.
    void clear()
    {
        m_values.fill(FieldValue{});
        m_duplicates = 0;
    }
    /// Notes that the row names `id` a second time (JSON): the row gets a
    /// warning, and the last value is used, as Python's json module does.
    void markDuplicate(FieldId id) { m_duplicates |= std::uint64_t(1) << unsigned(id); }
    FieldValue &operator[](FieldId id) { return m_values[std::size_t(id)]; }
    const FieldValue &operator[](FieldId id) const { return m_values[std::size_t(id)]; }

    /// True when the row's "kind" is "method" (JSON Lines).
    bool kindIsMethod() const;

    /// Checks the collected fields as a prompt row and appends it, or skips it
    /// with a warning. Returns whether the row was appended.
    bool addPromptRow(const RowPlace &place);
    /// The same for a method row.
    bool addMethodRow(const RowPlace &place);

    /// Skips a row that could not be read at all: `origin: place: reason; row skipped`.
    void skipRow(const RowPlace &place, const QString &reason);
    /// A warning about the whole source or a place: `origin: place: reason`.
    void warn(const RowPlace &place, const QString &reason);

    const QString &origin() const { return m_origin; }

private:
    struct Picked
    {
        const FieldValue *value = nullptr; ///< null when every name is missing
        FieldId id = FieldId::Unknown;     ///< the name that supplied it (or the first alias)
    };
    enum class NumberResult : std::uint8_t { Ok, Missing, Problem };

    Picked pick(FieldId first, FieldId second = FieldId::Unknown) const;
    NumberResult toNumber(const Picked &field, double *value, QString *problem) const;
    double number(const RowPlace &place, FieldId first, FieldId second = FieldId::Unknown);
    /// A number of prompts: whole, from 0 to kMaxCount, else missing with a warning.
    double count(const RowPlace &place, FieldId id);
    /// A time in seconds: from 0 to kMaxSeconds, else missing with a warning.
    double seconds(const RowPlace &place, FieldId first, FieldId second = FieldId::Unknown);
    /// A token count or tokens/s of a prompt row: missing, or from 0 to
    /// kMaxTokens; else the row is skipped with a warning and false returned.
    bool tokens(const RowPlace &place, FieldId first, FieldId second, double *value);
    /// Why a time in seconds is refused (negative, over kMaxSeconds), or empty.
    static QString timeProblem(double value);
    /// Why a token count or rate (`id` says which) is refused, or empty.
    static QString tokenProblem(FieldId id, double value);
    std::string_view text(const RowPlace &place, FieldId first, FieldId second = FieldId::Unknown);
    QString qtext(const RowPlace &place, FieldId id) { const auto t = text(place, id); return QString::fromUtf8(t.data(), qsizetype(t.size())); }
    TriState boolean(const RowPlace &place, FieldId first, FieldId second, bool allowNumber);
    bool requireNames(const RowPlace &place, std::string_view *model, std::string_view *method);
    void fieldWarning(const RowPlace &place, FieldId id, const QString &reason);
    void skipForField(const RowPlace &place, FieldId id, const QString &reason);
    void warnDuplicates(const RowPlace &place);
    static QString describe(const FieldValue &value);

    QString m_origin;
    SourceData &m_out;
    std::array<FieldValue, std::size_t(FieldId::Count)> m_values{};
    std::uint64_t m_duplicates = 0; ///< bit per FieldId
    static_assert(std::size_t(FieldId::Count) <= 64, "m_duplicates has a bit per field");
};
