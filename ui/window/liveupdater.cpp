// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveupdater.h"

#include "workbench.h"
#include "sourcespec.h"
#include "sourcewatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTime>

namespace {
const QString kSettingsKey = QStringLiteral("view/liveUpdateSeconds");
constexpr int kStatusTimeoutMs = 8000;
} // namespace

LiveUpdater::LiveUpdater(Workbench *sources, QMenu *viewMenu, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_watcher(new SourceWatcher(this))
    , m_statusBar(statusBar)
    , m_menu(new QMenu(tr("&Live Update"), viewMenu))
    , m_group(new QActionGroup(this))
    , m_label(new QLabel(statusBar))
{
    m_menu->setStatusTip(tr("Reload sources when they change: files at once, URLs at the interval"));
    for (int seconds : intervals()) {
        const QString text = seconds == 0 ? tr("&Off")
                             : seconds < 60 ? tr("Every %1 s").arg(seconds)
                                            : tr("Every %1 min").arg(seconds / 60);
        QAction *action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setData(seconds);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setIntervalSeconds(seconds); });
    }
    viewMenu->addSeparator();
    viewMenu->addMenu(m_menu);
    m_label->setAccessibleName(tr("Last data change"));
    m_label->hide();
    statusBar->addPermanentWidget(m_label);

    connect(m_sources, &Workbench::datasetChanged, this, &LiveUpdater::onDatasetChanged);
    connect(m_watcher, &SourceWatcher::sourcesChanged, this, &LiveUpdater::onSourcesChanged);
    connect(m_watcher, &SourceWatcher::pollFailed, this, [this](const QString &url, const QString &error) {
        // The watcher polls the full URL; the status bar shows it without user-info and query.
        QString text = error;
        text.replace(url, redactedLocation(url));
        m_statusBar->showMessage(tr("Live update: %1").arg(text), kStatusTimeoutMs);
    });
    const int saved = QSettings().value(kSettingsKey, 0).toInt();
    setIntervalSeconds(intervals().contains(saved) ? saved : 0);
}

LiveUpdater::~LiveUpdater() = default;

QList<int> LiveUpdater::intervals()
{
    return {0, 5, 30, 120};
}

void LiveUpdater::setIntervalSeconds(int seconds)
{
    m_seconds = std::max(0, seconds);
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toInt() == m_seconds);
    QSettings().setValue(kSettingsKey, m_seconds);
    m_watcher->setInterval(m_seconds * 1000);
    if (m_seconds == 0)
        m_pending.clear();
    // Start from the sources shown now.
    watchSources();
}

void LiveUpdater::watchSources()
{
    // A URL source's name has no user-info or query; the poll needs the URL as given.
    QStringList locations;
    QHash<QString, SourceWatcher::Headers> headers;
    for (const QString &name : m_sources->sourceNames()) {
        const QString location = m_sources->fullLocation(name);
        locations.append(location);
        headers.insert(location, m_sources->headersOf(name));
    }
    m_watcher->setSources(locations, headers);
}

void LiveUpdater::onSourcesChanged(const QStringList &names)
{
    QStringList reload;
    const QStringList current = m_sources->sourceNames();
    for (const QString &location : names) {
        const QString name = redactedLocation(location); // the watcher has full URLs
        if (current.contains(name))
            reload.append(name);
    }
    if (reload.isEmpty())
        return;
    for (const QString &name : std::as_const(reload))
        m_pending.insert(name);
    m_sources->reloadSources(reload);
}

void LiveUpdater::onDatasetChanged(const DatasetPtr &dataset)
{
    watchSources();
    if (!dataset || m_pending.isEmpty())
        return;
    bool ours = false;
    for (const SourceDataPtr &source : dataset->sources())
        ours = m_pending.remove(source->name) || ours;
    if (!ours)
        return;
    m_label->setText(tr("Data changed %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_label->setToolTip(tr("Live update reloaded a source that changed"));
    m_label->show();
    Q_EMIT dataChanged();
}
