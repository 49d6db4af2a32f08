// SPDX-License-Identifier: GPL-3.0-or-later
// Sources as a filter dimension: the Workbench builds what is shown from the
// ticked sources only, says how many groups pool two or more of them, and
// keeps one Dataset per source for Compare (issues #15 and #12).
#include "sourceloader.h"
#include "sourcepooling.h"
#include "workbench.h"

#include "../sweepfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Fixtures and the numbers below: tests/data/sources/README.md.
QString sourceFile(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/sources/") + name;
}

QList<SourceDataPtr> load(const QStringList &names)
{
    QStringList files;
    for (const QString &name : names)
        files.append(sourceFile(name));
    const LoadResult result = loadSourcesBlocking(files, LoadOptions{});
    return result.errors.isEmpty() ? result.sources : QList<SourceDataPtr>{};
}

// "model/method/hardware n=… mean=… median=…" per group, in dataset order.
QStringList groupsOf(const Dataset &dataset)
{
    QStringList rows;
    for (const GroupStats &g : dataset.groups())
        rows.append(QStringLiteral("%1/%2/%3 n=%4 mean=%5 median=%6")
                        .arg(dataset.models()[g.model], dataset.methods()[g.method], dataset.hardware()[g.hardware])
                        .arg(g.timedCount)
                        .arg(g.meanTime)
                        .arg(g.medianTime));
    return rows;
}

QStringList sourceNamesOf(const Dataset &dataset)
{
    QStringList names;
    for (const SourceDataPtr &source : dataset.sources())
        names.append(source->name);
    return names;
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void poolingCounts_data();
    void poolingCounts();
    void hiddenSourceLeavesTheDataset();
    void newerSourceChangeWins();
    void removeAndReloadKeepTheTicks();
    void datasetOfEachSource();
    void datasetOfLargeSourceOffTheGuiThread();

private:
    /// Loads the fixtures into `workbench` and waits for the dataset.
    static bool open(Workbench &workbench, const QStringList &names);
};

bool TestSources::open(Workbench &workbench, const QStringList &names)
{
    QStringList files;
    for (const QString &name : names)
        files.append(sourceFile(name));
    QSignalSpy shown(&workbench, &Workbench::datasetChanged);
    workbench.open(files);
    return shown.wait(10000) && !workbench.isBusy();
}

void TestSources::poolingCounts_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("pooledGroups");
    QTest::addColumn<int>("pooledSources");
    const auto files = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list.append(QString::fromLatin1(name));
        return list;
    };
    // One source pools nothing, however many groups it has.
    QTest::newRow("a alone") << files({"run_a.json"}) << 2 << 0 << 0;
    // M/a has rows of a and b.
    QTest::newRow("a + b") << files({"run_a.json", "run_b.json"}) << 3 << 1 << 2;
    // d shares no group: three shown, two pooled.
    QTest::newRow("a + b + d") << files({"run_a.json", "run_b.json", "run_d.json"}) << 4 << 1 << 2;
    // M/b: prompt rows of a, a method row of c.
    QTest::newRow("a + c (method row)") << files({"run_a.json", "run_c.json"}) << 3 << 1 << 2;
    QTest::newRow("all four") << files({"run_a.json", "run_b.json", "run_c.json", "run_d.json"}) << 5 << 2 << 3;
    // b has M/a and N/a, c has M/b and X/z: nothing in common.
    QTest::newRow("b + c") << files({"run_b.json", "run_c.json"}) << 4 << 0 << 0;
}

void TestSources::poolingCounts()
{
    QFETCH(QStringList, files);
    QFETCH(int, groups);
    QFETCH(int, pooledGroups);
    QFETCH(int, pooledSources);
    const QList<SourceDataPtr> sources = load(files);
    QCOMPARE(sources.size(), files.size());
    const DatasetPtr dataset = Dataset::build(sources);
    QCOMPARE(int(dataset->groups().size()), groups);
    const SourcePooling pooling = SourcePooling::of(*dataset);
    QCOMPARE(pooling.groups, pooledGroups);
    QCOMPARE(pooling.sources, pooledSources);
    QCOMPARE(pooling.isPooled(), pooledGroups > 0);
}

void TestSources::hiddenSourceLeavesTheDataset()
{
    Workbench workbench;
    QVERIFY(open(workbench, {QStringLiteral("run_a.json"), QStringLiteral("run_b.json")}));
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    QCOMPARE(workbench.sourceNames(), (QStringList{a, b}));
    QVERIFY(workbench.isSourceShown(a) && workbench.isSourceShown(b));
    // Both shown: M/a pools 1, 2, 3 (a) with 5, 7 (b): mean 18 / 5, median 3.
    QCOMPARE(groupsOf(*workbench.dataset()),
             (QStringList{QStringLiteral("M/a/G n=5 mean=3.6 median=3"), QStringLiteral("M/b/G n=2 mean=5 median=5"),
                          QStringLiteral("N/a/G n=1 mean=10 median=10")}));
    QCOMPARE(workbench.pooling().groups, 1);
    QCOMPARE(workbench.pooling().sources, 2);

    // b unticked: a's numbers alone, b stays loaded and nothing is read again.
    QSignalSpy jobs(&workbench, &Workbench::jobStarted);
    QSignalSpy listed(&workbench, &Workbench::sourcesChanged);
    QSignalSpy shown(&workbench, &Workbench::datasetChanged);
    workbench.setSourceShown(b, false);
    QCOMPARE(listed.size(), 1); // at once, before the build
    QVERIFY(!workbench.isSourceShown(b));
    QVERIFY(shown.wait(10000));
    QCOMPARE(sourceNamesOf(*workbench.dataset()), QStringList{a});
    QCOMPARE(groupsOf(*workbench.dataset()),
             (QStringList{QStringLiteral("M/a/G n=3 mean=2 median=2"), QStringLiteral("M/b/G n=2 mean=5 median=5")}));
    QCOMPARE(workbench.filteredGroups(), (std::vector<int>{0, 1}));
    QVERIFY(!workbench.pooling().isPooled());
    QCOMPARE(workbench.sourceNames(), (QStringList{a, b}));
    QCOMPARE(workbench.shownSourceNames(), QStringList{a});

    // a unticked, b ticked: b's numbers alone (M/a: 5, 7).
    workbench.setSourcesShown({b}, true);
    workbench.setSourceShown(a, false);
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QCOMPARE(groupsOf(*workbench.dataset()),
             (QStringList{QStringLiteral("M/a/G n=2 mean=6 median=6"), QStringLiteral("N/a/G n=1 mean=10 median=10")}));
    // The model filter applies to what the sources show.
    workbench.filter()->setShown(Dimension::Model, QStringLiteral("N"), false);
    QCOMPARE(workbench.filteredGroups(), std::vector<int>{0});

    // Both again: the pooled numbers are back.
    workbench.setSourceShown(a, true);
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QCOMPARE(groupsOf(*workbench.dataset()).first(), QStringLiteral("M/a/G n=5 mean=3.6 median=3"));
    QCOMPARE(workbench.pooling().groups, 1);
    QCOMPARE(jobs.size(), 0);

    // An unknown name changes nothing and starts no build.
    listed.clear();
    workbench.setSourceShown(QStringLiteral("/no/such/source.json"), false);
    QVERIFY(listed.isEmpty());
    QVERIFY(!workbench.isBusy());
}

// Regression guard for the one job tracker: two quick changes start two
// builds; only the newer one's dataset is ever shown.
void TestSources::newerSourceChangeWins()
{
    Workbench workbench;
    QVERIFY(open(workbench, {QStringLiteral("run_a.json"), QStringLiteral("run_b.json")}));
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    QSignalSpy shown(&workbench, &Workbench::datasetChanged);
    QSignalSpy changed(&workbench, &Workbench::changed);
    workbench.setSourceShown(b, false); // build 1: a alone
    workbench.setSourcesShown({b}, true);
    workbench.setSourceShown(a, false); // build 3: b alone
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QTest::qWait(50); // a stale result would arrive as a queued signal
    QCOMPARE(shown.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sourceNamesOf(*workbench.dataset()), QStringList{b});

    // Cancelled while building: the ticks go back to what is shown.
    workbench.setSourceShown(a, true);
    workbench.cancel();
    QVERIFY(!workbench.isSourceShown(a));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QTest::qWait(50);
    QCOMPARE(sourceNamesOf(*workbench.dataset()), QStringList{b});
}

void TestSources::removeAndReloadKeepTheTicks()
{
    Workbench workbench;
    QVERIFY(open(workbench, {QStringLiteral("run_a.json"), QStringLiteral("run_b.json")}));
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    workbench.setSourceShown(b, false);
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);

    // A reload reads both again; b stays unticked.
    QSignalSpy finished(&workbench, &Workbench::jobFinished);
    QCOMPARE(workbench.reload(), 1);
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QCOMPARE(workbench.sourceNames(), (QStringList{a, b}));
    QVERIFY(!workbench.isSourceShown(b));
    QCOMPARE(sourceNamesOf(*workbench.dataset()), QStringList{a});

    // Removing the shown one leaves a dataset with no source, not "nothing loaded".
    workbench.remove({a});
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    QCOMPARE(workbench.sourceNames(), QStringList{b});
    QVERIFY(workbench.dataset());
    QVERIFY(workbench.dataset()->sources().isEmpty());
    QVERIFY(workbench.dataset()->groups().empty());

    // A removed source that is opened again is shown, as any new source.
    workbench.remove({b});
    QVERIFY(!workbench.dataset());
    QVERIFY(open(workbench, {QStringLiteral("run_b.json")}));
    QVERIFY(workbench.isSourceShown(b));
    QCOMPARE(sourceNamesOf(*workbench.dataset()), QStringList{b});
}

void TestSources::datasetOfEachSource()
{
    Workbench workbench;
    QVERIFY(open(workbench, {QStringLiteral("run_a.json"), QStringLiteral("run_b.json")}));
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    workbench.setSourceShown(b, false); // hidden sources have theirs too
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);

    // Small sources are built at once.
    const DatasetPtr ofA = workbench.datasetOf(a);
    const DatasetPtr ofB = workbench.datasetOf(b);
    QVERIFY(ofA && ofB);
    QCOMPARE(sourceNamesOf(*ofA), QStringList{a});
    QCOMPARE(groupsOf(*ofA),
             (QStringList{QStringLiteral("M/a/G n=3 mean=2 median=2"), QStringLiteral("M/b/G n=2 mean=5 median=5")}));
    QCOMPARE(groupsOf(*ofB),
             (QStringList{QStringLiteral("M/a/G n=2 mean=6 median=6"), QStringLiteral("N/a/G n=1 mean=10 median=10")}));
    QCOMPARE(workbench.datasetOf(a), ofA); // kept, not built again
    QVERIFY(!workbench.datasetOf(QStringLiteral("/no/such/source.json")));

    // A reload replaces the source, and with it its dataset.
    QSignalSpy finished(&workbench, &Workbench::jobFinished);
    workbench.reloadSources({a});
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 10000);
    const DatasetPtr reloaded = workbench.datasetOf(a);
    QVERIFY(reloaded);
    QVERIFY(reloaded != ofA);
    QCOMPARE(reloaded->sources().front(), workbench.source(a));
    QCOMPARE(workbench.datasetOf(b), ofB);

    workbench.remove({a});
    QVERIFY(!workbench.datasetOf(a));
}

void TestSources::datasetOfLargeSourceOffTheGuiThread()
{
    // 3000 groups × 34 prompts = 102 000 rows: past the size built at once.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path, 34));
    Workbench workbench;
    QSignalSpy shown(&workbench, &Workbench::datasetChanged);
    workbench.open({path});
    QVERIFY(shown.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 30000);

    QSignalSpy ready(&workbench, &Workbench::sourceDatasetReady);
    QVERIFY(!workbench.datasetOf(path)); // building
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.front().front().toString(), path);
    const DatasetPtr own = workbench.datasetOf(path);
    QVERIFY(own);
    QCOMPARE(int(own->groups().size()), 30 * 20 * 5);
    QCOMPARE(own->promptRowCount(), std::int64_t(30 * 20 * 5 * 34));
    QVERIFY(own != workbench.dataset());

    // Asked for, then removed before it is built: the stale result is dropped.
    workbench.remove({path});
    ready.clear();
    QSignalSpy opened(&workbench, &Workbench::datasetChanged);
    workbench.open({path});
    QVERIFY(opened.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isBusy(), 30000);
    QVERIFY(!workbench.datasetOf(path));
    workbench.remove({path});
    QVERIFY(!ready.wait(2000));
    QVERIFY(!workbench.datasetOf(path));
}

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
