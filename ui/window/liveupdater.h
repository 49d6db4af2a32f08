// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStatusBar;
class Workbench;
class SourceWatcher;

/// View ▸ Live update: Off, 5 s, 30 s, 2 min (remembered). While on, local
/// sources are reloaded soon after they change on disk and URL sources are
/// polled at that interval (SourceWatcher). Reloads go through the
/// Workbench like F5, so the filter, the tab and the chart options
/// stay. A status bar label says when the data last changed.
class LiveUpdater : public QObject
{
    Q_OBJECT
public:
    LiveUpdater(Workbench *sources, QMenu *viewMenu, QStatusBar *statusBar, QObject *parent = nullptr);
    ~LiveUpdater() override;

    /// The choices of the menu, in seconds; 0 = off.
    static QList<int> intervals();
    /// Sets the interval (also what the menu shows and settings remember).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_seconds; }

    SourceWatcher *watcher() const { return m_watcher; }
    QMenu *menu() const { return m_menu; }
    QLabel *statusLabel() const { return m_label; }

Q_SIGNALS:
    /// A dataset built from a live reload reached the window.
    void dataChanged();

private:
    void watchSources();
    void onDatasetChanged(const DatasetPtr &dataset);
    void onSourcesChanged(const QStringList &names);

    Workbench *m_sources;
    SourceWatcher *m_watcher;
    QStatusBar *m_statusBar;
    QMenu *m_menu;
    QActionGroup *m_group;
    QLabel *m_label;
    QSet<QString> m_pending; ///< reloaded by us, not yet in a dataset
    int m_seconds = 0;
};
