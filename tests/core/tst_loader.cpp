// SPDX-License-Identifier: GPL-3.0-or-later
// SourceLoader against local files and a real HTTP server on 127.0.0.1.
#include "sourceloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString dataPath(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/loader/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QString describe(const LoadResult &result)
{
    QStringList parts;
    for (const SourceDataPtr &source : result.sources)
        parts << u"%1: %2 methods, %3 prompts"_s.arg(source->name).arg(source->methods.size()).arg(source->prompts.size());
    parts << result.errors;
    return parts.join(u" | "_s);
}

/// A TokenLense document of `rows` prompt rows, some megabytes for 100k.
QString writeBigJson(const QTemporaryDir &dir, int rows)
{
    QByteArray json = "{\"method_timing\": [], \"prompt_timing\": [";
    for (int i = 0; i < rows; ++i) {
        json += (i ? ",\n" : "\n");
        json += R"({"model":"GPT-2","method":"saliency","prompt":"some prompt text here","prompt_id":"p)"
                + QByteArray::number(i) + R"(","tokens":20,"time":1.5,"success":true,"gpu_info":"Tesla T4"})";
    }
    json += "]}\n";
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

QHttpServerResponse redirectTo(const QByteArray &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.setHeader("Location", location);
    return response;
}
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void loadsFile();
    void pairsCsv_data();
    void pairsCsv();
    void loadsFileUrl();
    void missingFileNamesPath();
    void refusesOversizedFileWithoutReading();
    void noValidRow();
    void unsupportedScheme();
    void failedSourceKeepsOthers();
    void jobsRunInOrder();
    void reportsProgress();
    void cancelDropsQueuedJobs();
    void cancelWhileParsing();
    void destroyWhileBusy();

    void http_data();
    void http();
    void httpHtmlPage();
    void httpStall();
    void httpTotalTimeout();
    void httpStreamOverCap();

private:
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }
    static QString rawUrl(quint16 port) { return u"http://127.0.0.1:%1/t.json"_s.arg(port); }
    /// A raw server: `onConnect` gets each accepted socket.
    quint16 rawServer(QTcpServer &server, const std::function<void(QTcpSocket *)> &onConnect);

    QHttpServer m_server;
    QHttpServer m_otherServer; ///< another origin, for redirects
    quint16 m_port = 0;
    quint16 m_otherPort = 0;
};

static QHttpServerResponse authorized(const QHttpServerRequest &request)
{
    if (request.value("Authorization") != "Bearer secret")
        return QHttpServerResponse("application/json", R"({"detail":"Not authenticated"})",
                                   QHttpServerResponse::StatusCode::Unauthorized);
    return QHttpServerResponse("application/json", readData(u"tokenlense.json"_s));
}

void TestLoader::initTestCase()
{
    m_otherServer.route(u"/auth"_s, [](const QHttpServerRequest &request) { return authorized(request); });
    m_otherPort = m_otherServer.listen(QHostAddress::LocalHost);
    QVERIFY(m_otherPort != 0);
    m_server.route(u"/to-other"_s, [port = m_otherPort] {
        return redirectTo("http://127.0.0.1:" + QByteArray::number(port) + "/auth");
    });
    m_server.route(u"/to-auth"_s, [] { return redirectTo("/auth"); });
    m_server.route(u"/timing.json"_s, [] {
        return QHttpServerResponse("application/json", readData(u"tokenlense.json"_s));
    });
    m_server.route(u"/gzip"_s, [](const QHttpServerRequest &request) {
        // Only when asked for: the loader must let Qt ask for gzip and inflate it.
        if (!request.value("Accept-Encoding").contains("gzip"))
            return QHttpServerResponse("text/plain", "gzip not accepted", QHttpServerResponse::StatusCode::NotAcceptable);
        QHttpServerResponse response("application/json", readData(u"tokenlense.json.gz"_s));
        response.setHeader("Content-Encoding", "gzip");
        return response;
    });
    m_server.route(u"/auth"_s, [](const QHttpServerRequest &request) { return authorized(request); });
    m_server.route(u"/redirect"_s, [] { return redirectTo("/timing.json"); });
    m_server.route(u"/to-file"_s, [] { return redirectTo("file:///etc/passwd"); });
    m_server.route(u"/loop"_s, [] { return redirectTo("/loop"); });
    m_server.route(u"/missing"_s, [] {
        return QHttpServerResponse("application/json", R"({"detail":"Not Found"})", QHttpServerResponse::StatusCode::NotFound);
    });
    m_server.route(u"/forbidden"_s, [] {
        return QHttpServerResponse("application/json", R"({"detail":[{"loc":["header","authorization"],"msg":"Field required"}]})",
                                   QHttpServerResponse::StatusCode::Forbidden);
    });
    m_server.route(u"/crash"_s, [] {
        return QHttpServerResponse("text/plain", "database is locked", QHttpServerResponse::StatusCode::InternalServerError);
    });
    m_server.route(u"/page"_s, [] {
        return QHttpServerResponse("text/html", "<!DOCTYPE html><html><body>Log in</body></html>");
    });
    m_server.route(u"/big"_s, [] { return QHttpServerResponse("application/json", QByteArray(5000, ' ')); });
    m_port = m_server.listen(QHostAddress::LocalHost);
    QVERIFY(m_port != 0);
}

quint16 TestLoader::rawServer(QTcpServer &server, const std::function<void(QTcpSocket *)> &onConnect)
{
    connect(&server, &QTcpServer::newConnection, &server, [&server, onConnect] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            onConnect(socket);
    });
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

void TestLoader::loadsFile()
{
    const QString path = dataPath(u"tokenlense.json"_s);
    const LoadResult result = loadSourcesBlocking({path}, {});
    QCOMPARE(describe(result), path + u": 2 methods, 3 prompts"_s);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.sources.first()->methods.front().hardware, u"Tesla T4"_s); // finalize() ran
}

void TestLoader::pairsCsv_data()
{
    QTest::addColumn<QStringList>("locations");
    const QString method = dataPath(u"run1_method_timing_results.csv"_s);
    const QString prompt = dataPath(u"run1_prompt_timing_results.csv"_s);
    QTest::newRow("method only") << QStringList{method};
    QTest::newRow("prompt only") << QStringList{prompt};
    QTest::newRow("both") << QStringList{method, prompt};
    QTest::newRow("both, reversed") << QStringList{prompt, method};
    QTest::newRow("same file twice") << QStringList{prompt, QUrl::fromLocalFile(prompt).toString()};
}

void TestLoader::pairsCsv()
{
    QFETCH(QStringList, locations);
    const LoadResult result = loadSourcesBlocking(locations, {});
    QCOMPARE(describe(result), dataPath(u"run1_{method,prompt}_timing_results.csv: 2 methods, 4 prompts"_s));
}

void TestLoader::loadsFileUrl()
{
    const QString location = QUrl::fromLocalFile(dataPath(u"tokenlense.json"_s)).toString();
    QVERIFY(location.startsWith(u"file:///"_s));
    const LoadResult result = loadSourcesBlocking({location}, {});
    QCOMPARE(describe(result), location + u": 2 methods, 3 prompts"_s);
}

void TestLoader::missingFileNamesPath()
{
    const QString path = dataPath(u"does-not-exist.json"_s);
    const LoadResult result = loadSourcesBlocking({path}, {});
    QCOMPARE(describe(result), path + u": no such file"_s);
}

void TestLoader::refusesOversizedFileWithoutReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!file.resize(qint64(3) << 30)) // sparse: no disk space used
        QSKIP("the file system cannot make a 3 GB sparse file");
    file.close();
    LoadOptions options;
    options.maxFileBytes = 1 << 20;
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = loadSourcesBlocking({path}, options);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(path), qPrintable(result.errors.first()));
    QVERIFY2(result.errors.first().contains(u"size limit of 1048576 bytes"_s), qPrintable(result.errors.first()));
}

void TestLoader::noValidRow()
{
    const QString path = dataPath(u"empty.json"_s);
    const LoadResult result = loadSourcesBlocking({path}, {});
    QCOMPARE(describe(result), path + u": no valid row (0 skipped)"_s);
}

void TestLoader::unsupportedScheme()
{
    const LoadResult result = loadSourcesBlocking({u"ftp://example.invalid/t.json"_s}, {});
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(u"ftp://example.invalid/t.json: unsupported URL scheme 'ftp'"_s),
             qPrintable(result.errors.first()));
}

void TestLoader::failedSourceKeepsOthers()
{
    const QString good = dataPath(u"tokenlense.json"_s);
    const QString missing = dataPath(u"nope.json"_s);
    const QString pair = dataPath(u"run1_prompt_timing_results.csv"_s);
    const LoadResult result = loadSourcesBlocking({good, missing, pair}, {});
    QCOMPARE(result.sources.size(), 2);
    QCOMPARE(result.sources.at(0)->name, good);
    QCOMPARE(result.sources.at(1)->name, dataPath(u"run1_{method,prompt}_timing_results.csv"_s));
    QCOMPARE(result.errors, QStringList{missing + u": no such file"_s});
}

void TestLoader::jobsRunInOrder()
{
    SourceLoader loader;
    QStringList events;
    connect(&loader, &SourceLoader::loadStarted, this, [&](int job) { events << u"started %1"_s.arg(job); });
    connect(&loader, &SourceLoader::loadFinished, this, [&](int job, const LoadResult &result) {
        events << u"finished %1: %2"_s.arg(job).arg(result.sources.size() + result.errors.size());
    });
    QSignalSpy finished(&loader, &SourceLoader::loadFinished);
    QCOMPARE(loader.load({dataPath(u"tokenlense.json"_s)}), 1);
    QCOMPARE(loader.load({dataPath(u"empty.json"_s), dataPath(u"tokenlense.json"_s)}), 2);
    QCOMPARE(loader.load({}), 3);
    QVERIFY(loader.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
    QVERIFY(!loader.isBusy());
    QCOMPARE(events, (QStringList{u"started 1"_s, u"finished 1: 1"_s, u"started 2"_s, u"finished 2: 2"_s,
                                  u"started 3"_s, u"finished 3: 0"_s}));
}

void TestLoader::reportsProgress()
{
    SourceLoader loader;
    QSignalSpy progress(&loader, &SourceLoader::progress);
    QSignalSpy finished(&loader, &SourceLoader::loadFinished);
    const int job = loader.load({dataPath(u"tokenlense.json"_s)});
    QVERIFY(finished.wait(5000));
    QVERIFY(!progress.isEmpty());
    const qint64 size = QFileInfo(dataPath(u"tokenlense.json"_s)).size();
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), job);
    QCOMPARE(last.at(1).toLongLong(), size);
    QCOMPARE(last.at(2).toLongLong(), size);
}

void TestLoader::cancelDropsQueuedJobs()
{
    QTcpServer silent; // accepts and never answers: job 1 stays busy until cancelled
    const quint16 port = rawServer(silent, [](QTcpSocket *) {});
    QVERIFY(port);
    SourceLoader loader;
    QSignalSpy started(&loader, &SourceLoader::loadStarted);
    QSignalSpy finished(&loader, &SourceLoader::loadFinished);
    loader.load({rawUrl(port)});
    loader.load({dataPath(u"tokenlense.json"_s)});
    QVERIFY(started.wait(2000));
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    loader.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 2000);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(started.size(), 1); // a dropped job never starts
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(finished.at(i).at(0).toInt(), i + 1);
        const auto result = finished.at(i).at(1).value<LoadResult>();
        QVERIFY(result.cancelled);
        QVERIFY(result.sources.isEmpty());
        QVERIFY(result.errors.isEmpty());
    }
    // The loader goes on with jobs asked for after the cancel.
    loader.load({dataPath(u"tokenlense.json"_s)});
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(1).value<LoadResult>().sources.size(), 1);
}

void TestLoader::cancelWhileParsing()
{
    QTemporaryDir dir;
    const QString big = writeBigJson(dir, 100'000);
    QVERIFY(!big.isEmpty());
    QTcpServer silent; // after the file, so the job cannot end before the cancel
    const quint16 port = rawServer(silent, [](QTcpSocket *) {});
    QVERIFY(port);
    SourceLoader loader;
    QSignalSpy finished(&loader, &SourceLoader::loadFinished);
    connect(&loader, &SourceLoader::loadStarted, &loader, [&loader] {
        QTimer::singleShot(0, &loader, [&loader] { loader.cancel(); }); // the parse has begun by then
    });
    QElapsedTimer timer;
    timer.start();
    loader.load({big, rawUrl(port)});
    QVERIFY(finished.wait(5000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    const auto result = finished.first().at(1).value<LoadResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.sources.isEmpty());
}

void TestLoader::destroyWhileBusy()
{
    QTemporaryDir dir;
    const QString big = writeBigJson(dir, 100'000);
    QVERIFY(!big.isEmpty());
    QTcpServer silent;
    const quint16 port = rawServer(silent, [](QTcpSocket *) {});
    QVERIFY(port);
    const QStringList cases[] = {{big}, {rawUrl(port)}};
    for (const QStringList &locations : cases) {
        auto *loader = new SourceLoader;
        QSignalSpy finished(loader, &SourceLoader::loadFinished);
        QSignalSpy started(loader, &SourceLoader::loadStarted);
        loader->load(locations);
        loader->load(locations);
        QVERIFY(started.wait(2000));
        delete loader; // waits for the parse, aborts the download, emits nothing
        QCOMPARE(finished.size(), 0);
    }
}

void TestLoader::http_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("header"); ///< "Name: value" or empty
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("message"); ///< after the URL
    const QString loaded = u": 2 methods, 3 prompts"_s;
    const QString token = u" (if the server needs a token, pass --header 'Authorization: Bearer <token>')"_s;
    const qint64 cap = LoadOptions().maxResponseBytes;
    QTest::newRow("200") << u"/timing.json"_s << QByteArray() << 10 << cap << loaded;
    // The route answers gzip only when asked: Qt must ask, and inflate.
    QTest::newRow("gzip") << u"/gzip"_s << QByteArray() << 10 << cap << loaded;
    // A user Accept-Encoding would stop Qt from inflating: it is not sent.
    QTest::newRow("gzip, user Accept-Encoding") << u"/gzip"_s << QByteArray("Accept-Encoding: br") << 10 << cap << loaded;
    QTest::newRow("302") << u"/redirect"_s << QByteArray() << 10 << cap << loaded;
    QTest::newRow("redirect to file:") << u"/to-file"_s << QByteArray() << 10 << cap
                                       << u": redirect to file:///etc/passwd refused: only http and https redirects are followed"_s;
    QTest::newRow("redirect loop") << u"/loop"_s << QByteArray() << 3 << cap << u": too many redirects (more than 3)"_s;
    QTest::newRow("401 FastAPI") << u"/auth"_s << QByteArray() << 10 << cap
                                 << u": HTTP 401 Unauthorized: Not authenticated"_s + token;
    QTest::newRow("401, token") << u"/auth"_s << QByteArray("Authorization: Bearer secret") << 10 << cap << loaded;
    QTest::newRow("same-origin redirect keeps the token")
        << u"/to-auth"_s << QByteArray("Authorization: Bearer secret") << 10 << cap << loaded;
    // Like curl: a token is not handed to another host or port.
    QTest::newRow("redirect to another origin drops the token")
        << u"/to-other"_s << QByteArray("Authorization: Bearer secret") << 10 << cap
        << u" (redirected to http://127.0.0.1:%1/auth): HTTP 401 Unauthorized: Not authenticated"_s.arg(m_otherPort) + token;
    QTest::newRow("404 FastAPI") << u"/missing"_s << QByteArray() << 10 << cap << u": HTTP 404 Not Found: Not Found"_s;
    QTest::newRow("403 FastAPI list")
        << u"/forbidden"_s << QByteArray() << 10 << cap
        << u": HTTP 403 Forbidden: [{\"loc\":[\"header\",\"authorization\"],\"msg\":\"Field required\"}]"_s + token;
    QTest::newRow("500 text") << u"/crash"_s << QByteArray() << 10 << cap
                              << u": HTTP 500 Internal Server Error: database is locked"_s;
    QTest::newRow("Content-Length over cap") << u"/big"_s << QByteArray() << 10 << qint64(1000)
                                             << u": response is 5000 bytes, over the size limit of 1000 bytes"_s;
}

void TestLoader::http()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, header);
    QFETCH(int, maxRedirects);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, message);
    LoadOptions options;
    options.maxRedirects = maxRedirects;
    options.maxResponseBytes = maxBytes;
    if (const qsizetype colon = header.indexOf(':'); colon > 0)
        options.headers = {{header.left(colon), header.mid(colon + 1).trimmed()}};
    QCOMPARE(describe(loadSourcesBlocking({url(path)}, options)), url(path) + message);
}

void TestLoader::httpHtmlPage()
{
    const LoadResult result = loadSourcesBlocking({url(u"/page"_s)}, {});
    QCOMPARE(result.errors.size(), 1);
    const QString error = result.errors.first();
    QVERIFY2(error.startsWith(url(u"/page"_s)), qPrintable(error));
    QVERIFY2(error.contains(u"the server returned HTML, Content-Type text/html"_s), qPrintable(error));
}

void TestLoader::httpStall()
{
    QTcpServer silent;
    const quint16 port = rawServer(silent, [](QTcpSocket *) {});
    QVERIFY(port);
    LoadOptions options;
    options.stallTimeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    const QString location = rawUrl(port);
    const LoadResult result = loadSourcesBlocking({location}, options);
    QVERIFY2(timer.elapsed() >= 450 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(describe(result), location + u": no data for 0.5 s (not even a whole response header; headers of megabytes, such as a huge Location, also end so)"_s);
}

void TestLoader::httpTotalTimeout()
{
    QTcpServer trickle; // answers a byte every 100 ms: never stalls, never ends
    const quint16 port = rawServer(trickle, [](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(100);
    });
    QVERIFY(port);
    LoadOptions options;
    options.stallTimeoutMs = 5000;
    options.totalTimeoutMs = 600;
    QElapsedTimer timer;
    timer.start();
    const QString location = rawUrl(port);
    const LoadResult result = loadSourcesBlocking({location}, options);
    QVERIFY2(timer.elapsed() >= 550 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(describe(result), location + u": transfer took longer than 0.6 s"_s);
}

void TestLoader::httpStreamOverCap()
{
    QTcpServer endless; // no Content-Length: only the bytes themselves can hit the cap
    const quint16 port = rawServer(endless, [](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(QByteArray(4096, ' ')); });
        timer->start(5);
    });
    QVERIFY(port);
    LoadOptions options;
    options.maxResponseBytes = 20000;
    const QString location = rawUrl(port);
    const LoadResult result = loadSourcesBlocking({location}, options);
    QCOMPARE(describe(result), location + u": response exceeds the size limit of 20000 bytes"_s);
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
