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
    QAction *copyImage;
    QAction *quit;
    QAction *showAll;
    QAction *about;
    QMenu *viewMenu;
    /// Ctrl+1 … Ctrl+8: one per tab, in tab order.
    QList<QAction *> tabActions;

    /// Creates one "go to tab" action per title (Ctrl+1 … for the first eight).
    void setTabTitles(const QStringList &titles);
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
