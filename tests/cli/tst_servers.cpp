// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope report URL` against misbehaving servers running in this test
// process (tests/faultyservers.h). The child runs asynchronously while this
// event loop serves it. Each case must end with exit 2, a message that says
// what happened, within the limits asked, and no crash or hang.
#include "../faultyservers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBoundMs = 20'000;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QString err;
};

/// Runs the binary without blocking this thread: the servers live on its event loop.
Run attriscope(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ATTRISCOPE_BINARY), arguments);
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
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

class TestServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void goodServer();
    void faults_data();
    void faults();
    void connectionRefused();
    void selfSignedCertificate();
    void limitOptionsChecked_data();
    void limitOptionsChecked();
    void trickleEnded();

private:
    FaultyServer m_server;
};

void TestServers::goodServer()
{
    const Run run = attriscope({u"report"_s, m_server.url(u"/good"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report[u"sources"_s][0][u"prompt_rows"_s].toInt(), 2);
}

void TestServers::faults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message"); ///< after the URL
    QTest::addColumn<int>("withinMs");
    const QString token = u"(if the server needs a token, pass --header 'Authorization: Bearer <token>')"_s;

    QTest::newRow("reset in the middle of the body")
        << u"/reset"_s << QStringList() << u": after 1019 of 100000 bytes: "_s << 5000;
    QTest::newRow("reset after whole CSV records")
        << u"/reset-csv"_s << QStringList() << u": after 114 of 100000 bytes: "_s << 5000;
    QTest::newRow("body shorter than Content-Length")
        << u"/short"_s << QStringList() << u": after 100 of 1000 bytes: Connection closed"_s << 5000;
    QTest::newRow("one byte a second, --max-time") << u"/drip"_s << QStringList{u"--max-time"_s, u"2"_s}
                                                   << u": transfer took longer than 2 s"_s << 6000;
    QTest::newRow("never answers, --timeout") << u"/silent"_s << QStringList{u"--timeout"_s, u"1.5"_s}
                                              << u": no data for 1.5 s"_s << 6000;
    QTest::newRow("broken gzip") << u"/bad-gzip"_s << QStringList() << u": after 0 bytes: Decompression failed"_s << 5000;
    QTest::newRow("redirect loop") << u"/loop"_s << QStringList() << u": too many redirects (more than 10)"_s << 5000;
    QTest::newRow("redirect to file:///etc/passwd")
        << u"/to-file"_s << QStringList()
        << u": redirect to file:///etc/passwd refused: only http and https redirects are followed"_s << 5000;
    QTest::newRow("HTML login page with 200")
        << u"/login"_s << QStringList() << u"(the server returned HTML, Content-Type text/html, not timing data)"_s << 5000;
    QTest::newRow("401") << u"/401"_s << QStringList() << u": HTTP 401 Unauthorized: Not authenticated "_s + token << 5000;
    QTest::newRow("403") << u"/403"_s << QStringList() << u": HTTP 403 Forbidden: Not enough permissions "_s + token << 5000;
    QTest::newRow("body over --max-file-size, no length")
        << u"/endless"_s << QStringList{u"--max-file-size"_s, u"1M"_s}
        << u": response exceeds the size limit of 1048576 bytes"_s << 8000;
}

void TestServers::faults()
{
    QFETCH(QString, path);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QFETCH(int, withinMs);
    const QString location = m_server.url(path);
    const Run run = attriscope(QStringList{u"report"_s} + options + QStringList{location});
    QVERIFY2(!run.timedOut, "no answer within the bound");
    QVERIFY2(!run.crashed, qPrintable(run.err));
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(location), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < withinMs, qPrintable(u"%1 ms: %2"_s.arg(run.elapsedMs).arg(run.err)));
    QVERIFY(run.out.isEmpty());
}

void TestServers::connectionRefused()
{
    const quint16 port = FaultyServer::closedPort();
    QVERIFY(port);
    const QString location = u"http://127.0.0.1:%1/t.json"_s.arg(port);
    const Run run = attriscope({u"report"_s, location});
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QCOMPARE(run.err.trimmed(), location + u": Connection refused"_s);
}

void TestServers::selfSignedCertificate()
{
    SelfSignedTlsServer tls;
    if (const QString why = tls.start(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const Run run = attriscope({u"report"_s, tls.url()});
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(tls.url() + u": SSL error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestServers::limitOptionsChecked_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const QString seconds = u"needs a number of seconds from 0.1 to 604800, got '%1'"_s;
    // Regression: 0, nan and 0.0001 were accepted and switched the stall timer off.
    for (const char *value : {"0", "nan", "inf", "-1", "0.0001", "1e9", "soon"}) {
        QTest::addRow("bug: --timeout %s", value) << u"timeout"_s << QString::fromLatin1(value) << seconds;
        QTest::addRow("bug: --max-time %s", value) << u"max-time"_s << QString::fromLatin1(value) << seconds;
    }
    const QString bytes = u"needs a number of bytes from 1K to 1G such as 16M, got '%1'"_s;
    for (const char *value : {"0", "100", "2G", "lots"})
        QTest::addRow("--max-line-length %s", value) << u"max-line-length"_s << QString::fromLatin1(value) << bytes;
}

void TestServers::limitOptionsChecked()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const Run run = attriscope({u"report"_s, u"--"_s + option, value, u"--sample"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QCOMPARE(run.err.trimmed(), u"attriscope report: --%1 "_s.arg(option) + message.arg(value));
    QVERIFY(run.out.isEmpty());
}

void TestServers::trickleEnded()
{
    // Regression: a server sending a byte every 200 ms never tripped --timeout.
    const QString location = m_server.url(u"/trickle"_s);
    const Run run = attriscope({u"report"_s, u"--timeout"_s, u"1"_s, location});
    QVERIFY2(!run.timedOut, "no answer within the bound");
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(location + u": too slow: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u" bytes in 1 s, under the minimum of 1024 bytes a second"_s), qPrintable(run.err));
    QVERIFY2(run.elapsedMs < 6000, qPrintable(u"%1 ms: %2"_s.arg(run.elapsedMs).arg(run.err)));
}

QTEST_GUILESS_MAIN(TestServers)
#include "tst_servers.moc"
