// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources list in the filter dock, the note on pooled sources, and Compare
// reading both runs from the session (issues #15 and #12).
#include "comparetab.h"
#include "filterpanel.h"
#include "mainwindow.h"
#include "namecolors.h"
#include "sessionsettings.h"
#include "sourcestatus.h"
#include "summarycards.h"
#include "workbench.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

// Fixtures and the numbers below: tests/data/sources/README.md.
QString sourceFile(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/sources/") + name;
}

bool loadInto(MainWindow &window, const QStringList &files)
{
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources(files);
    return applied.wait(10000);
}

QStringList itemTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(0) + QLatin1Char('=')
                     + (tree->topLevelItem(i)->checkState(0) == Qt::Checked ? QLatin1Char('1') : QLatin1Char('0')));
    return texts;
}

} // namespace

class TestSourceFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void dockListsSourcesAndHidesOne();
    void sourcesSectionIsCompact();
    void poolingNote();
    void compareOffersUntickedSources();
    void untickedSourcesRemembered();
    void sourceColoursStay();

private:
    QTemporaryDir m_settingsDir;
};

void TestSourceFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sourcefilter"));
}

void TestSourceFilter::init()
{
    QSettings().clear();
}

void TestSourceFilter::dockListsSourcesAndHidesOne()
{
    MainWindow window;
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    QVERIFY(loadInto(window, {a, b}));
    QTreeWidget *sources = window.filterPanel()->sourceList();
    QCOMPARE(itemTexts(sources), (QStringList{QStringLiteral("run_a.json=1"), QStringLiteral("run_b.json=1")}));
    QCOMPARE(sources->topLevelItem(0)->toolTip(0), a);
    QCOMPARE(sources->topLevelItem(1)->toolTip(0), b);
    // Prompt rows per source: a has 5, b 3.
    QCOMPARE(sources->topLevelItem(0)->text(1), QStringLiteral("5"));
    QCOMPARE(sources->topLevelItem(1)->text(1), QStringLiteral("3"));
    QTreeWidget *models = window.filterPanel()->list(Dimension::Model);
    QCOMPARE(models->topLevelItemCount(), 2); // M and N
    QCOMPARE(window.dataset()->promptRowCount(), 8);

    // Unticking b: every tab reads a's rows only; b stays in the list, unticked.
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    sources->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->sources().size(), 1);
    QCOMPARE(window.dataset()->sources().front()->name, a);
    QCOMPARE(window.dataset()->promptRowCount(), 5);
    QCOMPARE(int(window.filteredGroups().size()), 2); // M/a, M/b
    QCOMPARE(models->topLevelItemCount(), 1);         // N was b's only
    QCOMPARE(itemTexts(window.filterPanel()->sourceList()),
             (QStringList{QStringLiteral("run_a.json=1"), QStringLiteral("run_b.json=0")}));
    QVERIFY(!window.workbench()->isSourceShown(b));
    QCOMPARE(window.workbench()->sourceNames(), (QStringList{a, b}));

    // Ticking it again shows the pooled rows, without a new load.
    QSignalSpy jobs(window.workbench(), &Workbench::jobStarted);
    window.filterPanel()->sourceList()->topLevelItem(1)->setCheckState(0, Qt::Checked);
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->promptRowCount(), 8);
    QCOMPARE(jobs.size(), 0);

    // Removing a source takes it out of the list.
    window.workbench()->remove({a});
    QVERIFY(applied.wait(10000));
    QCOMPARE(itemTexts(window.filterPanel()->sourceList()), QStringList{QStringLiteral("run_b.json=1")});
}

void TestSourceFilter::sourcesSectionIsCompact()
{
    // A tall window with one short source list: the Sources heading sits right
    // above its list (it once floated in the dock's spare height), and the
    // list is as tall as its rows.
    MainWindow window;
    window.resize(1280, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadInto(window, {sourceFile(QStringLiteral("run_a.json"))}));
    QTest::qWait(50);
    QTreeWidget *sources = window.filterPanel()->sourceList();
    QWidget *section = sources->parentWidget();
    QLabel *heading = nullptr;
    for (QLabel *label : section->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QStringLiteral("Sources")))
            heading = label;
    }
    QVERIFY(heading);
    const int gap = sources->geometry().top() - heading->geometry().bottom();
    QVERIFY2(gap <= 12, qPrintable(QStringLiteral("%1 px between the heading and the list").arg(gap)));
    QVERIFY2(heading->height() <= 2 * heading->fontMetrics().height(),
             qPrintable(QStringLiteral("heading %1 px tall").arg(heading->height())));
}

void TestSourceFilter::poolingNote()
{
    MainWindow window;
    QLabel *note = window.filterPanel()->poolingNote();
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    const QString d = sourceFile(QStringLiteral("run_d.json"));
    // One source: nothing pooled, no note.
    QVERIFY(loadInto(window, {a}));
    QVERIFY(note->isHidden());
    // a and d share no group: still no note.
    QVERIFY(loadInto(window, {d}));
    QVERIFY(note->isHidden());
    // b shares M/a with a: two of the three sources pooled in one group.
    QVERIFY(loadInto(window, {b}));
    QVERIFY(!note->isHidden());
    QCOMPARE(note->text(), SourceStatus::poolingText({2, 1}));
    QVERIFY2(note->text().startsWith(QStringLiteral("2 sources pooled in 1 group")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("untick one")));
    // The status bar says it too, for when the dock is closed.
    QVERIFY(window.sourceStatus()->poolingNote().contains(note->text()));

    // Unticking a ends the pooling, and the note goes.
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.workbench()->setSourceShown(a, false);
    QVERIFY(applied.wait(10000));
    QVERIFY(note->isHidden());
    QVERIFY(window.sourceStatus()->poolingNote().isEmpty());
    window.workbench()->setSourceShown(a, true);
    QVERIFY(applied.wait(10000));
    QVERIFY(!note->isHidden());

    QVERIFY(SourceStatus::poolingText({0, 0}).isEmpty());
}

// Compare reads each run's own dataset from the session: an unticked source
// is still offered there (Compare never pools), and the model filter applies.
void TestSourceFilter::compareOffersUntickedSources()
{
    MainWindow window;
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    QVERIFY(loadInto(window, {a, b}));
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.workbench()->setSourceShown(b, false);
    QVERIFY(applied.wait(10000));

    CompareTab *compare = window.compareTab();
    window.tabWidget()->setCurrentWidget(compare);
    QCOMPARE(compare->baselineSource(), a);
    QCOMPARE(compare->candidateSource(), b);
    // M/a in both (a: 1, 2, 3 median 2; b: 5, 7 median 6), M/b only in a, N/a only in b.
    const Comparison &c = compare->comparison();
    QCOMPARE(c.groups.size(), std::size_t(3));
    QCOMPARE(c.groups[0].model, QStringLiteral("M"));
    QCOMPARE(c.groups[0].method, QStringLiteral("a"));
    QCOMPARE(c.groups[0].baselineMedian, 2.0);
    QCOMPARE(c.groups[0].candidateMedian, 6.0);
    QCOMPARE(c.groups[0].ratio, 3.0);

    // The window's model filter (N hidden) applies to both runs.
    window.workbench()->filter()->setShown(Dimension::Model, QStringLiteral("N"), false);
    QCOMPARE(compare->comparison().groups.size(), std::size_t(2));
}

// Unticked sources are remembered by name (issue 15): loaded again in a later
// session (a new window on the same settings) they start unticked; ticking one
// forgets it.
void TestSourceFilter::untickedSourcesRemembered()
{
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    {
        MainWindow window;
        QVERIFY(loadInto(window, {a, b}));
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.filterPanel()->sourceList()->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
        QVERIFY(applied.wait(10000));
        QCOMPARE(SessionSettings::untickedSources(), QStringList{b});
    }
    {
        MainWindow window;
        QVERIFY(loadInto(window, {a, b}));
        QVERIFY(window.workbench()->isSourceShown(a));
        QVERIFY(!window.workbench()->isSourceShown(b));
        QCOMPARE(itemTexts(window.filterPanel()->sourceList()),
                 (QStringList{QStringLiteral("run_a.json=1"), QStringLiteral("run_b.json=0")}));
        // What the tabs show is a's 5 rows, not the pooled 8.
        QCOMPARE(window.dataset()->promptRowCount(), 5);
        // A reload keeps the state the user gave it in this session: tick b, reload.
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.filterPanel()->sourceList()->topLevelItem(1)->setCheckState(0, Qt::Checked);
        QVERIFY(applied.wait(10000));
        QVERIFY(SessionSettings::untickedSources().isEmpty());
        window.workbench()->reloadSources({b});
        QVERIFY(applied.wait(10000));
        QVERIFY(window.workbench()->isSourceShown(b));
    }
    {
        MainWindow window;
        QVERIFY(loadInto(window, {a, b}));
        QVERIFY(window.workbench()->isSourceShown(b));
        QCOMPARE(window.dataset()->promptRowCount(), 8);
    }
}

// One colour per source for the session (issue 15, "colour by run"): the
// Sources list and Compare's run pickers show it, and it does not change
// when another source is unticked or loaded.
void TestSourceFilter::sourceColoursStay()
{
    MainWindow window;
    const QString a = sourceFile(QStringLiteral("run_a.json"));
    const QString b = sourceFile(QStringLiteral("run_b.json"));
    const QString d = sourceFile(QStringLiteral("run_d.json"));
    QVERIFY(loadInto(window, {a, b}));
    const auto colours = [&] { return window.workbench()->nameColors(); };
    // First listed, first slot of the sequence: a then b (the job's order).
    const QColor colourA = NameColors::slotColor(Dimension::Method, 0);
    const QColor colourB = NameColors::slotColor(Dimension::Method, 1);
    QVERIFY(colourA != colourB);
    QCOMPARE(colours()->sourceColor(a), colourA);
    QCOMPARE(colours()->sourceColor(b), colourB);
    const auto listed = [&](int row) {
        return window.filterPanel()->sourceList()->topLevelItem(row)->data(0, Qt::DecorationRole).value<QColor>();
    };
    QCOMPARE(listed(0), colourA);
    QCOMPARE(listed(1), colourB);

    // Unticking a: b keeps its colour, and so does a.
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.workbench()->setSourceShown(a, false);
    QVERIFY(applied.wait(10000));
    QCOMPARE(colours()->sourceColor(a), colourA);
    QCOMPARE(colours()->sourceColor(b), colourB);
    QCOMPARE(listed(0), colourA);
    QCOMPARE(listed(1), colourB);

    // Loading d: the next slot; a and b unchanged.
    QVERIFY(loadInto(window, {d}));
    QCOMPARE(colours()->sourceColor(d), NameColors::slotColor(Dimension::Method, 2));
    QCOMPARE(listed(0), colourA);
    QCOMPARE(listed(1), colourB);
    QCOMPARE(listed(2), NameColors::slotColor(Dimension::Method, 2));

    // Compare draws baseline and candidate in those colours: the pickers' swatches and the runs line.
    CompareTab *compare = window.compareTab();
    window.tabWidget()->setCurrentWidget(compare);
    compare->setSources(a, b);
    const auto pickerColour = [&](const char *name) {
        auto *box = compare->findChild<QComboBox *>();
        for (QComboBox *candidate : compare->findChildren<QComboBox *>()) {
            if (candidate->accessibleName() == QLatin1String(name))
                box = candidate;
        }
        // The swatch icon's middle pixel.
        const QImage swatch = box->itemIcon(box->currentIndex()).pixmap(QSize(8, 8)).toImage();
        return swatch.isNull() ? QColor() : QColor(swatch.pixel(4, 4));
    };
    QCOMPARE(pickerColour("Baseline run").rgb(), colourA.rgb());
    QCOMPARE(pickerColour("Candidate run").rgb(), colourB.rgb());
    QVERIFY2(compare->runsText().contains(colourA.name()) && compare->runsText().contains(colourB.name()),
             qPrintable(compare->runsText()));

    // Removed and loaded again, a source keeps its colour for the session.
    window.workbench()->remove({a});
    QVERIFY(applied.wait(10000));
    QVERIFY(loadInto(window, {a}));
    QCOMPARE(colours()->sourceColor(a), colourA);
}

QTEST_MAIN(TestSourceFilter)
#include "tst_sourcefilter.moc"
