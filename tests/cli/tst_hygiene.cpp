// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted text on its way out (issue #11, family 6): a server's reason
// phrase and a file name with escape sequences on stderr, names with table
// syntax in Markdown, formulas in CSV, %1 in a file name in a message.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1; ///< -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs the binary without blocking this thread: a server may live on its event loop.
Run attriscope(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(ATTRISCOPE_BINARY), arguments);
    Run run;
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Bytes a terminal acts on: C0 controls other than the line feed, DEL, and
/// the C1 controls in their UTF-8 form (C2 80 to C2 9F).
bool hasControls(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = quint8(text[i]);
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && quint8(text[i + 1]) >= 0x80 && quint8(text[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

struct Row
{
    QString model, method;
    double time;
};

/// A TokenLense file with the given prompt rows (hardware T4, 10 tokens each).
QString writeTimings(const QString &path, const QList<Row> &rows)
{
    QJsonArray prompts;
    for (const Row &row : rows)
        prompts.append(QJsonObject{{u"model"_s, row.model}, {u"method"_s, row.method}, {u"time"_s, row.time},
                                   {u"tokens"_s, 10}, {u"success"_s, true}, {u"gpu_info"_s, u"T4"_s}});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{u"method_timing"_s, QJsonArray()}, {u"prompt_timing"_s, prompts}}).toJson());
    return path;
}

/// Pipes of a Markdown table line that are not escaped with a backslash.
int cellBorders(const QString &line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\') {
            ++i; // the escaped character
            continue;
        }
        count += line[i] == u'|' ? 1 : 0;
    }
    return count;
}

} // namespace

class TestHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasonPhraseEscapesAreShownNotRun();
    void fileNameEscapesAreShownNotRun();
    void percentInFileNameKeepsMessages();
    void markdownTablesKeepTheirShape();
    void csvFormulasNeutralised();
};

void TestHygiene::reasonPhraseEscapesAreShownNotRun()
{
    // Regression (issue #11): a server's reason phrase with ANSI sequences
    // (clear screen, window title) reached stderr as is.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 503 \x1b[2J\x1b]0;owned\x07Gone\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const Run run = attriscope({u"report"_s, u"http://127.0.0.1:%1/data.json"_s.arg(server.serverPort())});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("503"), run.err.constData());
    QVERIFY2(!hasControls(run.err), run.err.toPercentEncoding(" :/\\").constData());
    QVERIFY2(run.err.contains("\\e[2J\\e]0;owned\\x07Gone"), run.err.constData());

    // Regression (issue #11): %0A in a URL was read as the %0 placeholder of
    // a chained arg(): "a503A.json: HTTP %2 ...".
    const QString url = u"http://127.0.0.1:"_s + QString::number(server.serverPort()) + u"/a%0A.json"_s;
    const Run encoded = attriscope({u"report"_s, url});
    QCOMPARE(encoded.exitCode, 2);
    QVERIFY2(encoded.err.contains((url + u": HTTP 503 "_s).toUtf8()), encoded.err.constData());
}

void TestHygiene::fileNameEscapesAreShownNotRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad\x1b[31mname.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json at all");
    file.close();
    const Run run = attriscope({u"report"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!hasControls(run.err), run.err.toPercentEncoding(" :/\\").constData());
    QVERIFY2(run.err.contains("bad\\e[31mname.json"), run.err.constData());
}

void TestHygiene::percentInFileNameKeepsMessages()
{
    // Regression (issue #11): chained arg() put the counts into the %1 and %2
    // of the file name: "we1rd1.json: 1 warning(s), %3 ..." and the like.
    QTemporaryDir dir;
    const QString path = writeTimings(dir.filePath(u"we%1rd%2.json"_s), {{u"M"_s, u"lime"_s, 1.0}, {u"M"_s, u"lime"_s, -1.0}});
    QVERIFY(!path.isEmpty());
    const Run run = attriscope({u"report"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("we%1rd%2.json: 1 warning(s), 1 row(s) skipped"), run.err.constData());

    // A reader's message: "x%1y.json: line 1" (it was "x1y.json: line %2").
    const QString unknown = dir.filePath(u"x%1y.json"_s);
    QFile file(unknown);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    const Run failed = attriscope({u"report"_s, unknown});
    QCOMPARE(failed.exitCode, 2);
    QVERIFY2(failed.err.contains((unknown + u": line 1: unknown format"_s).toUtf8()), failed.err.constData());

    // Insight texts name methods and models: "m%1x" stays itself (it was "m1x ... for %2 of 1 models").
    const QString named = writeTimings(dir.filePath(u"named.json"_s), {{u"M"_s, u"m%1x"_s, 1.0}});
    const Run report = attriscope({u"report"_s, named});
    QCOMPARE(report.exitCode, 0);
    // One method: no "fastest method for 1 of 1 models" (a fastest of one says nothing).
    QVERIFY2(!report.out.contains("fastest method"), report.out.constData());
    QVERIFY2(report.out.contains("1 group(s) have fewer than "), report.out.constData());
    QVERIFY2(report.out.contains("m%1x on M (T4) (n = 1)"), report.out.constData());
}

void TestHygiene::markdownTablesKeepTheirShape()
{
    // Regression (issue #11): a | or a newline in a name split the row of a
    // `compare --format markdown` table meant for a pull-request comment;
    // %1 in a name was replaced by a number.
    QTemporaryDir dir;
    const QList<Row> rows = {{u"a|b"_s, u"x\ny"_s, 1.0}, {u"a|b"_s, u"x\ny"_s, 1.2}, {u"m%1"_s, u"*bold* `code`"_s, 2.0},
                             {u"m%1"_s, u"*bold* `code`"_s, 2.2}, {u"<img src=x>"_s, u"_under_"_s, 3.0}};
    const QString baseline = writeTimings(dir.filePath(u"base.json"_s), rows);
    const QString candidate = writeTimings(dir.filePath(u"cand.json"_s), rows);
    const Run run = attriscope({u"compare"_s, u"--format"_s, u"markdown"_s, baseline, candidate});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QStringList tableRows;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u"| "_s) && !line.startsWith(u"| Model"_s))
            tableRows.append(line);
    }
    // Three groups, each one line of 9 cells, so 10 borders; nothing else.
    QCOMPARE(tableRows.size(), 3);
    for (const QString &line : std::as_const(tableRows))
        QVERIFY2(cellBorders(line) == 10, qPrintable(line));
    QVERIFY2(out.contains(u"| a\\|b | x\\ny | T4 |"_s), qPrintable(out));
    QVERIFY2(out.contains(u"| m%1 | \\*bold\\* \\`code\\` | T4 |"_s), qPrintable(out));
    QVERIFY2(out.contains(u"| \\<img src=x\\> | \\_under\\_ | T4 |"_s), qPrintable(out));
    QVERIFY(!hasControls(run.out));

    // The report's table and source list too.
    const Run report = attriscope({u"report"_s, u"--format"_s, u"markdown"_s, baseline});
    QCOMPARE(report.exitCode, 0);
    const QString text = QString::fromUtf8(report.out);
    QVERIFY2(text.contains(u"| a\\|b | x\\ny | T4 |"_s), qPrintable(text));
    QVERIFY2(text.contains(u"| m%1 | \\*bold\\* \\`code\\` | T4 |"_s), qPrintable(text));
    QVERIFY(!hasControls(report.out));

    // A backtick in a source's name cannot end its code span: the fence is longer.
    const QString ticked = writeTimings(dir.filePath(u"a`b.json"_s), {{u"M"_s, u"lime"_s, 1.0}});
    const Run named = attriscope({u"report"_s, u"--format"_s, u"markdown"_s, ticked});
    QCOMPARE(named.exitCode, 0);
    QVERIFY2(named.out.contains("- ``" + QDir(dir.path()).filePath(u"a`b.json"_s).toUtf8() + "``: 0 method rows, 1 prompt rows"),
             named.out.constData());
}

void TestHygiene::csvFormulasNeutralised()
{
    // Regression (issue #11): CSV kept =HYPERLINK(...) and friends, which a
    // spreadsheet runs. Text fields starting with = + - @ get a leading ',
    // a name that is a plain number (-2) and the numeric columns stay numbers.
    QTemporaryDir dir;
    const QString path = writeTimings(dir.filePath(u"f.json"_s),
                                      {{u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+cmd"_s, 1.0},
                                       {u"-2"_s, u"@SUM(1)"_s, 2.0},
                                       {u"-2"_s, u"-x"_s, 4.0}});
    const Run run = attriscope({u"report"_s, u"--format"_s, u"csv"_s, path});
    QCOMPARE(run.exitCode, 0);
    // model, method, hardware, prompts, successful, ...
    QVERIFY2(run.out.contains("\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+cmd,T4,1,1,"), run.out.constData());
    QVERIFY2(run.out.contains("\n-2,'@SUM(1),T4,1,1,"), run.out.constData());
    QVERIFY2(run.out.contains("\n-2,'-x,T4,1,1,"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestHygiene)
#include "tst_hygiene.moc"
