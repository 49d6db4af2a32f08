// SPDX-License-Identifier: GPL-3.0-or-later
// The timing readers: TokenLense JSON, JSON Lines and the extractor's CSVs,
// their format detection, field aliases, per-row warnings and fatal errors.
#include "timingparser.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <cmath>

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ATTRISCOPE_TEST_DATA "/readers/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

bool parse(const QByteArray &bytes, const QString &origin, SourceData &out, QString *error,
           const ParseContext &context = ParseContext())
{
    return parseTimingData(ByteBuffer::fromBytes(bytes), origin, context, out, error);
}

QString num(double v)
{
    return QString::number(v);
}

QString triState(TriState t)
{
    return t == TriState::True ? QStringLiteral("T") : t == TriState::False ? QStringLiteral("F") : QStringLiteral("?");
}

/// model|method|time|tokens|outputTokens|tokensPerSecond|success|device|gpu|text|id|row
QStringList promptRows(const SourceData &data)
{
    QStringList rows;
    const PromptTable &p = data.prompts;
    for (std::size_t i = 0; i < p.size(); ++i) {
        rows << QStringList{data.strings.at(p.model[i]), data.strings.at(p.method[i]), num(p.time[i]),
                            num(p.tokens[i]), num(p.outputTokens[i]), num(p.tokensPerSecond[i]),
                            QString::number(p.success[i]), data.strings.at(p.device[i]),
                            data.strings.at(p.gpuInfo[i]), p.promptText(i), p.promptId(i),
                            QString::number(p.sourceRow[i])}
                    .join(QLatin1Char('|'));
    }
    return rows;
}

/// model|method|successful|total|rate|loading|attribution|average|total|min|max|tps|
/// platform|cpu|cores|memory|gpu|device|cuda|mps|torch|row
QStringList methodRows(const SourceData &data)
{
    QStringList rows;
    for (const MethodRecord &m : data.methods) {
        rows << QStringList{m.model, m.method, num(m.successfulPrompts), num(m.totalPrompts), num(m.successRate),
                            num(m.modelLoadingTime), num(m.attributionTime), num(m.averageTime), num(m.totalTime),
                            num(m.minTime), num(m.maxTime), num(m.tokensPerSecond), m.platform, m.cpuModel,
                            num(m.cpuCores), num(m.memoryGb), m.gpuInfo, m.device, triState(m.cuda),
                            triState(m.mps), m.torchVersion, QString::number(m.sourceRow)}
                    .join(QLatin1Char('|'));
    }
    return rows;
}

/// Byte offset of the start of a 1-based line.
qsizetype lineOffset(const QByteArray &text, int line)
{
    qsizetype offset = 0;
    for (int i = 1; i < line; ++i)
        offset = text.indexOf('\n', offset) + 1;
    return offset;
}

/// A TokenLense body with `rows` prompt rows, for limits, progress and cancellation.
QByteArray generatedJson(int rows)
{
    QByteArray json = "{\"prompt_timing\": [";
    for (int i = 0; i < rows; ++i) {
        if (i)
            json += ",\n";
        json += "{\"model\": \"m\", \"method\": \"x\", \"time\": " + QByteArray::number(i) + "}";
    }
    return json + "]}";
}

QByteArray generatedCsv(int rows)
{
    QByteArray csv = "model,attribution_method,prompt_id,attribution_time\n";
    for (int i = 0; i < rows; ++i)
        csv += "m,x,p" + QByteArray::number(i) + "," + QByteArray::number(i) + "\n";
    return csv;
}
} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void tokenLenseJson_data();
    void tokenLenseJson();
    void badJsonRows();
    void jsonLines();
    void methodCsv();
    void promptCsv();
    void headerOnlyCsv();
    void aliases_data();
    void aliases();
    void fatalErrors_data();
    void fatalErrors();
    void truncatedJson_data();
    void truncatedJson();
    void depthLimit();
    void rowLimit_data();
    void rowLimit();
    void rowLimitCountsEarlierParts();
    void cancelBeforeStart();
    void cancelWhileReading_data();
    void cancelWhileReading();
    void progress();
    void failureLeavesSourceUnchanged();
    void bugDuplicateKeysWereSilent();
    void bugCsvInvalidUtf8BecameReplacementCharacters();
    void bugMethodCountsOutOfRangeReachedInt64Casts();
};

void TestReaders::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<TimingFormat>("format");

    QTest::newRow("pretty TokenLense") << QByteArray("{\n  \"method_timing\": [],\n  \"prompt_timing\": []\n}\n")
                                       << TimingFormat::TokenLenseJson;
    QTest::newRow("compact TokenLense") << QByteArray("{\"prompt_timing\":[{\"model\":\"a\"}]}")
                                        << TimingFormat::TokenLenseJson;
    QTest::newRow("TokenLense, other key first")
        << QByteArray("{\"note\": {\"model\": 1}, \"method_timing\": []}") << TimingFormat::TokenLenseJson;
    QTest::newRow("FastAPI detail") << QByteArray("{\"detail\":\"Not Found\"}") << TimingFormat::TokenLenseJson;
    QTest::newRow("top-level array") << QByteArray("  \n[1, 2]") << TimingFormat::TokenLenseJson;
    QTest::newRow("top-level number") << QByteArray("42\n") << TimingFormat::TokenLenseJson;
    QTest::newRow("JSON Lines") << QByteArray("{\"model\":\"a\",\"method\":\"b\",\"time\":1}\n{\"model\":\"a\"}\n")
                                << TimingFormat::JsonLines;
    QTest::newRow("JSON Lines, one line") << QByteArray("{\"kind\": \"method\", \"model\": \"a\"}")
                                          << TimingFormat::JsonLines;
    QTest::newRow("JSON Lines, unknown keys, two objects") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                                                           << TimingFormat::JsonLines;
    QTest::newRow("JSON Lines with BOM") << QByteArray("\xEF\xBB\xBF{\"model\":\"a\"}\n") << TimingFormat::JsonLines;
    QTest::newRow("JSON Lines, broken first line")
        << QByteArray("{\"model\": \"a\", \"time\": 1,\n{\"model\": \"b\"}\n") << TimingFormat::JsonLines;
    QTest::newRow("method CSV") << fixture(QStringLiteral("method.csv")) << TimingFormat::MethodCsv;
    QTest::newRow("prompt CSV") << fixture(QStringLiteral("prompt.csv")) << TimingFormat::PromptCsv;
    QTest::newRow("method CSV, columns reordered")
        << QByteArray("average_prompt_time,attribution_time,model,attribution_method\n") << TimingFormat::MethodCsv;
    QTest::newRow("method CSV, total_prompts only") << QByteArray("total_prompts,model,method\r\n")
                                                    << TimingFormat::MethodCsv;
    QTest::newRow("prompt CSV, prompt_id") << QByteArray("prompt_id,model,method\n") << TimingFormat::PromptCsv;
    QTest::newRow("prompt CSV, time and tokens")
        << QByteArray("token_count,model,attribution_time,attribution_method\n") << TimingFormat::PromptCsv;
    QTest::newRow("prompt CSV, quoted header, BOM")
        << QByteArray("\xEF\xBB\xBF\"model\",\"prompt_text\",\"attribution_time\"\n") << TimingFormat::PromptCsv;
    QTest::newRow("aggregate CSV") << fixture(QStringLiteral("unknown_header.csv")) << TimingFormat::Unknown;
    QTest::newRow("time without tokens") << QByteArray("model,attribution_time\n") << TimingFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << TimingFormat::Unknown;
    QTest::newRow("blank") << QByteArray(" \r\n\t") << TimingFormat::Unknown;
    QTest::newRow("prose") << QByteArray("# Real timing results\n") << TimingFormat::Unknown;
}

void TestReaders::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(TimingFormat, format);
    QCOMPARE(detectTimingFormat(head), format);
}

void TestReaders::tokenLenseJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray pretty = fixture(QStringLiteral("tokenlense.json"));
    QTest::newRow("pretty-printed") << pretty;
    QTest::newRow("one line") << QByteArray(pretty).replace('\n', "");
    QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBF") + QByteArray(pretty).replace("\n", "\r\n");
}

void TestReaders::tokenLenseJson()
{
    QFETCH(QByteArray, bytes);
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("tokenlense.json"), data, &error), qPrintable(error));
    QCOMPARE(data.warnings, QStringList());
    QCOMPARE(data.warningCount, 0);
    QCOMPARE(data.skippedRows, 0);
    // Aliases both ways round with the other name null; prompt_id as a number;
    // success as 1; an escaped key and string; -0 read as 0; nested unknowns ignored.
    QCOMPARE(promptRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|1.5|12|0|8|1|CUDA|Tesla T4|Hello, \"world\"|p1|1"),
        QStringLiteral("GPT-2|lime|0.25|7|nan|nan|1|CPU||Second|2|2"),
        QStringLiteral("BART|attention|0|5|nan|nan|0|CUDA|NVIDIA H200|caf\u00e9|p3|3"),
        QStringLiteral("BART|attention|0|9|nan|nan|1||NVIDIA H200|no success field||4"),
    }));
    QVERIFY(!std::signbit(data.prompts.time[3])); // "time": -0
    // attribution_time of a method row is the total, not the average.
    QCOMPARE(methodRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|20|20|100|6.5|25|1.25|31.5|nan|nan|nan|Linux|Xeon|4|15.41|Tesla T4||T|F|2.6.0+cu124|1"),
        QStringLiteral("BART|lime|9|10|nan|nan|nan|2.5|nan|0.5|4|3||M1|nan|nan||cpu|F|T||2"),
    }));
}

void TestReaders::badJsonRows()
{
    const QByteArray bytes = fixture(QStringLiteral("bad_rows.json"));
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("bad_rows.json"), data, &error), qPrintable(error));
    // One row per line in the fixture: method rows on lines 2-4, prompt rows on 7-19.
    const auto at = [&](const char *array, int index, int line) {
        return QStringLiteral("bad_rows.json: %1[%2] (record %3, byte %4)")
            .arg(QLatin1String(array)).arg(index).arg(index + 1).arg(lineOffset(bytes, line));
    };
    const auto prompt = [&](int index) { return at("prompt_timing", index, 7 + index); };
    const QString m1 = at("method_timing", 1, 3);
    const QString p10 = prompt(10);
    QCOMPARE(data.warnings, (QStringList{
        at("method_timing", 0, 2) + QStringLiteral(", field \"model\": missing or empty; row skipped"),
        m1 + QStringLiteral(", field \"total_prompts\": expected a number, found a string; treated as missing"),
        m1 + QStringLiteral(", field \"success_rate\": non-finite value inf; treated as missing"),
        m1 + QStringLiteral(", field \"cpu_cores\": non-finite value NaN; treated as missing"),
        m1 + QStringLiteral(", field \"memory_gb\": non-finite value Infinity; treated as missing"),
        at("method_timing", 2, 4) + QStringLiteral(": expected an object, found a number; row skipped"),
        prompt(0) + QStringLiteral(", field \"time\": negative time -1.5; row skipped"),
        prompt(1) + QStringLiteral(", field \"time\": missing; row skipped"),
        prompt(2) + QStringLiteral(", field \"time\": expected a number, found a string; row skipped"),
        prompt(3) + QStringLiteral(", field \"time\": non-finite value NaN; row skipped"),
        prompt(4) + QStringLiteral(", field \"time\": non-finite value Infinity; row skipped"),
        prompt(5) + QStringLiteral(", field \"time\": non-finite value inf; row skipped"),
        prompt(6) + QStringLiteral(", field \"time\": non-finite value -Infinity; row skipped"),
        prompt(7) + QStringLiteral(", field \"model\": missing or empty; row skipped"),
        prompt(8) + QStringLiteral(", field \"method\": missing or empty; row skipped"),
        p10 + QStringLiteral(", field \"success\": expected true or false, found a string; treated as missing"),
        p10 + QStringLiteral(", field \"tokens\": expected a number, found a string; treated as missing"),
        p10 + QStringLiteral(", field \"output_token_count\": expected a number, found true; treated as missing"),
        p10 + QStringLiteral(", field \"tokens_per_second\": non-finite value NaN; treated as missing"),
        prompt(11) + QStringLiteral(", field \"gpu_info\": expected a string, found a number; treated as missing"),
        prompt(12) + QStringLiteral(", field \"model\": expected a string, found a number; row skipped"),
    }));
    QCOMPARE(data.warningCount, 21);
    QCOMPARE(data.skippedRows, 12);
    // The failed row keeps its missing time; a bad "success" counts as missing, i.e. successful.
    QCOMPARE(promptRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|nan|nan|nan|nan|0|||||10"),
        QStringLiteral("GPT-2|saliency|2|nan|nan|nan|1|||||11"),
        QStringLiteral("GPT-2|saliency|3|nan|nan|nan|1|||||12"),
    }));
    QCOMPARE(methodRows(data), (QStringList{
        QStringLiteral("GPT-2|lime|nan|nan|nan|nan|nan|nan|2|nan|nan|nan|||nan|nan|||?|?||2"),
    }));
}

void TestReaders::jsonLines()
{
    SourceData data;
    QString error;
    QVERIFY2(parse(fixture(QStringLiteral("rows.jsonl")), QStringLiteral("rows.jsonl"), data, &error),
             qPrintable(error));
    QCOMPARE(data.warnings, (QStringList{
        QStringLiteral("rows.jsonl: line 5: not well-formed JSON (INCOMPLETE_ARRAY_OR_OBJECT: "
                       "JSON document ended early in the middle of an object or array.); row skipped"),
        QStringLiteral("rows.jsonl: line 8: not a JSON object; row skipped"),
        QStringLiteral("rows.jsonl: line 9, field \"time\": non-finite value NaN; row skipped"),
        QStringLiteral("rows.jsonl: line 10: not well-formed JSON (INCOMPLETE_ARRAY_OR_OBJECT: "
                       "JSON document ended early in the middle of an object or array.); row skipped"),
    }));
    QCOMPARE(data.skippedRows, 4);
    QCOMPARE(promptRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|0.5|3|nan|nan|1|||a||2"),
        QStringLiteral("GPT-2|saliency|0.75|nan|nan|nan|1|||||4"),
        QStringLiteral("BART|lime|3|nan|nan|nan|0|||||11"),
    }));
    // "kind" may come after the fields; attribution_time stays the method total.
    QCOMPARE(methodRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|nan|20|nan|nan|25|1.25|nan|nan|nan|nan|||nan|nan|||?|?||1"),
        QStringLiteral("BART|lime|nan|nan|nan|nan|9.5|nan|nan|nan|nan|nan|||nan|nan|||?|?||7"),
    }));

    SourceData crlf;
    QVERIFY(parse("{\"model\":\"a\",\"method\":\"b\",\"time\":1}\r\n\r\n{\"model\":\"a\",\"method\":\"b\",\"time\":2}\r\n",
                  QStringLiteral("crlf.jsonl"), crlf, &error));
    QCOMPARE(promptRows(crlf), (QStringList{QStringLiteral("a|b|1|nan|nan|nan|1|||||1"),
                                            QStringLiteral("a|b|2|nan|nan|nan|1|||||3")}));
}

void TestReaders::methodCsv()
{
    SourceData data;
    QString error;
    // BOM, CRLF, a quoted cpu_model with a comma, True/False and true/false, empty cells.
    QVERIFY2(parse(fixture(QStringLiteral("method.csv")), QStringLiteral("method.csv"), data, &error),
             qPrintable(error));
    QCOMPARE(data.warnings, QStringList());
    QCOMPARE(data.prompts.size(), 0u);
    QCOMPARE(methodRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|20|20|100|6.5|25|1.25|31.5|nan|nan|nan|Linux|Intel(R) Xeon(R), 2.50GHz|4|15.41|Tesla T4||T|F|2.6.0+cu124|2"),
        QStringLiteral("BART|lime|9|10|90|nan|nan|2.5|nan|nan|nan|nan|Darwin|Apple M1|8|16|||F|T|2.5.1|3"),
    }));
}

void TestReaders::promptCsv()
{
    SourceData data;
    QString error;
    QVERIFY2(parse(fixture(QStringLiteral("prompt.csv")), QStringLiteral("prompt.csv"), data, &error),
             qPrintable(error));
    QCOMPARE(data.warnings, (QStringList{
        QStringLiteral("prompt.csv: line 5, field \"token_count\": expected a number, found \"abc\"; treated as missing"),
        QStringLiteral("prompt.csv: line 6: 3 fields, header has 12; row skipped"),
        QStringLiteral("prompt.csv: line 7, field \"attribution_time\": missing; row skipped"),
        QStringLiteral("prompt.csv: line 9: unterminated quoted field; row skipped"),
    }));
    QCOMPARE(data.skippedRows, 3);
    // The first record spans lines 2-3: quoted comma, doubled quotes and a line break.
    QCOMPARE(promptRows(data), (QStringList{
        QStringLiteral("GPT-2|saliency|1.5|12|0|8|1|CUDA|Tesla T4|Hello, \"world\"\nsecond line|p1|2"),
        QStringLiteral("GPT-2|lime|nan|nan|nan|nan|0|CPU||plain|p2|4"),
        QStringLiteral("GPT-2|lime|2.5|nan|nan|nan|1|CPU||x|p3|5"),
        QStringLiteral("BART|attention|0|3|nan|nan|1|||z|p5|8"),
    }));
    QVERIFY(!std::signbit(data.prompts.time[3])); // -0
}

void TestReaders::headerOnlyCsv()
{
    SourceData data;
    QString error;
    QVERIFY2(parse(fixture(QStringLiteral("header_only.csv")), QStringLiteral("h.csv"), data, &error),
             qPrintable(error));
    QCOMPARE(data.rowCount(), 0);
    QCOMPARE(data.warningCount, 0);
    QCOMPARE(data.skippedRows, 0);
}

void TestReaders::aliases_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("method");

    const QString noPrompt;
    const QString noMethod;
    // Prompt rows: model|method|time|tokens|...|text|id|row.
    QTest::newRow("method first") << QByteArray(R"({"model":"m","method":"a","attribution_method":"b","time":1})")
                                  << QStringLiteral("m|a|1|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("method null first") << QByteArray(R"({"model":"m","method":null,"attribution_method":"b","time":1})")
                                       << QStringLiteral("m|b|1|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("attribution_method first")
        << QByteArray(R"({"model":"m","attribution_method":"b","method":"a","time":1})")
        << QStringLiteral("m|a|1|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("attribution_method null first")
        << QByteArray(R"({"model":"m","attribution_method":null,"method":"a","time":1})")
        << QStringLiteral("m|a|1|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("prompt, prompt_text") << QByteArray(R"({"model":"m","method":"a","prompt":"p","prompt_text":"q","time":1})")
                                         << QStringLiteral("m|a|1|nan|nan|nan|1|||p||1") << noMethod;
    QTest::newRow("prompt_text first, prompt null")
        << QByteArray(R"({"model":"m","method":"a","prompt_text":"q","prompt":null,"time":1})")
        << QStringLiteral("m|a|1|nan|nan|nan|1|||q||1") << noMethod;
    QTest::newRow("tokens null, token_count") << QByteArray(R"({"model":"m","method":"a","tokens":null,"token_count":4,"time":1})")
                                              << QStringLiteral("m|a|1|4|nan|nan|1|||||1") << noMethod;
    QTest::newRow("token_count first, tokens") << QByteArray(R"({"model":"m","method":"a","token_count":4,"tokens":5,"time":1})")
                                               << QStringLiteral("m|a|1|5|nan|nan|1|||||1") << noMethod;
    QTest::newRow("time null, attribution_time")
        << QByteArray(R"({"model":"m","method":"a","time":null,"attribution_time":2})")
        << QStringLiteral("m|a|2|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("attribution_time first, time") << QByteArray(R"({"model":"m","method":"a","attribution_time":2,"time":3})")
                                                  << QStringLiteral("m|a|3|nan|nan|nan|1|||||1") << noMethod;
    QTest::newRow("success 0") << QByteArray(R"({"model":"m","method":"a","time":0,"success":0})")
                               << QStringLiteral("m|a|0|nan|nan|nan|0|||||1") << noMethod;
    // Method rows: ...|attribution|average|...|cuda|mps|torch|row.
    QTest::newRow("average_time, average_prompt_time")
        << QByteArray(R"({"kind":"method","model":"m","method":"a","average_time":1,"average_prompt_time":2,"attribution_time":9})")
        << noPrompt << QStringLiteral("m|a|nan|nan|nan|nan|9|1|nan|nan|nan|nan|||nan|nan|||?|?||1");
    QTest::newRow("average_time null first")
        << QByteArray(R"({"kind":"method","average_time":null,"average_prompt_time":2,"model":"m","method":"a"})")
        << noPrompt << QStringLiteral("m|a|nan|nan|nan|nan|nan|2|nan|nan|nan|nan|||nan|nan|||?|?||1");
    QTest::newRow("cuda null, torch_cuda; mps null, torch_mps")
        << QByteArray(R"({"kind":"method","model":"m","method":"a","cuda_available":null,"torch_cuda_available":true,"mps_available":null,"torch_mps_available":false})")
        << noPrompt << QStringLiteral("m|a|nan|nan|nan|nan|nan|nan|nan|nan|nan|nan|||nan|nan|||T|F||1");
    QTest::newRow("torch_cuda first, cuda; torch_mps first, mps")
        << QByteArray(R"({"kind":"method","model":"m","method":"a","torch_cuda_available":true,"cuda_available":false,"torch_mps_available":false,"mps_available":true})")
        << noPrompt << QStringLiteral("m|a|nan|nan|nan|nan|nan|nan|nan|nan|nan|nan|||nan|nan|||F|T||1");
}

void TestReaders::aliases()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, prompt);
    QFETCH(QString, method);
    SourceData data;
    QString error;
    QVERIFY2(parse(line + '\n', QStringLiteral("a.jsonl"), data, &error), qPrintable(error));
    QCOMPARE(data.warnings, QStringList());
    QCOMPARE(promptRows(data), prompt.isEmpty() ? QStringList() : QStringList{prompt});
    QCOMPARE(methodRows(data), method.isEmpty() ? QStringList() : QStringList{method});
}

void TestReaders::fatalErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const auto file = [](const char *name) { return fixture(QLatin1String(name)); };
    QTest::newRow("FastAPI detail") << file("detail.json")
                                    << QStringLiteral("x: the file holds a server error body, not timing data: \"Not Found\"");
    QTest::newRow("FastAPI validation detail")
        << file("detail_list.json")
        << QStringLiteral("x: the file holds a server error body, not timing data: "
                          "[{\"loc\": [\"query\", \"limit\"], \"msg\": \"field required\"}]");
    QTest::newRow("top-level array") << file("top_array.json")
                                     << QStringLiteral("x: byte 0: the top level is an array, not an object with "
                                                       "\"method_timing\" or \"prompt_timing\"");
    QTest::newRow("top-level number") << file("top_number.json")
                                      << QStringLiteral("x: byte 0: the top level is a number, not an object with "
                                                        "\"method_timing\" or \"prompt_timing\"");
    QTest::newRow("array of wrong type") << file("wrong_array_type.json")
                                         << QStringLiteral("x: byte 39: \"prompt_timing\" is a number, expected an array");
    QTest::newRow("no timing arrays") << file("no_tables.json")
                                      << QStringLiteral("x: no \"method_timing\" or \"prompt_timing\" at the top level");
    QTest::newRow("too deep") << file("deep.json") << QStringLiteral("x: byte 126: nested deeper than 64 levels");
    QTest::newRow("unknown CSV header")
        << file("unknown_header.csv")
        << QStringLiteral("x: line 1: the CSV header names no known timing table "
                          "(expected columns such as total_prompts or prompt_id)");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("x: empty file");
    QTest::newRow("prose") << QByteArray("hello\n")
                           << QStringLiteral("x: line 1: unknown format: not TokenLense JSON, JSON Lines or a timing CSV");
    // Malformed inside values the reader does not use: On-Demand alone would skip them.
    QTest::newRow("double comma in unknown field")
        << QByteArray(R"({"prompt_timing": [{"model": "a", "method": "b", "time": 1, "x": [1,,2]}]})")
        << QStringLiteral("x: byte 68: not well-formed JSON (TAPE_ERROR: The JSON document has an improper "
                          "structure: missing or superfluous commas, braces, missing keys, etc.)");
    QTest::newRow("bad literal in nested object")
        << QByteArray(R"({"prompt_timing": [{"model": "a", "method": "b", "time": 1, "c": {"p": tru}}]})")
        << QStringLiteral("x: byte 71: not well-formed JSON (T_ATOM_ERROR: Problem while parsing an atom starting with "
                          "the letter 't')");
    QTest::newRow("bad number") << QByteArray(R"({"prompt_timing": [{"model": "a", "method": "b", "time": 01}]})")
                                << QStringLiteral("x: byte 57: not well-formed JSON (NUMBER_ERROR: Problem while "
                                                  "parsing a number)");
    QTest::newRow("bad escape") << QByteArray(R"({"prompt_timing": [{"model": "a\q", "method": "b", "time": 1}]})")
                                << QStringLiteral("x: byte 29: not well-formed JSON (STRING_ERROR: Problem while "
                                                  "parsing a string)");
    QTest::newRow("content after the document")
        << QByteArray(R"({"prompt_timing": [{"model": "a", "method": "b", "time": 1}]}})")
        << QStringLiteral("x: byte 61: not well-formed JSON (content after the end of the document)");
    // Regression: text after the document was reported at byte 0 as an unclosed object.
    QTest::newRow("bug: garbage after the document at byte 0")
        << QByteArray("{\"prompt_timing\": []}\ngarbage\n")
        << QStringLiteral("x: byte 22: not well-formed JSON (content after the end of the document)");
    // Regression: a cut file or a bad UTF-8 byte named no place at all.
    QTest::newRow("bug: cut in a string, no place")
        << QByteArray(R"({"prompt_timing": [{"model": "GPT)")
        << QStringLiteral("x: byte 29: not well-formed JSON (UNCLOSED_STRING: the string that starts here is never "
                          "closed; the file may be cut short)");
    QTest::newRow("bug: cut between values, no place")
        << QByteArray(R"({"prompt_timing": [{"model": "GPT"})")
        << QStringLiteral("x: byte 35: not well-formed JSON (INCOMPLETE_ARRAY_OR_OBJECT: the input ends inside an "
                          "object or array; the file may be cut short)");
    QTest::newRow("bug: invalid UTF-8, no place")
        << QByteArray("\xEF\xBB\xBF{\"prompt_timing\": [{\"model\": \"GPT\xC3\x28\"}]}")
        << QStringLiteral("x: byte 36: not well-formed JSON (UTF8_ERROR: this byte does not belong to valid UTF-8 text)");
    // What a file that no reader takes looks like.
    QTest::newRow("HTML page") << QByteArray("\n<!DOCTYPE html><html><body>Sign in</body></html>")
                               << QStringLiteral("x: byte 0: an HTML page (a login page, a proxy's error or a wrong URL "
                                                 "saved as a file?), not timing data");
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00\x00\x00", 6)
                          << QStringLiteral("x: byte 0: gzip-compressed data (decompress it first, e.g. with gunzip), "
                                            "not timing data");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0\"\0", 6)
                            << QStringLiteral("x: byte 0: UTF-16 text (save it as UTF-8), not timing data");
    QTest::newRow("binary") << QByteArray("ab\x01\x02" "cd", 6)
                            << QStringLiteral("x: byte 2: binary data (byte 0x01), not TokenLense JSON, JSON Lines or a "
                                              "timing CSV");
    QTest::newRow("not UTF-8") << QByteArray("abc\x8F\x8F\n")
                               << QStringLiteral("x: byte 3: binary data (byte 0x8f), not TokenLense JSON, JSON Lines or "
                                                 "a timing CSV");
    QTest::newRow("two documents") << QByteArray("{\"prompt_timing\": []}\n{\"prompt_timing\": []}")
                                   << QStringLiteral("x: byte 22: not well-formed JSON (content after the end of the document)");
}

void TestReaders::fatalErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    SourceData data;
    QString message;
    QVERIFY(!parse(bytes, QStringLiteral("x"), data, &message));
    QCOMPARE(message, error);
    QCOMPARE(data.rowCount(), 0);
    QCOMPARE(data.warningCount, 0);
}

void TestReaders::truncatedJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("tokenlense.json") << fixture(QStringLiteral("tokenlense.json"));
    QTest::newRow("one line") << fixture(QStringLiteral("tokenlense.json")).replace('\n', "");
    QTest::newRow("bad_rows.json") << fixture(QStringLiteral("bad_rows.json"));
}

void TestReaders::truncatedJson()
{
    // A file cut anywhere must fail as a whole, never pass for a smaller benchmark.
    QFETCH(QByteArray, bytes);
    const qsizetype complete = bytes.trimmed().size();
    for (qsizetype size = 0; size < complete; ++size) {
        SourceData data;
        QString error;
        const bool ok = parse(bytes.first(size), QStringLiteral("cut.json"), data, &error);
        QVERIFY2(!ok, qPrintable(QStringLiteral("cut at %1 parsed").arg(size)));
        QVERIFY2(error.startsWith(QStringLiteral("cut.json: ")), qPrintable(error));
        QCOMPARE(data.rowCount(), 0);
        QCOMPARE(data.warningCount, 0);
    }
    SourceData whole;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("cut.json"), whole, &error), qPrintable(error));
}

void TestReaders::depthLimit()
{
    // Rows sit at depth 3; "model_config" objects inside them at depth 4.
    const QByteArray bytes = fixture(QStringLiteral("tokenlense.json"));
    ParseContext context;
    context.maxDepth = 3;
    SourceData data;
    QString error;
    QVERIFY(!parse(bytes, QStringLiteral("t.json"), data, &error, context));
    const qsizetype nested = bytes.indexOf("{\"populate_by_name\"");
    QCOMPARE(error, QStringLiteral("t.json: byte %1: nested deeper than 3 levels").arg(nested));

    context.maxDepth = 5; // the "extra" array of row 2 reaches depth 6
    QVERIFY(!parse(bytes, QStringLiteral("t.json"), data, &error, context));
    QCOMPARE(error, QStringLiteral("t.json: byte %1: nested deeper than 5 levels").arg(bytes.indexOf("[null, NaN")));

    context.maxDepth = 6;
    QVERIFY2(parse(bytes, QStringLiteral("t.json"), data, &error, context), qPrintable(error));

    // JSON Lines rows sit at depth 1.
    context.maxDepth = 1;
    SourceData lines;
    QVERIFY(!parse(fixture(QStringLiteral("rows.jsonl")), QStringLiteral("r.jsonl"), lines, &error, context));
    QVERIFY2(error.startsWith(QStringLiteral("r.jsonl: line 4 (byte ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("): nested deeper than 1 levels")), qPrintable(error));
}

void TestReaders::rowLimit_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("records"); // rows plus skipped records
    QTest::newRow("TokenLense") << fixture(QStringLiteral("tokenlense.json")) << 6;
    QTest::newRow("TokenLense, bad rows") << fixture(QStringLiteral("bad_rows.json")) << 16;
    QTest::newRow("JSON Lines") << fixture(QStringLiteral("rows.jsonl")) << 9;
    QTest::newRow("prompt CSV") << fixture(QStringLiteral("prompt.csv")) << 7;
    QTest::newRow("method CSV") << fixture(QStringLiteral("method.csv")) << 2;
}

void TestReaders::rowLimit()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, records);
    ParseContext context;
    context.maxRows = records;
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("x"), data, &error, context), qPrintable(error));

    context.maxRows = records - 1;
    SourceData over;
    QVERIFY(!parse(bytes, QStringLiteral("x"), over, &error, context));
    // The message names the place: the byte where the row over the limit starts (or, in a CSV, ends).
    QVERIFY2(error.startsWith(QStringLiteral("x: byte ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(": more than %1 rows, over the row limit").arg(records - 1)), qPrintable(error));
    QCOMPARE(over.rowCount(), 0);
}

void TestReaders::rowLimitCountsEarlierParts()
{
    // A CSV pair is one source: the limit applies to both parts together.
    ParseContext context;
    context.maxRows = 5;
    SourceData data;
    QString error;
    QVERIFY(parse(fixture(QStringLiteral("method.csv")), QStringLiteral("m.csv"), data, &error, context));
    QVERIFY(!parse(fixture(QStringLiteral("prompt.csv")), QStringLiteral("p.csv"), data, &error, context));
    QVERIFY2(error.startsWith(QStringLiteral("p.csv: byte ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(": more than 5 rows, over the row limit")), qPrintable(error));
}

void TestReaders::cancelBeforeStart()
{
    const std::atomic<bool> cancel{true};
    ParseContext context;
    context.cancel = &cancel;
    for (const char *name : {"tokenlense.json", "rows.jsonl", "prompt.csv"}) {
        SourceData data;
        QString error;
        QVERIFY(!parse(fixture(QLatin1String(name)), QStringLiteral("c"), data, &error, context));
        QCOMPARE(error, QStringLiteral("c: cancelled"));
        QCOMPARE(data.rowCount(), 0);
    }
}

void TestReaders::cancelWhileReading_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("TokenLense") << generatedJson(10000);
    QTest::newRow("CSV") << generatedCsv(10000);
    QByteArray lines;
    for (int i = 0; i < 10000; ++i)
        lines += "{\"model\": \"m\", \"method\": \"x\", \"time\": 1}\n";
    QTest::newRow("JSON Lines") << lines;
}

void TestReaders::cancelWhileReading()
{
    QFETCH(QByteArray, bytes);
    std::atomic<bool> cancel{false};
    ParseContext context;
    context.cancel = &cancel;
    int calls = 0;
    context.progress = [&](std::int64_t, std::int64_t) {
        if (++calls == 2) // the first call is at the start; the second after 4096 rows
            cancel = true;
    };
    SourceData data;
    QString error;
    QVERIFY(!parse(bytes, QStringLiteral("c"), data, &error, context));
    QCOMPARE(error, QStringLiteral("c: cancelled"));
    QCOMPARE(calls, 2);
    QCOMPARE(data.rowCount(), 0);
}

void TestReaders::progress()
{
    const QByteArray bytes = generatedJson(10000);
    ParseContext context;
    QList<std::int64_t> done;
    context.progress = [&](std::int64_t value, std::int64_t total) {
        QCOMPARE(total, std::int64_t(bytes.size()));
        done << value;
    };
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("p"), data, &error, context), qPrintable(error));
    QCOMPARE(data.prompts.size(), 10000u);
    QCOMPARE(data.prompts.time.back(), 9999.0);
    // Throttled: at the start, every 4096 rows, at the end.
    QCOMPARE(done.size(), 4);
    QCOMPARE(done.front(), 0);
    QCOMPARE(done.back(), std::int64_t(bytes.size()));
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done[1], std::int64_t(bytes.indexOf("{\"model\": \"m\", \"method\": \"x\", \"time\": 4095}")));
}

void TestReaders::failureLeavesSourceUnchanged()
{
    SourceData data;
    QString error;
    QVERIFY(parse(fixture(QStringLiteral("prompt.csv")), QStringLiteral("p.csv"), data, &error));
    const QStringList rows = promptRows(data);
    const QStringList warnings = data.warnings;

    // Rows and warnings before the fault are taken back.
    QByteArray cut = fixture(QStringLiteral("bad_rows.json"));
    cut.chop(10);
    QVERIFY(!parse(cut, QStringLiteral("cut.json"), data, &error));
    QCOMPARE(promptRows(data), rows);
    QCOMPARE(data.methods.size(), 0u);
    QCOMPARE(data.warnings, warnings);
    QCOMPARE(data.warningCount, 4);
    QCOMPARE(data.skippedRows, 3);

    // The source still takes rows after that.
    QVERIFY(parse(fixture(QStringLiteral("tokenlense.json")), QStringLiteral("t.json"), data, &error));
    QCOMPARE(data.prompts.size(), 8u);
    QCOMPARE(data.prompts.promptText(3), QStringLiteral("z"));
    QCOMPARE(data.prompts.promptId(3), QStringLiteral("p5"));
    QCOMPARE(data.prompts.promptText(4), QStringLiteral("Hello, \"world\""));
    QCOMPARE(data.prompts.promptId(4), QStringLiteral("p1"));
}

void TestReaders::bugDuplicateKeysWereSilent()
{
    // Regression: a key named twice in a row, or a table named twice, was merged without a word.
    const QByteArray bytes = "{\"prompt_timing\": [{\"model\": \"m\", \"method\": \"x\", \"time\": 1, \"time\": 2}],\n"
                             " \"prompt_timing\": [{\"model\": \"m\", \"method\": \"x\", \"time\": 3}]}";
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("d.json"), data, &error), qPrintable(error));
    QCOMPARE(data.warnings, (QStringList{
        QStringLiteral("d.json: prompt_timing[0] (record 1, byte 19), field \"time\": appears more than once in the row; "
                       "the last value is used"),
        QStringLiteral("d.json: byte %1: \"prompt_timing\" appears a second time at the top level; the rows of both "
                       "are read").arg(bytes.lastIndexOf("\"prompt_timing\"")),
    }));
    QCOMPARE(data.skippedRows, 0);
    QCOMPARE(promptRows(data), (QStringList{QStringLiteral("m|x|2|nan|nan|nan|1|||||1"),
                                            QStringLiteral("m|x|3|nan|nan|nan|1|||||1")}));
}

void TestReaders::bugCsvInvalidUtf8BecameReplacementCharacters()
{
    // Regression: a CSV cell that is not UTF-8 reached the tables as U+FFFD;
    // now its record is skipped with a warning, as a JSON Lines line would be.
    const QByteArray bytes = "model,attribution_method,prompt_id,attribution_time\n"
                             "m,x,p1,1\n"
                             "m\xFF,x,p2,2\n"
                             "\"m\",\"x\xC3\",p3,3\n"
                             "m,x,p4,4\n";
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("u.csv"), data, &error), qPrintable(error));
    QCOMPARE(data.warnings, (QStringList{QStringLiteral("u.csv: line 3: not valid UTF-8 text; row skipped"),
                                         QStringLiteral("u.csv: line 4: not valid UTF-8 text; row skipped")}));
    QCOMPARE(data.skippedRows, 2);
    QCOMPARE(data.prompts.size(), std::size_t(2));
}

void TestReaders::bugMethodCountsOutOfRangeReachedInt64Casts()
{
    // Regression (found by fuzz_load): prompt counts of method rows were taken
    // as they stood; Dataset::build turns them into int64, which for 1e300 is
    // undefined behaviour, and a negative or fractional count or more
    // successes than prompts made no sense downstream. Negative method times too.
    const QByteArray bytes = "model,attribution_method,successful_prompts,total_prompts,average_prompt_time,min_time\n"
                             "m,a,1e300,20,1,0.5\n"
                             "m,b,-3,2.5,1,0.5\n"
                             "m,c,30,20,-1,-0.5\n"
                             "m,d,20,20,1,0.5\n";
    SourceData data;
    QString error;
    QVERIFY2(parse(bytes, QStringLiteral("c.csv"), data, &error), qPrintable(error));
    QCOMPARE(data.warnings, (QStringList{
        QStringLiteral("c.csv: line 2, field \"successful_prompts\": expected a whole number from 0 to 1000000000, "
                       "found 1e+300; treated as missing"),
        QStringLiteral("c.csv: line 3, field \"successful_prompts\": expected a whole number from 0 to 1000000000, "
                       "found -3; treated as missing"),
        QStringLiteral("c.csv: line 3, field \"total_prompts\": expected a whole number from 0 to 1000000000, "
                       "found 2.5; treated as missing"),
        QStringLiteral("c.csv: line 4, field \"successful_prompts\": 30 is more than total_prompts 20; treated as missing"),
        QStringLiteral("c.csv: line 4, field \"average_prompt_time\": negative time -1; treated as missing"),
        QStringLiteral("c.csv: line 4, field \"min_time\": negative time -0.5; treated as missing"),
    }));
    QCOMPARE(data.skippedRows, 0);
    QCOMPARE(methodRows(data).size(), 4);
    QCOMPARE(methodRows(data).last(), QStringLiteral("m|d|20|20|nan|nan|nan|1|nan|0.5|nan|nan|||nan|nan|||?|?||5"));
}

QTEST_GUILESS_MAIN(TestReaders)

#include "tst_readers.moc"
