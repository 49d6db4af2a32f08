// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope history` end to end, against SQLite in a temporary folder or, with
// ATTRISCOPE_TEST_HISTORY_BACKEND=postgresql, against the throwaway PostgreSQL
// server pg_virtualenv started around this binary (tests/CMakeLists.txt): the
// same suite against both. Fixtures: tests/data/history/README.md.
#include "cli_helper.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <cmath>
#include <cstring>

using CliTest::attriscope;
using CliTest::Run;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/history/") + QLatin1String(name);
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject group(const QJsonObject &report, const char *method)
{
    for (const QJsonValue &g : report[QStringLiteral("groups")].toArray()) {
        if (g[QStringLiteral("method")] == QLatin1String(method))
            return g.toObject();
    }
    return {};
}

QString env(const char *name, const char *fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QLatin1String(fallback) : value;
}

/// A JSON Lines file of `rows` prompt rows, for the tests that need an add to take a while.
void writeBigRun(const QString &path, int rows, int seed)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray out;
    for (int i = 0; i < rows; ++i) {
        out += QStringLiteral("{\"model\": \"Big\", \"method\": \"m%1\", \"prompt\": \"prompt text %2\", "
                              "\"prompt_id\": \"p%2\", \"tokens\": %3, \"time\": %4, \"gpu_info\": \"G\"}\n")
                   .arg(QString::number(i % 8), QString::number(i), QString::number(10 + i % 50),
                        QString::number(0.5 + (i % 1000) * 0.001 + seed))
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            QVERIFY(file.write(out) == out.size());
            out.clear();
        }
    }
    QVERIFY(file.write(out) == out.size());
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

    bool m_pg = false;
    QTemporaryDir m_dir;
    int m_stores = 0;

    /// A new empty store: a file name, or a fresh database on the test server.
    QString newStore()
    {
        ++m_stores;
        if (!m_pg)
            return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(m_stores));
        const QString name = QStringLiteral("attriscope_test_%1").arg(m_stores);
        QSqlQuery query(admin());
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE: %s", qPrintable(query.lastError().text()));
        return serverUrl(name);
    }

    static QString serverUrl(const QString &database, const QString &password = QString())
    {
        return QStringLiteral("postgresql://%1%2@%3:%4/%5")
            .arg(env("PGUSER", "postgres"), password.isEmpty() ? QString() : QLatin1Char(':') + password,
                 env("PGHOST", "localhost"), env("PGPORT", "5432"), database);
    }

    QSqlDatabase admin() { return connection(QString()); }

    /// A connection of the test's own to a store (or, with an empty location, the server's maintenance database).
    QSqlDatabase connection(const QString &location)
    {
        const QString name = QStringLiteral("test-") + (location.isEmpty() ? QStringLiteral("admin") : location);
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db;
        if (!m_pg) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(env("PGHOST", "localhost"));
            db.setPort(env("PGPORT", "5432").toInt());
            db.setUserName(env("PGUSER", "postgres"));
            db.setPassword(env("PGPASSWORD", ""));
            db.setDatabaseName(location.isEmpty() ? env("PGDATABASE", "postgres") : location.section(QLatin1Char('/'), -1));
        }
        if (!db.open())
            qFatal("test connection: %s", qPrintable(db.lastError().text()));
        return db;
    }

    qint64 count(const QString &location, const QString &sql)
    {
        QSqlQuery query(connection(location));
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0).toLongLong();
    }

    /// The times group_times holds for the group (M, method, G) of a run, decoded here
    /// (little-endian doubles) rather than by the store's own code.
    QList<double> storedTimes(const QString &store, qint64 run, const char *method)
    {
        QSqlQuery query(connection(store));
        if (!query.exec(QStringLiteral("SELECT times FROM group_times WHERE run_id = %1 AND model = 'M' AND method = '%2' "
                                       "AND hardware = 'G'").arg(run).arg(QLatin1String(method)))
            || !query.next())
            return {};
        const QByteArray bytes = query.value(0).toByteArray();
        QList<double> times;
        for (qsizetype at = 0; at + 8 <= bytes.size(); at += 8) {
            const quint64 bits = qFromLittleEndian<quint64>(bytes.constData() + at);
            double value;
            std::memcpy(&value, &bits, sizeof value);
            times.append(value);
        }
        return times;
    }

    Run history(const QStringList &arguments, const QString &store)
    {
        return attriscope(QStringList{QStringLiteral("history")} + arguments + QStringList{QStringLiteral("--db"), store});
    }

    QJsonArray runs(const QString &store)
    {
        const Run run = history({QStringLiteral("list")}, store);
        if (run.exitCode != 0)
            qWarning("list: %s", run.err.constData());
        return json(run)[QStringLiteral("runs")].toArray();
    }

    /// Every listed run has exactly the rows it claims: none half stored.
    void verifyWholeRuns(const QString &store)
    {
        qint64 listed = 0;
        for (const QJsonValue &r : runs(store)) {
            const qint64 id = r[QStringLiteral("id")].toInteger();
            listed += r[QStringLiteral("prompt_rows")].toInteger();
            QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM prompt_rows WHERE run_id = %1").arg(id)),
                     r[QStringLiteral("prompt_rows")].toInteger());
        }
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM prompt_rows")), listed);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM group_stats WHERE run_id NOT IN (SELECT id FROM runs)")),
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = qEnvironmentVariable("ATTRISCOPE_TEST_HISTORY_BACKEND") == QLatin1String("postgresql");
        QVERIFY(m_dir.isValid());
        if (m_pg) {
            // Started by pg_virtualenv (tests/CMakeLists.txt); without it this variant fails, never skips.
            QVERIFY2(!qEnvironmentVariableIsEmpty("PGHOST") && !qEnvironmentVariableIsEmpty("PGPASSWORD"),
                     "the PostgreSQL variant runs under pg_virtualenv (Debian postgresql-common), which sets PGHOST");
            QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's QPSQL driver: libqt6sql6-psql");
        }
    }

    void addListIdempotent()
    {
        const QString store = newStore();
        Run run = history({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("r1"), fixture("run1.json")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Added run 1"), run.out.constData());
        // The same bytes again: no run, and it says so.
        run = history({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("again"), fixture("run1.json")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Already stored as run 1"), run.out.constData());
        run = history({QStringLiteral("add"), fixture("run2.json")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QJsonArray list = runs(store);
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("label")].toString(), QStringLiteral("r1"));
        QCOMPARE(list[1][QStringLiteral("label")].toString(), fixture("run2.json")); // default: the sources' names
        QCOMPARE(first[QStringLiteral("prompt_rows")].toInt(), 23);
        QCOMPARE(first[QStringLiteral("method_rows")].toInt(), 2);
        QVERIFY(QDateTime::fromString(first[QStringLiteral("added")].toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject source = first[QStringLiteral("sources")][0].toObject();
        QCOMPARE(source[QStringLiteral("name")].toString(), fixture("run1.json"));
        QFile file(fixture("run1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(source[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        const QJsonObject environment = first[QStringLiteral("environment")][0].toObject();
        QCOMPARE(environment[QStringLiteral("hardware")].toString(), QStringLiteral("G"));
        QCOMPARE(environment[QStringLiteral("platform")].toString(), QStringLiteral("Linux"));
        QCOMPARE(environment[QStringLiteral("cpu_model")].toString(), QStringLiteral("Xeon"));
        QCOMPARE(environment[QStringLiteral("cpu_cores")].toDouble(), 8.0);
        QCOMPARE(environment[QStringLiteral("memory_gb")].toDouble(), 32.0);
        QCOMPARE(environment[QStringLiteral("torch_version")].toString(), QStringLiteral("2.1.0"));
        QCOMPARE(environment[QStringLiteral("cuda")].toBool(), true);
        QCOMPARE(environment[QStringLiteral("mps")].toBool(), false);
        QCOMPARE(list[1][QStringLiteral("environment")][0][QStringLiteral("torch_version")].toString(),
                 QStringLiteral("2.2.0"));
        verifyWholeRuns(store);

        const Run markdown = history({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("markdown")}, store);
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.contains("| 1 | r1 |"));
    }

    void trend()
    {
        const QString store = newStore();
        for (const char *name : {"run1.json", "run2.json", "run3.json"})
            QCOMPARE(history({QStringLiteral("add"), fixture(name)}, store).exitCode, 0);
        const Run run = history({QStringLiteral("trend")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = json(run);
        QCOMPARE(report[QStringLiteral("groups")].toArray().size(), 4); // a, b, c, f

        // M/a: medians of 1.0 … 1.9, × 1.5 and × 0.5: (1.4 + 1.5) / 2, (2.1 + 2.25) / 2, (0.7 + 0.75) / 2.
        const QJsonArray a = group(report, "a")[QStringLiteral("runs")].toArray();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[0][QStringLiteral("id")].toInt(), 1);
        QCOMPARE(a[2][QStringLiteral("id")].toInt(), 3);
        QCOMPARE(a[0][QStringLiteral("median_time")].toDouble(), 1.45);
        QCOMPARE(a[1][QStringLiteral("median_time")].toDouble(), 2.175);
        QCOMPARE(a[2][QStringLiteral("median_time")].toDouble(), 0.725);
        QVERIFY(std::abs(a[0][QStringLiteral("mean_time")].toDouble() - 1.45) < 1e-12);
        QCOMPARE(a[0][QStringLiteral("n")].toInt(), 10);
        // n = 10: j = floor(5 - 0.98 √10) = 1, k = ceil(6 + 0.98 √10) = 10: the smallest and largest time.
        QCOMPARE(a[0][QStringLiteral("median_ci95")].toArray(), (QJsonArray{1.0, 1.9}));
        // M/b did not change: 2.45 in every run; M/c (3 prompts) has no interval; M/f only in run 2.
        for (const QJsonValue &r : group(report, "b")[QStringLiteral("runs")].toArray())
            QCOMPARE(r[QStringLiteral("median_time")].toDouble(), 2.45);
        QVERIFY(group(report, "c")[QStringLiteral("runs")][0][QStringLiteral("median_ci95")].isNull());
        const QJsonArray f = group(report, "f")[QStringLiteral("runs")].toArray();
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0][QStringLiteral("id")].toInt(), 2);

        const Run filtered = history({QStringLiteral("trend"), QStringLiteral("--method"), QStringLiteral("b")}, store);
        QCOMPARE(json(filtered)[QStringLiteral("groups")].toArray().size(), 1);
        const Run typo = history({QStringLiteral("trend"), QStringLiteral("--method"), QStringLiteral("zz")}, store);
        QCOMPARE(typo.exitCode, 1);
        QVERIFY(typo.err.contains("matches nothing"));
        const Run markdown = history({QStringLiteral("trend"), QStringLiteral("--format"), QStringLiteral("markdown")}, store);
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.contains("| M | a | G | 2 |"));
    }

    void check()
    {
        const QString store = newStore();
        QCOMPARE(history({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("r1"), fixture("run1.json")}, store).exitCode, 0);
        QCOMPARE(history({QStringLiteral("check")}, store).exitCode, 1); // one run: nothing to compare
        QCOMPARE(history({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("r2"), fixture("run2.json")}, store).exitCode, 0);

        // Run 2 against run 1: M/a × 1.5, the data of compare's planted regression.
        Run run = history({QStringLiteral("check")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject report = json(run);
        QCOMPARE(report[QStringLiteral("baseline_run")][QStringLiteral("id")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("candidate_run")][QStringLiteral("label")].toString(), QStringLiteral("r2"));
        QJsonObject a = group(report, "a");
        QCOMPARE(a[QStringLiteral("verdict")].toString(), QStringLiteral("regression"));
        QCOMPARE(a[QStringLiteral("ratio")].toDouble(), 1.5);
        // scipy.stats.mannwhitneyu(base, 1.5 * base, method="asymptotic").pvalue
        QVERIFY(std::abs(a[QStringLiteral("p_value")].toDouble() - 0.0021853274789521097) < 1e-12);
        QCOMPARE(group(report, "b")[QStringLiteral("verdict")].toString(), QStringLiteral("same"));
        QCOMPARE(group(report, "b")[QStringLiteral("p_value")].toDouble(), 1.0);
        QCOMPARE(group(report, "c")[QStringLiteral("verdict")].toString(), QStringLiteral("too_few"));
        QCOMPARE(group(report, "f")[QStringLiteral("verdict")].toString(), QStringLiteral("added"));
        QCOMPARE(report[QStringLiteral("summary")][QStringLiteral("regressions")].toInt(), 1);
        run = history({QStringLiteral("check"), QStringLiteral("--fail-on-regression")}, store);
        QCOMPARE(run.exitCode, 3);
        run = history({QStringLiteral("check"), QStringLiteral("--fail-on-regression"), QStringLiteral("--threshold"),
                       QStringLiteral("60")}, store);
        QCOMPARE(run.exitCode, 0); // 1.5 is not above 1.6

        // Run 3 (× 0.5 of run 1) against run 2: every time below every other, no ties:
        // U = 0, μ = 50, σ = √(10·10·21/12) = √175, z = (50 - 0.5) / σ, p = erfc(z / √2).
        QCOMPARE(history({QStringLiteral("add"), QStringLiteral("--label"), QStringLiteral("r3"), fixture("run3.json")}, store).exitCode, 0);
        const double separated = std::erfc(49.5 / std::sqrt(175.0) / std::sqrt(2.0));
        run = history({QStringLiteral("check"), QStringLiteral("--fail-on-regression")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        report = json(run);
        a = group(report, "a");
        QCOMPARE(a[QStringLiteral("verdict")].toString(), QStringLiteral("improvement"));
        QVERIFY(std::abs(a[QStringLiteral("p_value")].toDouble() - separated) < 1e-12);
        QVERIFY(std::abs(a[QStringLiteral("ratio")].toDouble() - 0.725 / 2.175) < 1e-12);
        QCOMPARE(group(report, "f")[QStringLiteral("verdict")].toString(), QStringLiteral("removed"));

        // Against run 1 by label and by id: M/a halved.
        for (const QString &baseline : {QStringLiteral("r1"), QStringLiteral("1")}) {
            run = history({QStringLiteral("check"), QStringLiteral("--baseline"), baseline}, store);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            a = group(json(run), "a");
            QVERIFY(std::abs(a[QStringLiteral("ratio")].toDouble() - 0.5) < 1e-12);
            QCOMPARE(a[QStringLiteral("baseline_median")].toDouble(), 1.45);
            QCOMPARE(a[QStringLiteral("verdict")].toString(), QStringLiteral("improvement"));
        }
        QCOMPARE(history({QStringLiteral("check"), QStringLiteral("--baseline"), QStringLiteral("nope")}, store).exitCode, 1);
        QCOMPARE(history({QStringLiteral("check"), QStringLiteral("--baseline"), QStringLiteral("3")}, store).exitCode, 1);

        // Filters as in compare; Markdown as in compare.
        run = history({QStringLiteral("check"), QStringLiteral("--method"), QStringLiteral("b")}, store);
        QCOMPARE(json(run)[QStringLiteral("groups")].toArray().size(), 1);
        run = history({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("markdown")}, store);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("| M | a | G |"));
        QVERIFY(run.out.contains("improvement"));
    }

    void remove()
    {
        const QString store = newStore();
        for (const char *name : {"run1.json", "run2.json", "run3.json"})
            QCOMPARE(history({QStringLiteral("add"), fixture(name)}, store).exitCode, 0);
        Run run = history({QStringLiteral("remove"), QStringLiteral("2")}, store);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray list = runs(store);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1][QStringLiteral("id")].toInt(), 3);
        for (const char *table : {"prompt_rows", "method_rows", "group_stats", "group_times", "run_sources", "run_names"})
            QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = 2").arg(QLatin1String(table))), 0);
        verifyWholeRuns(store);
        run = history({QStringLiteral("remove"), QStringLiteral("2")}, store);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no run 2"));
        QCOMPARE(history({QStringLiteral("remove"), QStringLiteral("x")}, store).exitCode, 1);
        // Removed content can be added again.
        run = history({QStringLiteral("add"), fixture("run2.json")}, store);
        QVERIFY2(run.out.contains("Added run 4"), run.out.constData());
    }

    void groupTimesStoredWithTheRun()
    {
        // group_times: each group's successful prompt times, sorted (the sample of
        // compare's test), as the fixtures list them.
        const QString store = newStore();
        for (const char *name : {"run1.json", "run2.json"})
            QCOMPARE(history({QStringLiteral("add"), fixture(name)}, store).exitCode, 0);
        QCOMPARE(storedTimes(store, 1, "a"), (QList<double>{1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9}));
        QCOMPARE(storedTimes(store, 2, "a"), (QList<double>{1.5, 1.65, 1.8, 1.95, 2.1, 2.25, 2.4, 2.55, 2.7, 2.85}));
        QCOMPARE(storedTimes(store, 1, "c"), (QList<double>{1.0, 2.0, 3.0}));
        QCOMPARE(storedTimes(store, 2, "f"), QList<double>(6, 1.0));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM group_times WHERE run_id = 1")), 3); // a, b, c
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM group_times WHERE run_id = 2")), 4); // and f
    }

    void migrationFromVersion1()
    {
        // A store of schema version 1, made by taking a version 2 store back: version 2
        // only added group_times. (tst_historymodels opens a file the version 1
        // binary wrote.) The next command migrates it: the times of every stored run
        // read back from its prompt rows, in the transaction that sets version 2.
        const QString store = newStore();
        for (const char *name : {"run1.json", "run2.json"})
            QCOMPARE(history({QStringLiteral("add"), fixture(name)}, store).exitCode, 0);
        {
            QSqlQuery query(connection(store));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE group_times")));
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        }
        QCOMPARE(runs(store).size(), 2); // list opens the store, so it migrates
        QCOMPARE(count(store, QStringLiteral("SELECT version FROM schema_version")), 2);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 1);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM group_times WHERE run_id = 1")), 3);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM group_times WHERE run_id = 2")), 4);
        QCOMPARE(storedTimes(store, 1, "a"), (QList<double>{1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9}));
        QCOMPARE(storedTimes(store, 2, "a"), (QList<double>{1.5, 1.65, 1.8, 1.95, 2.1, 2.25, 2.4, 2.55, 2.7, 2.85}));
        QCOMPARE(storedTimes(store, 2, "f"), QList<double>(6, 1.0));
        verifyWholeRuns(store);
        // The migrated store takes new runs as before.
        QCOMPARE(history({QStringLiteral("add"), fixture("run3.json")}, store).exitCode, 0);
        QCOMPARE(storedTimes(store, 3, "a"), (QList<double>{0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}));
        const Run check = history({QStringLiteral("check")}, store);
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QCOMPARE(group(json(check), "a")[QStringLiteral("verdict")].toString(), QStringLiteral("improvement"));
        // A store of a newer version than this one knows is refused, unchanged.
        {
            QSqlQuery query(connection(store));
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 3")));
        }
        const Run newer = history({QStringLiteral("list")}, store);
        QCOMPARE(newer.exitCode, 5);
        QVERIFY2(newer.err.contains("schema version 3, this one knows 2"), newer.err.constData());
    }

    void lockedSqlite()
    {
        if (m_pg)
            QSKIP("SQLite only: a PostgreSQL server has no file lock");
        const QString store = newStore();
        QCOMPARE(history({QStringLiteral("add"), fixture("run1.json")}, store).exitCode, 0);
        QSqlQuery lock(connection(store));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ATTRISCOPE_HISTORY_BUSY_TIMEOUT"), QStringLiteral("300"));
        const Run run = attriscope({QStringLiteral("history"), QStringLiteral("add"), QStringLiteral("--db"), store,
                                    fixture("run2.json")},
                                   environment);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(store.toUtf8()) && run.err.contains("locked"), run.err.constData());
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(runs(store).size(), 1);
        verifyWholeRuns(store);
    }

    void corruptSqlite()
    {
        if (m_pg)
            QSKIP("SQLite only");
        const QString store = newStore();
        const QByteArray garbage = QByteArray("this is not a database, only garbage bytes\n").repeated(200);
        {
            QFile file(store);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        for (const QStringList &arguments : {QStringList{QStringLiteral("list")},
                                             QStringList{QStringLiteral("add"), fixture("run1.json")}}) {
            const Run run = history(arguments, store);
            QCOMPARE(run.exitCode, 5);
            QVERIFY2(run.err.contains(store.toUtf8()) && run.err.contains("not a SQLite database"), run.err.constData());
        }
        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage); // left as it was
    }

    void unreachableServer()
    {
        // Port 1 on this machine: nothing listens. The password in the URL is never shown.
        const Run run = history({QStringLiteral("list")},
                                QStringLiteral("postgresql://someone:pw-not-to-show@127.0.0.1:1/db"));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("postgresql://someone@127.0.0.1:1/db"), run.err.constData());
        QVERIFY(!run.err.contains("pw-not-to-show"));
        const Run bad = history({QStringLiteral("list")}, QStringLiteral("postgresql://u@h/db?password=x"));
        QCOMPARE(bad.exitCode, 5);
        QVERIFY(!bad.err.contains("password=x"));
    }

    void wrongPasswordMissingDatabase()
    {
        if (!m_pg)
            QSKIP("PostgreSQL only");
        Run run = history({QStringLiteral("list")}, serverUrl(QStringLiteral("postgres"), QStringLiteral("wrong-secret-42")));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("password authentication failed"), run.err.constData());
        QVERIFY(!run.err.contains("wrong-secret-42"));
        QVERIFY(!run.err.contains(qgetenv("PGPASSWORD")));
        QVERIFY(run.err.contains(serverUrl(QStringLiteral("postgres")).toUtf8()));
        run = history({QStringLiteral("list")}, serverUrl(QStringLiteral("no_such_database")));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("no_such_database") && run.err.contains("does not exist"), run.err.constData());
        QVERIFY(!run.err.contains(qgetenv("PGPASSWORD")));
    }

    void connectionLostDuringAdd()
    {
        // PostgreSQL: the server ends the adding backend (pg_terminate_backend);
        // SQLite: the adding process is killed. Either way the run is absent afterwards.
        const QString store = newStore();
        QCOMPARE(history({QStringLiteral("add"), fixture("run1.json")}, store).exitCode, 0);
        const QString big = m_dir.filePath(QStringLiteral("big-kill.jsonl"));
        writeBigRun(big, 300'000, 0);
        QProcess adder;
        adder.start(QStringLiteral(ATTRISCOPE_BINARY),
                    {QStringLiteral("history"), QStringLiteral("add"), QStringLiteral("--db"), store, big});
        QVERIFY(adder.waitForStarted());
        bool interrupted = false;
        for (int i = 0; i < 6000 && !interrupted && adder.state() == QProcess::Running; ++i) {
            if (m_pg) {
                QSqlQuery query(admin());
                // A backend of ours inside a transaction that has written (it has an xid).
                query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = 'attriscope' "
                                          "AND backend_xid IS NOT NULL"));
                if (query.next()) {
                    QThread::msleep(300);
                    interrupted = query.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(query.value(0).toInt()));
                }
            } else if (QFile::exists(store + QStringLiteral("-journal"))) {
                QThread::msleep(300);
                adder.kill();
                interrupted = true;
            }
            if (!interrupted)
                adder.waitForFinished(10);
        }
        QVERIFY2(interrupted, "the add ended before it could be interrupted");
        QVERIFY(adder.waitForFinished(60'000));
        if (m_pg) {
            QCOMPARE(adder.exitCode(), 5);
            const QByteArray err = adder.readAllStandardError();
            QVERIFY2(err.contains(store.toUtf8()) && err.contains("nothing was stored"), err.constData());
        }
        QCOMPARE(runs(store).size(), 1);
        verifyWholeRuns(store);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM prompt_rows")), 23);
    }

    void concurrentAdders()
    {
        const QString store = newStore();
        QCOMPARE(history({QStringLiteral("list")}, store).exitCode, 0); // the schema exists
        const QString one = m_dir.filePath(QStringLiteral("big-1.jsonl"));
        const QString two = m_dir.filePath(QStringLiteral("big-2.jsonl"));
        writeBigRun(one, 40'000, 1);
        writeBigRun(two, 40'000, 2);
        // Two different runs at once, then the same content twice at once.
        for (const QStringList &files : {QStringList{one, two}, QStringList{fixture("run1.json"), fixture("run1.json")}}) {
            QProcess a, b;
            for (QProcess *p : {&a, &b}) {
                p->start(QStringLiteral(ATTRISCOPE_BINARY), {QStringLiteral("history"), QStringLiteral("add"),
                                                            QStringLiteral("--db"), store, files[p == &a ? 0 : 1]});
                QVERIFY(p->waitForStarted());
            }
            int added = 0;
            for (QProcess *p : {&a, &b}) {
                QVERIFY(p->waitForFinished(120'000));
                const QByteArray out = p->readAllStandardOutput(), err = p->readAllStandardError();
                // Both succeed, or one fails cleanly naming the store.
                QVERIFY2(p->exitCode() == 0 || (p->exitCode() == 5 && err.contains(store.toUtf8())), err.constData());
                added += out.contains("Added run") ? 1 : 0;
                if (files[0] == files[1])
                    QVERIFY2(p->exitCode() == 0, err.constData()); // the second waits, then finds it stored
            }
            if (files[0] == files[1])
                QCOMPARE(added, 1);
        }
        verifyWholeRuns(store);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
