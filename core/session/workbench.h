// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "namecolors.h"
#include "filterstate.h"
#include "sourceloader.h"
#include "sourcepooling.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// The session: owns the loaded sources, the Dataset built from the shown ones,
/// the Dataset of each source on its own (datasetOf(), for Compare), the one
/// filter (FilterState) and the groups that pass it. Every chart model reads
/// dataset() and filteredGroups(); nobody else builds a dataset of its own.
///
/// Sources are a filter dimension: each loaded source is shown (the default)
/// or hidden (setSourceShown()); dataset() pools the shown ones only, and
/// pooling() says how many groups hold rows of more than one of them.
///
/// Loads go through SourceLoader (queued, numbered); each finished job is
/// merged into the current list (same name replaces) and the Dataset is
/// rebuilt off the GUI thread, as after showing or hiding a source (the
/// loaded data is kept, nothing is read again). One job tracker: a newer
/// build supersedes an older one, whose result is dropped. Sources that fail
/// to load never replace what is shown: their old version stays, and the
/// errors are reported.
///
/// changed() is the one notification for what is shown: emitted after a new
/// dataset (or none) and after every filter change, with filteredGroups()
/// already up to date.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    /// Queues a load of `locations` (paths or URLs); `headers` go with URL
    /// requests of this job and of later reloads of these locations.
    /// Returns the job number (increasing from 1). Jobs run one at a time, in order.
    int open(const QStringList &locations, const HeaderList &headers = {});
    /// Loads every current source again. Returns the number of jobs queued.
    int reload();
    /// Loads the named sources again (with their request headers), e.g. when
    /// they changed on disk. Returns the number of jobs queued.
    int reloadSources(const QStringList &names);
    /// The request headers kept for a URL source (empty for files).
    HeaderList headersOf(const QString &name) const { return m_headers.value(name); }
    /// The location source `name` was opened from: for a URL with its user-info
    /// and query, which the name leaves out (never show or store it); else `name`.
    QString fullLocation(const QString &name) const { return m_fullLocations.value(name, name); }
    /// Rebuilds the dataset without the named sources.
    void remove(const QStringList &names);
    /// Takes sources loaded elsewhere (e.g. by loadSourcesBlocking()) as the
    /// loaded list, replacing it, and builds the dataset of the shown ones.
    void setLoadedSources(const QList<SourceDataPtr> &sources);
    /// Cancels the running load or build and drops queued loads.
    void cancel();

    bool isBusy() const;
    DatasetPtr dataset() const { return m_dataset; }
    /// The one filter of the session (models, methods, hardware shown).
    FilterState *filter() const { return m_filter; }
    /// One colour per model, method and hardware name, and per source, for the
    /// whole session: a name keeps the colour it got when first loaded (a
    /// source when first listed), whatever is hidden or loaded later.
    std::shared_ptr<const NameColors> nameColors() const { return m_colors; }
    /// Groups of dataset() that pass filter(), in dataset order.
    const std::vector<int> &filteredGroups() const { return m_filtered; }
    /// Names of the loaded sources, shown or hidden, in load order (plus any
    /// being built in).
    QStringList sourceNames() const;
    /// The loaded source `name` (shown or hidden), or null.
    SourceDataPtr source(const QString &name) const;
    /// Whether the loaded source `name` is part of dataset(). New sources are.
    bool isSourceShown(const QString &name) const;
    /// Names of the loaded sources that are shown, in load order.
    QStringList shownSourceNames() const;
    /// Shows or hides loaded sources: the dataset is rebuilt from the shown
    /// ones (off the GUI thread; a newer change supersedes the build). A hidden
    /// source stays loaded, so showing it again reads nothing.
    void setSourcesShown(const QStringList &names, bool shown);
    void setSourceShown(const QString &name, bool shown) { setSourcesShown({name}, shown); }
    /// How the shown sources share the groups of dataset().
    SourcePooling pooling() const { return m_pooling; }
    /// Names of sources that start hidden when they are loaded and not yet in
    /// the list (a reload keeps a source's state): the window passes those
    /// unticked when last seen, in this session or an earlier one.
    void setHiddenWhenLoaded(const QStringList &names);
    /// Names of the loaded sources that are hidden, in load order.
    QStringList hiddenSourceNames() const;

    /// The Dataset of one loaded source on its own (shown or hidden). Small
    /// sources are built at once; a large one is built off the GUI thread:
    /// null until sourceDatasetReady(). Kept while the source stays loaded; a
    /// build for a source that was removed or reloaded meanwhile is dropped.
    DatasetPtr datasetOf(const QString &name);

    void setLoadOptions(const LoadOptions &options);

    /// A location that loads the source `name` again: the name itself, or for
    /// a CSV pair (`…{method,prompt}_timing_results.csv`) its method table.
    static QString locationOf(const QString &name);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// A job started; `locations` as given to open() or reload().
    void jobStarted(int job, const QStringList &locations);
    /// done/total bytes of the running job; total < 0 while unknown.
    void progress(qint64 done, qint64 total);
    /// The dataset shown changed (also after remove()); may be null when no source is left.
    /// Emitted before changed().
    void datasetChanged(const DatasetPtr &dataset);
    /// What is shown changed: a new dataset, or the filter. filteredGroups() is current.
    void changed();
    /// A job ended; `loaded` names the sources it read (merged once the build is done).
    void jobFinished(int job, const QStringList &loaded);
    /// A job ended with errors; the sources that did load were still merged.
    void loadFailed(int job, const QStringList &errors);
    /// A job or build was cancelled.
    void cancelled();
    /// The loaded sources, or which of them are shown, changed (emitted when
    /// the change is asked for; datasetChanged() follows once it is built).
    void sourcesChanged();
    /// datasetOf(name) has been built off the GUI thread.
    void sourceDatasetReady(const QString &name);

private:
    struct Job
    {
        int number = 0;
        QStringList locations;
        HeaderList headers;
    };
    /// The loaded sources in load order and the names of the hidden ones.
    struct Selection
    {
        QList<SourceDataPtr> sources;
        QSet<QString> hidden;
    };
    /// What a build returns: the dataset of the shown sources and its pooling.
    struct Built
    {
        DatasetPtr dataset;
        SourcePooling pooling;
    };
    /// A per-source dataset: null while its build runs.
    struct SourceBuild
    {
        SourceDataPtr source;
        DatasetPtr dataset;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void dispatchNext();
    void onLoadFinished(int loaderJob, const LoadResult &result);
    void startBuild(const Selection &selection);
    void onBuildFinished();
    void updateBusy();
    void setDataset(DatasetPtr dataset);
    void refilter();
    /// `hidden` plus the names of `sources` that are new to the list and start hidden.
    QSet<QString> hiddenAfterLoad(const QList<SourceDataPtr> &sources, QSet<QString> hidden) const;
    /// Drops the per-source datasets of sources that are no longer loaded.
    void pruneSourceDatasets();
    bool isLoaded(const SourceDataPtr &source) const;

    SourceLoader *m_loader;
    QFutureWatcher<Built> m_buildWatcher;
    std::shared_ptr<std::atomic<bool>> m_buildCancel;
    int m_buildNumber = 0;  ///< the newest build asked for
    int m_watchedBuild = 0; ///< the build m_buildWatcher follows
    bool m_buildPending = false; ///< the newest build is not shown yet
    /// The sources of the dataset shown, and those of the newest build (in
    /// merge order); a build that is superseded or cancelled is dropped.
    Selection m_shown;
    Selection m_pending;
    SourcePooling m_pooling;
    QList<SourceBuild> m_sourceDatasets;
    QList<QFutureWatcher<DatasetPtr> *> m_sourceBuilds; ///< running per-source builds
    DatasetPtr m_dataset;
    FilterState *m_filter;
    std::shared_ptr<NameColors> m_colors = std::make_shared<NameColors>();
    std::vector<int> m_filtered;
    // Our own queue, so that each job runs with its own request headers.
    QList<Job> m_queue;
    Job m_running;
    int m_runningLoaderJob = 0;
    int m_nextJob = 1;
    QHash<QString, HeaderList> m_headers; ///< per URL source name, kept for reloads; in memory only
    /// Per URL source name (no user-info, no query) the URL as given; in memory only.
    QHash<QString, QString> m_fullLocations;
    LoadOptions m_baseOptions;
    QSet<QString> m_hiddenWhenLoaded;
    bool m_busy = false;
};
