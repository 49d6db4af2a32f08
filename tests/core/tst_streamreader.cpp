// SPDX-License-Identifier: GPL-3.0-or-later
// StreamReader: a TokenLense JSON or JSON Lines file read through a small
// window must give exactly what the whole-document readers give, wherever the
// window cuts a record (inside strings, escapes, UTF-8 sequences, numbers),
// and every file it does not stream must be left to them untouched.
#include "streamreader.h"
#include "timingparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

/// Everything a reader leaves in a source, one line per row or warning.
QStringList dump(const SourceData &data)
{
    QStringList lines;
    const PromptTable &p = data.prompts;
    for (std::size_t i = 0; i < p.size(); ++i) {
        lines << QStringList{data.strings.at(p.model[i]), data.strings.at(p.method[i]), num(p.time[i]),
                             num(p.tokens[i]), num(p.outputTokens[i]), num(p.tokensPerSecond[i]),
                             QString::number(p.success[i]), data.strings.at(p.device[i]),
                             data.strings.at(p.gpuInfo[i]), p.promptText(i), p.promptId(i),
                             QString::number(p.sourceRow[i])}
                     .join(u'|');
    }
    for (const MethodRecord &m : data.methods)
        lines << QStringList{u"method"_s, m.model, m.method, num(m.successfulPrompts), num(m.averageTime), m.gpuInfo,
                             m.cpuModel, QString::number(m.sourceRow)}
                     .join(u'|');
    lines += data.warnings;
    lines << u"warnings %1, skipped %2"_s.arg(data.warningCount).arg(data.skippedRows);
    return lines;
}

struct Outcome
{
    bool ok = false;
    QString error;
    QStringList rows;
    bool streamed = false;
};

Outcome whole(const QString &path, const ParseContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    SourceData data;
    Outcome o;
    o.ok = parseTimingData(ByteBuffer::fromBytes(file.readAll()), path, context, data, &o.error);
    o.rows = dump(data);
    return o;
}

/// What the loader does: the window first, the whole document when it declines.
Outcome viaStream(const QString &path, const ParseContext &context, std::size_t window)
{
    SourceData data;
    Outcome o;
    switch (StreamReader::readFile(path, context, data, &o.error, window)) {
    case StreamReader::Result::Done:
        o.ok = true;
        o.streamed = true;
        o.rows = dump(data);
        return o;
    case StreamReader::Result::Failed:
        o.streamed = true;
        o.rows = dump(SourceData()); // a failed read leaves nothing
        return o;
    case StreamReader::Result::NotStreamable:
        if (data.rowCount() != 0 || data.warningCount != 0)
            qFatal("a declined read left rows behind");
        return whole(path, context);
    }
    return o;
}

QString prompt(int i)
{
    // Escapes, quotes, multi-byte UTF-8 and JSON-looking text, so that cuts land everywhere.
    static const char *const parts[] = {"plain words", "a \\\"quoted\\\" word", "back\\\\slash", "caf\xC3\xA9 na\xC3\xAFve",
                                        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", "emoji \xF0\x9F\x99\x82", "},{\\\"model\\\":",
                                        "\\u00e9\\n\\t", "]]]", "x"};
    QString text;
    for (int k = 0; k <= i % 7; ++k)
        text += QString::fromUtf8(parts[(i + k) % 10]) + u' ';
    return text;
}

QByteArray row(int i, bool jsonl)
{
    QByteArray r = "{";
    if (jsonl && i % 17 == 0)
        r += "\"kind\":\"method\",\"successful_prompts\":3,\"average_prompt_time\":0.5,\"cpu_model\":\"Xeon\",";
    r += "\"model\":\"m" + QByteArray::number(i % 3) + "\",\"method\":null,\"attribution_method\":\"x"
        + QByteArray::number(i % 4) + "\",";
    r += "\"prompt\":\"" + prompt(i).toUtf8() + "\",\"prompt_id\":" + (i % 5 ? "\"p" + QByteArray::number(i) + "\"" : QByteArray::number(i)) + ",";
    r += "\"tokens\":" + QByteArray::number(10 + i % 30) + ",\"token_count\":null,";
    r += "\"time\":" + QByteArray::number(0.001 * (i + 1) * 1.2345678901234567, 'g', 17) + ",";
    if (i % 11 == 0)
        r += "\"tokens_per_second\":NaN,";
    else
        r += "\"tokens_per_second\":" + QByteArray::number(i * 3.5e-3, 'e', 12) + ",";
    r += "\"success\":" + QByteArray(i % 13 == 0 ? "false" : "true") + ",";
    r += "\"gpu_info\":\"" + QByteArray(i % 2 ? "T4" : "") + "\",\"device\":\"cuda\",";
    r += "\"model_config\":{\"populate_by_name\":true,\"nested\":[1,[2,{\"a\":\"]}\"}],-3.5e-7]}";
    if (i % 9 == 0)
        r += ",\"time\":\"not a number\""; // a duplicate and a bad type: warnings must match
    r += "}";
    return r;
}

QByteArray tokenLense(int rows, bool pretty)
{
    QByteArray out = pretty ? "\xEF\xBB\xBF{\n  \"method_timing\" : [ " : "{\"method_timing\":[";
    out += "{\"model\":\"m0\",\"attribution_method\":\"x0\",\"successful_prompts\":4,\"gpu_info\":\"\",\"cpu_model\":\"Xeon\"}";
    out += pretty ? " ] ,\n  \"prompt_timing\" :\n  [\n    " : "],\"prompt_timing\":[";
    for (int i = 0; i < rows; ++i) {
        if (i)
            out += pretty ? " ,\n    " : ",";
        out += row(i, false);
    }
    out += pretty ? "\n  ]\n}\n" : "]}";
    return out;
}

QByteArray jsonLines(int rows)
{
    QByteArray out;
    for (int i = 0; i < rows; ++i)
        out += row(i, true) + (i % 10 == 3 ? "\r\n\n" : "\n");
    out += "{broken line\n[1,2]\n";
    out += row(rows, true); // no final line break
    return out;
}

} // namespace

class TestStreamReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsWholeDocument_data();
    void sameAsWholeDocument();
    void fixturesSameAsLoader_data();
    void fixturesSameAsLoader();
    void rowLimitSameMessage();
    void bigFileStreamedInWindows();

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

void TestStreamReader::sameAsWholeDocument_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("streamable");
    QTest::newRow("compact json") << tokenLense(120, false) << u"json"_s << true;
    QTest::newRow("pretty json with BOM") << tokenLense(120, true) << u"json"_s << true;
    QTest::newRow("json lines") << jsonLines(120) << u"jsonl"_s << true;
    QByteArray trailingComma = tokenLense(20, false);
    trailingComma.insert(trailingComma.size() - 2, ",");
    QTest::newRow("trailing comma: whole reader") << trailingComma << u"json"_s << false;
    QByteArray cut = tokenLense(40, false);
    cut.chop(300);
    QTest::newRow("cut short: whole reader") << cut << u"json"_s << false;
    QByteArray broken = tokenLense(40, false);
    broken.replace("\"m1\",\"method\"", "\"m1\" \"method\"");
    QTest::newRow("broken record: whole reader") << broken << u"json"_s << false;
    QTest::newRow("detail: whole reader") << QByteArray("{\"detail\":\"Not Found\"}") << u"json"_s << false;
    QTest::newRow("trailing content: whole reader") << tokenLense(5, false) + " {}" << u"json"_s << false;
}

void TestStreamReader::sameAsWholeDocument()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QFETCH(bool, streamable);
    const QString path = write(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u':') + u'.' + suffix, bytes);
    const Outcome expected = whole(path, ParseContext());
    // Every window size from tiny (a record never fits at first) to the whole file.
    std::vector<std::size_t> windows{16, 61, 97, 128, 255, 600, 1024, 4093, 65536, 1 << 22};
    for (std::size_t w = 700; w < 1400; ++w) // every cut within a record or two, separators included
        windows.push_back(w);
    for (std::size_t window : windows) {
        const Outcome got = viaStream(path, ParseContext(), window);
        QCOMPARE(got.ok, expected.ok);
        QCOMPARE(got.error, expected.error);
        QCOMPARE(got.rows, expected.rows);
        QCOMPARE(got.streamed, streamable);
    }
}

void TestStreamReader::fixturesSameAsLoader_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {u"readers"_s, u"bad"_s, u"loader"_s, u"cli"_s}) {
        const QDir folder(QStringLiteral(ATTRISCOPE_TEST_DATA "/") + dir);
        for (const QString &name : folder.entryList({u"*.json"_s, u"*.jsonl"_s}, QDir::Files)) {
            if (QFileInfo(folder.filePath(name)).size() > (qint64(8) << 20))
                continue;
            QTest::newRow(qPrintable(dir + u'/' + name)) << folder.filePath(name);
        }
    }
}

void TestStreamReader::fixturesSameAsLoader()
{
    QFETCH(QString, path);
    const Outcome expected = whole(path, ParseContext());
    for (std::size_t window : {16, 100, 1 << 20}) {
        const Outcome got = viaStream(path, ParseContext(), window);
        QCOMPARE(got.ok, expected.ok);
        QCOMPARE(got.error, expected.error);
        QCOMPARE(got.rows, expected.rows);
    }
}

void TestStreamReader::rowLimitSameMessage()
{
    for (const auto &[name, bytes] : {std::pair{u"limit.json"_s, tokenLense(200, false)},
                                      std::pair{u"limit.jsonl"_s, jsonLines(200)}}) {
        const QString path = write(name, bytes);
        ParseContext context;
        context.maxRows = 57;
        const Outcome expected = whole(path, context);
        QVERIFY(!expected.ok);
        for (std::size_t window : {64, 1000, 1 << 20}) {
            const Outcome got = viaStream(path, context, window);
            QVERIFY(got.streamed);
            QCOMPARE(got.error, expected.error);
        }
    }
}

void TestStreamReader::bigFileStreamedInWindows()
{
    // Bigger than the detection read, in a window much smaller than the file,
    // with progress reported on the way.
    const QString path = write(u"big.json"_s, tokenLense(15000, false));
    QVERIFY(QFileInfo(path).size() > (std::int64_t(2) << 20));
    ParseContext context;
    std::int64_t lastDone = -1, calls = 0;
    context.progress = [&](std::int64_t done, std::int64_t total) {
        QVERIFY(done >= lastDone && done <= total);
        lastDone = done;
        ++calls;
    };
    const Outcome got = viaStream(path, context, 1 << 16);
    QVERIFY(got.streamed);
    QCOMPARE(got.rows, whole(path, ParseContext()).rows);
    QCOMPARE(lastDone, QFileInfo(path).size());
    QVERIFY(calls > 2);
}

QTEST_GUILESS_MAIN(TestStreamReader)
#include "tst_streamreader.moc"
