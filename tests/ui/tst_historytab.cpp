// SPDX-License-Identifier: GPL-3.0-or-later
// The History tab, File ▸ Add to History, the store in Preferences and two runs
// in Compare, on SQLite stores this test makes in its own temporary folder
// (the location is always set explicitly: never the user's data folder).
#include "../historyfixture.h"

#include "comparetab.h"
#include "historyclient.h"
#include "historyrunsmodel.h"
#include "historytab.h"
#include "historytrendchart.h"
#include "historytrendmodel.h"
#include "emptystatestack.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "sessionsettings.h"
#include "workbench.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace HistoryFixture;

class TestHistoryTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void runsAndTrend();
    void twoRunsOpenInCompare();
    void addToHistoryThenAlreadyStored();
    void addToHistoryStoresTickedSources();
    void missingStoreIsNotCreated();
    void damagedStoreShowsBanner();
    void storeAccessIsAsynchronous();
    void preferencesNeverKeepPassword();
    void manyRunsThinTheRunAxis();

private:
    /// Shows the History tab of `window` on `store` and waits for the runs.
    bool showHistory(MainWindow &window, const QString &store);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestHistoryTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historytab"));
    m_store = m_dir.filePath(QStringLiteral("history.sqlite"));
    // As in tst_historymodels: a regression from run 1 to run 2, a new torch in run 3.
    QCOMPARE(addRun(m_store, QStringLiteral("first"), {writeRun(m_dir, QStringLiteral("r1.json"), tenTimes(1.0), QStringLiteral("2.1.0"), true)}), 1);
    QCOMPARE(addRun(m_store, QStringLiteral("slower"), {writeRun(m_dir, QStringLiteral("r2.json"), tenTimes(2.0), QStringLiteral("2.1.0"))}), 2);
    QCOMPARE(addRun(m_store, QStringLiteral("new torch"), {writeRun(m_dir, QStringLiteral("r3.json"), tenTimes(2.0), QStringLiteral("2.2.0"))}), 3);
}

void TestHistoryTab::init()
{
    QSettings().clear();
}

bool TestHistoryTab::showHistory(MainWindow &window, const QString &store)
{
    window.historyClient()->setLocation(store);
    QSignalSpy shown(window.historyTab(), &HistoryTab::runsShown);
    window.resize(1280, 800);
    window.show();
    window.tabWidget()->setCurrentWidget(window.historyTab()); // the first show reads the store
    return shown.wait(10000);
}

void TestHistoryTab::runsAndTrend()
{
    MainWindow window;
    HistoryTab *tab = window.historyTab();
    QSignalSpy trendShown(tab, &HistoryTab::trendShown);
    QVERIFY(showHistory(window, m_store));
    QCOMPARE(tab->runsModel()->rowCount(), 3);
    QVERIFY(tab->statusText().contains(QStringLiteral("3 run")));
    QVERIFY(tab->statusText().contains(m_store));
    QVERIFY(!tab->stateStack()->isShowingMessage());
    // Only the third run changed its environment.
    const QAbstractItemModel *view = tab->runsView()->model();
    QCOMPARE(view->index(2, HistoryRunsModel::EnvironmentColumn).data().toString(), QStringLiteral("G: torch 2.1.0 → 2.2.0"));
    QVERIFY(view->index(2, HistoryRunsModel::EnvironmentColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!view->index(1, HistoryRunsModel::EnvironmentColumn).data(Qt::BackgroundRole).isValid());

    // At first the first model and method on all hardware: (M, a, G).
    QVERIFY(trendShown.wait(10000));
    QCOMPARE(tab->trendModel()->series().size(), std::size_t(1));
    QCOMPARE(tab->trendModel()->series()[0].method, QStringLiteral("a"));
    // All methods: (M, a, G) and (M, b, G), the latter in run 1 only.
    trendShown.clear();
    tab->pickGroups(QStringLiteral("M"), QString(), QString());
    QVERIFY(trendShown.wait(10000));
    QCOMPARE(tab->trendModel()->series().size(), std::size_t(2));
    QCOMPARE(tab->trendModel()->series()[1].steps.size(), std::size_t(1));
    trendShown.clear();
    tab->pickGroups(QStringLiteral("M"), QStringLiteral("a"), QString());
    QVERIFY(trendShown.wait(10000));
    QCOMPARE(tab->trendModel()->series().size(), std::size_t(1));
    QCOMPARE(tab->trendModel()->rowCount(), 3);
    // Run 2 is slower than run 1 by compare's test; run 3 is the same as run 2.
    QCOMPARE(tab->trendModel()->regressions(), 1);
    QCOMPARE(tab->trendChart()->regressionMarks(), 1);
    QVERIFY(tab->trendNote().contains(QStringLiteral("1 regression")));
    // Hovering run 2's point names it and its verdict: three runs in the plot
    // area, run 2 in the middle slot (x at its centre); its median is that of
    // 2.0, 2.1, …, 2.9, 2.45 s, at 2.45 / top of the axis up from the bottom.
    HistoryTrendChart *chart = tab->trendChart();
    const QRectF plot = chart->plotArea();
    const double top = chart->plot().valueMax;
    const QPointF run2(plot.left() + plot.width() / 2, plot.bottom() - plot.height() * 2.45 / top);
    const QString tip = chart->toolTipAt(run2);
    QVERIFY2(tip.contains(QStringLiteral("Run 2 (slower)")), qPrintable(tip));
    QVERIFY2(tip.contains(HistoryTrendModel::verdictText(GroupComparison::Verdict::Regression)), qPrintable(tip));
    // At the top of the frame, far from every point: no tooltip.
    QVERIFY(chart->toolTipAt(QPointF(plot.left() + plot.width() / 2, plot.top() + 1)).isEmpty());
    // The dark palette: a dark background instead of a white one.
    QVERIFY(qGray(chart->grab().toImage().pixel(2, 2)) > 200);
    window.historyTab()->setDarkTheme(true);
    QVERIFY(qGray(chart->grab().toImage().pixel(2, 2)) < 64);
}

void TestHistoryTab::twoRunsOpenInCompare()
{
    MainWindow window;
    HistoryTab *tab = window.historyTab();
    QVERIFY(showHistory(window, m_store));
    QVERIFY(!tab->compareButton()->isEnabled());
    tab->selectRuns({2, 1});
    QCOMPARE(tab->selectedRuns(), (QList<qint64>{1, 2}));
    QVERIFY(tab->compareButton()->isEnabled());
    QSignalSpy ready(tab, &HistoryTab::compareReady);
    QTest::mouseClick(tab->compareButton(), Qt::LeftButton);
    QVERIFY(ready.wait(10000));
    CompareTab *compare = window.compareTab();
    QCOMPARE(window.tabWidget()->currentWidget(), compare);
    QCOMPARE(compare->baselineSource(), QStringLiteral("Run 1: first (history)"));
    QCOMPARE(compare->candidateSource(), QStringLiteral("Run 2: slower (history)"));
    // Both groups of run 1 against run 2: a is slower, b only in the baseline.
    QCOMPARE(compare->comparison().regressions, 1);
    QCOMPARE(compare->comparison().groups.size(), std::size_t(2));
    QCOMPARE(compare->comparison().groups[0].ratio, 2.45 / 1.45);
    QCOMPARE(compare->comparison().groups[1].verdict, GroupComparison::Verdict::Removed);
}

void TestHistoryTab::addToHistoryThenAlreadyStored()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("added.sqlite"));
    const QString run = writeRun(dir, QStringLiteral("run.json"), tenTimes(0.5), QStringLiteral("2.3.0"));
    MainWindow window;
    QVERIFY(showHistory(window, store));
    QVERIFY(!QFile::exists(store)); // reading an empty history makes no file
    QVERIFY(!window.mainActions()->addToHistory->isEnabled()); // nothing loaded
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({run});
    QVERIFY(applied.wait(10000));
    QVERIFY(window.mainActions()->addToHistory->isEnabled());

    QSignalSpy added(window.historyClient(), &HistoryClient::addFinished);
    QSignalSpy shown(window.historyTab(), &HistoryTab::runsShown);
    window.addToHistory(QStringLiteral("from the window"));
    QVERIFY(added.wait(10000));
    QCOMPARE(added.last().at(0).value<HistoryStore::AddResult>(), HistoryStore::AddResult::Added);
    QCOMPARE(added.last().at(1).toLongLong(), 1);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.historyTab()->runsModel()->rowCount(), 1);
    const HistoryRun &stored = window.historyTab()->runsModel()->runs().first();
    QCOMPARE(stored.label, QStringLiteral("from the window"));
    QCOMPARE(stored.promptRows, 10);
    QCOMPARE(stored.sources.value(0).name, run);
    QCOMPARE(window.historyTab()->selectedRuns(), QList<qint64>{1});

    window.addToHistory(QStringLiteral("again"));
    QVERIFY(added.wait(10000));
    QCOMPARE(added.last().at(0).value<HistoryStore::AddResult>(), HistoryStore::AddResult::AlreadyStored);
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("Already stored as run 1")), qPrintable(window.banner()->text()));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.historyTab()->runsModel()->rowCount(), 1);
}

// File ▸ Add to History stores what the window shows: the ticked sources only;
// with none ticked it says so and stores nothing.
void TestHistoryTab::addToHistoryStoresTickedSources()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("ticked.sqlite"));
    const QString first = writeRun(dir, QStringLiteral("first.json"), tenTimes(0.5), QStringLiteral("2.3.0"));
    const QString second = writeRun(dir, QStringLiteral("second.json"), tenTimes(0.7), QStringLiteral("2.3.0"));
    const QString third = writeRun(dir, QStringLiteral("third.json"), tenTimes(0.9), QStringLiteral("2.3.0"));
    MainWindow window;
    QVERIFY(showHistory(window, store));
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({first, second, third});
    QVERIFY(applied.wait(10000));
    QVERIFY2(window.addToHistoryText().startsWith(QStringLiteral("Store 3 loaded source")),
             qPrintable(window.addToHistoryText()));

    window.workbench()->setSourceShown(second, false);
    QVERIFY(applied.wait(10000));
    QVERIFY2(window.addToHistoryText().startsWith(QStringLiteral("Adds 2 of 3 loaded sources (the ticked ones)")),
             qPrintable(window.addToHistoryText()));
    QCOMPARE(window.mainActions()->addToHistory->statusTip(), window.addToHistoryText());
    QSignalSpy added(window.historyClient(), &HistoryClient::addFinished);
    QSignalSpy shown(window.historyTab(), &HistoryTab::runsShown);
    QVERIFY(window.addToHistory(QStringLiteral("two of three")));
    QVERIFY(added.wait(10000));
    QCOMPARE(added.last().at(0).value<HistoryStore::AddResult>(), HistoryStore::AddResult::Added);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.historyTab()->runsModel()->rowCount(), 1);
    const HistoryRun &stored = window.historyTab()->runsModel()->runs().first();
    QStringList storedNames;
    for (const HistorySource &source : stored.sources)
        storedNames.append(source.name);
    storedNames.sort();
    QCOMPARE(storedNames, (QStringList{first, third})); // "first.json" < "third.json", same folder
    // Ten prompts in each of the two stored files.
    QCOMPARE(stored.promptRows, 20);

    // None ticked: a message, nothing stored, the action still there to say why.
    window.workbench()->setSourcesShown({first, third}, false);
    QVERIFY(applied.wait(10000));
    QVERIFY(window.mainActions()->addToHistory->isEnabled());
    QVERIFY2(window.addToHistoryText().startsWith(QStringLiteral("None of the 3 loaded source")),
             qPrintable(window.addToHistoryText()));
    added.clear();
    QVERIFY(!window.addToHistory(QStringLiteral("none")));
    QVERIFY(window.banner()->isVisible());
    QVERIFY2(window.banner()->text().contains(QStringLiteral("nothing was stored")), qPrintable(window.banner()->text()));
    QVERIFY(!added.wait(500));
    HistoryStore check;
    QString error;
    QList<HistoryRun> runs;
    QVERIFY2(check.open(store, &error) && check.runs(&runs, &error), qPrintable(error));
    QCOMPARE(runs.size(), 1);
}

void TestHistoryTab::missingStoreIsNotCreated()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sub/missing.sqlite"));
    MainWindow window;
    QVERIFY(showHistory(window, store));
    QCOMPARE(window.historyTab()->runsModel()->rowCount(), 0);
    QVERIFY(window.historyTab()->stateStack()->isShowingMessage());
    QVERIFY(window.historyTab()->stateStack()->message().contains(QStringLiteral("No runs stored yet")));
    QVERIFY(!QFile::exists(store));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sub"))));
}

void TestHistoryTab::damagedStoreShowsBanner()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile file(store);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    MainWindow window;
    QSignalSpy failed(window.historyClient(), &HistoryClient::failed);
    QVERIFY(showHistory(window, store));
    QCOMPARE(failed.count(), 1);
    QVERIFY(window.banner()->isVisible());
    QCOMPARE(window.banner()->tone(), ToneFrame::Error);
    QVERIFY2(window.banner()->text().contains(QStringLiteral("not a SQLite database")), qPrintable(window.banner()->text()));
    QVERIFY(window.banner()->text().contains(store));
    QVERIFY(window.historyTab()->stateStack()->isShowingMessage());
    QCOMPARE(file.size(), 4096); // never written
}

void TestHistoryTab::storeAccessIsAsynchronous()
{
    HistoryClient client;
    client.setLocation(m_store);
    QSignalSpy listed(&client, &HistoryClient::runsListed);
    client.listRuns();
    QCOMPARE(listed.count(), 0); // the store is read on a pool thread, the result comes later
    QVERIFY(client.isBusy(HistoryClient::Request::List));
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.last().at(0).value<QList<HistoryRun>>().size(), 3);
    QVERIFY(!client.isBusy(HistoryClient::Request::List));

    // A newer request supersedes an older one: one result, the newest.
    client.listRuns();
    client.listRuns();
    QVERIFY(listed.wait(10000));
    QTest::qWait(200);
    QCOMPARE(listed.count(), 2);
}

void TestHistoryTab::preferencesNeverKeepPassword()
{
    QCOMPARE(SessionSettings::historyLocation(), HistoryStore::defaultLocation());
    SessionSettings::setHistoryLocation(QStringLiteral("postgresql://alice:s3cret@db.example:5433/runs"));
    QCOMPARE(SessionSettings::historyLocation(), QStringLiteral("postgresql://alice@db.example:5433/runs"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("s3cret")));

    PreferencesDialog dialog(SessionSettings::historyLocation());
    QCOMPARE(dialog.locationEdit()->text(), QStringLiteral("postgresql://alice@db.example:5433/runs"));
    dialog.locationEdit()->setText(QStringLiteral("postgresql://bob:hunter2@other/db"));
    QVERIFY(dialog.noteText().contains(QStringLiteral("will not be kept")));
    QCOMPARE(dialog.historyLocation(), QStringLiteral("postgresql://bob@other/db"));
    dialog.locationEdit()->setText(m_store);
    QVERIFY(!dialog.noteText().contains(QStringLiteral("will not be kept")));
    QCOMPARE(dialog.historyLocation(), m_store);
    dialog.locationEdit()->clear();
    QCOMPARE(dialog.historyLocation(), HistoryStore::defaultLocation());

    SessionSettings::setHistoryLocation(HistoryStore::defaultLocation());
    QVERIFY(!QSettings().contains(QStringLiteral("history/location")));
}

void TestHistoryTab::manyRunsThinTheRunAxis()
{
    // Past 25 runs the run axis labels about every n-th run (a label every few
    // pixels is unreadable; a point's tooltip names its run): at 30 runs every
    // (30 + 24) / 25 = 2nd run from the first, and the last.
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("many.sqlite"));
    for (int i = 0; i < 30; ++i) {
        const QString file = writeRun(dir, QStringLiteral("r%1.json").arg(i + 1), tenTimes(1.0 + i), QStringLiteral("2.1.0"));
        QCOMPARE(addRun(store, QStringLiteral("r%1").arg(i + 1), {file}), qint64(i + 1));
    }
    MainWindow window;
    HistoryTab *tab = window.historyTab();
    QSignalSpy trendShown(tab, &HistoryTab::trendShown);
    QVERIFY(showHistory(window, store));
    QVERIFY(trendShown.count() > 0 || trendShown.wait(10000));
    QCOMPARE(tab->trendModel()->rowCount(), 30);
    QStringList expected;
    for (int run = 1; run <= 29; run += 2)
        expected.append(QStringLiteral("%1: r%1").arg(run));
    expected.append(QStringLiteral("30: r30"));
    QCOMPARE(tab->trendChart()->runAxisLabels(), expected);
}

QTEST_MAIN(TestHistoryTab)
#include "tst_historytab.moc"
