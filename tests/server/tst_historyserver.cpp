// SPDX-License-Identifier: GPL-3.0-or-later
// The run store against a real PostgreSQL server that goes away between two
// operations (issue 15, item 5). pg_virtualenv starts a throwaway cluster around
// this binary (tests/CMakeLists.txt); the tests end every backend of the store
// (as a DBA or a failover does), restart the server, or stop it. A store kept
// across operations (HistoryStore) and the window's HistoryClient must then
// either succeed on a new connection or fail with a message that names the store
// without its password — never hang, crash or store half a run — and the
// operation after must work. Fixtures: tests/data/history/README.md.
#include "../historyfixture.h"

#include "historyclient.h"
#include "historytrend.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <cmath>

namespace {

QString env(const char *name, const char *fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QLatin1String(fallback) : value;
}

QString fixture(const char *name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/history/") + QLatin1String(name);
}

/// A fixture loaded as `history add` loads it (with its content hash).
DatasetPtr load(const char *name)
{
    LoadOptions options;
    options.hashContent = true;
    const LoadResult loaded = loadSourcesBlocking({fixture(name)}, options);
    return loaded.errors.isEmpty() ? Dataset::build(loaded.sources) : nullptr;
}

/// A port nothing listens on (bound, then closed again).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/// The store's URL with the server's password in it, which no message may show.
QString urlWithPassword(const QString &database)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(env("PGUSER", "postgres"), env("PGPASSWORD", ""), env("PGHOST", "localhost"), env("PGPORT", "5432"),
             database);
}

QString shownUrl(const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(env("PGUSER", "postgres"), env("PGHOST", "localhost"), env("PGPORT", "5432"), database);
}

/// A failure message as the tests accept it: the store named, no password.
bool namesStoreOnly(const QString &message, const QString &database)
{
    return message.contains(shownUrl(database)) && !message.contains(env("PGPASSWORD", "no password set"));
}

} // namespace

class TestHistoryServer : public QObject
{
    Q_OBJECT

    int m_connections = 0;
    int m_stores = 0;

    /// Runs `sql` on `database` (empty: the maintenance database) through a
    /// connection of the test's own, made for this statement: the server is
    /// restarted under the tests. `value` gets the first column of the first row.
    bool sql(const QString &statement, const QString &database = QString(), QVariant *value = nullptr)
    {
        const QString name = QStringLiteral("test-%1").arg(++m_connections);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(env("PGHOST", "localhost"));
            db.setPort(env("PGPORT", "5432").toInt());
            db.setUserName(env("PGUSER", "postgres"));
            db.setPassword(env("PGPASSWORD", ""));
            db.setDatabaseName(database.isEmpty() ? env("PGDATABASE", "postgres") : database);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (ok && value && query.next())
                    *value = query.value(0);
                if (!ok)
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            } else {
                qWarning("test connection: %s", qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    qint64 count(const QString &database, const QString &statement)
    {
        QVariant value;
        return sql(statement, database, &value) ? value.toLongLong() : -1;
    }

    /// A new empty database on the test server; returns its name.
    QString newDatabase()
    {
        const QString name = QStringLiteral("attriscope_server_%1").arg(++m_stores);
        sql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!sql(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE %s failed", qPrintable(name));
        return name;
    }

    /// Ends every connection of AttriScope (application_name=attriscope) and
    /// waits until each backend is gone (up to 5 s): the number ended.
    int terminateStoreBackends()
    {
        QVariant ended;
        sql(QStringLiteral("SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_stat_activity "
                           "WHERE application_name = 'attriscope'"),
            QString(), &ended);
        return ended.toInt();
    }

    /// pg_ctlcluster VERSION regress start|stop|restart, which waits until it is done.
    static bool cluster(const char *action)
    {
        return QProcess::execute(QStringLiteral("pg_ctlcluster"), {env("PGVERSION", "15"), QStringLiteral("regress"),
                                                                   QLatin1String(action)})
            == 0;
    }

    /// Every run the store lists has exactly its rows, and no rows belong to no run.
    void verifyWholeRuns(HistoryStore &store, const QString &database)
    {
        QList<HistoryRun> runs;
        QString error;
        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        qint64 listed = 0;
        for (const HistoryRun &run : runs)
            listed += run.promptRows;
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM prompt_rows")), listed);
        for (const char *table : {"group_stats", "group_times", "prompt_rows", "method_rows"}) {
            QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id NOT IN (SELECT id FROM runs)")
                                         .arg(QLatin1String(table))),
                     0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Started by pg_virtualenv (tests/CMakeLists.txt); without it this test fails, never skips.
        QVERIFY2(!qEnvironmentVariableIsEmpty("PGHOST") && !qEnvironmentVariableIsEmpty("PG_CLUSTER_CONF_ROOT"),
                 "tst_historyserver runs under pg_virtualenv (Debian postgresql-common)");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver: libqt6sql6-psql");
    }

    void storeKeptAcrossEndedConnections()
    {
        // Before each operation every connection of the store is ended on the server.
        const QString database = newDatabase();
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(urlWithPassword(database), &error), qPrintable(error));
        qint64 id = 0;
        QCOMPARE(store.add(QStringLiteral("r1"), *load("run1.json"), &id, &error), HistoryStore::AddResult::Added);

        QVERIFY(terminateStoreBackends() >= 1);
        QList<HistoryRun> runs;
        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].promptRows, 23); // run1.json: 10 + 10 + 3 prompts

        QVERIFY(terminateStoreBackends() >= 1);
        QCOMPARE(store.add(QStringLiteral("r2"), *load("run2.json"), &id, &error), HistoryStore::AddResult::Added);
        QCOMPARE(id, 2);

        QVERIFY(terminateStoreBackends() >= 1);
        std::vector<HistoryTrendGroup> groups;
        QVERIFY2(store.trend(&groups, &error), qPrintable(error));
        QCOMPARE(groups.size(), std::size_t(4)); // M/a, M/b, M/c, M/f
        std::erase_if(groups, [](const HistoryTrendGroup &g) { return g.method != QLatin1String("a"); });

        QVERIFY(terminateStoreBackends() >= 1);
        std::vector<HistoryTrendSeries> series;
        QVERIFY2(HistoryTrend::compute(store, groups, 5, 0.05, &series, &error), qPrintable(error));
        // Run 2 is run 1 × 1.5: scipy.stats.mannwhitneyu(base, 1.5 * base, method="asymptotic").pvalue.
        QCOMPARE(series.at(0).steps.at(1).change.verdict, GroupComparison::Verdict::Regression);
        QVERIFY(std::abs(series[0].steps[1].change.pValue - 0.0021853274789521097) < 1e-12);

        QVERIFY(terminateStoreBackends() >= 1);
        DatasetPtr run;
        QVERIFY2(store.loadRun(1, &run, &error), qPrintable(error));
        QCOMPARE(run->promptRowCount(), std::int64_t(23));

        QVERIFY(terminateStoreBackends() >= 1);
        qint64 found = 0;
        QVERIFY2(store.findRun(QStringLiteral("r2"), &found, &error), qPrintable(error));
        QCOMPARE(found, 2);

        QVERIFY(terminateStoreBackends() >= 1);
        QVERIFY2(store.remove(2, &error), qPrintable(error));
        verifyWholeRuns(store, database);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM runs")), 1);
    }

    void storeKeptAcrossRestart()
    {
        const QString database = newDatabase();
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(urlWithPassword(database), &error), qPrintable(error));
        qint64 id = 0;
        QCOMPARE(store.add(QStringLiteral("r1"), *load("run1.json"), &id, &error), HistoryStore::AddResult::Added);
        QVERIFY(cluster("restart"));
        QCOMPARE(store.add(QStringLiteral("r2"), *load("run2.json"), &id, &error), HistoryStore::AddResult::Added);
        QVERIFY(cluster("restart"));
        QList<HistoryRun> runs;
        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        QCOMPARE(runs.size(), 2);
        verifyWholeRuns(store, database);
    }

    void serverDownBetweenOperations()
    {
        // While the server is down each operation fails at once with the store's
        // name; nothing is stored; once it is back the same store works again.
        const QString database = newDatabase();
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(urlWithPassword(database), &error), qPrintable(error));
        qint64 id = 0;
        QCOMPARE(store.add(QStringLiteral("r1"), *load("run1.json"), &id, &error), HistoryStore::AddResult::Added);
        QVERIFY(cluster("stop"));
        QElapsedTimer timer;
        timer.start();
        QList<HistoryRun> runs;
        const bool listed = store.runs(&runs, &error);
        const qint64 listMs = timer.elapsed();
        QVERIFY(cluster("start")); // before any QVERIFY can leave the server stopped for the next test
        QVERIFY(!listed);
        QVERIFY2(namesStoreOnly(error, database), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("could not be made again")), qPrintable(error));
        // Not a timing of speed: a hang guard. libpq gives up on a connection after
        // connect_timeout=10 s; a refused one must not come near that.
        QVERIFY2(listMs < 5000, qPrintable(QString::number(listMs)));

        QVERIFY(cluster("stop"));
        timer.restart();
        const HistoryStore::AddResult added = store.add(QStringLiteral("r2"), *load("run2.json"), &id, &error);
        const qint64 addMs = timer.elapsed();
        QVERIFY(cluster("start"));
        QCOMPARE(added, HistoryStore::AddResult::Failed);
        QVERIFY2(namesStoreOnly(error, database) && error.contains(QStringLiteral("nothing was stored")), qPrintable(error));
        QVERIFY2(addMs < 5000, qPrintable(QString::number(addMs)));

        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        QCOMPARE(runs.size(), 1);
        verifyWholeRuns(store, database);
        QCOMPARE(store.add(QStringLiteral("r2"), *load("run2.json"), &id, &error), HistoryStore::AddResult::Added);
        QCOMPARE(id, 2);
        verifyWholeRuns(store, database);
    }

    void clientAcrossRestart()
    {
        const QString database = newDatabase();
        QVERIFY(HistoryFixture::addRun(urlWithPassword(database), QStringLiteral("r1"), {fixture("run1.json")}) == 1);
        QVERIFY(HistoryFixture::addRun(urlWithPassword(database), QStringLiteral("r2"), {fixture("run2.json")}) == 2);
        HistoryClient client;
        client.setLocation(urlWithPassword(database));
        QSignalSpy listed(&client, &HistoryClient::runsListed);
        QSignalSpy trend(&client, &HistoryClient::trendComputed);
        QSignalSpy failed(&client, &HistoryClient::failed);
        client.listRuns();
        QVERIFY(listed.wait(20000));
        auto groups = listed.last().at(1).value<std::vector<HistoryTrendGroup>>();
        std::erase_if(groups, [](const HistoryTrendGroup &g) { return g.method != QLatin1String("a"); });
        QCOMPARE(groups.size(), std::size_t(1));

        QVERIFY(cluster("restart"));
        client.computeTrend(groups);
        QVERIFY(trend.wait(20000));
        QCOMPARE(failed.count(), 0);
        const auto series = trend.last().at(0).value<std::vector<HistoryTrendSeries>>();
        QCOMPARE(series.at(0).steps.at(1).change.verdict, GroupComparison::Verdict::Regression);

        // Down: the request fails naming the store; back up: the next one works.
        QVERIFY(cluster("stop"));
        client.listRuns();
        const bool failedInTime = failed.wait(20000);
        QVERIFY(cluster("start"));
        QVERIFY(failedInTime);
        QCOMPARE(failed.last().at(0).value<HistoryClient::Request>(), HistoryClient::Request::List);
        QVERIFY2(namesStoreOnly(failed.last().at(1).toString(), database), qPrintable(failed.last().at(1).toString()));
        client.listRuns();
        QVERIFY(listed.wait(20000));
        QCOMPARE(listed.last().at(0).value<QList<HistoryRun>>().size(), 2);
    }

    void unreachableServerFailsFast()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString url = QStringLiteral("postgresql://someone:pw-not-to-show@127.0.0.1:%1/db").arg(port);
        const QString shown = QStringLiteral("postgresql://someone@127.0.0.1:%1/db").arg(port);
        HistoryStore store;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store.open(url, &error));
        // A hang guard, as above: connect_timeout is 10 s; a refused connection fails at once.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(error.startsWith(QStringLiteral("history store ") + shown), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Connection refused")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("pw-not-to-show")));

        HistoryClient client;
        client.setLocation(url);
        QSignalSpy failed(&client, &HistoryClient::failed);
        timer.restart();
        client.listRuns();
        QVERIFY(failed.wait(20000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(failed.last().at(1).toString().contains(shown));
        QVERIFY(!failed.last().at(1).toString().contains(QStringLiteral("pw-not-to-show")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryServer)
#include "tst_historyserver.moc"
