// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "emptystatestack.h"

#include "apptheme.h"
#include "charttab.h"
#include "charttabs.h"
#include "comparetab.h"
#include "datatab.h"
#include "exportcontroller.h"
#include "filterpanel.h"
#include "filterstate.h"
#include "historyclient.h"
#include "historytab.h"
#include "insightstab.h"
#include "liveupdater.h"
#include "mainactions.h"
#include "overviewtab.h"
#include "messagebanner.h"
#include "openurldialog.h"
#include "preferencesdialog.h"
#include "sessionsettings.h"
#include "workbench.h"
#include "sourcestatus.h"
#include "summarycards.h"
#include "toneframe.h"
#include "warningsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

constexpr int kStatusTimeoutMs = 8000;

// The tabs take the height left under the cards, whatever their pages' text
// would want. QTabWidget reports height-for-width when any page has it (the
// wrapped insight texts do), and then every change of the summary cards'
// text asks each of the eleven pages for its height at the new width: a
// dozen milliseconds per filter change at a million rows, for nothing.
class ViewTabs : public QTabWidget
{
public:
    using QTabWidget::QTabWidget;
    bool hasHeightForWidth() const override { return false; }
};

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

bool isTimingFileName(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson"),
                                         QStringLiteral("csv")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

// Tab order of the window; the factory's tabs are placed by export name.
int tabRank(const QString &exportName)
{
    static const QStringList order = {QStringLiteral("overview"), QStringLiteral("performance"),
                                      QStringLiteral("heatmap"),  QStringLiteral("hardware"),
                                      QStringLiteral("insights"), QStringLiteral("models"),
                                      QStringLiteral("methods"),  QStringLiteral("compare"),
                                      QStringLiteral("scaling"),  QStringLiteral("distribution")};
    const qsizetype rank = order.indexOf(exportName);
    return rank < 0 ? int(order.size()) : int(rank);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sources(new Workbench(this))
    , m_filter(m_sources->filter())
    , m_history(new HistoryClient(this))
{
    m_history->setLocation(SessionSettings::historyLocation());
    setWindowTitle(tr("AttriScope"));
    setAcceptDrops(true);
    setAccessibleName(tr("AttriScope"));

    m_banner = new MessageBanner(this);
    m_cards = new SummaryCards(this);
    m_tabs = new ViewTabs(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    createTabs();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(m_cards);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_filterPanel = new FilterPanel(m_filter, this);
    m_filterPanel->setWorkbench(m_sources);
    auto *dock = new QDockWidget(tr("Filter"), this);
    dock->setObjectName(QStringLiteral("filterDock"));
    dock->setWidget(m_filterPanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {260}, Qt::Horizontal);

    m_status = new SourceStatus(this);
    statusBar()->addPermanentWidget(m_status);

    m_actions = new MainActions(this);
    m_export = new ExportController(this);
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        titles.append(m_tabs->tabText(i));
    // Ctrl+1 … Ctrl+7 are the first seven tabs and Ctrl+8 stays the Data tab,
    // wherever tabs added later (Compare, Scaling, Distribution) push it;
    // Ctrl+9 is History, after Data.
    QList<int> shortcutTabs;
    for (int i = 0; i < 7 && i < m_tabs->indexOf(m_dataTab); ++i)
        shortcutTabs.append(i);
    shortcutTabs.append(m_tabs->indexOf(m_dataTab));
    shortcutTabs.append(m_tabs->indexOf(m_historyTab));
    m_actions->setTabTitles(titles, shortcutTabs);
    for (int i = 0; i < m_tabs->count() && i < m_actions->tabActions.size(); ++i)
        m_tabs->setTabToolTip(i, m_actions->tabActions[i]->shortcut().toString(QKeySequence::NativeText));
    m_actions->viewMenu->addSeparator();
    m_actions->viewMenu->addAction(dock->toggleViewAction());
    addThemeMenu();
    m_actions->setRecentFiles(SessionSettings::recentFiles());
    m_live = new LiveUpdater(m_sources, m_actions->viewMenu, statusBar(), this);
    connectActions();
    connectSources();
    connectHistory();
    // One notification for what is shown: a new dataset or a filter change.
    connect(m_sources, &Workbench::changed, this, [this] {
        refresh();
        if (std::exchange(m_datasetPending, false))
            Q_EMIT datasetApplied();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCurrentTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateTabActions);

    resize(firstStartSize(screen() ? screen()->availableGeometry().size() : QSize(1400, 900)));
    SessionSettings::restoreFilter(*m_filter);
    SessionSettings::restoreCharts(m_chartTabs);
    const int tab = SessionSettings::restoreWindow(*this);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    updateTheme();
    applyDataset(nullptr);
    updateTabActions();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstStartSize(const QSize &available)
{
    // A comfortable size that leaves some of a large screen free; on a laptop
    // screen (where 92 % would be under 1280 px) the whole width, which every
    // tab's name needs beside the filter dock (tst_textfits).
    const int width = available.width() * 0.92 >= 1280 ? std::min(1400, int(available.width() * 0.92)) : available.width();
    return {width, std::min(900, int(available.height() * 0.92))};
}

QString MainWindow::sampleLocation()
{
    return QStringLiteral(":/sample/sample_timing.json");
}

void MainWindow::createTabs()
{
    setExtraChartTabFactory(&InsightsTab::createForExport); // for headless "export all"
    QList<ChartTab *> tabs = createChartTabs(m_tabs);
    m_insightsTab = new InsightsTab(m_tabs);
    tabs.append(m_insightsTab);
    m_compareTab = new CompareTab(m_tabs); // not in createChartTabs: it needs two sources
    m_compareTab->setWorkbench(m_sources);
    tabs.append(m_compareTab);
    std::stable_sort(tabs.begin(), tabs.end(),
                     [](ChartTab *a, ChartTab *b) { return tabRank(a->exportName()) < tabRank(b->exportName()); });
    for (ChartTab *tab : std::as_const(tabs)) {
        tab->setNameColors(m_sources->nameColors());
        tab->setAccessibleName(tab->title());
        m_tabs->addTab(tab, tab->title());
    }
    m_chartTabs = tabs;
    m_dataTab = new DataTab(m_filter, m_tabs);
    m_tabs->addTab(m_dataTab, m_dataTab->title());
    m_historyTab = new HistoryTab(m_history, m_tabs);
    m_historyTab->setNameColors(m_sources->nameColors());
    m_tabs->addTab(m_historyTab, m_historyTab->title());
    connect(m_insightsTab, &InsightsTab::insightActivated, this, &MainWindow::onInsightActivated);
    for (ChartTab *tab : std::as_const(m_chartTabs)) {
        if (auto *overview = qobject_cast<OverviewTab *>(tab)) {
            connect(overview, &OverviewTab::openTabRequested, this, [this](const QString &exportName) {
                for (ChartTab *target : std::as_const(m_chartTabs)) {
                    if (target->exportName() == exportName)
                        m_tabs->setCurrentWidget(target);
                }
            });
        }
    }
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->open, &QAction::triggered, this, &MainWindow::openFiles);
    connect(a->openUrl, &QAction::triggered, this, &MainWindow::openUrl);
    connect(a->openSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(a->reload, &QAction::triggered, this, [this] {
        if (m_sources->reload() > 0)
            statusBar()->showMessage(tr("Reloading every source…"), kStatusTimeoutMs);
    });
    connect(a->exportChart, &QAction::triggered, this, [this] {
        if (ChartTab *tab = currentChartTab())
            m_export->exportChart(tab);
    });
    connect(a->exportAll, &QAction::triggered, this, [this] {
        refreshAllTabs();
        m_export->exportAllCharts(m_chartTabs);
    });
    connect(a->exportGroupsCsv, &QAction::triggered, this,
            [this] { m_export->exportGroupsCsv(dataset(), filteredGroups()); });
    connect(a->saveChartData, &QAction::triggered, this, [this] {
        if (ChartTab *tab = currentChartTab())
            m_export->saveChartData(tab, dataset(), filteredGroups());
    });
    connect(a->copyChartData, &QAction::triggered, this, [this] {
        if (ChartTab *tab = currentChartTab())
            m_export->copyChartData(tab, dataset(), filteredGroups());
    });
    connect(a->copyImage, &QAction::triggered, this, [this] {
        if (ChartTab *tab = currentChartTab())
            m_export->copyImage(tab);
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->showAll, &QAction::triggered, m_filter, &FilterState::showAll);
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About AttriScope"),
                           tr("<h3>AttriScope %1</h3><p>A workbench for the timings of LLM feature-attribution "
                              "benchmarks: load TokenLense results, filter, compare, export.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later "
                              "(GPL-3.0-or-later). It comes with no warranty.</p>"
                              "<p>Built with Qt %2, running on Qt %3.</p>")
                               .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion())));
    });
    connect(a, &MainActions::tabRequested, m_tabs, &QTabWidget::setCurrentIndex);
    connect(a, &MainActions::recentFileRequested, this, [this](const QString &path) {
        if (!QFileInfo(path).isFile()) {
            m_banner->showMessage(ToneFrame::Warning, tr("%1 no longer exists.").arg(path));
            return;
        }
        openSources({path});
    });
    connect(a, &MainActions::clearRecentRequested, this, [this] {
        SessionSettings::clearRecentFiles();
        m_actions->setRecentFiles({});
    });
    connect(a, &MainActions::removeSourceRequested, this, [this](const QString &name) { m_sources->remove({name}); });
    connect(a, &MainActions::removeAllSourcesRequested, this,
            [this] { m_sources->remove(m_sources->sourceNames()); });
    connect(m_export, &ExportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(m_status, &SourceStatus::warningsRequested, this, &MainWindow::showWarnings);
    connect(m_status, &SourceStatus::cancelRequested, m_sources, &Workbench::cancel);
}

void MainWindow::connectSources()
{
    // Unticked sources are remembered by name: loaded again later, they start unticked.
    m_sources->setHiddenWhenLoaded(SessionSettings::untickedSources());
    connect(m_sources, &Workbench::sourcesChanged, this, [this] {
        SessionSettings::saveUntickedSources(m_sources->sourceNames(), m_sources->hiddenSourceNames());
        m_sources->setHiddenWhenLoaded(SessionSettings::untickedSources());
    });
    connect(m_sources, &Workbench::busyChanged, this, [this](bool busy) {
        EmptyStateStack::setLoading(busy);
        m_status->setBusy(busy, tr("Loading…"));
        m_actions->reload->setEnabled(!busy && dataset());
    });
    connect(m_sources, &Workbench::progress, m_status, &SourceStatus::setProgress);
    connect(m_sources, &Workbench::jobStarted, this, [this](int job, const QStringList &locations) {
        QStringList names;
        for (const QString &location : locations)
            names.append(SourceStatus::displayName(location));
        statusBar()->showMessage(tr("Loading %1 (job %2)…").arg(names.join(QStringLiteral(", ")), QString::number(job)));
    });
    connect(m_sources, &Workbench::jobFinished, this, [this](int job, const QStringList &loaded) {
        QStringList files;
        for (const QString &name : loaded) {
            const QString path = Workbench::locationOf(name);
            if (QFileInfo(path).isFile())
                files.append(path);
        }
        if (!files.isEmpty()) {
            SessionSettings::addRecentFiles(files);
            m_actions->setRecentFiles(SessionSettings::recentFiles());
        }
        if (!loaded.isEmpty()) {
            statusBar()->showMessage(tr("Job %1: loaded %n source(s)", nullptr, int(loaded.size())).arg(job),
                                     kStatusTimeoutMs);
            // A load that worked makes an earlier load error stale ("Connection
            // refused" after the server is back). This job's own errors, if
            // some of its sources failed, come right after (loadFailed).
            m_banner->clear(ToneFrame::Error);
        }
    });
    connect(m_sources, &Workbench::loadFailed, this,
            [this](int, const QStringList &errors) { onLoadFailed(errors); });
    connect(m_sources, &Workbench::cancelled, this,
            [this] { statusBar()->showMessage(tr("Loading cancelled; the data shown is unchanged."), kStatusTimeoutMs); });
    connect(m_sources, &Workbench::datasetChanged, this, &MainWindow::applyDataset);
}

void MainWindow::openSources(const QStringList &locations)
{
    if (!locations.isEmpty())
        m_sources->open(locations);
}

void MainWindow::openSample()
{
    openSources({sampleLocation()});
}

void MainWindow::restoreSession()
{
    QStringList existing;
    for (const QString &name : SessionSettings::lastSources()) {
        // Only local files come back on their own: a URL may need headers we did not store.
        const QString path = Workbench::locationOf(name);
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    if (existing.isEmpty())
        openSample();
    else
        openSources(existing);
}

QStringList MainWindow::locationsFromMimeData(const QMimeData *mime, QStringList *rejected)
{
    QStringList locations;
    QList<QUrl> urls = mime->hasUrls() ? mime->urls() : QList<QUrl>();
    if (urls.isEmpty() && mime->hasText()) {
        const QStringList lines = mime->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString text = line.trimmed();
            if (!text.isEmpty())
                urls.append(QUrl::fromUserInput(text));
        }
    }
    for (const QUrl &url : std::as_const(urls)) {
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            const QFileInfo info(path);
            if (info.isFile() && isTimingFileName(path))
                locations.append(path);
            else
                rejected->append(info.isDir() ? tr("%1 (a folder)").arg(path)
                                              : info.exists() ? tr("%1 (not a .json, .jsonl, .ndjson or .csv file)").arg(path)
                                                              : tr("%1 (does not exist)").arg(path));
        } else if (isHttpUrl(url)) {
            locations.append(url.toString());
        } else {
            rejected->append(tr("%1 (not a file or an http(s) URL)").arg(url.toDisplayString()));
        }
    }
    return locations;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList rejected;
    const QStringList locations = locationsFromMimeData(event->mimeData(), &rejected);
    if (!rejected.isEmpty())
        m_banner->showMessage(ToneFrame::Warning, tr("Not loaded: %n item(s) are not timing data.", nullptr,
                                                     int(rejected.size())),
                              rejected);
    if (locations.isEmpty() && rejected.isEmpty())
        return;
    event->acceptProposedAction();
    openSources(locations);
}

DatasetPtr MainWindow::dataset() const
{
    return m_sources->dataset();
}

const std::vector<int> &MainWindow::filteredGroups() const
{
    return m_sources->filteredGroups();
}

void MainWindow::applyDataset(const DatasetPtr &dataset)
{
    m_filterPanel->setDataset(dataset);
    m_dataTab->setDataset(dataset);
    m_status->setDataset(dataset);
    m_status->setPooling(m_sources->pooling());
    const QStringList names = m_sources->sourceNames();
    m_actions->setSources(names);
    m_actions->reload->setEnabled(dataset && !m_sources->isBusy());
    m_actions->exportGroupsCsv->setEnabled(bool(dataset));
    // Enabled with every source unticked too: it then says why nothing is stored.
    m_actions->addToHistory->setEnabled(!names.isEmpty() && !m_history->isBusy(HistoryClient::Request::Add));
    m_actions->addToHistory->setStatusTip(names.isEmpty() ? QString() : addToHistoryText());
    QStringList shortNames;
    for (const QString &name : names)
        shortNames.append(SourceStatus::displayName(name));
    setWindowTitle(shortNames.isEmpty() ? tr("AttriScope")
                                        : tr("%1 — AttriScope").arg(shortNames.join(QStringLiteral(", "))));
    if (dataset)
        SessionSettings::saveSources(names);
    updateTabActions();
    m_datasetPending = true; // refreshed and announced on the Workbench's changed()
}

void MainWindow::refresh()
{
    // Only the tab on screen is redrawn now; the others when they are shown
    // (or exported), so a filter click costs one chart, not eleven.
    m_staleTabs = QSet<ChartTab *>(m_chartTabs.cbegin(), m_chartTabs.cend());
    refreshCurrentTab();
    m_cards->setData(dataset(), filteredGroups());
}

void MainWindow::refreshCurrentTab()
{
    auto *tab = qobject_cast<ChartTab *>(m_tabs->currentWidget());
    if (tab && m_staleTabs.remove(tab))
        tab->setData(dataset(), filteredGroups());
}

void MainWindow::refreshAllTabs()
{
    for (ChartTab *tab : std::as_const(m_chartTabs)) {
        if (m_staleTabs.remove(tab))
            tab->setData(dataset(), filteredGroups());
    }
}

void MainWindow::onLoadFailed(const QStringList &errors)
{
    const QString title = dataset() ? tr("Could not load %n source(s); the data shown is unchanged.", nullptr,
                                         int(errors.size()))
                                    : tr("Could not load %n source(s).", nullptr, int(errors.size()));
    m_banner->showMessage(ToneFrame::Error, title, errors);
    statusBar()->showMessage(errors.value(0), kStatusTimeoutMs);
    Q_EMIT loadFailed(errors);
}

void MainWindow::onInsightActivated(const Insight &insight)
{
    const DatasetPtr shown = dataset();
    if (!shown)
        return;
    QStringList parts;
    const std::pair<Dimension, const QStringList *> targets[] = {
        {Dimension::Model, &insight.models}, {Dimension::Method, &insight.methods}, {Dimension::Hardware, &insight.hardware}};
    QSignalBlocker blocker(m_filter); // one refresh for all three
    for (const auto &[dimension, names] : targets) {
        if (names->isEmpty())
            continue;
        const QStringList &all = dimension == Dimension::Model    ? shown->models()
                                 : dimension == Dimension::Method ? shown->methods()
                                                                  : shown->hardware();
        m_filter->showOnly(dimension, *names, all);
        parts.append(names->join(QStringLiteral(", ")));
    }
    blocker.unblock();
    Q_EMIT m_filter->changed();
    statusBar()->showMessage(tr("Showing only %1. View ▸ Show Everything (Ctrl+Shift+A) undoes this.")
                                 .arg(parts.join(QStringLiteral("; "))),
                             kStatusTimeoutMs);
}

void MainWindow::openFiles()
{
    const QStringList recent = SessionSettings::recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Timing Data"), dir,
        tr("Timing data (*.json *.jsonl *.ndjson *.csv)") + QStringLiteral(";;") + tr("All files (*)"));
    openSources(files);
}

void MainWindow::openUrl()
{
    OpenUrlDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_sources->open({dialog.url()}, dialog.headers());
}

void MainWindow::showWarnings()
{
    WarningsDialog dialog(dataset() ? dataset()->sources() : QList<SourceDataPtr>(), this);
    dialog.exec();
}

void MainWindow::connectHistory()
{
    connect(m_actions->addToHistory, &QAction::triggered, this, &MainWindow::promptAddToHistory);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_history, &HistoryClient::busyChanged, this, [this] {
        m_actions->addToHistory->setEnabled(!m_sources->sourceNames().isEmpty()
                                            && !m_history->isBusy(HistoryClient::Request::Add));
    });
    connect(m_history, &HistoryClient::addFinished, this, [this](HistoryStore::AddResult result, qint64 runId) {
        const QString store = m_history->displayName();
        if (result == HistoryStore::AddResult::AlreadyStored) {
            const QString text = tr("Already stored as run %1 in %2: no run added.").arg(QString::number(runId), store);
            m_banner->showMessage(ToneFrame::Info, text);
            statusBar()->showMessage(text, kStatusTimeoutMs); // replaces "Reading … again"
        } else {
            m_banner->clear(ToneFrame::Error);
            statusBar()->showMessage(tr("Added run %1 to %2.").arg(QString::number(runId), store), kStatusTimeoutMs);
        }
        m_historyTab->selectRuns({runId});
        m_historyTab->refresh();
    });
    connect(m_history, &HistoryClient::failed, this, [this](HistoryClient::Request request, const QString &message) {
        QString title;
        switch (request) {
        case HistoryClient::Request::List:
            title = tr("Could not read the run history.");
            break;
        case HistoryClient::Request::Trend:
            title = tr("Could not read the trend from the run history.");
            break;
        case HistoryClient::Request::LoadPair:
            title = tr("Could not read the two runs to compare.");
            break;
        case HistoryClient::Request::Add:
            title = tr("Could not add the sources to the run history; nothing was stored.");
            break;
        }
        m_banner->showMessage(ToneFrame::Error, title, message.split(QLatin1Char('\n')));
        statusBar()->showMessage(title, kStatusTimeoutMs);
    });
    connect(m_historyTab, &HistoryTab::compareReady, this,
            [this](const DatasetPtr &baseline, const QString &baselineName, const DatasetPtr &candidate,
                   const QString &candidateName) {
                m_compareTab->setHistoryRuns(baseline, baselineName, candidate, candidateName);
                m_tabs->setCurrentWidget(m_compareTab);
                statusBar()->showMessage(tr("Comparing %1 with %2.").arg(candidateName, baselineName), kStatusTimeoutMs);
            });
}

QString MainWindow::addToHistoryText() const
{
    const int loaded = int(m_sources->sourceNames().size());
    const int ticked = int(m_sources->shownSourceNames().size());
    if (ticked == 0)
        return tr("None of the %n loaded source(s) is ticked in the Sources list of the filter dock: nothing was "
                  "stored. Tick the sources to store, then add them again.", nullptr, loaded);
    if (ticked == loaded)
        return tr("Store %n loaded source(s) as one run in %1.", nullptr, loaded).arg(m_history->displayName());
    //: %1 ticked of %2 loaded sources, %3 the store
    return tr("Adds %1 of %2 loaded sources (the ticked ones) as one run in %3; unticked sources are not stored.")
        .arg(QString::number(ticked), QString::number(loaded), m_history->displayName());
}

bool MainWindow::addToHistory(const QString &label)
{
    // What the window shows is what is stored: the ticked sources only.
    QList<HistorySourceLocation> sources;
    for (const QString &name : m_sources->shownSourceNames())
        sources.append({Workbench::locationOf(m_sources->fullLocation(name)), m_sources->headersOf(name)});
    if (sources.isEmpty()) {
        if (!m_sources->sourceNames().isEmpty())
            m_banner->showMessage(ToneFrame::Warning, addToHistoryText());
        return false;
    }
    statusBar()->showMessage(tr("Reading %n source(s) again for %1…", nullptr, int(sources.size()))
                                 .arg(m_history->displayName()));
    m_history->add(label, sources);
    return true;
}

void MainWindow::promptAddToHistory()
{
    const QStringList names = m_sources->shownSourceNames();
    if (names.isEmpty()) {
        if (!m_sources->sourceNames().isEmpty())
            QMessageBox::information(this, tr("Add to History"), addToHistoryText());
        return;
    }
    QStringList shortNames;
    for (const QString &name : names)
        shortNames.append(SourceStatus::displayName(name));
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Add to History"), addToHistoryText() + tr("\nLabel:"),
                                                QLineEdit::Normal, shortNames.join(QStringLiteral(", ")), &ok);
    if (ok)
        addToHistory(label.trimmed().isEmpty() ? shortNames.join(QStringLiteral(", ")) : label.trimmed());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_history->location(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SessionSettings::setHistoryLocation(dialog.historyLocation());
    m_history->setLocation(dialog.historyLocation());
    m_historyTab->refresh();
}

ChartTab *MainWindow::currentChartTab() const
{
    return qobject_cast<ChartTab *>(m_tabs->currentWidget());
}

void MainWindow::updateTabActions()
{
    const bool chart = currentChartTab() != nullptr;
    m_actions->exportChart->setEnabled(chart);
    m_actions->copyImage->setEnabled(chart);
    const bool data = chart && dataset() && ChartCsv::names().contains(currentChartTab()->exportName());
    m_actions->saveChartData->setEnabled(data);
    m_actions->copyChartData->setEnabled(data);
}

void MainWindow::addThemeMenu()
{
    QMenu *menu = m_actions->viewMenu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(menu);
    const AppTheme::Mode current = SessionSettings::theme();
    const std::pair<AppTheme::Mode, QString> modes[] = {{AppTheme::Mode::System, tr("&System")},
                                                         {AppTheme::Mode::Light, tr("&Light")},
                                                         {AppTheme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : modes) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == current);
        action->setData(AppTheme::name(mode));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            SessionSettings::setTheme(mode);
            AppTheme::apply(mode); // the palette change reaches every window and chart
        });
    }
}

void MainWindow::updateTheme()
{
    const int dark = ToneFrame::isDark(palette()) ? 1 : 0;
    if (dark == m_dark)
        return;
    m_dark = dark;
    for (ChartTab *tab : std::as_const(m_chartTabs))
        tab->setDarkTheme(dark);
    m_historyTab->setDarkTheme(dark);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::ThemeChange)
        updateTheme();
}

void MainWindow::saveSession()
{
    SessionSettings::saveWindow(*this, m_tabs->currentIndex());
    SessionSettings::saveFilter(*m_filter);
    SessionSettings::saveCharts(m_chartTabs);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    m_sources->cancel();
    QMainWindow::closeEvent(event);
}
