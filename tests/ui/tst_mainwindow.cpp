// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttab.h"
#include "datatab.h"
#include "prompttimingmodel.h"
#include "exportcontroller.h"
#include "filterpanel.h"
#include "filterstate.h"
#include "insightcard.h"
#include "hardwaretab.h"
#include "historytab.h"
#include "insightstab.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "messagebanner.h"
#include "openurldialog.h"
#include "workbench.h"
#include "sourcestatus.h"
#include "summarycards.h"
#include "timingfilterproxymodel.h"
#include "warningsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDragEnterEvent>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QClipboard>
#include <QTest>
#include <QTimer>
#include <QMessageBox>
#include <QTreeWidget>

namespace {

QString testFile(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/") + name;
}

// Drags `mime` onto the window and drops it. Qt delivers a drop only to the
// widget that accepted the drag's enter event.
bool dragAndDrop(QWidget &window, QMimeData *mime)
{
    const QPointF at(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

// A writable copy of a fixture as `dir`/timing.json; empty on failure.
QString writableCopy(const QTemporaryDir &dir, const QString &fixture)
{
    const QString path = dir.filePath(QStringLiteral("timing.json"));
    QFile::remove(path);
    if (!QFile::copy(testFile(fixture), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Loads `files` into the window and waits until the tabs have the data.
bool loadInto(MainWindow &window, const QStringList &files)
{
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources(files);
    return applied.wait(10000);
}

QStringList cardTexts(const SummaryCards &cards)
{
    QStringList texts;
    for (int i = 0; i < SummaryCards::CardCount; ++i)
        texts.append(cards.cardText(SummaryCards::Card(i)));
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void dropLoadsAndMerges();
    void dropNamesUnloadableItems();
    void mimeDataLocations();
    void filterUpdatesCardsAndTabs();
    void filterPanelAllNoneAndSearch();
    void failedLoadKeepsData();
    void failedReloadKeepsData();
    void sameNameReplacesSource();
    void shortcuts();
    void tabShortcutsSwitchTabs();
    void overviewOpensFullTab();
    void fitsSmallScreen();
    void aboutBox();
    void insightClickSetsFilter();
    void dataTabSearchNarrowsRows();
    void settingsRestored();
    void removeSource();
    void restoreSessionReopensSources();
    void warningsDialogSaysHowManyMore();
    void groupsCsv();
    void urlDialogHeaders();
    void urlHeadersNotStoredUnlessAsked();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::dropLoadsAndMerges()
{
    MainWindow window;
    auto *mime = new QMimeData; // owned by the event's caller, as in a real drag
    mime->setUrls({QUrl::fromLocalFile(testFile(QStringLiteral("two_models.json"))),
                   QUrl::fromLocalFile(testFile(QStringLiteral("h200.json")))});
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    QVERIFY(dragAndDrop(window, mime));
    QVERIFY(applied.wait(10000));
    delete mime;

    const DatasetPtr dataset = window.dataset();
    QVERIFY(dataset);
    QCOMPARE(dataset->sources().size(), 2);
    QCOMPARE(dataset->models(), (QStringList{QStringLiteral("BART"), QStringLiteral("GPT-2")}));
    QCOMPARE(dataset->hardware(), (QStringList{QStringLiteral("NVIDIA H200"), QStringLiteral("Tesla T4")}));
    QCOMPARE(int(window.filteredGroups().size()), 6);
    QCOMPARE(dataset->promptRowCount(), 18);
    QVERIFY(window.banner()->isHidden());
    // 17 of 18 prompts succeeded; the fastest group is BART attention on the H200.
    QVERIFY2(window.summaryCards()->cardText(SummaryCards::SuccessRateCard).contains(QStringLiteral("94.4")),
             qPrintable(cardTexts(*window.summaryCards()).join(QLatin1Char('|'))));
    QVERIFY(window.summaryCards()->cardText(SummaryCards::FastestCard).contains(QStringLiteral("NVIDIA H200")));
    QVERIFY(window.summaryCards()->cardText(SummaryCards::SlowestCard).contains(QStringLiteral("GPT-2")));
    // The card text is not selectable; Copy in the card's context menu puts it on the clipboard.
    const QList<QAction *> actions = window.summaryCards()->cardWidget(SummaryCards::FastestCard)->actions();
    QCOMPARE(actions.size(), 1);
    QGuiApplication::clipboard()->clear();
    actions.first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("Fastest: ") + window.summaryCards()->cardText(SummaryCards::FastestCard));
    QVERIFY(window.sourceStatus()->rowsText().contains(QStringLiteral("18")));
    QVERIFY(window.sourceStatus()->sourcesText().contains(QStringLiteral("h200.json")));
}

void TestMainWindow::dropNamesUnloadableItems()
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(testFile(QStringLiteral("notes.txt"))),
                  QUrl::fromLocalFile(testFile(QStringLiteral("two_models.json")))});
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    QVERIFY(dragAndDrop(window, &mime));
    QVERIFY(!window.banner()->isHidden());
    QVERIFY(window.banner()->text().contains(QStringLiteral("notes.txt")));
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->sources().size(), 1);
}

void TestMainWindow::mimeDataLocations()
{
    QMimeData text;
    text.setText(QStringLiteral("https://example.com/performance/timing\nftp://example.com/x.json\n"));
    QStringList rejected;
    QCOMPARE(MainWindow::locationsFromMimeData(&text, &rejected),
             QStringList{QStringLiteral("https://example.com/performance/timing")});
    QCOMPARE(rejected.size(), 1);
    QVERIFY(rejected.first().contains(QStringLiteral("ftp://example.com/x.json")));

    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(QStringLiteral(ATTRISCOPE_TEST_DATA))});
    rejected.clear();
    QVERIFY(MainWindow::locationsFromMimeData(&folder, &rejected).isEmpty());
    QCOMPARE(rejected.size(), 1);
}

void TestMainWindow::filterUpdatesCardsAndTabs()
{
    MainWindow window;
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json")), testFile(QStringLiteral("h200.json"))}));
    const QString fastestBefore = window.summaryCards()->cardText(SummaryCards::FastestCard);
    QVERIFY(fastestBefore.contains(QStringLiteral("NVIDIA H200")));

    // Untick the H200 in the filter panel, as a user would.
    QTreeWidget *hardware = window.filterPanel()->list(Dimension::Hardware);
    QCOMPARE(hardware->topLevelItemCount(), 2);
    QTreeWidgetItem *h200 = hardware->topLevelItem(0);
    QCOMPARE(h200->text(0), QStringLiteral("NVIDIA H200"));
    QCOMPARE(h200->text(1), QStringLiteral("6")); // prompt rows
    h200->setCheckState(0, Qt::Unchecked);

    QVERIFY(!window.filterState()->isShown(Dimension::Hardware, QStringLiteral("NVIDIA H200")));
    QCOMPARE(int(window.filteredGroups().size()), 4);
    const QString fastestAfter = window.summaryCards()->cardText(SummaryCards::FastestCard);
    QVERIFY2(fastestAfter.contains(QStringLiteral("Tesla T4")), qPrintable(fastestAfter));
    QVERIFY(window.summaryCards()->cardText(SummaryCards::SuccessRateCard).contains(QStringLiteral("1 hardware")));
    // The insights follow the filter: none of them talks about the hidden hardware.
    // Tabs off screen are refreshed when shown, as a user would see them.
    window.tabWidget()->setCurrentWidget(window.insightsTab());
    QVERIFY(!window.insightsTab()->insights().isEmpty());
    for (const Insight &insight : window.insightsTab()->insights())
        QVERIFY(!insight.hardware.contains(QStringLiteral("NVIDIA H200")));

    // Nothing selected: the cards say so instead of showing numbers.
    window.filterState()->setShown(Dimension::Hardware, QStringLiteral("Tesla T4"), false);
    QVERIFY(window.filteredGroups().empty());
    QVERIFY(window.summaryCards()->cardText(SummaryCards::FastestCard).contains(QStringLiteral("Nothing matches")));
    QVERIFY(window.insightsTab()->insights().isEmpty());
    QCOMPARE(hardware->topLevelItem(1)->checkState(0), Qt::Unchecked); // the panel follows the state
}

void TestMainWindow::filterPanelAllNoneAndSearch()
{
    FilterState state;
    FilterPanel panel(&state);
    auto result = loadSourcesBlocking({testFile(QStringLiteral("two_models.json"))}, LoadOptions());
    QCOMPARE(result.sources.size(), 1);
    panel.setDataset(Dataset::build(result.sources));
    QTreeWidget *models = panel.list(Dimension::Model);
    QCOMPARE(models->topLevelItemCount(), 2);

    panel.setSearchText(QStringLiteral("gpt"));
    QVERIFY(models->topLevelItem(0)->isHidden());
    QVERIFY(!models->topLevelItem(1)->isHidden());
    // "None" hides what the search leaves visible, not the rest.
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
    QPushButton *hideModels = nullptr;
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QStringLiteral("Hide all models"))
            hideModels = button;
    }
    QVERIFY(hideModels);
    hideModels->click();
    QCOMPARE(state.hidden(Dimension::Model), QSet<QString>{QStringLiteral("GPT-2")});
    panel.setSearchText(QString());
    QVERIFY(!models->topLevelItem(0)->isHidden());
    QCOMPARE(models->topLevelItem(1)->checkState(0), Qt::Unchecked);
}

void TestMainWindow::failedLoadKeepsData()
{
    MainWindow window;
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json"))}));
    const DatasetPtr before = window.dataset();
    const std::vector<int> groupsBefore = window.filteredGroups();

    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({testFile(QStringLiteral("broken.json"))});
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toStringList().first().contains(QStringLiteral("broken.json")));
    QCOMPARE(applied.count(), 0);
    QCOMPARE(window.dataset(), before);
    QCOMPARE(window.filteredGroups(), groupsBefore);
    QVERIFY(!window.banner()->isHidden());
    QVERIFY(window.banner()->text().contains(QStringLiteral("broken.json")));
    QVERIFY(window.banner()->text().contains(QStringLiteral("unchanged")));
}

void TestMainWindow::failedReloadKeepsData()
{
    QTemporaryDir dir;
    const QString path = writableCopy(dir, QStringLiteral("two_models.json"));
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QVERIFY(loadInto(window, {path}));
    const DatasetPtr before = window.dataset();

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"prompt_timing\": [");
    file.close();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    window.mainActions()->reload->trigger();
    QVERIFY(failed.wait(10000));
    QCOMPARE(window.dataset(), before);
    QVERIFY(window.banner()->text().contains(QStringLiteral("timing.json")));
}

void TestMainWindow::sameNameReplacesSource()
{
    QTemporaryDir dir;
    const QString path = writableCopy(dir, QStringLiteral("two_models.json"));
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QVERIFY(loadInto(window, {path}));
    QCOMPARE(window.dataset()->models().size(), 2);
    QCOMPARE(writableCopy(dir, QStringLiteral("h200.json")), path);
    QVERIFY(loadInto(window, {path}));
    QCOMPARE(window.dataset()->sources().size(), 1);
    QCOMPARE(window.dataset()->hardware(), QStringList{QStringLiteral("NVIDIA H200")});
}

void TestMainWindow::shortcuts()
{
    MainWindow window;
    const MainActions *a = window.mainActions();
    QCOMPARE(a->open->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(a->openUrl->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QCOMPARE(a->reload->shortcut(), QKeySequence(QStringLiteral("F5")));
    QCOMPARE(a->exportChart->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QCOMPARE(a->exportAll->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QCOMPARE(a->copyImage->shortcut(), QKeySequence(QKeySequence::Copy));
    // Compare, Scaling and Distribution sit before Data; Ctrl+8 still shows Data,
    // Ctrl+9 History after it.
    QCOMPARE(a->tabActions.size(), 12);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(a->tabActions[i]->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    QCOMPARE(a->tabActions[10]->shortcut(), QKeySequence(QStringLiteral("Ctrl+8")));
    QCOMPARE(a->tabActions[11]->shortcut(), QKeySequence(QStringLiteral("Ctrl+9")));

    QStringList titles;
    for (int i = 0; i < window.tabWidget()->count(); ++i)
        titles.append(window.tabWidget()->tabText(i));
    QCOMPARE(titles.size(), 12);
    QCOMPARE(titles.at(0), QStringLiteral("Overview"));
    QCOMPARE(titles.at(4), QStringLiteral("Insights"));
    QCOMPARE(titles.at(10), QStringLiteral("Data"));
    QCOMPARE(titles.at(11), QStringLiteral("History"));
    QCOMPARE(window.tabWidget()->currentIndex(), 0);
}

void TestMainWindow::tabShortcutsSwitchTabs()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i : {4, 7, 1, 5, 2, 6, 3, 0}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.tabWidget()->currentIndex(), i == 7 ? window.tabWidget()->count() - 2 : i); // Ctrl+8: Data
    }
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.tabWidget()->currentWidget(), window.historyTab());
    // Copy and export need a chart: off on the Data tab.
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    QVERIFY(!window.mainActions()->copyImage->isEnabled());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.mainActions()->copyImage->isEnabled());
}

void TestMainWindow::overviewOpensFullTab()
{
    MainWindow window;
    auto *overview = qobject_cast<OverviewTab *>(window.tabWidget()->widget(0));
    QVERIFY(overview);
    Q_EMIT overview->openTabRequested(QStringLiteral("heatmap"));
    QCOMPARE(qobject_cast<ChartTab *>(window.tabWidget()->currentWidget())->exportName(), QStringLiteral("heatmap"));
    Q_EMIT overview->openTabRequested(QStringLiteral("hardware"));
    QCOMPARE(qobject_cast<ChartTab *>(window.tabWidget()->currentWidget())->exportName(), QStringLiteral("hardware"));

    // Method rows that state the machines: the Hardware tab lists them under its
    // chart; the Overview's compact copy keeps its room for the dots.
    window.show();
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json"))}));
    auto *hardware = qobject_cast<HardwareTab *>(window.tabWidget()->currentWidget());
    QVERIFY(hardware);
    QVERIFY(hardware->environmentView()->isVisibleTo(hardware));
    QVERIFY(!overview->hardwareTab()->environmentView()->isVisibleTo(overview->hardwareTab()));
}

void TestMainWindow::aboutBox()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    MainWindow window;
    window.show();
    QString text;
    QTimer::singleShot(50, &window, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    window.mainActions()->about->trigger();
    QVERIFY(text.contains(QStringLiteral("9.8.7")));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::fitsSmallScreen()
{
    // Every tab must fit a 1280 x 800 screen (less the panels a desktop keeps).
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json")), testFile(QStringLiteral("h200.json"))}));
    for (int i = 0; i < window.tabWidget()->count(); ++i) {
        window.tabWidget()->setCurrentIndex(i);
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 1180 && minimum.height() <= 740,
                 qPrintable(QStringLiteral("%1: minimum %2 x %3")
                                .arg(window.tabWidget()->tabText(i))
                                .arg(minimum.width())
                                .arg(minimum.height())));
    }
}

void TestMainWindow::insightClickSetsFilter()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json")), testFile(QStringLiteral("h200.json"))}));
    window.tabWidget()->setCurrentWidget(window.insightsTab());

    InsightCard *target = nullptr;
    for (InsightCard *card : window.insightsTab()->cards()) {
        if (card->insight().kind == QLatin1String("most_consistent") || card->insight().kind == QLatin1String("best_overall"))
            target = card;
    }
    QVERIFY(target);
    const Insight insight = target->insight();
    QVERIFY(!insight.methods.isEmpty());
    QTest::mouseClick(target, Qt::LeftButton);

    const QSet<QString> hiddenMethods = window.filterState()->hidden(Dimension::Method);
    for (const QString &method : window.dataset()->methods())
        QCOMPARE(hiddenMethods.contains(method), !insight.methods.contains(method));
    if (!insight.models.isEmpty()) {
        for (const QString &model : window.dataset()->models())
            QCOMPARE(window.filterState()->isShown(Dimension::Model, model), insight.models.contains(model));
    }
    // The tabs were refreshed with the narrowed groups.
    for (int group : window.filteredGroups())
        QVERIFY(insight.methods.contains(window.dataset()->methods()[window.dataset()->groups()[group].method]));
    QCoreApplication::processEvents(); // the old cards are deleted later
}

void TestMainWindow::dataTabSearchNarrowsRows()
{
    FilterState state;
    DataTab tab(&state);
    QAbstractItemModelTester methodTester(tab.methodProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester promptTester(tab.promptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    auto result = loadSourcesBlocking({testFile(QStringLiteral("two_models.json")), testFile(QStringLiteral("h200.json"))},
                                      LoadOptions());
    QCOMPARE(result.sources.size(), 2);
    tab.setDataset(Dataset::build(result.sources));
    QCOMPARE(tab.promptModel()->rowCount(), 18);
    QCOMPARE(tab.methodProxy()->rowCount(), 6);

    tab.setSearchText(QStringLiteral("gpt-2"));
    QCOMPARE(tab.promptModel()->rowCount(), 6);
    QCOMPARE(tab.methodProxy()->rowCount(), 2);
    tab.setSearchText(QStringLiteral("\"prompt text 4 about\""));
    QCOMPARE(tab.promptModel()->rowCount(), 2); // a quoted phrase: one per file
    // Words match each in any field: "lime" (method) and "GPT" (model) together:
    // GPT-2's three lime prompts, p10 to p12.
    tab.setSearchText(QStringLiteral("lime GPT"));
    QCOMPARE(tab.promptModel()->rowCount(), 3);
    tab.setSearchText(QStringLiteral("lime no-such-word"));
    QCOMPARE(tab.promptModel()->rowCount(), 0);
    tab.setSearchText(QString());
    QCOMPARE(tab.promptModel()->rowCount(), 18);

    state.setShown(Dimension::Hardware, QStringLiteral("Tesla T4"), false);
    QCOMPARE(tab.promptModel()->rowCount(), 6);

    // Sorting by time: the view sorts through the proxy's raw numbers.
    tab.promptView()->sortByColumn(6 /* TimeColumn */, Qt::DescendingOrder);
    QCOMPARE(tab.promptModel()->index(0, 6).data(Qt::UserRole + 1).toDouble(), 1.2);

    // Hidden: the models are emptied so that filter changes cost nothing.
    tab.hide();
    QCOMPARE(tab.promptModel()->rowCount(), 0);
    state.showAll();
    tab.show();
    QCOMPARE(tab.promptModel()->rowCount(), 18);
}

void TestMainWindow::settingsRestored()
{
    {
        MainWindow first;
        first.tabWidget()->setCurrentIndex(5);
        first.filterState()->setShown(Dimension::Method, QStringLiteral("lime"), false);
        first.close();
    }
    MainWindow second;
    QCOMPARE(second.tabWidget()->currentIndex(), 5);
    QVERIFY(!second.filterState()->isShown(Dimension::Method, QStringLiteral("lime")));
}

void TestMainWindow::removeSource()
{
    MainWindow window;
    const QString h200 = testFile(QStringLiteral("h200.json"));
    QVERIFY(loadInto(window, {testFile(QStringLiteral("two_models.json")), h200}));
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.workbench()->remove({h200});
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->hardware(), QStringList{QStringLiteral("Tesla T4")});
    QCOMPARE(window.filterPanel()->list(Dimension::Hardware)->topLevelItemCount(), 1);

    window.workbench()->remove(window.workbench()->sourceNames());
    QCOMPARE(applied.count(), 2); // nothing left: applied at once, no build
    QVERIFY(!window.dataset());
    QVERIFY(window.summaryCards()->cardText(SummaryCards::FastestCard).contains(QStringLiteral("No data")));
}

void TestMainWindow::restoreSessionReopensSources()
{
    const QString file = testFile(QStringLiteral("two_models.json"));
    {
        MainWindow first;
        QVERIFY(loadInto(first, {file, QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/vanished.json")}));
        first.close();
    }
    QSettings().setValue(QStringLiteral("session/sources"),
                         QStringList{file, QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/vanished.json")});
    MainWindow second;
    QSignalSpy applied(&second, &MainWindow::datasetApplied);
    QSignalSpy failed(&second, &MainWindow::loadFailed);
    second.restoreSession();
    QVERIFY(applied.wait(10000));
    QCOMPARE(failed.count(), 0); // the file that is gone is not even tried
    QCOMPARE(second.dataset()->sources().size(), 1);
    QCOMPARE(second.dataset()->sources().first()->name, file);
}

void TestMainWindow::warningsDialogSaysHowManyMore()
{
    auto source = std::make_shared<SourceData>();
    source->name = QStringLiteral("big.json");
    for (int i = 0; i < SourceData::kMaxStoredWarnings + 5; ++i)
        source->addWarning(QStringLiteral("big.json: row %1: time is not a number").arg(i + 1));
    auto clean = std::make_shared<SourceData>();
    clean->name = QStringLiteral("clean.json");
    const QList<SourceDataPtr> sources{source, clean};
    QCOMPARE(WarningsDialog::warningCount(sources), SourceData::kMaxStoredWarnings + 5);
    WarningsDialog dialog(sources);
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("row 1000: time")));
    QVERIFY(text.contains(QStringLiteral("and 5 more")));
    QVERIFY(!text.contains(QStringLiteral("clean.json")));
}

void TestMainWindow::groupsCsv()
{
    auto result = loadSourcesBlocking({testFile(QStringLiteral("two_models.json"))}, LoadOptions());
    const DatasetPtr dataset = Dataset::build(result.sources);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groups.csv"));
    QString error;
    QVERIFY2(ExportController::writeGroupsCsv(path, *dataset, {0, 3}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("model,method,hardware")));
    QVERIFY(lines[1].startsWith(QStringLiteral("BART,attention,Tesla T4,3,3,100")));
    QVERIFY(lines[2].startsWith(QStringLiteral("GPT-2,lime,Tesla T4,3,2,")));

    QVERIFY(!ExportController::writeGroupsCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), *dataset, {0}, &error));
    QVERIFY(error.contains(QStringLiteral("x.csv")));
}

void TestMainWindow::urlDialogHeaders()
{
    HeaderList headers;
    QString error;
    QVERIFY(OpenUrlDialog::parseHeaders(QStringLiteral("Authorization: Bearer abc\n\nX-Test:  1 "), &headers, &error));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers[0].first, QByteArray("Authorization"));
    QCOMPARE(headers[0].second, QByteArray("Bearer abc"));
    QCOMPARE(headers[1].second, QByteArray("1"));
    QVERIFY(!OpenUrlDialog::parseHeaders(QStringLiteral("no colon here"), &headers, &error));
    QVERIFY(error.contains(QStringLiteral("1")));
}

void TestMainWindow::urlHeadersNotStoredUnlessAsked()
{
    OpenUrlDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>();
    auto *edit = dialog.findChild<QPlainTextEdit *>();
    auto *remember = dialog.findChild<QCheckBox *>();
    QVERIFY(combo && edit && remember);
    combo->setEditText(QStringLiteral("https://example.com/performance/timing"));
    edit->setPlainText(QStringLiteral("Authorization: Bearer secret"));
    QVERIFY(!remember->isChecked());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), QStringLiteral("https://example.com/performance/timing"));
    QCOMPARE(dialog.headers().size(), 1);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("recent/urls")).toStringList(),
             QStringList{QStringLiteral("https://example.com/performance/timing")});
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret")), qPrintable(key));

    OpenUrlDialog again;
    QCOMPARE(again.url(), QStringLiteral("https://example.com/performance/timing"));
    QVERIFY(again.headers().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
