// SPDX-License-Identifier: GPL-3.0-or-later
// loadSourcesBlocking against servers that misbehave below and above HTTP
// (tests/faultyservers.h). What tst_loader covers already (stall, total
// time, caps, redirect loop and file:, HTML page, 401/403/404/500) is not
// repeated here. Each case must end as one error that says what happened,
// within the limits asked, with no source half loaded.
#include "../faultyservers.h"

#include "sourceloader.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFaultyServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void faults_data();
    void faults();
    void connectionRefused();
    void selfSignedCertificate();
    void endlessBodyStopsAtCap();
    void informationalBeforeOk_data();
    void informationalBeforeOk();
    void redirectWithEndlessBody();
    void trickleEndedByRateFloor();

private:
    FaultyServer m_server;
};

void TestFaultyServers::faults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("stallMs");
    QTest::addColumn<int>("totalMs");
    QTest::addColumn<QString>("message"); ///< what the error must contain after the URL
    QTest::addColumn<int>("withinMs");

    // Qt calls a reset "Connection closed", or nothing at all (see below); the byte counts tell the story.
    QTest::newRow("reset in the middle of the body") << u"/reset"_s << 5000 << 0 << u": after 1019 of 100000 bytes: "_s
                                                     << 3000;
    // Regression: Qt 6.4 at times finishes a reset reply without an error, and
    // whole CSV records before the reset then loaded as a smaller benchmark.
    QTest::newRow("bug: reset after whole CSV records loaded them") << u"/reset-csv"_s << 5000 << 0
                                                                    << u": after 114 of 100000 bytes: "_s << 3000;
    QTest::newRow("body shorter than Content-Length") << u"/short"_s << 5000 << 0
                                                      << u": after 100 of 1000 bytes: Connection closed"_s << 3000;
    QTest::newRow("one byte a second, ended by the total time")
        << u"/drip"_s << 5000 << 2500 << u": transfer took longer than 2.5 s"_s << 5000;
    QTest::newRow("closed without an answer") << u"/close"_s << 5000 << 0 << u": Connection closed"_s << 3000;
    QTest::newRow("not HTTP") << u"/not-http"_s << 5000 << 0 << u": Connection closed"_s << 3000;
    QTest::newRow("broken gzip") << u"/bad-gzip"_s << 5000 << 0 << u": after 0 bytes: Decompression failed"_s << 3000;
    // Regression: Qt ends a body at a chunk size that is not hex, and the empty body was called an "empty file".
    QTest::newRow("bug: broken chunked encoding was an empty file")
        << u"/bad-chunk"_s << 5000 << 0 << u": the server sent an empty body"_s << 3000;
    // Regression: the body of an error status was read to its end, endless or not.
    QTest::newRow("bug: 500 with an endless body was read for ever")
        << u"/endless-500"_s << 5000 << 0 << u": HTTP 500 Internal Server Error: "_s + QString(300, u'x') << 5000;
    // Qt 6.4 drops all headers of a response when one is over 100 KiB, and
    // stops reading headers of megabytes (it never completes them).
    QTest::newRow("bug: a 200 KB Location was a redirect without a Location header")
        << u"/long-location-200k"_s << 5000 << 0
        << u": HTTP 302: redirect whose headers could not be read: a header longer than 100 KiB (such as a huge Location) drops them all"_s
        << 5000;
    QTest::newRow("bug: a 5 MB Location was a redirect without a Location header")
        << u"/long-location"_s << 1000 << 0
        << u": no data for 1 s (not even a whole response header; headers of megabytes, such as a huge Location, also end so)"_s
        << 15000; // Qt's header parser takes seconds over the 5 MB before it stops
    // Regression: Qt ends a body at a chunk size beyond 64 bits, and that was "an empty body".
    QTest::newRow("bug: a 64-bit chunk size was an empty body")
        << u"/huge-chunk"_s << 5000 << 0
        << u": the server sent an empty body: its chunked transfer encoding is broken or empty (a chunk size that is not hexadecimal or too large ends the body there)"_s
        << 5000;
    QTest::newRow("JSON cut short, HTTP fine") << u"/cut-json"_s << 5000 << 0
                                               << u": byte 111: not well-formed JSON (UNCLOSED_STRING"_s << 3000;
}

void TestFaultyServers::faults()
{
    QFETCH(QString, path);
    QFETCH(int, stallMs);
    QFETCH(int, totalMs);
    QFETCH(QString, message);
    QFETCH(int, withinMs);
    LoadOptions options;
    options.stallTimeoutMs = stallMs;
    options.totalTimeoutMs = totalMs;
    const QString location = m_server.url(path);
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadSourcesBlocking({location}, options);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.sources.isEmpty(), qPrintable(path + u" loaded"_s));
    QCOMPARE(result.errors.size(), 1);
    const QString error = result.errors.first();
    QVERIFY2(error.startsWith(location + message), qPrintable(error));
    QVERIFY2(elapsed < withinMs, qPrintable(u"%1 ms: %2"_s.arg(elapsed).arg(error)));
}

void TestFaultyServers::connectionRefused()
{
    const quint16 port = FaultyServer::closedPort();
    QVERIFY(port);
    const QString location = u"http://127.0.0.1:%1/t.json"_s.arg(port);
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadSourcesBlocking({location}, {});
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(result.errors, QStringList{location + u": Connection refused"_s});
}

void TestFaultyServers::selfSignedCertificate()
{
    SelfSignedTlsServer tls;
    if (const QString why = tls.start(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const LoadResult result = loadSourcesBlocking({tls.url()}, {});
    QVERIFY(result.sources.isEmpty()); // never "ignore SSL errors"
    QCOMPARE(result.errors.size(), 1);
    const QString error = result.errors.first();
    QVERIFY2(error.startsWith(tls.url() + u": SSL error: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestFaultyServers::endlessBodyStopsAtCap()
{
    // No Content-Length: only the bytes themselves can hit the cap, and the
    // download must stop there instead of holding the whole stream.
    LoadOptions options;
    options.maxResponseBytes = 1 << 20;
    const QString location = m_server.url(u"/endless"_s);
    const LoadResult result = loadSourcesBlocking({location}, options);
    QCOMPARE(result.errors, QStringList{location + u": response exceeds the size limit of 1048576 bytes"_s});
    const qint64 sentAtStop = m_server.endlessSent();
    QTest::qWait(300);
    // The server stops soon after: the connection was closed, not drained.
    QVERIFY2(m_server.endlessSent() - sentAtStop < (8 << 20), qPrintable(QString::number(m_server.endlessSent())));
}

void TestFaultyServers::informationalBeforeOk_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("bug: 103 Early Hints before 200 was an empty body") << u"/early-hints"_s << 103;
    QTest::newRow("bug: 102 Processing before 200 was an empty body") << u"/processing"_s << 102;
}

void TestFaultyServers::informationalBeforeOk()
{
    // Qt 6.4's HTTP/1 client ends the reply at the informational response
    // and never reads the 200 after it; a later Qt may read it, and then it loads.
    QFETCH(QString, path);
    QFETCH(int, status);
    const QString location = m_server.url(path);
    const LoadResult result = loadSourcesBlocking({location}, {});
    if (result.errors.isEmpty()) {
        QCOMPARE(result.sources.size(), 1);
        QCOMPARE(result.sources.first()->prompts.size(), std::size_t(2));
        return;
    }
    QCOMPARE(result.errors,
             QStringList{location + u": HTTP %1: the server sent an informational response before its answer, which Qt's HTTP client cannot read past; turn such responses (Early Hints) off for this URL"_s.arg(status)});
}

void TestFaultyServers::redirectWithEndlessBody()
{
    // Regression: a redirect's body was read to its end before it was
    // followed; an endless one was never followed and never capped.
    LoadOptions options;
    options.maxResponseBytes = 1 << 20;
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadSourcesBlocking({m_server.url(u"/endless-302"_s)}, options);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first()->prompts.size(), std::size_t(2));
    QVERIFY2(timer.elapsed() < FaultyServer::kEndlessMs / 2, qPrintable(QString::number(timer.elapsed())));
}

void TestFaultyServers::trickleEndedByRateFloor()
{
    // Regression: a byte every 200 ms never left --timeout's stall timer run
    // out, and with no --max-time the load never ended. Now a second under
    // 1024 bytes a second ends it: 1 s holds 4 or 5 of those bytes.
    LoadOptions options;
    options.stallTimeoutMs = 1000;
    options.totalTimeoutMs = 0;
    const QString location = m_server.url(u"/trickle"_s);
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadSourcesBlocking({location}, options);
    QVERIFY(result.sources.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    const QString error = result.errors.first();
    static const QRegularExpression expected(u"^: too slow: [3-6] bytes in 1 s, under the minimum of 1024 bytes a second$"_s);
    QVERIFY2(error.startsWith(location) && expected.match(error.mid(location.size())).hasMatch(), qPrintable(error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestFaultyServers)
#include "tst_faultyservers.moc"
