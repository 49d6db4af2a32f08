// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include "sourcestatus.h"

#include <QAction>
#include <QFileInfo>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    auto make = [this](const QString &text, const QKeySequence &shortcut = {}, const QString &icon = {}) {
        auto *action = new QAction(text, m_window);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        if (!icon.isEmpty())
            action->setIcon(QIcon::fromTheme(icon));
        m_window->addAction(action); // shortcuts work with the menu bar hidden too
        return action;
    };
    open = make(tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"));
    open->setStatusTip(tr("Open timing files (JSON, JSON Lines, CSV)"));
    openUrl = make(tr("Open &URL…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("document-open-remote"));
    openSample = make(tr("Open &Sample Data"));
    reload = make(tr("&Reload"), QKeySequence(Qt::Key_F5), QStringLiteral("view-refresh"));
    reload->setStatusTip(tr("Load every source again"));
    exportChart = make(tr("&Export Current Chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-export"));
    exportAll = make(tr("Export &All Charts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportGroupsCsv = make(tr("Export &Groups Table as CSV…"));
    addToHistory = make(tr("Add to &History…"));
    addToHistory->setStatusTip(tr("Store the ticked sources as one run in the run history"));
    preferences = make(tr("&Preferences…"), QKeySequence::Preferences, QStringLiteral("preferences-system"));
    preferences->setMenuRole(QAction::PreferencesRole);
    saveChartData = make(tr("Save Chart &Data as CSV…"));
    saveChartData->setStatusTip(tr("Save the numbers behind the current chart, every page, as CSV"));
    copyChartData = make(tr("Copy Chart D&ata"));
    copyChartData->setStatusTip(tr("Copy the numbers behind the current chart, as CSV, to the clipboard"));
    copyImage = make(tr("&Copy Image"), QKeySequence::Copy, QStringLiteral("edit-copy"));
    copyImage->setStatusTip(tr("Copy the current chart to the clipboard"));
    copyImage->setShortcutContext(Qt::WindowShortcut);
    quit = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);
    showAll = make(tr("&Show Everything"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    showAll->setStatusTip(tr("Clear the filter: show all models, methods and hardware"));
    about = make(tr("&About AttriScope"));
    about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(openUrl);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(openSample);
    file->addSeparator();
    file->addAction(reload);
    m_removeMenu = file->addMenu(tr("Re&move Source"));
    file->addSeparator();
    file->addAction(addToHistory);
    file->addSeparator();
    file->addAction(exportChart);
    file->addAction(exportAll);
    file->addAction(saveChartData);
    file->addAction(exportGroupsCsv);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(copyImage);
    edit->addAction(copyChartData);
    edit->addSeparator();
    edit->addAction(preferences);

    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addAction(showAll);
    viewMenu->addSeparator();

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);

    setRecentFiles({});
    setSources({});
}

void MainActions::setTabTitles(const QStringList &titles, const QList<int> &shortcutTabs)
{
    qDeleteAll(tabActions);
    tabActions.clear();
    for (int i = 0; i < titles.size(); ++i) {
        auto *action = new QAction(titles[i], m_window);
        const qsizetype key = shortcutTabs.isEmpty() ? i : shortcutTabs.indexOf(i);
        if (key >= 0 && key < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(key))));
        action->setStatusTip(tr("Show the %1 tab").arg(titles[i]));
        connect(action, &QAction::triggered, this, [this, i] { Q_EMIT tabRequested(i); });
        m_window->addAction(action);
        viewMenu->addAction(action);
        tabActions.append(action);
    }
}

void MainActions::setRecentFiles(const QStringList &paths)
{
    m_recentMenu->clear();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(SourceStatus::displayName(path));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT recentFileRequested(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
                &MainActions::clearRecentRequested);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainActions::setSources(const QStringList &names)
{
    m_removeMenu->clear();
    for (const QString &name : names) {
        QAction *action = m_removeMenu->addAction(SourceStatus::displayName(name));
        action->setStatusTip(name);
        connect(action, &QAction::triggered, this, [this, name] { Q_EMIT removeSourceRequested(name); });
    }
    if (names.size() > 1) {
        m_removeMenu->addSeparator();
        connect(m_removeMenu->addAction(tr("Remove &All")), &QAction::triggered, this,
                &MainActions::removeAllSourcesRequested);
    }
    m_removeMenu->setEnabled(!names.isEmpty());
}
