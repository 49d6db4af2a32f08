// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apptheme.h"

#include <QList>
#include <QSize>
#include <QStringList>

class ChartTab;
class FilterState;
class QMainWindow;
class QSettings;

/// What the main window remembers in QSettings between sessions: window
/// geometry and dock state, the current tab, the filter (hidden names), each
/// chart's options, the sources of the last session, recent files and export
/// choices, the theme, the history store's location. Request headers and
/// passwords are never stored here.
class SessionSettings
{
public:
    static void saveWindow(const QMainWindow &window, int currentTab);
    /// Returns the tab index saved, or -1.
    static int restoreWindow(QMainWindow &window);

    static void saveFilter(const FilterState &filter);
    static void restoreFilter(FilterState &filter);

    static void saveCharts(const QList<ChartTab *> &tabs);
    static void restoreCharts(const QList<ChartTab *> &tabs);

    /// The sources shown when the window closed (local paths and URLs).
    static void saveSources(const QStringList &sources);
    static QStringList lastSources();

    /// Sources unticked in the Sources list, by name (a path, or a URL without
    /// user-info and query): loaded again, in this session or a later one, they
    /// start unticked. `loaded` are the sources loaded now, `unticked` those of
    /// them unticked; a loaded source that is ticked is forgotten, sources not
    /// loaded now are kept (the newest kMaxUntickedSources).
    static void saveUntickedSources(const QStringList &loaded, const QStringList &unticked);
    static QStringList untickedSources();

    static QStringList recentFiles();
    static void addRecentFiles(const QStringList &paths);
    static void clearRecentFiles();

    struct ExportChoices
    {
        QString folder;
        QString format = QStringLiteral("png");
        QSize size = QSize(1600, 900);
        double scale = 1.0;
    };
    static ExportChoices exportChoices();
    static void saveExportChoices(const ExportChoices &choices);

    /// View ▸ Theme (System when never chosen); main() applies it at start
    /// unless `--theme` is given.
    static AppTheme::Mode theme();
    static void setTheme(AppTheme::Mode mode);

    /// The run history's store (Edit ▸ Preferences): a SQLite file or a
    /// postgresql:// URL; HistoryStore::defaultLocation() when never set.
    static QString historyLocation();
    /// Stores `location` without a password: a URL's password is dropped here
    /// (libpq reads PGPASSWORD or ~/.pgpass); an empty or default location
    /// removes the setting.
    static void setHistoryLocation(const QString &location);

    static constexpr int kMaxRecentFiles = 10;
    static constexpr int kMaxUntickedSources = 200;
};
