// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingparser.h"

#include "csvreader.h"
#include "fieldmapper.h"
#include "jsonlinesreader.h"
#include "jsonreader.h"
#include "textcheck.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace {
// Enough to see a CSV header or the first JSON Lines record whole.
constexpr qsizetype kDetectBytes = qsizetype(1) << 20;

QByteArrayView skipBomAndSpace(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    qsizetype i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    return text.sliced(i);
}

/// `text` starts with '{'. JSON Lines when the first object is a row (it has
/// a known field name at its top level, such as "model") or another object
/// follows it; a TokenLense body (or any other single object, which the JSON
/// reader then refuses with a clear message) otherwise. A line break inside
/// the first object means pretty-printed JSON, which JSON Lines cannot be.
TimingFormat detectJsonObject(QByteArrayView text)
{
    int depth = 0;
    bool rowLike = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            qsizetype j = start;
            while (j < text.size() && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            if (j >= text.size())
                break; // the head ends inside a string
            i = j + 1;
            if (depth != 1)
                continue;
            qsizetype k = i;
            while (k < text.size() && (text[k] == ' ' || text[k] == '\t'))
                ++k;
            if (k >= text.size() || text[k] != ':')
                continue; // a value, not a key
            const std::string_view key(text.data() + start, std::size_t(j - start));
            if (key == "method_timing" || key == "prompt_timing")
                return TimingFormat::TokenLenseJson;
            if (FieldMapper::fieldId(key) != FieldId::Unknown)
                rowLike = true;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                if (rowLike)
                    return TimingFormat::JsonLines;
                const QByteArrayView rest = skipBomAndSpace(text.sliced(i + 1));
                return rest.startsWith('{') ? TimingFormat::JsonLines : TimingFormat::TokenLenseJson;
            }
        } else if (c == '\n' && depth >= 1) {
            return rowLike ? TimingFormat::JsonLines : TimingFormat::TokenLenseJson;
        }
        ++i;
    }
    return rowLike ? TimingFormat::JsonLines : TimingFormat::TokenLenseJson;
}

QByteArrayView firstLine(QByteArrayView text)
{
    const qsizetype newline = text.indexOf('\n');
    return newline < 0 ? text : text.first(newline);
}

/// Where a failed parse leaves `out`: it is put back as it was, so that a
/// failure never leaves half a file in the source.
struct Mark
{
    explicit Mark(const SourceData &out)
        : methods(out.methods.size())
        , prompts(out.prompts.size())
        , warnings(out.warnings.size())
        , warningCount(out.warningCount)
        , skippedRows(out.skippedRows)
    {
    }

    void restore(SourceData &out) const
    {
        out.methods.resize(methods);
        PromptTable &p = out.prompts;
        for (auto *column : {&p.model, &p.method, &p.gpuInfo, &p.device})
            column->resize(prompts);
        if (p.hardware.size() > prompts)
            p.hardware.resize(prompts);
        for (auto *column : {&p.time, &p.tokens, &p.outputTokens, &p.tokensPerSecond})
            column->resize(prompts);
        p.success.resize(prompts);
        p.sourceRow.resize(prompts);
        // Texts added to the pool stay: unused entries do no harm.
        p.promptTextRef.resize(prompts);
        p.promptIdRef.resize(prompts);
        while (out.warnings.size() > warnings)
            out.warnings.removeLast();
        out.warningCount = warningCount;
        out.skippedRows = skippedRows;
    }

    std::size_t methods;
    std::size_t prompts;
    qsizetype warnings;
    std::int64_t warningCount;
    std::int64_t skippedRows;
};
/// No reader claimed the input: a CSV of an unknown table (the CSV reader
/// names its header), or a message that says what the input looks like.
bool readUnknown(const ByteBuffer &bytes, QByteArrayView head, const QString &origin, const ParseContext &context,
                 SourceData &out, QString *error)
{
    // lupdate needs the context in each call: a tr() helper in a free function has none.
    const QByteArrayView text = skipBomAndSpace(head);
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("TimingParser", "%1: empty file").arg(origin);
        return false;
    }
    if (const QString foreign = TextCheck::knownForeignFormat(head); !foreign.isEmpty()) {
        *error = QCoreApplication::translate("TimingParser", "%1: byte 0: %2, not timing data").arg(origin, foreign);
        return false;
    }
    // Binary: a control byte, or bytes that are not UTF-8 (a sequence cut by
    // the end of the window does not count unless the file ends there too).
    constexpr qsizetype kWindow = 4096;
    const QByteArrayView window = head.first(std::min(head.size(), kWindow));
    std::int64_t binary = TextCheck::firstBinaryByte(window);
    const std::int64_t notUtf8 = TextCheck::firstInvalidUtf8(window);
    if (notUtf8 >= 0 && (window.size() == qsizetype(bytes.size()) || notUtf8 < window.size() - 3))
        binary = binary < 0 ? notUtf8 : std::min(binary, notUtf8);
    if (binary >= 0) {
        *error = QCoreApplication::translate("TimingParser", "%1: byte %2: binary data (byte 0x%3), not TokenLense JSON, JSON Lines or a timing CSV")
                     .arg(origin, QString::number(binary),
                          QString::number(quint8(head[qsizetype(binary)]), 16).rightJustified(2, QLatin1Char('0')));
        return false;
    }
    if (firstLine(text).contains(','))
        return CsvReader(origin, context, out).read(bytes, error); // names the unknown header
    const qsizetype line = 1 + head.first(text.data() - head.data()).count('\n');
    *error = QCoreApplication::translate("TimingParser", "%1: line %2: unknown format: not TokenLense JSON, JSON Lines or a timing CSV").arg(origin, QString::number(line));
    return false;
}
} // namespace

TimingFormat detectTimingFormat(QByteArrayView head)
{
    const QByteArrayView text = skipBomAndSpace(head);
    if (text.isEmpty())
        return TimingFormat::Unknown;
    const char c = text.front();
    if (c == '{')
        return detectJsonObject(text);
    const TimingFormat table = CsvReader::detectTable(head);
    if (table != TimingFormat::Unknown)
        return table;
    // Other JSON values go to the JSON reader, which says what it found;
    // a line with commas is more likely a CSV header of an unknown table.
    const bool jsonStart = c == '"' || c == '-' || (c >= '0' && c <= '9') || text.startsWith("true")
        || text.startsWith("false") || text.startsWith("null");
    if (c == '[' || (jsonStart && !firstLine(text).contains(',')))
        return TimingFormat::TokenLenseJson;
    return TimingFormat::Unknown;
}

int parseThreadCount(const ParseContext &context)
{
    if (context.threads > 0)
        return context.threads;
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("ATTRISCOPE_PARSE_THREADS", &ok);
    if (ok && fromEnvironment > 0)
        return std::min(fromEnvironment, 256);
    return std::max(1, QThread::idealThreadCount());
}

bool parseTimingData(const ByteBuffer &bytes, const QString &origin, const ParseContext &context,
                     SourceData &out, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    const Mark mark(out);
    QByteArrayView head = bytes.view().first(std::min<qsizetype>(qsizetype(bytes.size()), kDetectBytes));
    TimingFormat format = detectTimingFormat(head);
    if (format == TimingFormat::Unknown && head.size() < qsizetype(bytes.size()) && skipBomAndSpace(head).isEmpty()) {
        // More white space than the head holds: the format is decided by what follows it.
        const QByteArrayView rest = skipBomAndSpace(bytes.view());
        if (!rest.isEmpty()) {
            format = detectTimingFormat(rest.first(std::min(rest.size(), kDetectBytes)));
            if (format == TimingFormat::Unknown) {
                *error = QCoreApplication::translate("TimingParser", "%1: byte %2: unknown format: not TokenLense JSON, JSON Lines or a timing CSV")
                             .arg(origin, QString::number(rest.data() - bytes.data()));
                return false;
            }
        }
    }
    bool ok = false;
    switch (format) {
    case TimingFormat::TokenLenseJson:
        ok = JsonReader(origin, context, out).read(bytes, error);
        break;
    case TimingFormat::JsonLines:
        ok = JsonLinesReader(origin, context, out).read(bytes, error);
        break;
    case TimingFormat::MethodCsv:
    case TimingFormat::PromptCsv:
        ok = CsvReader(origin, context, out).read(bytes, error);
        break;
    case TimingFormat::Unknown:
        ok = readUnknown(bytes, head, origin, context, out, error);
        break;
    }
    if (!ok) {
        mark.restore(out);
        if (error->isEmpty())
            *error = QCoreApplication::translate("TimingParser", "%1: cannot be read").arg(origin);
    }
    return ok;
}
