// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "sourcespec.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

bool isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// A source with the same name replaces the old one in place; new ones go last.
QList<SourceDataPtr> merged(QList<SourceDataPtr> current, const QList<SourceDataPtr> &loaded)
{
    for (const SourceDataPtr &source : loaded) {
        auto it = std::find_if(current.begin(), current.end(),
                               [&](const SourceDataPtr &old) { return old->name == source->name; });
        if (it != current.end())
            *it = source;
        else
            current.append(source);
    }
    return current;
}

} // namespace

Workbench::Workbench(QObject *parent)
    : QObject(parent)
    , m_loader(new SourceLoader(this))
    , m_filter(new FilterState(this))
{
    // First connection to the filter: the groups are current before anyone else hears of it.
    connect(m_filter, &FilterState::changed, this, &Workbench::refilter);
    m_baseOptions = m_loader->options();
    connect(m_loader, &SourceLoader::progress, this, [this](int job, qint64 done, qint64 total) {
        if (job == m_runningLoaderJob)
            Q_EMIT progress(done, total);
    });
    connect(m_loader, &SourceLoader::loadFinished, this, &Workbench::onLoadFinished);
    connect(&m_buildWatcher, &QFutureWatcher<DatasetPtr>::finished, this, &Workbench::onBuildFinished);
}

Workbench::~Workbench()
{
    if (m_buildCancel)
        m_buildCancel->store(true);
    m_buildWatcher.waitForFinished();
}

void Workbench::setLoadOptions(const LoadOptions &options)
{
    m_baseOptions = options;
}

int Workbench::open(const QStringList &locations, const HeaderList &headers)
{
    Job job{m_nextJob++, locations, headers};
    for (const QString &location : locations) {
        if (isUrl(location)) {
            // The source is named without user-info and query; reloads need them.
            const QString name = redactedLocation(location);
            m_headers.insert(name, headers);
            m_fullLocations.insert(name, location);
        }
    }
    m_queue.append(job);
    dispatchNext();
    return job.number;
}

QString Workbench::locationOf(const QString &name)
{
    static const QLatin1String pair("{method,prompt}_timing_results.csv");
    if (name.endsWith(pair))
        return name.chopped(pair.size()) + QLatin1String("method_timing_results.csv");
    return name;
}

int Workbench::reload()
{
    return reloadSources(sourceNames());
}

int Workbench::reloadSources(const QStringList &names)
{
    // One job per set of request headers, so each URL gets its own again.
    QList<QPair<HeaderList, QStringList>> batches;
    for (const QString &name : names) {
        const HeaderList headers = m_headers.value(name);
        const QString location = m_fullLocations.value(name, locationOf(name));
        auto it = std::find_if(batches.begin(), batches.end(), [&](const auto &b) { return b.first == headers; });
        if (it == batches.end())
            batches.append({headers, {location}});
        else
            it->second.append(location);
    }
    for (const auto &batch : batches)
        open(batch.second, batch.first);
    return int(batches.size());
}

void Workbench::remove(const QStringList &names)
{
    QList<SourceDataPtr> kept;
    for (const SourceDataPtr &source : std::as_const(m_pendingSources)) {
        if (!names.contains(source->name))
            kept.append(source);
    }
    if (kept.size() == m_pendingSources.size())
        return;
    if (kept.isEmpty()) {
        // Nothing left to build: drop any running build and show nothing.
        if (m_buildCancel)
            m_buildCancel->store(true);
        ++m_buildNumber;
        m_pendingSources.clear();
        m_shownSources.clear();
        setDataset(nullptr);
        updateBusy();
        return;
    }
    startBuild(kept);
}

void Workbench::cancel()
{
    m_queue.clear();
    if (m_runningLoaderJob)
        m_loader->cancel();
    if (m_buildWatcher.isRunning() && m_buildCancel) {
        m_buildCancel->store(true);
        ++m_buildNumber; // its result, if any, is dropped
        m_pendingSources = m_shownSources;
        Q_EMIT cancelled();
    }
    updateBusy();
}

bool Workbench::isBusy() const
{
    return m_runningLoaderJob != 0 || !m_queue.isEmpty() || m_buildWatcher.isRunning();
}

QStringList Workbench::sourceNames() const
{
    QStringList names;
    names.reserve(m_pendingSources.size());
    for (const SourceDataPtr &source : m_pendingSources)
        names.append(source->name);
    return names;
}

void Workbench::dispatchNext()
{
    if (m_runningLoaderJob != 0 || m_queue.isEmpty()) {
        updateBusy();
        return;
    }
    m_running = m_queue.takeFirst();
    LoadOptions options = m_baseOptions;
    options.headers = m_running.headers;
    m_loader->setOptions(options);
    m_runningLoaderJob = m_loader->load(m_running.locations);
    Q_EMIT jobStarted(m_running.number, m_running.locations);
    updateBusy();
}

void Workbench::onLoadFinished(int loaderJob, const LoadResult &result)
{
    if (loaderJob != m_runningLoaderJob)
        return; // a job we cancelled
    const int job = m_running.number;
    m_runningLoaderJob = 0;
    m_running = {};

    QStringList loaded;
    for (const SourceDataPtr &source : result.sources)
        loaded.append(source->name);
    if (result.cancelled) {
        Q_EMIT cancelled();
    } else {
        if (!result.sources.isEmpty())
            startBuild(merged(m_pendingSources, result.sources));
        Q_EMIT jobFinished(job, loaded);
        if (!result.errors.isEmpty())
            Q_EMIT loadFailed(job, result.errors);
    }
    dispatchNext();
}

void Workbench::startBuild(const QList<SourceDataPtr> &sources)
{
    // A newer build contains everything the running one would: supersede it.
    if (m_buildCancel)
        m_buildCancel->store(true);
    m_pendingSources = sources;
    m_buildCancel = std::make_shared<std::atomic<bool>>(false);
    const int number = ++m_buildNumber;
    std::shared_ptr<std::atomic<bool>> flag = m_buildCancel;
    // The watcher only follows the newest future; older ones finish on their own.
    m_watchedBuild = number;
    m_buildWatcher.setFuture(QtConcurrent::run([sources, flag]() { return Dataset::build(sources, flag.get()); }));
    updateBusy();
}

void Workbench::onBuildFinished()
{
    if (m_watchedBuild != m_buildNumber || m_buildWatcher.isCanceled()) {
        updateBusy();
        return;
    }
    DatasetPtr dataset = m_buildWatcher.result();
    if (dataset) {
        m_shownSources = m_pendingSources;
        setDataset(std::move(dataset));
    }
    updateBusy();
}

void Workbench::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    if (m_dataset)
        m_colors->addDataset(*m_dataset);
    m_filtered = m_dataset ? m_filter->filteredGroups(*m_dataset) : std::vector<int>();
    Q_EMIT datasetChanged(m_dataset);
    Q_EMIT changed();
}

void Workbench::refilter()
{
    m_filtered = m_dataset ? m_filter->filteredGroups(*m_dataset) : std::vector<int>();
    Q_EMIT changed();
}

void Workbench::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
