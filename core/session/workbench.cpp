// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "sourcespec.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Sources this small get their own Dataset on the calling thread (well under
// a frame), so that Compare has both runs right after a load.
constexpr std::int64_t kSyncBuildRows = 100'000;

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
    connect(&m_buildWatcher, &QFutureWatcher<Built>::finished, this, &Workbench::onBuildFinished);
}

Workbench::~Workbench()
{
    if (m_buildCancel)
        m_buildCancel->store(true);
    for (const SourceBuild &entry : std::as_const(m_sourceDatasets))
        entry.cancel->store(true);
    m_buildWatcher.waitForFinished();
    for (QFutureWatcher<DatasetPtr> *watcher : std::as_const(m_sourceBuilds))
        watcher->waitForFinished();
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
    Selection kept;
    for (const SourceDataPtr &source : std::as_const(m_pending.sources)) {
        if (!names.contains(source->name))
            kept.sources.append(source);
    }
    if (kept.sources.size() == m_pending.sources.size())
        return;
    for (const QString &name : std::as_const(m_pending.hidden)) {
        if (!names.contains(name))
            kept.hidden.insert(name);
    }
    if (kept.sources.isEmpty()) {
        // Nothing left to build: drop any running build and show nothing.
        if (m_buildCancel)
            m_buildCancel->store(true);
        ++m_buildNumber;
        m_buildPending = false;
        m_pending = {};
        m_shown = {};
        m_pooling = {};
        pruneSourceDatasets();
        Q_EMIT sourcesChanged();
        setDataset(nullptr);
        updateBusy();
        return;
    }
    startBuild(kept);
}

void Workbench::setLoadedSources(const QList<SourceDataPtr> &sources)
{
    if (sources.isEmpty()) {
        remove(sourceNames());
        return;
    }
    Selection selection;
    selection.sources = sources;
    for (const SourceDataPtr &source : sources) {
        if (m_pending.hidden.contains(source->name))
            selection.hidden.insert(source->name);
    }
    selection.hidden = hiddenAfterLoad(sources, selection.hidden);
    startBuild(selection);
}

void Workbench::setSourcesShown(const QStringList &names, bool shown)
{
    Selection selection = m_pending;
    for (const QString &name : names) {
        if (!source(name))
            continue;
        if (shown)
            selection.hidden.remove(name);
        else
            selection.hidden.insert(name);
    }
    if (selection.hidden != m_pending.hidden)
        startBuild(selection);
}

void Workbench::cancel()
{
    m_queue.clear();
    if (m_runningLoaderJob)
        m_loader->cancel();
    if (m_buildPending && m_buildCancel) {
        m_buildCancel->store(true);
        ++m_buildNumber; // its result, if any, is dropped
        m_buildPending = false;
        m_pending = m_shown;
        pruneSourceDatasets();
        Q_EMIT sourcesChanged();
        Q_EMIT cancelled();
    }
    updateBusy();
}

bool Workbench::isBusy() const
{
    // Busy until the newest build is shown (or dropped), not merely until its
    // thread ends: its result arrives by a queued signal.
    return m_runningLoaderJob != 0 || !m_queue.isEmpty() || m_buildPending;
}

QStringList Workbench::sourceNames() const
{
    QStringList names;
    names.reserve(m_pending.sources.size());
    for (const SourceDataPtr &source : m_pending.sources)
        names.append(source->name);
    return names;
}

SourceDataPtr Workbench::source(const QString &name) const
{
    for (const SourceDataPtr &source : m_pending.sources) {
        if (source->name == name)
            return source;
    }
    return nullptr;
}

bool Workbench::isSourceShown(const QString &name) const
{
    return source(name) && !m_pending.hidden.contains(name);
}

QStringList Workbench::shownSourceNames() const
{
    QStringList names;
    for (const SourceDataPtr &source : m_pending.sources) {
        if (!m_pending.hidden.contains(source->name))
            names.append(source->name);
    }
    return names;
}

void Workbench::setHiddenWhenLoaded(const QStringList &names)
{
    m_hiddenWhenLoaded = QSet<QString>(names.cbegin(), names.cend());
}

QStringList Workbench::hiddenSourceNames() const
{
    QStringList names;
    for (const SourceDataPtr &source : m_pending.sources) {
        if (m_pending.hidden.contains(source->name))
            names.append(source->name);
    }
    return names;
}

QSet<QString> Workbench::hiddenAfterLoad(const QList<SourceDataPtr> &sources, QSet<QString> hidden) const
{
    for (const SourceDataPtr &source : sources) {
        if (m_hiddenWhenLoaded.contains(source->name) && !this->source(source->name))
            hidden.insert(source->name);
    }
    return hidden;
}

bool Workbench::isLoaded(const SourceDataPtr &source) const
{
    return m_pending.sources.contains(source) || m_shown.sources.contains(source);
}

DatasetPtr Workbench::datasetOf(const QString &name)
{
    const SourceDataPtr loaded = source(name);
    if (!loaded)
        return nullptr;
    for (const SourceBuild &entry : std::as_const(m_sourceDatasets)) {
        if (entry.source == loaded)
            return entry.dataset; // null while it is built
    }
    SourceBuild entry{loaded, nullptr, std::make_shared<std::atomic<bool>>(false)};
    if (loaded->rowCount() <= kSyncBuildRows) {
        entry.dataset = Dataset::build({loaded});
        m_sourceDatasets.append(entry);
        return entry.dataset;
    }
    m_sourceDatasets.append(entry);
    auto *watcher = new QFutureWatcher<DatasetPtr>(this);
    m_sourceBuilds.append(watcher);
    connect(watcher, &QFutureWatcher<DatasetPtr>::finished, this, [this, watcher, loaded] {
        m_sourceBuilds.removeOne(watcher);
        watcher->deleteLater();
        const DatasetPtr dataset = watcher->result();
        for (qsizetype i = 0; i < m_sourceDatasets.size(); ++i) {
            SourceBuild &entry = m_sourceDatasets[i];
            if (entry.source != loaded)
                continue;
            if (!dataset) {
                m_sourceDatasets.removeAt(i);
                return;
            }
            entry.dataset = dataset;
            Q_EMIT sourceDatasetReady(loaded->name);
            return;
        }
        // The source was removed or reloaded meanwhile: the result is stale.
    });
    const std::shared_ptr<std::atomic<bool>> flag = entry.cancel;
    watcher->setFuture(QtConcurrent::run([loaded, flag] { return Dataset::build({loaded}, flag.get()); }));
    return nullptr;
}

void Workbench::pruneSourceDatasets()
{
    for (qsizetype i = m_sourceDatasets.size() - 1; i >= 0; --i) {
        if (!isLoaded(m_sourceDatasets[i].source)) {
            m_sourceDatasets[i].cancel->store(true);
            m_sourceDatasets.removeAt(i);
        }
    }
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
            startBuild({merged(m_pending.sources, result.sources), hiddenAfterLoad(result.sources, m_pending.hidden)});
        Q_EMIT jobFinished(job, loaded);
        if (!result.errors.isEmpty())
            Q_EMIT loadFailed(job, result.errors);
    }
    dispatchNext();
}

void Workbench::startBuild(const Selection &selection)
{
    // A newer build contains everything the running one would: supersede it.
    if (m_buildCancel)
        m_buildCancel->store(true);
    m_pending = selection;
    // A source's colour is fixed when it is first listed, shown or not.
    QStringList names;
    for (const SourceDataPtr &source : selection.sources)
        names.append(source->name);
    m_colors->addSources(names);
    QList<SourceDataPtr> shown;
    for (const SourceDataPtr &source : selection.sources) {
        if (!selection.hidden.contains(source->name))
            shown.append(source);
    }
    m_buildCancel = std::make_shared<std::atomic<bool>>(false);
    const int number = ++m_buildNumber;
    std::shared_ptr<std::atomic<bool>> flag = m_buildCancel;
    // The watcher only follows the newest future; older ones finish on their own.
    m_watchedBuild = number;
    m_buildPending = true;
    m_buildWatcher.setFuture(QtConcurrent::run([shown, flag]() {
        Built built;
        built.dataset = Dataset::build(shown, flag.get());
        if (built.dataset)
            built.pooling = SourcePooling::of(*built.dataset);
        return built;
    }));
    pruneSourceDatasets();
    Q_EMIT sourcesChanged();
    updateBusy();
}

void Workbench::onBuildFinished()
{
    if (m_watchedBuild != m_buildNumber || m_buildWatcher.isCanceled()) {
        updateBusy();
        return;
    }
    m_buildPending = false;
    Built built = m_buildWatcher.result();
    if (built.dataset) {
        m_shown = m_pending;
        m_pooling = built.pooling;
        pruneSourceDatasets();
        setDataset(std::move(built.dataset));
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
