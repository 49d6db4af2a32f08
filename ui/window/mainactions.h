// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

/// The main window's actions and menus, with their shortcuts. The window
/// connects the actions; the dynamic menus (recent files, remove source)
/// report what was picked through signals.
class MainActions : public QObject
{
    Q_OBJECT
public:
    /// Creates the actions and fills `window`'s menu bar.
    explicit MainActions(QMainWindow *window);

    QAction *open;
    QAction *openUrl;
    QAction *openSample;
    QAction *reload;
    QAction *exportChart;
    QAction *exportAll;
    QAction *exportGroupsCsv;
    QAction *addToHistory;
    QAction *preferences;
    QAction *saveChartData;
    QAction *copyChartData;
    QAction *copyImage;
    QAction *quit;
    QAction *showAll;
    QAction *about;
    QMenu *viewMenu;
    /// One per tab, in tab order; shortcuts as given to setTabTitles.
    QList<QAction *> tabActions;

    /// Creates one "go to tab" action per title. `shortcutTabs[k]` is the tab
    /// that Ctrl+(k+1) shows (at most nine); empty: the first nine tabs in order.
    void setTabTitles(const QStringList &titles, const QList<int> &shortcutTabs = {});
    void setRecentFiles(const QStringList &paths);
    void setSources(const QStringList &names);

Q_SIGNALS:
    void tabRequested(int index);
    void recentFileRequested(const QString &path);
    void clearRecentRequested();
    void removeSourceRequested(const QString &name);
    void removeAllSourcesRequested();

private:
    QMainWindow *m_window;
    QMenu *m_recentMenu;
    QMenu *m_removeMenu;
};
