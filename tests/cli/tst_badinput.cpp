// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input through the real binary: every file of tests/data/bad/ is a
// row. `attriscope report` must end in time, with exit 2 (or 0 when a valid
// part loads, its skipped rows counted), name the file, the place and the
// reason on stderr, and never write to its input.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBoundMs = 20'000; // no input may take longer: a hang fails here, not at CTest's timeout

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
};

/// Runs the binary with the event loop turning, so that a hang is seen and killed.
Run attriscope(const QStringList &arguments, const QString &program = QStringLiteral(ATTRISCOPE_BINARY),
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    if (!finished.wait(kBoundMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = timer.elapsed();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString corpus(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/bad/") + name;
}

/// Content hash and modification time: an input must come out as it went in.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex() + ' ' + QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

/// The corpus files, without the generator and its README.
QStringList corpusFiles()
{
    QStringList files = QDir(corpus(QString())).entryList(QDir::Files, QDir::Name);
    files.removeAll(u"generate.py"_s);
    files.removeAll(u"README.md"_s);
    return files;
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void everyCorpusFileIsTested();
    void sparseFileRefusedBeforeReading();
    void bugFileLargerThanMemoryAborted();
    void limitOptions_data();
    void limitOptions();
    void failedExportKeepsExistingFiles();
    void commandsWriteNoSettings();

private:
    QSet<QString> m_tested;
};

void TestBadInput::corpus_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrParts"); ///< each must occur; the file name is checked too
    QTest::addColumn<int>("skipped");             ///< skipped_rows of the report when exit 0

    const auto fails = [](const char *file, const QStringList &parts) {
        QTest::newRow(file) << 2 << parts << -1;
    };
    const auto loads = [](const char *file, int skipped, const QStringList &parts) {
        QTest::newRow(file) << 0 << parts << skipped;
    };
    const QString notWellFormed = u"not well-formed JSON"_s;
    const QString cutShort = u"the file may be cut short"_s;

    // Nothing there, or not timing data at all
    fails("empty.json", {u"empty.json: empty file"_s});
    fails("whitespace_only.json", {u"whitespace_only.json: empty file"_s});
    fails("html_error_page.json", {u"html_error_page.json: byte 0: an HTML page"_s});
    fails("random_bytes.bin", {u"random_bytes.bin: byte 0: binary data (byte 0x8f)"_s});
    fails("nul_bytes.json", {u"nul_bytes.json: byte 0: binary data (byte 0x00)"_s});
    fails("gzip_compressed.json", {u"gzip_compressed.json: byte 0: gzip-compressed data (decompress it first"_s});
    fails("utf16.json", {u"utf16.json: byte 0: UTF-16 text (save it as UTF-8)"_s});
    fails("fastapi_detail.json", {u"fastapi_detail.json: the file holds a server error body, not timing data: \"Not Found\""_s});
    fails("fastapi_validation.json",
          {u"fastapi_validation.json: the file holds a server error body, not timing data: [{\"type\":\"missing\""_s});
    fails("no_tables.json", {u"no_tables.json: no \"method_timing\" or \"prompt_timing\" at the top level"_s});
    fails("null_tables.json", {u"null_tables.json: no valid row (0 skipped)"_s});

    // JSON that is not well-formed fails whole, with the byte offset
    fails("truncated_at_5.json", {u"truncated_at_5.json: byte 4: "_s + notWellFormed, u"UNCLOSED_STRING"_s, cutShort});
    fails("truncated_in_row.json", {u"truncated_in_row.json: byte 217: "_s + notWellFormed, u"UNCLOSED_STRING"_s, cutShort});
    fails("truncated_in_string.json",
          {u"truncated_in_string.json: byte 304: "_s + notWellFormed, u"UNCLOSED_STRING"_s, cutShort});
    fails("truncated_before_end.json",
          {u"truncated_before_end.json: byte 586: "_s + notWellFormed, u"INCOMPLETE_ARRAY_OR_OBJECT"_s, cutShort});
    fails("content_after_document.json",
          {u"content_after_document.json: byte 588: "_s + notWellFormed, u"content after the end of the document"_s});
    fails("two_documents.json",
          {u"two_documents.json: byte 588: "_s + notWellFormed, u"content after the end of the document"_s});
    fails("invalid_utf8.json", {u"invalid_utf8.json: byte 153: "_s + notWellFormed, u"UTF8_ERROR"_s});
    fails("bad_literal.json", {u"bad_literal.json: byte 156: "_s + notWellFormed, u"T_ATOM_ERROR"_s});
    // Regression: a raw NUL in a string gave UNESCAPED_CHARS without a place.
    // Byte 58 starts the row, then {"model": "GPT-2", "method": "sal is 33 bytes.
    fails("nul_in_string.json", {u"nul_in_string.json: byte 91: "_s + notWellFormed,
                                 u"UNESCAPED_CHARS: a control character (byte 0x00) inside a string"_s});
    fails("bad_escape.json", {u"bad_escape.json: byte 68: "_s + notWellFormed, u"STRING_ERROR"_s});
    fails("leading_zero_number.json", {u"leading_zero_number.json: byte 140: "_s + notWellFormed, u"NUMBER_ERROR"_s});
    // Python writes NaN; "nan" is nobody's JSON
    fails("nonfinite_unquoted_bad.json", {u"nonfinite_unquoted_bad.json: byte 140: "_s + notWellFormed, u"N_ATOM_ERROR"_s});
    fails("deep_nesting_200000.json", {u"deep_nesting_200000.json: byte 81: nested deeper than 64 levels"_s});

    // Wrong types of the tables and of the top level
    fails("top_level_array.json", {u"top_level_array.json: byte 0: the top level is an array"_s});
    fails("top_level_number.json", {u"top_level_number.json: byte 0: the top level is a number"_s});
    fails("deep_top_level_200000.json", {u"deep_top_level_200000.json: byte 0: the top level is an array"_s});
    fails("method_timing_object.json", {u"method_timing_object.json: byte 18: \"method_timing\" is an object, expected an array"_s});
    fails("prompt_timing_string.json", {u"prompt_timing_string.json: byte 18: \"prompt_timing\" is a string, expected an array"_s});
    fails("prompt_timing_nan.json", {u"prompt_timing_nan.json: byte 18: \"prompt_timing\" is not an array"_s});

    // Wrong types of every field: the row is skipped (names, time) or the field treated as missing
    loads("wrong_prompt_field_types.json", 5,
          {u"wrong_prompt_field_types.json: prompt_timing[0] (record 1, byte 58), field \"model\": expected a string, found a number; row skipped"_s,
           u"prompt_timing[1] (record 2, byte 109), field \"method\": expected a string, found an array; row skipped"_s,
           u"prompt_timing[3] (record 4, byte 235), field \"time\": expected a number, found a string; row skipped"_s,
           u"field \"tokens\": expected a number, found a string; treated as missing"_s,
           u"field \"success\": expected true or false, found a string; treated as missing"_s,
           u"field \"gpu_info\": expected a string, found an array; treated as missing"_s,
           u"wrong_prompt_field_types.json: 15 warning(s), 5 row(s) skipped"_s});
    loads("wrong_method_field_types.json", 1,
          {u"wrong_method_field_types.json: method_timing[0] (record 1, byte 27), field \"successful_prompts\": expected a number, found a string; treated as missing"_s,
           u"field \"cuda_available\": expected true or false, found a string; treated as missing"_s,
           u"wrong_method_field_types.json: 3 more warning(s)"_s,
           u"wrong_method_field_types.json: 23 warning(s), 1 row(s) skipped"_s});
    loads("wrong_row_types.json", 5,
          {u"wrong_row_types.json: prompt_timing[0] (record 1, byte 58): expected an object, found a number; row skipped"_s,
           u"prompt_timing[4] (record 5, byte 96): expected an object, found an array; row skipped"_s});
    loads("missing_names.json", 3,
          {u"missing_names.json: prompt_timing[0] (record 1, byte 58), field \"model\": missing or empty; row skipped"_s,
           u"prompt_timing[1] (record 2, byte 97), field \"method\": missing or empty; row skipped"_s});

    // Numbers
    loads("huge_exponent.json", 1,
          {u"huge_exponent.json: prompt_timing[0] (record 1, byte 58), field \"time\": non-finite value inf; row skipped"_s,
           u"prompt_timing[3] (record 4, byte 467), field \"tokens\": non-finite value inf; treated as missing"_s});
    loads("negative_time.json", 2,
          {u"negative_time.json: prompt_timing[0] (record 1, byte 58), field \"time\": negative time -1.5; row skipped"_s,
           u"prompt_timing[1] (record 2, byte 192), field \"time\": negative time -1e-300; row skipped"_s});
    loads("nonfinite_time.json", 3,
          {u"nonfinite_time.json: prompt_timing[0] (record 1, byte 58), field \"time\": non-finite value NaN; row skipped"_s,
           u"field \"time\": non-finite value Infinity; row skipped"_s,
           u"field \"time\": non-finite value -Infinity; row skipped"_s});
    // Silently wrong numbers (issue #11): a negative token count would give a
    // negative tokens/s, a time of 1e308 s an infinite mean ("inf s").
    loads("negative_tokens.json", 4,
          {u"negative_tokens.json: prompt_timing[0] (record 1, byte 58), field \"tokens\": negative token count -5; row skipped"_s,
           u"prompt_timing[1] (record 2, byte 191), field \"token_count\": negative token count -1; row skipped"_s,
           u"field \"output_token_count\": negative token count -2; row skipped"_s,
           u"field \"tokens_per_second\": negative tokens per second -3; row skipped"_s});
    loads("huge_time.json", 4,
          {u"huge_time.json: prompt_timing[0] (record 1, byte "_s,
           u"field \"time\": time 1e+308 s is over the limit of 1e+09 s (about 31 years); row skipped"_s,
           u"field \"time\": time 1.7e+308 s is over the limit of 1e+09 s (about 31 years); row skipped"_s,
           u"field \"time\": time 1e+10 s is over the limit of 1e+09 s (about 31 years); row skipped"_s,
           u"prompt_timing[3] (record 4, byte "_s,
           u"field \"tokens\": token count 1e+13 is over the limit of 1e+12; row skipped"_s,
           u"method_timing[0] (record 1, byte 27), field \"average_time\": time 1e+308 s is over the limit of 1e+09 s "
           "(about 31 years); treated as missing"_s,
           u"field \"tokens_per_second\": negative tokens per second -4; treated as missing"_s});
    loads("duplicate_keys.json", 0,
          {u"duplicate_keys.json: prompt_timing[0] (record 1, byte 22), field \"time\": appears more than once in the row; the last value is used"_s,
           u"duplicate_keys.json: byte 107: \"prompt_timing\" appears a second time at the top level; the rows of both are read"_s});
    loads("utf8_bom.json", 0, {});
    // Regression: white space beyond the 1 MiB the format is guessed from was an "empty file".
    loads("whitespace_before_document.json", 0, {});

    // JSON Lines: a bad line is a skipped row
    loads("bad_lines.jsonl", 3,
          {u"bad_lines.jsonl: line 2: not well-formed JSON (INCOMPLETE_ARRAY_OR_OBJECT"_s,
           u"bad_lines.jsonl: line 3: not a JSON object; row skipped"_s,
           u"bad_lines.jsonl: line 5, field \"time\": negative time -3; row skipped"_s});
    loads("invalid_utf8.jsonl", 1, {u"invalid_utf8.jsonl: line 2: not well-formed JSON (UTF8_ERROR"_s});
    fails("all_lines_bad.jsonl",
          {u"all_lines_bad.jsonl: no valid row (3 skipped); the first: line 1, field \"method\": missing or empty"_s});

    // CSV
    loads("unterminated_quote.csv", 1, {u"unterminated_quote.csv: line 4: unterminated quoted field; row skipped"_s});
    loads("text_after_quote.csv", 1, {u"text_after_quote.csv: line 2: text after a closing quote; row skipped"_s});
    loads("ragged_rows.csv", 2,
          {u"ragged_rows.csv: line 3: 4 fields, header has 7; row skipped"_s,
           u"ragged_rows.csv: line 4: 9 fields, header has 7; row skipped"_s});
    fails("unknown_header.csv", {u"unknown_header.csv: line 1: the CSV header names no known timing table"_s});
    fails("header_only.csv", {u"header_only.csv: no valid row (0 skipped)"_s});
    loads("crlf.csv", 0, {});
    loads("csv_wrong_types.csv", 4,
          {u"csv_wrong_types.csv: line 2, field \"token_count\": expected a number, found \"ten\"; treated as missing"_s,
           u"csv_wrong_types.csv: line 3, field \"attribution_time\": expected a number, found \"slow\"; row skipped"_s,
           u"csv_wrong_types.csv: line 4, field \"attribution_time\": negative time -2; row skipped"_s,
           u"csv_wrong_types.csv: line 5, field \"attribution_time\": non-finite value inf; row skipped"_s});
    loads("negative_tokens.csv", 1,
          {u"negative_tokens.csv: line 2, field \"token_count\": negative token count -10; row skipped"_s});
    // A CSV pair whose two files hold the same table: its rows would count twice.
    fails("pair_both_method_method_timing_results.csv",
          {u"pair_both_method_method_timing_results.csv: this file and its partner "
           "pair_both_method_prompt_timing_results.csv both hold a method table (by their CSV headers); its rows "
           "would count twice, so the pair is not loaded"_s});
    fails("pair_both_method_prompt_timing_results.csv",
          {u"pair_both_method_prompt_timing_results.csv: this file and its partner "
           "pair_both_method_method_timing_results.csv both hold a method table"_s});
    loads("csv_binary.csv", 1, {u"csv_binary.csv: line 3: not valid UTF-8 text; row skipped"_s});
}

void TestBadInput::corpus()
{
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrParts);
    QFETCH(int, skipped);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    m_tested.insert(name);
    const QString path = ::corpus(name);
    const QByteArray before = fingerprint(path);
    QVERIFY(!before.isEmpty());

    // Run from the corpus folder so that messages name the file as given.
    const Run run = [&] {
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(::corpus(QString()));
        Run r = attriscope({u"report"_s, name});
        QDir::setCurrent(cwd);
        return r;
    }();
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(!run.timedOut, qPrintable(u"no answer within %1 ms"_s.arg(kBoundMs)));
    QVERIFY2(!run.crashed, qPrintable(err));
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(err)));
    if (exitCode != 0)
        QVERIFY2(err.contains(name + u": "_s), qPrintable(err));
    for (const QString &part : stderrParts)
        QVERIFY2(err.contains(part), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(part, err)));
    if (exitCode == 0) {
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject source = report[u"sources"_s][0].toObject();
        QCOMPARE(source[u"name"_s].toString(), name);
        QCOMPARE(source[u"skipped_rows"_s].toInt(), skipped);
        QVERIFY(source[u"method_rows"_s].toInt() + source[u"prompt_rows"_s].toInt() > 0);
    } else {
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // no half report
    }
    QCOMPARE(fingerprint(path), before); // never writes to its input
}

void TestBadInput::everyCorpusFileIsTested()
{
    const QStringList files = corpusFiles();
    QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    QStringList untested;
    for (const QString &file : files) {
        if (!m_tested.contains(file))
            untested << file;
    }
    QVERIFY2(untested.isEmpty(), qPrintable(u"no row in corpus_data(): "_s + untested.join(u", "_s)));
}

void TestBadInput::sparseFileRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(qint64(2) << 30)) // sparse: no disk space used
            QSKIP("the file system cannot make a 2 GB sparse file");
    }
    // Size and time stand for the content: hashing 2 GB would take longer than the run.
    const QDateTime modified = QFileInfo(path).lastModified();
    const Run run = attriscope({u"report"_s, u"--max-file-size"_s, u"1G"_s, path});
    QVERIFY(!run.timedOut);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs))); // not read: that would take longer
    QVERIFY2(run.err.contains((path + u": file is 2147483648 bytes, over the size limit of 1073741824 bytes"_s).toUtf8()),
             run.err.constData());
    QCOMPARE(QFileInfo(path).size(), qint64(2) << 30);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestBadInput::bugFileLargerThanMemoryAborted()
{
    // Regression: memory running out while reading a source (a file bigger
    // than the RAM left) threw std::bad_alloc out of a QtConcurrent task into
    // the event loop, which aborted the program. Now the source fails with a message.
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves terabytes of address space: ulimit -v cannot be used");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(qint64(2) << 30))
            QSKIP("the file system cannot make a 2 GB sparse file");
    }
    // 1.5 GB of address space: enough for Qt, not for a 2 GB buffer.
    const Run run = attriscope({u"-c"_s, u"ulimit -v 1500000 && exec \"$0\" report --max-file-size 0 \"$1\""_s,
                                QStringLiteral(ATTRISCOPE_BINARY), path},
                               u"/bin/sh"_s);
    QVERIFY(!run.timedOut);
    QVERIFY2(!run.crashed && run.exitCode == 2, run.err.constData());
    QVERIFY2(run.err.contains((path + u": out of memory while reading it"_s).toUtf8()), run.err.constData());
#endif
}

void TestBadInput::limitOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString bom = ::corpus(u"utf8_bom.json"_s);      // 1 method row, 3 prompt rows
    const QString noise = ::corpus(u"random_bytes.bin"_s); // 4096 bytes
    QTest::newRow("--max-rows") << QStringList{u"report"_s, u"--max-rows"_s, u"3"_s, bom} << 2
                                << bom + u": byte 457: more than 3 rows, over the row limit"_s;
    QTest::newRow("--max-rows, enough") << QStringList{u"report"_s, u"--max-rows"_s, u"4"_s, bom} << 0 << QString();
    QTest::newRow("--max-rows 0") << QStringList{u"report"_s, u"--max-rows"_s, u"0"_s, bom} << 1
                                  << u"--max-rows needs a positive number, got '0'"_s;
    QTest::newRow("--max-file-size 1K") << QStringList{u"report"_s, u"--max-file-size"_s, u"1K"_s, noise} << 2
                                        << noise + u": file is 4096 bytes, over the size limit of 1024 bytes"_s;
    QTest::newRow("--max-file-size 4095") << QStringList{u"report"_s, u"--max-file-size"_s, u"4095"_s, noise} << 2
                                          << u"over the size limit of 4095 bytes"_s;
    QTest::newRow("--max-file-size 4k passes") << QStringList{u"report"_s, u"--max-file-size"_s, u"4k"_s, noise} << 2
                                               << noise + u": byte 0: binary data"_s;
    QTest::newRow("--max-file-size 0: no limit") << QStringList{u"report"_s, u"--max-file-size"_s, u"0"_s, bom} << 0
                                                 << QString();
    QTest::newRow("--max-file-size 2MiB") << QStringList{u"report"_s, u"--max-file-size"_s, u"2MiB"_s, bom} << 0
                                          << QString();
    QTest::newRow("--max-file-size bad") << QStringList{u"report"_s, u"--max-file-size"_s, u"lots"_s, bom} << 1
                                         << u"--max-file-size needs a number of bytes such as 500M or 2G, got 'lots'"_s;
    QTest::newRow("--max-file-size negative") << QStringList{u"report"_s, u"--max-file-size"_s, u"-1"_s, bom} << 1
                                              << u"--max-file-size needs a number of bytes"_s;
    QTest::newRow("compare --max-rows") << QStringList{u"compare"_s, u"--max-rows"_s, u"3"_s, bom, bom} << 2
                                        << u"more than 3 rows, over the row limit"_s;
    QTest::newRow("estimate --max-file-size")
        << QStringList{u"estimate"_s, u"--prompts"_s, u"10"_s, u"--tokens"_s, u"20"_s, u"--max-file-size"_s, u"100"_s, bom}
        << 2 << u"over the size limit of 100 bytes"_s;
}

void TestBadInput::limitOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = attriscope(arguments);
    QVERIFY(!run.timedOut);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (!message.isEmpty())
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestBadInput::failedExportKeepsExistingFiles()
{
    // Even with --force, a source that does not load replaces nothing: the
    // files stay as they were and no new one appears.
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"heatmap.png"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const Run run = attriscope({u"export"_s, u"--force"_s, u"--out"_s, dir.path(), ::corpus(u"truncated_in_row.json"_s)});
    QVERIFY(!run.timedOut);
    QCOMPARE(run.exitCode, 2);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"heatmap.png"_s});
}

void TestBadInput::commandsWriteNoSettings()
{
    // The headless commands never write settings (no QSettings, so no secret
    // such as an Authorization header can end up on disk): a fresh home stays empty.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    QTemporaryDir out;
    const QString good = ::corpus(u"utf8_bom.json"_s);
    const QStringList header{u"--header"_s, u"Authorization: Bearer s3cret"_s};
    const QList<QStringList> commands = {
        QStringList{u"report"_s} + header + QStringList{good},
        QStringList{u"report"_s, ::corpus(u"empty.json"_s)},
        QStringList{u"compare"_s} + header + QStringList{good, good},
        QStringList{u"estimate"_s, u"--prompts"_s, u"10"_s, u"--tokens"_s, u"20"_s, good},
        QStringList{u"export"_s, u"--out"_s, out.path(), good},
    };
    for (const QStringList &arguments : commands) {
        const Run run = attriscope(arguments, QStringLiteral(ATTRISCOPE_BINARY), environment);
        QVERIFY2(!run.timedOut && !run.crashed, qPrintable(arguments.join(u' ')));
    }
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList written;
    while (it.hasNext())
        written << it.next();
    QCOMPARE(written, QStringList());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
