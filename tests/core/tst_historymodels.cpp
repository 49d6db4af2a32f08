// SPDX-License-Identifier: GPL-3.0-or-later
// The History tab's models on a SQLite store made here: the runs table with the
// environment changes against the previous run, and the trend of one group with
// medians, intervals and verdicts worked out by hand (docs/metrics.md).
#include "../historyfixture.h"

#include "historyrunsmodel.h"
#include "historytrend.h"
#include "historytrendmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <QFile>

#include <cmath>
#include <numeric>

using namespace HistoryFixture;

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

/// Runs a statement on a SQLite file through a connection of the test's own:
/// the first column of its first row, or an invalid value on failure.
QVariant execOn(const QString &file, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("%s: %s", qPrintable(file), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        else
            value = query.next() ? query.value(0) : QVariant(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test"));
    return value;
}

/// The group (M, method, G) as HistoryStore::trend lists it (only the names matter to groupTimes).
HistoryTrendGroup groupNamed(const char *method)
{
    return {QStringLiteral("M"), QString::fromLatin1(method), QStringLiteral("G"), {}};
}

} // namespace

class TestHistoryModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("history.sqlite"));
        // Run 1: 1.0 … 1.9 s; run 2: 2.0 … 2.9 s, same environment; run 3: the
        // times of run 2 under torch 2.2.0 (other bytes, so another run).
        QCOMPARE(addRun(m_store, QStringLiteral("first"), {writeRun(m_dir, QStringLiteral("r1.json"), tenTimes(1.0), QStringLiteral("2.1.0"), true)}), 1);
        QCOMPARE(addRun(m_store, QStringLiteral("slower"), {writeRun(m_dir, QStringLiteral("r2.json"), tenTimes(2.0), QStringLiteral("2.1.0"))}), 2);
        QCOMPARE(addRun(m_store, QStringLiteral("new torch"), {writeRun(m_dir, QStringLiteral("r3.json"), tenTimes(2.0), QStringLiteral("2.2.0"))}), 3);
    }

    void runsTable()
    {
        HistoryRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        QList<HistoryRun> runs;
        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        model.setRuns(runs);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(HistoryRunsModel::ColumnCount));
        QCOMPARE(column(model, HistoryRunsModel::IdColumn), strings({"1", "2", "3"}));
        QCOMPARE(column(model, HistoryRunsModel::LabelColumn), strings({"first", "slower", "new torch"}));
        // Run 1 has ten prompts of a and ten of b; the others ten of a.
        QCOMPARE(column(model, HistoryRunsModel::PromptRowsColumn), strings({"20", "10", "10"}));
        QCOMPARE(column(model, HistoryRunsModel::MethodRowsColumn), strings({"2", "1", "1"}));
        QCOMPARE(column(model, HistoryRunsModel::SourcesColumn), strings({"r1.json", "r2.json", "r3.json"}));
        QCOMPARE(column(model, HistoryRunsModel::EnvironmentColumn),
                 strings({"first run", "unchanged", "G: torch 2.1.0 → 2.2.0"}));
        QCOMPARE(column(model, HistoryRunsModel::EnvironmentColumn, HistoryRunsModel::EnvironmentChangedRole),
                 strings({"false", "false", "true"}));
        const QModelIndex changed = model.index(2, HistoryRunsModel::EnvironmentColumn);
        QVERIFY(changed.data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, HistoryRunsModel::EnvironmentColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(changed.data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("G: platform Linux, CPU Xeon, cores 32, memory GB 256, GPU G, torch 2.2.0, CUDA yes")));
        QCOMPARE(model.index(0, HistoryRunsModel::AddedColumn).data().toString(),
                 runs[0].added.toString(QStringLiteral("yyyy-MM-dd HH:mm"))); // TZ=UTC
        QCOMPARE(model.index(2, 0).data(HistoryRunsModel::RunIdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(9), -1);

        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void environmentChanges_data()
    {
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("gpu and cuda") << strings({"G: GPU G → H, CUDA yes → no"});
        QTest::newRow("machine added and removed") << strings({"K: new machine", "G: not in this run"});
    }

    void environmentChanges()
    {
        QFETCH(QStringList, expected);
        HistoryRun before, after;
        HistoryEnvironment g;
        g.hardware = QStringLiteral("G");
        g.gpu = QStringLiteral("G");
        g.cuda = TriState::True;
        before.environment = {g};
        if (QByteArray(QTest::currentDataTag()) == "gpu and cuda") {
            g.gpu = QStringLiteral("H");
            g.cuda = TriState::False;
        } else {
            g.hardware = QStringLiteral("K");
        }
        after.environment = {g};
        QCOMPARE(HistoryRunsModel::environmentChanges(before, after), expected);
        QCOMPARE(HistoryRunsModel::environmentChanges(before, before), QStringList());
    }

    void trendWithVerdicts()
    {
        HistoryTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        std::vector<HistoryTrendGroup> groups;
        QVERIFY2(store.trend(&groups, &error), qPrintable(error));
        QCOMPARE(groups.size(), std::size_t(2)); // (M, a, G) in three runs, (M, b, G) in the first
        std::erase_if(groups, [](const HistoryTrendGroup &g) { return g.method != QLatin1String("a"); });
        std::vector<HistoryTrendSeries> series;
        QVERIFY2(HistoryTrend::compute(store, groups, 5, 0.05, &series, &error), qPrintable(error));
        model.setSeries(series);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, HistoryTrendModel::RunColumn), strings({"1", "2", "3"}));
        // Medians of ten times 0.1 s apart: the mean of the 5th and 6th. Interval:
        // j = ⌊5 − 0.98·√10⌋ = 1, k = ⌈6 + 0.98·√10⌉ = 10, so the first and the last time.
        const double medians[] = {1.45, 2.45, 2.45};
        const double lows[] = {1.0, 2.0, 2.0};
        const double highs[] = {1.9, 2.9, 2.9};
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.index(row, HistoryTrendModel::MedianColumn).data(TableModel::SortRole).toDouble(), medians[row]);
            QCOMPARE(model.index(row, HistoryTrendModel::CiLowColumn).data(TableModel::SortRole).toDouble(), lows[row]);
            QCOMPARE(model.index(row, HistoryTrendModel::CiHighColumn).data(TableModel::SortRole).toDouble(), highs[row]);
            QCOMPARE(model.index(row, HistoryTrendModel::NColumn).data(TableModel::SortRole).toLongLong(), 10);
        }
        // Run 2 against run 1: 2.45 / 1.45; every time of run 2 above every one of
        // run 1, so U = 100, z = (100 − 50 − 0.5) / √175 = 3.74, p ≈ 0.0002 < 0.05.
        QVERIFY(!model.index(0, HistoryTrendModel::RatioColumn).data(TableModel::SortRole).isValid());
        QCOMPARE(model.index(1, HistoryTrendModel::RatioColumn).data(TableModel::SortRole).toDouble(), 2.45 / 1.45);
        QCOMPARE(model.index(1, HistoryTrendModel::RatioColumn).data().toString(), QStringLiteral("1.69×"));
        QCOMPARE(series[0].steps[1].change.pValue, std::erfc((100 - 50 - 0.5) / std::sqrt(175.0) / std::sqrt(2.0)));
        // Run 3 has run 2's times: ratio 1, the same.
        QCOMPARE(model.index(2, HistoryTrendModel::RatioColumn).data(TableModel::SortRole).toDouble(), 1.0);
        QCOMPARE(column(model, HistoryTrendModel::VerdictColumn), strings({"first run", "Regression", "Same"}));
        QCOMPARE(column(model, HistoryTrendModel::VerdictColumn, TableModel::SortRole),
                 strings({"added", "regression", "same"}));
        QCOMPARE(model.regressions(), 1);
        QCOMPARE(column(model, HistoryTrendModel::LabelColumn), strings({"first", "slower", "new torch"}));
    }

    void trendVerdictIsHistoryChecks()
    {
        // `history check --baseline 1` on run 2 compares the whole runs with
        // Comparison::compute; the trend reads one group of each. Same numbers.
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        DatasetPtr before, after;
        QVERIFY2(store.loadRun(1, &before, &error) && store.loadRun(2, &after, &error), qPrintable(error));
        std::vector<int> all1(before->groups().size()), all2(after->groups().size());
        std::iota(all1.begin(), all1.end(), 0);
        std::iota(all2.begin(), all2.end(), 0);
        const Comparison check = Comparison::compute(*before, all1, *after, all2, 5, 0.05);
        std::vector<HistoryTrendGroup> groups;
        QVERIFY2(store.trend(&groups, &error), qPrintable(error));
        std::erase_if(groups, [](const HistoryTrendGroup &g) { return g.method != QLatin1String("a"); });
        std::vector<HistoryTrendSeries> series;
        QVERIFY2(HistoryTrend::compute(store, groups, 5, 0.05, &series, &error), qPrintable(error));
        const GroupComparison &fromCheck = check.groups.front();
        const GroupComparison &fromTrend = series.front().steps[1].change;
        QCOMPARE(fromCheck.method, QStringLiteral("a"));
        QCOMPARE(fromTrend.verdict, fromCheck.verdict);
        QCOMPARE(fromTrend.ratio, fromCheck.ratio);
        QCOMPARE(fromTrend.pValue, fromCheck.pValue);
        QCOMPARE(fromTrend.baselineN, fromCheck.baselineN);
        QCOMPARE(fromTrend.candidateN, fromCheck.candidateN);
    }

    void loadRunReadsOnlyTheGroupsAsked()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        DatasetPtr all, onlyB;
        QVERIFY2(store.loadRun(1, &all, &error), qPrintable(error));
        QVERIFY2(store.loadRun(1, &onlyB, &error, {{}, {QStringLiteral("b")}, {}}), qPrintable(error));
        QCOMPARE(all->promptRowCount(), std::int64_t(20));
        QCOMPARE(onlyB->promptRowCount(), std::int64_t(10));
        QCOMPARE(onlyB->methods(), QStringList{QStringLiteral("b")});
        DatasetPtr none;
        QVERIFY2(store.loadRun(1, &none, &error, {{QStringLiteral("no such model")}, {}, {}}), qPrintable(error));
        QCOMPARE(none->promptRowCount(), std::int64_t(0));
    }

    void groupTimesStoredWithTheRun()
    {
        // Each group's successful prompt times, sorted, as the fixture wrote them.
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        std::vector<std::map<qint64, std::vector<double>>> times;
        QVERIFY2(store.groupTimes({groupNamed("a"), groupNamed("b"), groupNamed("zz")}, &times, &error), qPrintable(error));
        QCOMPARE(times.size(), std::size_t(3));
        QCOMPARE(times[0].size(), std::size_t(3)); // a in runs 1, 2, 3
        QCOMPARE(times[0].at(1), tenTimes(1.0));
        QCOMPARE(times[0].at(2), tenTimes(2.0));
        QCOMPARE(times[0].at(3), tenTimes(2.0));
        QCOMPARE(times[1].size(), std::size_t(1)); // b in run 1 only
        QCOMPARE(times[1].at(1), tenTimes(1.0));
        QVERIFY(times[2].empty());
    }

    void trendReadsNoPromptRows()
    {
        // The window's trend tests the times stored with each run: with every prompt
        // row gone from a copy of the store its verdicts are still the hand-worked ones.
        const QString copy = m_dir.filePath(QStringLiteral("no-prompt-rows.sqlite"));
        QVERIFY(QFile::copy(m_store, copy));
        QVERIFY(execOn(copy, QStringLiteral("DELETE FROM prompt_rows")).isValid());
        QCOMPARE(execOn(copy, QStringLiteral("SELECT COUNT(*) FROM prompt_rows")).toInt(), 0);
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        std::vector<HistoryTrendGroup> groups;
        QVERIFY2(store.trend(&groups, &error), qPrintable(error));
        std::erase_if(groups, [](const HistoryTrendGroup &g) { return g.method != QLatin1String("a"); });
        std::vector<HistoryTrendSeries> series;
        QVERIFY2(HistoryTrend::compute(store, groups, 5, 0.05, &series, &error), qPrintable(error));
        QCOMPARE(series.at(0).steps.size(), std::size_t(3));
        // As in trendWithVerdicts: run 2 above every time of run 1 (U = 100), run 3 = run 2.
        QCOMPARE(series[0].steps[1].change.verdict, GroupComparison::Verdict::Regression);
        QCOMPARE(series[0].steps[1].change.pValue, std::erfc((100 - 50 - 0.5) / std::sqrt(175.0) / std::sqrt(2.0)));
        QCOMPARE(series[0].steps[1].change.baselineN, 10);
        QCOMPARE(series[0].steps[2].change.verdict, GroupComparison::Verdict::Same);
        QCOMPARE(series[0].steps[2].change.ratio, 1.0);
    }

    void migratesStoreOfVersion1()
    {
        // tests/data/history/store-v1.sqlite: written by AttriScope with schema
        // version 1 (commit f6b8958, before group_times) from run1.json, run2.json and
        // run3.json (tests/data/history/README.md). Opening it migrates it.
        const QString copy = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(ATTRISCOPE_TEST_DATA "/history/store-v1.sqlite"), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(copy, &error), qPrintable(error));
        std::vector<std::map<qint64, std::vector<double>>> times;
        QVERIFY2(store.groupTimes({groupNamed("a"), groupNamed("c"), groupNamed("f")}, &times, &error), qPrintable(error));
        QCOMPARE(times[0].size(), std::size_t(3)); // a in every run
        QCOMPARE(times[0].at(1), (std::vector<double>{1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9}));
        QCOMPARE(times[0].at(2), (std::vector<double>{1.5, 1.65, 1.8, 1.95, 2.1, 2.25, 2.4, 2.55, 2.7, 2.85}));
        QCOMPARE(times[0].at(3), (std::vector<double>{0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}));
        QCOMPARE(times[1].at(2), (std::vector<double>{1.0, 2.0, 3.0}));
        QCOMPARE(times[2].size(), std::size_t(1)); // f: run 2 only
        QCOMPARE(times[2].at(2), std::vector<double>(6, 1.0));

        // The trend's verdicts on the migrated store, as tst_history works them out for `history check`.
        std::vector<HistoryTrendGroup> groups;
        QVERIFY2(store.trend(&groups, &error), qPrintable(error));
        QCOMPARE(groups.size(), std::size_t(4));
        std::vector<HistoryTrendSeries> series;
        QVERIFY2(HistoryTrend::compute(store, groups, 5, 0.05, &series, &error), qPrintable(error));
        QCOMPARE(series[0].method, QStringLiteral("a"));
        QCOMPARE(series[0].steps[1].change.verdict, GroupComparison::Verdict::Regression);
        QCOMPARE(series[0].steps[1].change.ratio, 1.5); // 2.175 / 1.45
        QVERIFY(std::abs(series[0].steps[1].change.pValue - 0.0021853274789521097) < 1e-12);
        QCOMPARE(series[0].steps[2].change.verdict, GroupComparison::Verdict::Improvement);
        QVERIFY(std::abs(series[0].steps[2].change.pValue - std::erfc(49.5 / std::sqrt(175.0) / std::sqrt(2.0))) < 1e-12);
        QCOMPARE(series[1].method, QStringLiteral("b"));
        QCOMPARE(series[1].steps[1].change.verdict, GroupComparison::Verdict::Same);
        QCOMPARE(series[1].steps[1].change.pValue, 1.0);
        QCOMPARE(series[2].method, QStringLiteral("c"));
        QCOMPARE(series[2].steps[1].change.verdict, GroupComparison::Verdict::TooFew);

        // What else the file held is as it was; the version is 2 now.
        QList<HistoryRun> runs;
        QVERIFY2(store.runs(&runs, &error), qPrintable(error));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs[1].promptRows, 29);
        DatasetPtr run2;
        QVERIFY2(store.loadRun(2, &run2, &error), qPrintable(error));
        QCOMPARE(run2->promptRowCount(), std::int64_t(29));
        QCOMPARE(execOn(copy, QStringLiteral("SELECT version FROM schema_version")).toInt(), 2);
        QCOMPARE(execOn(copy, QStringLiteral("SELECT COUNT(*) FROM group_times")).toInt(), 3 + 4 + 3);
        HistoryStore again; // a second open finds version 2 and adds nothing
        QVERIFY2(again.open(copy, &error), qPrintable(error));
        QCOMPARE(execOn(copy, QStringLiteral("SELECT COUNT(*) FROM group_times")).toInt(), 3 + 4 + 3);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModels)
#include "tst_historymodels.moc"
