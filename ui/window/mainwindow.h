// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QMainWindow>
#include <QSet>

#include <vector>

class ChartTab;
class CompareTab;
class DataTab;
class ExportController;
class FilterPanel;
class FilterState;
class HistoryClient;
class HistoryTab;
class InsightsTab;
class LiveUpdater;
class MainActions;
class MessageBanner;
class QMimeData;
class QTabWidget;
class Workbench;
class SourceStatus;
class SummaryCards;
struct Insight;

/// The workbench window: summary cards above the chart tabs, the filter in a
/// dock, load status in the status bar. Owns the dataset and the shared
/// filter; every change of either is pushed to all tabs and the cards.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads paths or http(s) URLs and merges them with what is shown
    /// (a source with the same name replaces the old one).
    void openSources(const QStringList &locations);
    /// Loads the bundled sample (Qt resource, compiled into the application).
    void openSample();
    /// Reopens the previous session's local sources that still exist, or the sample.
    void restoreSession();

    /// The Qt resource path of the bundled sample.
    /// The window's size at first start on a screen with `available` room.
    static QSize firstStartSize(const QSize &available);
    static QString sampleLocation();
    /// Splits dropped data into loadable locations (timing files, http(s)
    /// URLs) and the names of items that are not.
    static QStringList locationsFromMimeData(const QMimeData *mime, QStringList *rejected);

    // For tests and tools.
    DatasetPtr dataset() const;
    const std::vector<int> &filteredGroups() const;
    FilterState *filterState() const { return m_filter; }
    QTabWidget *tabWidget() const { return m_tabs; }
    QList<ChartTab *> chartTabs() const { return m_chartTabs; }
    /// Gives every chart tab the current data (tabs off screen are refreshed
    /// only when shown); for exports and tests.
    void refreshAllTabs();
    InsightsTab *insightsTab() const { return m_insightsTab; }
    DataTab *dataTab() const { return m_dataTab; }
    HistoryTab *historyTab() const { return m_historyTab; }
    HistoryClient *historyClient() const { return m_history; }
    CompareTab *compareTab() const { return m_compareTab; }
    /// File ▸ Add to History without the label prompt: stores the ticked
    /// sources (those the window shows) as one run. With none ticked, says so
    /// in the banner, stores nothing and returns false.
    bool addToHistory(const QString &label);
    /// What File ▸ Add to History says it will store: every loaded source,
    /// "2 of 3 … (the ticked ones)", or that none is ticked.
    QString addToHistoryText() const;
    SummaryCards *summaryCards() const { return m_cards; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    MessageBanner *banner() const { return m_banner; }
    SourceStatus *sourceStatus() const { return m_status; }
    MainActions *mainActions() const { return m_actions; }
    Workbench *workbench() const { return m_sources; }
    LiveUpdater *liveUpdater() const { return m_live; }

Q_SIGNALS:
    /// A new dataset reached the tabs and cards.
    void datasetApplied();
    /// A load job ended with errors (the data shown did not change).
    void loadFailed(const QStringList &errors);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createTabs();
    void connectActions();
    void connectSources();
    void applyDataset(const DatasetPtr &dataset);
    void refresh();
    void refreshCurrentTab();
    void addThemeMenu();
    void updateTheme();
    void updateTabActions();
    void onLoadFailed(const QStringList &errors);
    void onInsightActivated(const Insight &insight);
    void openFiles();
    void openUrl();
    void showWarnings();
    void connectHistory();
    void promptAddToHistory();
    void showPreferences();
    void saveSession();
    ChartTab *currentChartTab() const;

    Workbench *m_sources;  ///< the session: sources, dataset, filter, filtered groups
    FilterState *m_filter; ///< m_sources->filter()
    bool m_datasetPending = false; ///< a new dataset waits for the next changed()
    MainActions *m_actions = nullptr;
    ExportController *m_export = nullptr;
    MessageBanner *m_banner = nullptr;
    SummaryCards *m_cards = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ChartTab *> m_chartTabs;
    QSet<ChartTab *> m_staleTabs; ///< tabs whose data is older than the filter
    InsightsTab *m_insightsTab = nullptr;
    DataTab *m_dataTab = nullptr;
    CompareTab *m_compareTab = nullptr;
    HistoryClient *m_history = nullptr;
    HistoryTab *m_historyTab = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    SourceStatus *m_status = nullptr;
    LiveUpdater *m_live = nullptr;
    int m_dark = -1; ///< -1 until the first theme update
};
