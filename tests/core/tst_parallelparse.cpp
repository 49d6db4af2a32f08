// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON Lines file (ParallelLinesReader) or the big arrays of a TokenLense
// JSON file (ParallelJsonReader) parsed on several threads must give bit for
// bit what the single-thread path gives: the same rows in the same order, the
// same string and text ids, every double with the same bits, the same
// warnings, skips and messages with their lines and byte offsets, wherever the
// windows cut the file and however many threads parse it.
#include "bytebuffer.h"
#include "jsonarrayscanner.h"
#include "streamreader.h"
#include "timingparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString bits(double v)
{
    quint64 b = 0;
    std::memcpy(&b, &v, sizeof b);
    return QString::number(b, 16);
}

/// Everything a read leaves in a source, ids and bit patterns included.
QStringList dump(const SourceData &data)
{
    QStringList lines;
    for (std::uint32_t i = 0; i < data.strings.size(); ++i)
        lines << u"string %1 "_s.arg(i) + data.strings.at(i);
    const PromptTable &p = data.prompts;
    for (std::size_t i = 0; i < p.texts.size(); ++i) {
        const std::string_view text = p.texts.at(std::uint32_t(i));
        lines << u"text %1 "_s.arg(i) + QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    for (std::size_t i = 0; i < p.size(); ++i) {
        lines << QStringList{QString::number(p.model[i]), QString::number(p.method[i]), QString::number(p.gpuInfo[i]),
                             QString::number(p.device[i]), bits(p.time[i]), bits(p.tokens[i]),
                             bits(p.outputTokens[i]), bits(p.tokensPerSecond[i]), QString::number(p.success[i]),
                             QString::number(p.sourceRow[i]), QString::number(p.promptTextRef[i]),
                             QString::number(p.promptIdRef[i])}
                     .join(u'|');
    }
    for (const MethodRecord &m : data.methods) {
        lines << QStringList{u"method"_s, m.model, m.method, bits(m.successfulPrompts), bits(m.totalPrompts),
                             bits(m.successRate), bits(m.modelLoadingTime), bits(m.attributionTime),
                             bits(m.averageTime), bits(m.totalTime), bits(m.minTime), bits(m.maxTime),
                             bits(m.tokensPerSecond), m.platform, m.cpuModel, bits(m.cpuCores), bits(m.memoryGb),
                             m.gpuInfo, m.device, QString::number(int(m.cuda)), QString::number(int(m.mps)),
                             m.torchVersion, QString::number(m.sourceRow)}
                     .join(u'|');
    }
    lines += data.warnings;
    lines << u"warnings %1, skipped %2, rows %3"_s.arg(data.warningCount).arg(data.skippedRows).arg(data.rowCount());
    return lines;
}

struct Outcome
{
    StreamReader::Result result = StreamReader::Result::Failed;
    QString error;
    QStringList rows;
};

/// As the loader reads a file: streamed, or else whole (whose messages are
/// the ones a user sees for a file that does not stream).
Outcome readWith(const QString &path, ParseContext context, int threads, std::size_t window)
{
    context.threads = threads;
    SourceData data;
    Outcome o;
    o.result = StreamReader::readFile(path, context, data, &o.error, window);
    if (o.result == StreamReader::Result::NotStreamable) {
        const ByteBuffer bytes = ByteBuffer::fromFile(path, -1, &o.error);
        if (o.error.isEmpty() && !parseTimingData(bytes, path, context, data, &o.error) && o.error.isEmpty())
            o.error = u"failed without a message"_s;
    }
    o.rows = dump(data);
    return o;
}

/// How many times a read of `path` reports progress: the parallel readers
/// report every window, the single-thread stream every 4096 records.
int progressCalls(const QString &path, int threads, std::size_t window)
{
    ParseContext context;
    int calls = 0;
    context.progress = [&calls](std::int64_t, std::int64_t) { ++calls; };
    readWith(path, context, threads, window);
    return calls;
}

/// Compares the single-thread read in the default window with reads on
/// several threads in windows from tiny (many cuts mid-row) to the default.
void compareThreads(const QString &path, const ParseContext &context = ParseContext())
{
    const Outcome expected = readWith(path, context, 1, StreamReader::kWindowBytes);
    for (int threads : {2, 3, 8}) {
        for (std::size_t window : {std::size_t(16), std::size_t(61), std::size_t(1000), std::size_t(4093),
                                   StreamReader::kWindowBytes}) {
            const Outcome got = readWith(path, context, threads, window);
            const QByteArray where = QByteArray::number(threads) + " threads, window " + QByteArray::number(quint64(window));
            QVERIFY2(got.result == expected.result, where.constData());
            QVERIFY2(got.error == expected.error, (where + ": " + got.error.toUtf8()).constData());
            QVERIFY2(got.rows == expected.rows, where.constData());
            QCOMPARE(got.rows, expected.rows); // shows the first difference
        }
    }
}

const char *const kModels[] = {"gpt-2", "Llama 3 8B", "  padded model  ", "\\u00fcnic\\u00f6de", "quote\\\"d",
                               "back\\\\slash", "tab\\tname", "日本語モデル", "m",
                               "br[a}c,k{e]ts \\\\\\\"q\\\\"}; // brackets and commas in a string, escapes before quotes
const char *const kMethods[] = {"integrated_gradients", "attention", "lime", "shap", "saliency"};

QByteArray number(QRandomGenerator &random)
{
    switch (random.bounded(12)) {
    case 0: return "0";
    case 1: return "-0.0";
    case 2: return "5e-324";
    case 3: return "1e999";
    case 4: return "1e-999";
    case 5: return "123456789012345678901234567890";
    default: return QByteArray::number(random.generateDouble() * 10, 'g', 17);
    }
}

/// One line of a generated file, quirks and broken rows included.
QByteArray line(QRandomGenerator &random, int i)
{
    const QByteArray model = kModels[random.bounded(int(std::size(kModels)))];
    const QByteArray method = kMethods[random.bounded(int(std::size(kMethods)))];
    switch (random.bounded(40)) {
    case 0: return "not json at all";
    case 1: return "[1, 2, 3]";
    case 2: return "{\"model\": \"m\", \"time\": }";
    case 3: return "";
    case 4: return " \t ";
    case 5:
        return "{\"kind\": \"method\", \"model\": \"" + model + "\", \"attribution_method\": \"" + method
            + "\", \"successful_prompts\": 9, \"total_prompts\": 10, \"average_prompt_time\": " + number(random)
            + ", \"min_time\": null, \"gpu_info\": \"A100\", \"torch_cuda_available\": true}";
    case 6:
        return "{\"model\": \"" + model + "\", \"method\": \"" + method
            + "\", \"time\": 1.5, \"model_config\": {\"a\": {\"b\": [1, {\"c\": null}]}}}";
    case 7: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": NaN}";
    case 8:
        return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": 2, \"prompt\": \""
            + QByteArray(5000 + random.bounded(3000), 'x') + "\"}";
    case 9: return "{\"model\": \"" + model + "\", \"method\": \"a\", \"method\": \"" + method + "\", \"time\": 3}";
    case 10: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"success\": false}";
    case 11: return "{\"method\": \"" + method + "\", \"time\": 1}";
    case 12: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": 1, \"tokens\": -4}";
    case 13:
        return "{\"model\": \"" + model + "\", \"method\": \"" + method
            + "\", \"time\": 1, \"prompt_id\": 12345678901234567890123}";
    case 14: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": 1}\r";
    case 15: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": 1} x";
    case 16: return "{\"model\": \"" + model + "\", \"method\": \"" + method + "\", \"time\": \"fast\"}";
    case 17: return "\"just a string\"";
    default: break;
    }
    // A usual row: either name of each alias pair, the other one null or absent.
    const bool aliases = random.bounded(2);
    QByteArray row = "{\"model\": \"" + model + "\"";
    row += aliases ? ", \"method\": null, \"attribution_method\": \"" + method + "\""
                   : ", \"method\": \"" + method + "\", \"attribution_method\": null";
    row += aliases ? ", \"attribution_time\": " + number(random) : ", \"time\": " + number(random);
    row += aliases ? ", \"prompt_text\": \"prompt " + QByteArray::number(random.bounded(50)) + "\", \"prompt\": null"
                   : ", \"prompt\": \"prompt " + QByteArray::number(random.bounded(50)) + " \\u00e9\\n\"";
    row += ", \"prompt_id\": \"p" + QByteArray::number(i % 97) + "\"";
    if (random.bounded(3) == 0)
        row += ", \"token_count\": " + QByteArray::number(random.bounded(4000)) + ", \"tokens\": null";
    if (random.bounded(3) == 0)
        row += ", \"output_token_count\": null, \"tokens_per_second\": " + number(random);
    if (random.bounded(4) == 0)
        row += ", \"device\": \"cuda:" + QByteArray::number(random.bounded(3)) + "\"";
    if (random.bounded(4) == 0)
        row += ", \"gpu_info\": \"GPU " + QByteArray::number(random.bounded(5)) + "\"";
    if (random.bounded(5) == 0)
        row += ", \"success\": " + QByteArray(random.bounded(2) ? "true" : "0");
    row += ", \"model_config\": {\"layers\": " + QByteArray::number(random.bounded(80)) + "}}";
    return row;
}

QByteArray generatedLines(quint32 seed, int lines, bool bom)
{
    QRandomGenerator random(seed);
    QByteArray bytes = bom ? "\xEF\xBB\xBF\n  \n" : "";
    for (int i = 0; i < lines; ++i)
        bytes += line(random, i) + '\n';
    if (seed % 2)
        bytes.chop(1); // no line break after the last line
    return bytes;
}

/// A TokenLense body of generated rows: the objects among them in
/// "prompt_timing" (method rows in "method_timing"), with the white space
/// between elements varied and `middle` as an element halfway through the prompts.
QByteArray generatedBody(quint32 seed, int rows, const QByteArray &middle = {})
{
    QRandomGenerator random(seed);
    QByteArrayList methods;
    QByteArrayList prompts;
    for (int i = 0; i < rows; ++i) {
        const QByteArray row = line(random, i).trimmed();
        if (!row.startsWith('{') || !row.endsWith('}') || row.contains(": }"))
            continue; // not an object: the JSON reader hands such a file over whole
        (row.contains("\"kind\": \"method\"") ? methods : prompts) << row;
    }
    if (!middle.isEmpty())
        prompts.insert(prompts.size() / 2, middle);
    const auto array = [&random, seed](const QByteArrayList &elements) {
        static const char *const kBetween[] = {",", ", ", ",\n  ", "\n,\t", " , "};
        QByteArray text = "[";
        for (qsizetype i = 0; i < elements.size(); ++i) {
            if (i > 0)
                text += kBetween[random.bounded(int(std::size(kBetween)))];
            text += elements[i];
        }
        return text + (seed % 2 ? "\n]" : "]");
    };
    const QByteArray methodTable = "\"method_timing\": " + array(methods);
    const QByteArray promptTable = "\"prompt_timing\":" + array(prompts);
    return seed % 2 ? "{" + methodTable + ",\n" + promptTable + "}\n" : "\xEF\xBB\xBF {\n" + promptTable + ", " + methodTable + "}";
}

/// JsonArrayScanner's answer, byte by byte: a backslash escapes the next byte,
/// quotes that are not escaped open and close strings, brackets outside them nest.
JsonArrayScanner::Found scanByHand(QByteArrayView text)
{
    JsonArrayScanner::Found found;
    bool inString = false;
    bool escaped = false;
    std::int64_t depth = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool wasEscaped = escaped;
        escaped = c == '\\' && !wasEscaped;
        if (c == '"' && !wasEscaped)
            inString = !inString;
        if (inString || c == '"')
            continue;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                found.closer = i;
                break;
            }
        } else if (c == ',' && depth == 1) {
            ++found.separators;
            found.lastSeparator = i;
        }
    }
    return found;
}

} // namespace

class TestParallelParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void generated_data();
    void generated();
    void errorInTheMiddle_data();
    void errorInTheMiddle();
    void progressAndCancel();
    void scanner();
    void generatedJson_data();
    void generatedJson();
    void jsonErrorInTheMiddle_data();
    void jsonErrorInTheMiddle();
    void jsonKnownPlaces();
    void jsonDamaged();
    void jsonEmptyWindow();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void TestParallelParse::fixtures_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {u"readers"_s, u"loader"_s, u"bad"_s, u"cli"_s}) {
        const QDir folder(QStringLiteral(ATTRISCOPE_TEST_DATA "/") + dir);
        for (const QString &name : folder.entryList(QDir::Files)) {
            if (QFileInfo(folder.filePath(name)).size() > (qint64(8) << 20))
                continue;
            QTest::newRow(qPrintable(dir + u'/' + name)) << folder.filePath(name);
        }
    }
}

void TestParallelParse::fixtures()
{
    QFETCH(QString, path);
    compareThreads(path);
}

void TestParallelParse::generated_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("lines");
    for (quint32 seed : {1u, 2u, 3u, 4u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed << 700;
    // Over SourceData::kMaxStoredWarnings: which warnings are kept must not change.
    QTest::newRow("many warnings") << 5u << 6000;
}

void TestParallelParse::generated()
{
    QFETCH(quint32, seed);
    QFETCH(int, lines);
    const QString path = write(u"generated_%1.jsonl"_s.arg(seed), generatedLines(seed, lines, seed % 3 == 0));
    const Outcome single = readWith(path, ParseContext(), 1, StreamReader::kWindowBytes);
    QVERIFY(single.result == StreamReader::Result::Done);
    QVERIFY(single.rows.size() > lines / 2);
    compareThreads(path);
}

void TestParallelParse::errorInTheMiddle_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QByteArray>("badLine");
    QTest::newRow("row limit") << u"rows"_s << QByteArray();
    QTest::newRow("nested too deep") << u"depth"_s
                                     << QByteArray("{\"model\": \"m\", \"method\": \"x\", \"c\": [[[[[[[[[[1]]]]]]]]]]}");
    QTest::newRow("line too long") << u"line"_s
                                   << "{\"model\": \"m\", \"method\": \"x\", \"prompt\": \"" + QByteArray(30000, 'y') + "\"}";
}

void TestParallelParse::errorInTheMiddle()
{
    // One bad row in the middle of clean ones, and another one later: the
    // first one in file order is the message, whichever thread saw it first.
    QFETCH(QString, limit);
    QFETCH(QByteArray, badLine);
    QByteArray bytes = generatedLines(7, 900, false);
    if (!badLine.isEmpty()) {
        const qsizetype middle = bytes.indexOf('\n', bytes.size() / 2) + 1;
        bytes.insert(middle, badLine + '\n');
        bytes += '\n' + badLine + '\n';
    }
    const QString path = write(u"middle_%1.jsonl"_s.arg(limit), bytes);
    ParseContext context;
    if (limit == u"rows")
        context.maxRows = 517;
    else if (limit == u"depth")
        context.maxDepth = 8;
    else
        context.maxLineBytes = 20000;
    const Outcome single = readWith(path, context, 1, StreamReader::kWindowBytes);
    QVERIFY(single.result == StreamReader::Result::Failed);
    QVERIFY(!single.error.isEmpty());
    compareThreads(path, context);
}

void TestParallelParse::progressAndCancel()
{
    for (const QString &path : {write(u"progress.jsonl"_s, generatedLines(11, 2000, false)),
                                write(u"progress.json"_s, generatedBody(11, 2000))}) {
        const std::int64_t size = QFileInfo(path).size();
        ParseContext context;
        std::int64_t lastDone = -1;
        int calls = 0;
        context.progress = [&](std::int64_t done, std::int64_t total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            ++calls;
        };
        const Outcome got = readWith(path, context, 3, 4096);
        QVERIFY(got.result == StreamReader::Result::Done);
        QCOMPARE(lastDone, size);
        QVERIFY(calls > 10);

        // Cancelled from the start, and from the progress callback half way.
        std::atomic<bool> cancel{true};
        ParseContext cancelled;
        cancelled.cancel = &cancel;
        Outcome stopped = readWith(path, cancelled, 3, 4096);
        QVERIFY(stopped.result == StreamReader::Result::Failed);
        QCOMPARE(stopped.error, path + u": cancelled"_s);
        cancel = false;
        cancelled.progress = [&](std::int64_t done, std::int64_t total) {
            if (done > total / 2)
                cancel = true;
        };
        stopped = readWith(path, cancelled, 3, 4096);
        QVERIFY(stopped.result == StreamReader::Result::Failed);
        QCOMPARE(stopped.error, path + u": cancelled"_s);
        QCOMPARE(stopped.rows, dump(SourceData())); // nothing of a failed read stays
    }
}

void TestParallelParse::scanner()
{
    // Random text of the characters that matter, cut into pieces of whole
    // blocks at random: escapes and strings run across the block edges.
    QRandomGenerator random(42);
    const char alphabet[] = {'"', '"', '\\', '\\', '{', '}', '[', ']', ',', ',', 'a', ' '};
    for (int round = 0; round < 3000; ++round) {
        QByteArray text(random.bounded(1, 700), Qt::Uninitialized);
        for (char &c : text)
            c = alphabet[random.bounded(int(sizeof alphabet))];
        const JsonArrayScanner::Found expected = scanByHand(text);
        JsonArrayScanner scanner;
        JsonArrayScanner::Found got;
        qsizetype pos = 0;
        while (pos < text.size() && got.closer < 0) {
            const qsizetype blocks = random.bounded(1, 4) * qsizetype(JsonArrayScanner::kBlock);
            const qsizetype size = std::min(blocks, text.size() - pos);
            const JsonArrayScanner::Found piece = scanner.scan(text.constData() + pos, std::size_t(size));
            got.separators += piece.separators;
            if (piece.lastSeparator >= 0)
                got.lastSeparator = pos + piece.lastSeparator;
            if (piece.closer >= 0)
                got.closer = pos + piece.closer;
            pos += size;
        }
        QVERIFY2(got.separators == expected.separators && got.lastSeparator == expected.lastSeparator
                     && got.closer == expected.closer,
                 text.constData());
    }
}

void TestParallelParse::generatedJson_data()
{
    generated_data(); // the same rows as elements of "prompt_timing" and "method_timing"
}

void TestParallelParse::generatedJson()
{
    QFETCH(quint32, seed);
    QFETCH(int, lines);
    const int rows = lines;
    const QString path = write(u"generated_%1.json"_s.arg(seed), generatedBody(seed, rows));
    const Outcome single = readWith(path, ParseContext(), 1, StreamReader::kWindowBytes);
    QVERIFY(single.result == StreamReader::Result::Done);
    QVERIFY(single.rows.size() > rows / 2);
    // The arrays were parsed in windows on the pool, not handed back to one thread.
    QVERIFY(progressCalls(path, 1, 1000) < 5);
    QVERIFY(progressCalls(path, 3, 1000) > 20);
    compareThreads(path);
}

void TestParallelParse::jsonErrorInTheMiddle_data()
{
    // What the single-thread path makes of it: a message, or a warning when
    // the whole-document reader skips the element.
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("expected");
    const int failed = int(StreamReader::Result::Failed);
    const int whole = int(StreamReader::Result::NotStreamable);
    QTest::newRow("row limit") << u"rows"_s << QByteArray() << failed << u"over the row limit"_s;
    QTest::newRow("nested too deep") << u"depth"_s
                                     << QByteArray("{\"model\": \"m\", \"method\": \"x\", \"c\": [[[[[[[[[[1]]]]]]]]]]}")
                                     << whole << u"nested deeper than 8 levels"_s;
    QTest::newRow("not an object") << QString() << QByteArray("[1, {\"model\": \"m\"}]") << whole
                                   << u"expected an object, found an array"_s;
    QTest::newRow("null") << QString() << QByteArray("null") << whole << u"expected an object, found null"_s;
    QTest::newRow("not well-formed") << QString() << QByteArray("{\"model\": \"m\", \"time\": }") << whole
                                     << u"not well-formed JSON"_s;
    QTest::newRow("two commas") << QString() << QByteArray("{\"model\": \"m\"},") << whole << u"not well-formed JSON"_s;
    QTest::newRow("unclosed string") << QString() << QByteArray("{\"model\": \"m}, {\"model\": \"n\"}") << whole
                                     << u"not well-formed JSON"_s;
    QTest::newRow("brace for bracket") << QString() << QByteArray("{\"model\": \"m\"}}") << whole
                                       << u"not well-formed JSON"_s;
    QTest::newRow("control byte") << QString() << QByteArray("{\"model\": \"a\tb\"}") << whole
                                  << u"UNESCAPED_CHARS"_s;
}

void TestParallelParse::jsonErrorInTheMiddle()
{
    // One bad element halfway through clean ones: the single-thread stream
    // decides (fails, or hands the file over whole) and the parallel one agrees.
    QFETCH(QString, limit);
    QFETCH(QByteArray, middle);
    QFETCH(int, result);
    QFETCH(QString, expected);
    const QString path = write(u"middle_%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')),
                               generatedBody(7, 900, middle));
    ParseContext context;
    if (limit == u"rows")
        context.maxRows = 517;
    else if (limit == u"depth")
        context.maxDepth = 8;
    const Outcome single = readWith(path, context, 1, StreamReader::kWindowBytes);
    QCOMPARE(int(single.result), result);
    QVERIFY2(single.error.contains(expected) || single.rows.filter(expected).size() == 1,
             qPrintable(single.error + u" / "_s + single.rows.last()));
    compareThreads(path, context);
}

void TestParallelParse::jsonKnownPlaces()
{
    // Warnings and the row limit name the element and its byte in the file,
    // from a window of a pool thread as from the single-thread stream.
    const QByteArray rows[] = {
        "{\"model\": \"a\", \"method\": \"m\", \"time\": 1}",
        "{\"model\": \"a\", \"attribution_method\": \"m\", \"method\": null, \"time\": \"fast\"}",
        "{\"model\": \"a,]\\\"}\", \"method\": \"m\", \"attribution_time\": 2, \"time\": null}",
        "{\"method\": \"m\", \"time\": 3}",
        "{\"model\": \"b\", \"method\": \"m\", \"time\": 4, \"model_config\": {\"x\": [1, {\"y\": \"]\"}]}}",
    };
    QByteArray bytes = "{\"prompt_timing\": [";
    std::int64_t offsets[std::size(rows)] = {};
    for (std::size_t i = 0; i < std::size(rows); ++i) {
        bytes += i ? ",\n  " : "\n  ";
        offsets[i] = bytes.size();
        bytes += rows[i];
    }
    bytes += "\n]}\n";
    const QString path = write(u"places.json"_s, bytes);
    for (int threads : {1, 3}) {
        const Outcome got = readWith(path, ParseContext(), threads, 16);
        QVERIFY(got.result == StreamReader::Result::Done);
        QCOMPARE(got.rows.filter(u"prompt_timing[1] (record 2, byte %1), field \"time\""_s.arg(offsets[1])).size(), 1);
        QCOMPARE(got.rows.filter(u"prompt_timing[3] (record 4, byte %1)"_s.arg(offsets[3])).size(), 1);
        QCOMPARE(got.rows.filter(u"string "_s).filter(u"a,]\"}"_s).size(), 1);
        QCOMPARE(got.rows.last(), u"warnings 2, skipped 2, rows 3"_s);
        ParseContext limited;
        limited.maxRows = 2;
        const Outcome stopped = readWith(path, limited, threads, 16);
        QVERIFY(stopped.result == StreamReader::Result::Failed);
        QCOMPARE(stopped.error, u"%1: byte %2: more than 2 rows, over the row limit"_s.arg(path).arg(offsets[2]));
    }
}

void TestParallelParse::jsonDamaged()
{
    // Bytes of a clean body overwritten with JSON's own punctuation at random:
    // whatever the damage, many threads give what one thread gives.
    const QByteArray clean = generatedBody(9, 120);
    QRandomGenerator random(2024);
    const char punctuation[] = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', '0', 'n'};
    int streamed = 0;
    for (int round = 0; round < 150; ++round) {
        QByteArray bytes = clean;
        for (int i = random.bounded(1, 4); i > 0; --i)
            bytes[random.bounded(int(bytes.size()))] = punctuation[random.bounded(int(sizeof punctuation))];
        const QString path = write(u"damaged.json"_s, bytes);
        const Outcome expected = readWith(path, ParseContext(), 1, StreamReader::kWindowBytes);
        streamed += expected.result == StreamReader::Result::Done;
        for (std::size_t window : {std::size_t(61), std::size_t(1000)}) {
            const Outcome got = readWith(path, ParseContext(), 3, window);
            const QByteArray where = "round " + QByteArray::number(round) + ", window " + QByteArray::number(quint64(window));
            QVERIFY2(got.result == expected.result, where.constData());
            QVERIFY2(got.error == expected.error, (where + ": " + got.error.toUtf8()).constData());
            QVERIFY2(got.rows == expected.rows, where.constData());
        }
    }
    QVERIFY(streamed > 10); // some damage (inside a text) leaves the file streamable
}

void TestParallelParse::jsonEmptyWindow()
{
    // Regression: two commas on either side of a 64-byte block edge, with a
    // window of one block, leave a window with no element between its cuts;
    // simdjson reads it as an empty array, which must not pass for the one
    // element the scan counted (one thread hands the file over whole).
    const QByteArray head = "{\"prompt_timing\": [";
    QByteArray first = "{\"model\": \"m\", \"method\": \"x\", \"time\": 1, \"prompt\": \"";
    first += QByteArray(63 - first.size() - 2, 'p') + "\"}";
    QCOMPARE(first.size(), 63);
    const QByteArray second = "{\"model\": \"m\", \"method\": \"x\", \"time\": 2, \"prompt\": \"" + QByteArray(200, 'q') + "\"}";
    const QString path = write(u"empty_window.json"_s, head + first + ",," + second + "]}");
    const Outcome single = readWith(path, ParseContext(), 1, StreamReader::kWindowBytes);
    QVERIFY(single.result == StreamReader::Result::NotStreamable);
    QVERIFY2(single.error.contains(u"not well-formed JSON"_s), qPrintable(single.error));
    const Outcome oneBlock = readWith(path, ParseContext(), 2, JsonArrayScanner::kBlock);
    QCOMPARE(oneBlock.error, single.error);
    QCOMPARE(oneBlock.rows, single.rows);
    compareThreads(path);
}

QTEST_GUILESS_MAIN(TestParallelParse)
#include "tst_parallelparse.moc"
