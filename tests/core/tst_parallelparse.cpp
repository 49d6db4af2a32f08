// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON Lines file parsed on several threads (ParallelLinesReader) must give
// bit for bit what the single-thread path gives: the same rows in the same
// order, the same string and text ids, every double with the same bits, the
// same warnings, skips and messages with their lines and byte offsets,
// wherever the windows cut the file and however many threads parse it.
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

Outcome readWith(const QString &path, ParseContext context, int threads, std::size_t window)
{
    context.threads = threads;
    SourceData data;
    Outcome o;
    o.result = StreamReader::readFile(path, context, data, &o.error, window);
    o.rows = dump(data);
    return o;
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
                               "back\\\\slash", "tab\\tname", "日本語モデル", "m"};
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
    const QString path = write(u"progress.jsonl"_s, generatedLines(11, 2000, false));
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

QTEST_GUILESS_MAIN(TestParallelParse)
#include "tst_parallelparse.moc"
