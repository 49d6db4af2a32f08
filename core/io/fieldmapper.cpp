// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmapper.h"

#include <QLocale>

#include <bit>
#include <charconv>
#include <cmath>
#include <vector>

namespace {
struct NamedField
{
    std::string_view name;
    FieldId id;
};

constexpr NamedField kFields[] = {
    {"model", FieldId::Model},
    {"method", FieldId::Method},
    {"attribution_method", FieldId::AttributionMethod},
    {"kind", FieldId::Kind},
    {"prompt", FieldId::Prompt},
    {"prompt_text", FieldId::PromptText},
    {"prompt_id", FieldId::PromptId},
    {"tokens", FieldId::Tokens},
    {"token_count", FieldId::TokenCount},
    {"output_token_count", FieldId::OutputTokenCount},
    {"time", FieldId::Time},
    {"attribution_time", FieldId::AttributionTime},
    {"tokens_per_second", FieldId::TokensPerSecond},
    {"success", FieldId::Success},
    {"device", FieldId::Device},
    {"gpu_info", FieldId::GpuInfo},
    {"successful_prompts", FieldId::SuccessfulPrompts},
    {"total_prompts", FieldId::TotalPrompts},
    {"success_rate", FieldId::SuccessRate},
    {"model_loading_time", FieldId::ModelLoadingTime},
    {"average_time", FieldId::AverageTime},
    {"average_prompt_time", FieldId::AveragePromptTime},
    {"total_time", FieldId::TotalTime},
    {"min_time", FieldId::MinTime},
    {"max_time", FieldId::MaxTime},
    {"platform", FieldId::Platform},
    {"cpu_model", FieldId::CpuModel},
    {"cpu_cores", FieldId::CpuCores},
    {"memory_gb", FieldId::MemoryGb},
    {"cuda_available", FieldId::CudaAvailable},
    {"torch_cuda_available", FieldId::TorchCudaAvailable},
    {"mps_available", FieldId::MpsAvailable},
    {"torch_mps_available", FieldId::TorchMpsAvailable},
    {"torch_version", FieldId::TorchVersion},
};
static_assert(std::size(kFields) == std::size_t(FieldId::Count), "every FieldId needs a name");

constexpr std::size_t kMaxNameLength = 24;

/// Names bucketed by length: a lookup compares against at most a handful.
/// Called for every key of every row, so it must not hash or allocate.
struct FieldTable
{
    std::vector<NamedField> byLength[kMaxNameLength + 1];
    std::string_view names[std::size_t(FieldId::Count)];
    FieldTable()
    {
        for (const NamedField &field : kFields) {
            byLength[field.name.size()].push_back(field);
            names[std::size_t(field.id)] = field.name;
        }
    }
};

const FieldTable &fieldTable()
{
    static const FieldTable table;
    return table;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool equalsNoCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerB[i])
            return false;
    }
    return true;
}

/// All the digits a number needs (1000000001, not 1e+09), exponent form when shorter.
QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Parses a decimal number (CSV cell). Python writes "nan" and "inf" for
/// missing floats; from_chars reads those, the caller sees a non-finite value.
bool parseDecimal(std::string_view text, double *value)
{
    if (text.empty())
        return false;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (*begin == '+')
        ++begin;
    double parsed = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, parsed, std::chars_format::general);
    if (ptr != end)
        return false;
    if (ec == std::errc::result_out_of_range) {
        // 1e999999 is infinite, 1e-999999 is zero, as for the JSON reader.
        const bool negative = text.front() == '-';
        const std::size_t e = text.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
        parsed = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        *value = negative ? -parsed : parsed;
        return true;
    }
    if (ec != std::errc())
        return false;
    *value = parsed;
    return true;
}
} // namespace

QString RowPlace::text() const
{
    if (!array && row <= 0)
        return QCoreApplication::translate("FieldMapper", "byte %1").arg(byte);
    if (!array)
        return QCoreApplication::translate("FieldMapper", "line %1").arg(row);
    if (byte < 0)
        return QCoreApplication::translate("FieldMapper", "%1[%2] (record %3)")
            .arg(QLatin1String(array)).arg(index).arg(row);
    return QCoreApplication::translate("FieldMapper", "%1[%2] (record %3, byte %4)")
        .arg(QLatin1String(array)).arg(index).arg(row).arg(byte);
}

FieldMapper::FieldMapper(const QString &origin, SourceData &out)
    : m_origin(origin)
    , m_out(out)
{
    fieldTable();
}

FieldId FieldMapper::fieldId(std::string_view name)
{
    if (name.size() > kMaxNameLength)
        return FieldId::Unknown;
    for (const NamedField &field : fieldTable().byLength[name.size()]) {
        if (field.name == name)
            return field.id;
    }
    return FieldId::Unknown;
}

std::string_view FieldMapper::fieldName(FieldId id)
{
    return id < FieldId::Count ? fieldTable().names[std::size_t(id)] : std::string_view("?");
}

bool FieldMapper::kindIsMethod() const
{
    const FieldValue &kind = (*this)[FieldId::Kind];
    return (kind.type == FieldValue::Type::String || kind.type == FieldValue::Type::Text)
        && trimmed(kind.text) == "method";
}

FieldMapper::Picked FieldMapper::pick(FieldId first, FieldId second) const
{
    for (FieldId id : {first, second}) {
        if (id == FieldId::Unknown)
            continue;
        const FieldValue &value = (*this)[id];
        switch (value.type) {
        case FieldValue::Type::Absent:
        case FieldValue::Type::Null:
            continue;
        case FieldValue::Type::Text:
            if (trimmed(value.text).empty())
                continue; // an empty CSV cell is missing
            return {&value, id};
        default:
            return {&value, id};
        }
    }
    // Name the field that was there (a null or empty one) in messages, else the first name.
    if (second != FieldId::Unknown && (*this)[first].type == FieldValue::Type::Absent
        && (*this)[second].type != FieldValue::Type::Absent)
        return {nullptr, second};
    return {nullptr, first};
}

QString FieldMapper::describe(const FieldValue &value)
{
    switch (value.type) {
    case FieldValue::Type::Number:
        return tr("a number");
    case FieldValue::Type::String:
        return tr("a string");
    case FieldValue::Type::Bool:
        return value.boolean ? tr("true") : tr("false");
    case FieldValue::Type::NonFinite:
        return fromUtf8(value.text);
    case FieldValue::Type::Container:
        return value.text == "array" ? tr("an array") : tr("an object");
    case FieldValue::Type::Text: {
        const std::string_view text = trimmed(value.text);
        QString shown = fromUtf8(text.substr(0, 40));
        if (text.size() > 40)
            shown += QStringLiteral("...");
        return QLatin1Char('"') + shown + QLatin1Char('"');
    }
    case FieldValue::Type::Absent:
    case FieldValue::Type::Null:
        break;
    }
    return tr("nothing");
}

FieldMapper::NumberResult FieldMapper::toNumber(const Picked &field, double *value, QString *problem) const
{
    if (!field.value)
        return NumberResult::Missing;
    const FieldValue &v = *field.value;
    switch (v.type) {
    case FieldValue::Type::Number:
        *value = v.number;
        return NumberResult::Ok;
    case FieldValue::Type::Text:
        if (parseDecimal(trimmed(v.text), value))
            return NumberResult::Ok;
        break;
    case FieldValue::Type::NonFinite:
        *problem = tr("non-finite value %1").arg(fromUtf8(v.text));
        return NumberResult::Problem;
    default:
        break;
    }
    *problem = tr("expected a number, found %1").arg(describe(v));
    return NumberResult::Problem;
}

double FieldMapper::number(const RowPlace &place, FieldId first, FieldId second)
{
    const Picked field = pick(first, second);
    double value = kMissing;
    QString problem;
    switch (toNumber(field, &value, &problem)) {
    case NumberResult::Missing:
        return kMissing;
    case NumberResult::Ok:
        if (std::isfinite(value))
            return value + 0.0; // -0 becomes 0
        problem = tr("non-finite value %1").arg(value);
        break;
    case NumberResult::Problem:
        break;
    }
    fieldWarning(place, field.id, problem);
    return kMissing;
}

double FieldMapper::count(const RowPlace &place, FieldId id)
{
    // More than a billion prompts in one method row is no benchmark; and the
    // bound keeps the sums over 50M rows far inside the int64 they become.
    constexpr double kMaxCount = 1e9;
    const double value = number(place, id);
    if (std::isnan(value) || (value >= 0 && value <= kMaxCount && value == std::floor(value)))
        return value;
    fieldWarning(place, id, tr("expected a whole number from 0 to %1, found %2").arg(kMaxCount, 0, 'f', 0).arg(value));
    return kMissing;
}

QString FieldMapper::timeProblem(double value)
{
    if (value < 0)
        return tr("negative time %1").arg(value);
    if (value > kMaxSeconds)
        return tr("time %1 s is over the limit of %2 s (about 31 years)").arg(shortest(value), shortest(kMaxSeconds));
    return {};
}

QString FieldMapper::tokenProblem(FieldId id, double value)
{
    const bool rate = id == FieldId::TokensPerSecond;
    if (value < 0)
        return rate ? tr("negative tokens per second %1").arg(shortest(value))
                    : tr("negative token count %1").arg(shortest(value));
    if (value > kMaxTokens)
        return rate ? tr("%1 tokens per second is over the limit of %2").arg(shortest(value), shortest(kMaxTokens))
                    : tr("token count %1 is over the limit of %2").arg(shortest(value), shortest(kMaxTokens));
    return {};
}

double FieldMapper::seconds(const RowPlace &place, FieldId first, FieldId second)
{
    const double value = number(place, first, second);
    const QString problem = timeProblem(value);
    if (problem.isEmpty())
        return value;
    fieldWarning(place, pick(first, second).id, problem);
    return kMissing;
}

bool FieldMapper::tokens(const RowPlace &place, FieldId first, FieldId second, double *value)
{
    *value = number(place, first, second);
    const QString problem = tokenProblem(first, *value);
    if (problem.isEmpty())
        return true;
    skipForField(place, pick(first, second).id, problem);
    return false;
}

std::string_view FieldMapper::text(const RowPlace &place, FieldId first, FieldId second)
{
    const Picked field = pick(first, second);
    if (!field.value)
        return {};
    const FieldValue &v = *field.value;
    if (v.type == FieldValue::Type::String || v.type == FieldValue::Type::Text)
        return v.text;
    // A numeric prompt id is still an id; the JSON reader keeps its token.
    if (v.type == FieldValue::Type::Number && field.id == FieldId::PromptId && !v.text.empty())
        return v.text;
    fieldWarning(place, field.id, tr("expected a string, found %1").arg(describe(v)));
    return {};
}

TriState FieldMapper::boolean(const RowPlace &place, FieldId first, FieldId second, bool allowNumber)
{
    const Picked field = pick(first, second);
    if (!field.value)
        return TriState::Unknown;
    const FieldValue &v = *field.value;
    switch (v.type) {
    case FieldValue::Type::Bool:
        return v.boolean ? TriState::True : TriState::False;
    case FieldValue::Type::Number:
        if (allowNumber && (v.number == 0 || v.number == 1))
            return v.number == 1 ? TriState::True : TriState::False;
        break;
    case FieldValue::Type::Text: {
        const std::string_view text = trimmed(v.text);
        if (equalsNoCase(text, "true") || text == "1")
            return TriState::True;
        if (equalsNoCase(text, "false") || text == "0")
            return TriState::False;
        break;
    }
    default:
        break;
    }
    fieldWarning(place, field.id, tr("expected true or false, found %1").arg(describe(v)));
    return TriState::Unknown;
}

bool FieldMapper::requireNames(const RowPlace &place, std::string_view *model, std::string_view *method)
{
    const std::pair<FieldId, FieldId> names[] = {{FieldId::Model, FieldId::Unknown},
                                                 {FieldId::Method, FieldId::AttributionMethod}};
    std::string_view *targets[] = {model, method};
    for (int i = 0; i < 2; ++i) {
        const Picked field = pick(names[i].first, names[i].second);
        if (field.value && field.value->type != FieldValue::Type::String
            && field.value->type != FieldValue::Type::Text) {
            skipForField(place, field.id, tr("expected a string, found %1").arg(describe(*field.value)));
            return false;
        }
        const std::string_view value = field.value ? trimmed(field.value->text) : std::string_view();
        if (value.empty()) {
            skipForField(place, names[i].first, tr("missing or empty"));
            return false;
        }
        *targets[i] = value;
    }
    return true;
}

void FieldMapper::warnDuplicates(const RowPlace &place)
{
    for (std::uint64_t bits = m_duplicates; bits != 0; bits &= bits - 1) {
        const auto id = FieldId(std::countr_zero(bits));
        m_out.addWarning(tr("%1: %2, field \"%3\": appears more than once in the row; the last value is used")
                             .arg(m_origin, place.text(), fromUtf8(fieldName(id))));
    }
}

bool FieldMapper::addPromptRow(const RowPlace &place)
{
    if (m_duplicates)
        warnDuplicates(place);
    std::string_view model;
    std::string_view method;
    if (!requireNames(place, &model, &method))
        return false;
    const bool success = boolean(place, FieldId::Success, FieldId::Unknown, true) != TriState::False;

    // The time is the row's reason to exist: a successful row without a usable
    // one is dropped. Failed rows carry 0 or nothing and are kept.
    const Picked timeField = pick(FieldId::Time, FieldId::AttributionTime);
    double time = kMissing;
    QString problem;
    switch (toNumber(timeField, &time, &problem)) {
    case NumberResult::Ok:
        if (!std::isfinite(time))
            problem = tr("non-finite value %1").arg(time);
        else if (problem = timeProblem(time); problem.isEmpty())
            time += 0.0; // -0 becomes 0
        break;
    case NumberResult::Missing:
        if (success)
            problem = tr("missing");
        break;
    case NumberResult::Problem:
        break;
    }
    if (!problem.isEmpty()) {
        if (success) {
            skipForField(place, timeField.id, problem);
            return false;
        }
        fieldWarning(place, timeField.id, problem);
        time = kMissing;
    }

    // A negative or absurd count would turn into a negative or infinite
    // tokens/s further on: the row is skipped, as for a negative time.
    double inputTokens = kMissing, outputTokens = kMissing, rate = kMissing;
    if (!tokens(place, FieldId::Tokens, FieldId::TokenCount, &inputTokens)
        || !tokens(place, FieldId::OutputTokenCount, FieldId::Unknown, &outputTokens)
        || !tokens(place, FieldId::TokensPerSecond, FieldId::Unknown, &rate))
        return false;
    const std::string_view promptText = text(place, FieldId::Prompt, FieldId::PromptText);
    const std::string_view promptId = text(place, FieldId::PromptId);
    const std::uint32_t gpu = m_out.strings.intern(trimmed(text(place, FieldId::GpuInfo)));
    const std::uint32_t device = m_out.strings.intern(trimmed(text(place, FieldId::Device)));
    m_out.prompts.append(m_out.strings.intern(model), m_out.strings.intern(method), gpu, device, time, inputTokens,
                         outputTokens, rate, success, promptText, promptId, place.row);
    return true;
}

bool FieldMapper::addMethodRow(const RowPlace &place)
{
    if (m_duplicates)
        warnDuplicates(place);
    std::string_view model;
    std::string_view method;
    if (!requireNames(place, &model, &method))
        return false;
    MethodRecord record;
    record.model = fromUtf8(model);
    record.method = fromUtf8(method);
    record.successfulPrompts = count(place, FieldId::SuccessfulPrompts);
    record.totalPrompts = count(place, FieldId::TotalPrompts);
    if (record.successfulPrompts > record.totalPrompts) {
        fieldWarning(place, FieldId::SuccessfulPrompts,
                     tr("%1 is more than total_prompts %2").arg(record.successfulPrompts).arg(record.totalPrompts));
        record.successfulPrompts = kMissing;
    }
    record.successRate = number(place, FieldId::SuccessRate);
    record.modelLoadingTime = seconds(place, FieldId::ModelLoadingTime);
    // In a method row attribution_time is the total over all prompts.
    record.attributionTime = seconds(place, FieldId::AttributionTime);
    record.averageTime = seconds(place, FieldId::AverageTime, FieldId::AveragePromptTime);
    record.totalTime = seconds(place, FieldId::TotalTime);
    record.minTime = seconds(place, FieldId::MinTime);
    record.maxTime = seconds(place, FieldId::MaxTime);
    record.tokensPerSecond = number(place, FieldId::TokensPerSecond);
    if (const QString problem = tokenProblem(FieldId::TokensPerSecond, record.tokensPerSecond); !problem.isEmpty()) {
        fieldWarning(place, FieldId::TokensPerSecond, problem);
        record.tokensPerSecond = kMissing;
    }
    record.platform = qtext(place, FieldId::Platform);
    record.cpuModel = qtext(place, FieldId::CpuModel);
    record.cpuCores = number(place, FieldId::CpuCores);
    record.memoryGb = number(place, FieldId::MemoryGb);
    record.gpuInfo = qtext(place, FieldId::GpuInfo).trimmed();
    record.device = qtext(place, FieldId::Device).trimmed();
    record.cuda = boolean(place, FieldId::CudaAvailable, FieldId::TorchCudaAvailable, false);
    record.mps = boolean(place, FieldId::MpsAvailable, FieldId::TorchMpsAvailable, false);
    record.torchVersion = qtext(place, FieldId::TorchVersion);
    record.sourceRow = place.row;
    m_out.methods.push_back(std::move(record));
    return true;
}

void FieldMapper::fieldWarning(const RowPlace &place, FieldId id, const QString &reason)
{
    m_out.addWarning(tr("%1: %2, field \"%3\": %4; treated as missing")
                         .arg(m_origin, place.text(), fromUtf8(fieldName(id)), reason));
}

void FieldMapper::skipForField(const RowPlace &place, FieldId id, const QString &reason)
{
    ++m_out.skippedRows;
    m_out.addWarning(tr("%1: %2, field \"%3\": %4; row skipped")
                         .arg(m_origin, place.text(), fromUtf8(fieldName(id)), reason));
}

void FieldMapper::skipRow(const RowPlace &place, const QString &reason)
{
    ++m_out.skippedRows;
    m_out.addWarning(tr("%1: %2: %3; row skipped").arg(m_origin, place.text(), reason));
}

void FieldMapper::warn(const RowPlace &place, const QString &reason)
{
    m_out.addWarning(tr("%1: %2: %3").arg(m_origin, place.text(), reason));
}
