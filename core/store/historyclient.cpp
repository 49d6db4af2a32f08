// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

struct HistoryClient::Reply
{
    QString error; ///< empty on success
    QList<HistoryRun> runs;
    std::vector<HistoryTrendGroup> groups;
    std::vector<HistoryTrendSeries> series;
    DatasetPtr first, second;
    HistoryStore::AddResult added = HistoryStore::AddResult::Failed;
    qint64 runId = 0;
};

HistoryClient::HistoryClient(QObject *parent)
    : QObject(parent)
    , m_loader(new SourceLoader(this))
{
    connect(m_loader, &SourceLoader::loadFinished, this, [this](int job, const LoadResult &result) {
        if (job != m_loaderJob)
            return;
        m_loaderJob = 0;
        if (!result.errors.isEmpty() || result.cancelled || result.sources.isEmpty()) {
            m_toLoad.clear();
            m_loaded.clear();
            --m_running[int(Request::Add)];
            Q_EMIT busyChanged();
            Q_EMIT failed(Request::Add, result.errors.isEmpty()
                                            ? QCoreApplication::translate("HistoryClient", "The sources could not be read again.")
                                            : result.errors.join(QLatin1Char('\n')));
            return;
        }
        m_loaded.append(result.sources);
        loadNextSource();
    });
}

HistoryClient::~HistoryClient()
{
    m_loader->cancel();
}

void HistoryClient::setLocation(const QString &location)
{
    m_location = location.isEmpty() ? HistoryStore::defaultLocation() : location;
}

QString HistoryClient::displayName() const
{
    return HistoryStore::displayName(m_location.isEmpty() ? HistoryStore::defaultLocation() : m_location);
}

bool HistoryClient::storeExists() const
{
    const QString where = m_location.isEmpty() ? HistoryStore::defaultLocation() : m_location;
    return HistoryStore::isServerLocation(where) || QFileInfo::exists(where);
}

bool HistoryClient::isBusy(Request request) const
{
    return m_running[int(request)] > 0;
}

void HistoryClient::start(Request request, std::function<Reply()> job)
{
    const int kind = int(request);
    const int number = ++m_jobs[kind];
    ++m_running[kind];
    Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<Reply>(this);
    connect(watcher, &QFutureWatcher<Reply>::finished, this, [this, watcher, request, kind, number] {
        watcher->deleteLater();
        --m_running[kind];
        Q_EMIT busyChanged();
        if (number != m_jobs[kind])
            return; // superseded by a newer request of the same kind
        const Reply reply = watcher->result();
        if (!reply.error.isEmpty()) {
            Q_EMIT failed(request, reply.error);
            return;
        }
        switch (request) {
        case Request::List:
            Q_EMIT runsListed(reply.runs, reply.groups);
            break;
        case Request::Trend:
            Q_EMIT trendComputed(reply.series);
            break;
        case Request::LoadPair:
            Q_EMIT pairLoaded(reply.first, reply.second);
            break;
        case Request::Add:
            Q_EMIT addFinished(reply.added, reply.runId);
            break;
        }
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

int HistoryClient::listRuns()
{
    const QString location = m_location;
    const bool exists = storeExists();
    start(Request::List, [location, exists] {
        Reply reply;
        if (!exists)
            return reply; // nothing stored yet; the file is made by the first add
        HistoryStore store;
        if (store.open(location, &reply.error) && store.runs(&reply.runs, &reply.error))
            store.trend(&reply.groups, &reply.error);
        return reply;
    });
    return m_jobs[int(Request::List)];
}

int HistoryClient::computeTrend(const std::vector<HistoryTrendGroup> &groups, double thresholdPercent, double alpha)
{
    const QString location = m_location;
    start(Request::Trend, [location, groups, thresholdPercent, alpha] {
        Reply reply;
        HistoryStore store;
        if (store.open(location, &reply.error))
            HistoryTrend::compute(store, groups, thresholdPercent, alpha, &reply.series, &reply.error);
        return reply;
    });
    return m_jobs[int(Request::Trend)];
}

int HistoryClient::loadPair(qint64 baseline, qint64 candidate)
{
    const QString location = m_location;
    start(Request::LoadPair, [location, baseline, candidate] {
        Reply reply;
        HistoryStore store;
        if (store.open(location, &reply.error) && store.loadRun(baseline, &reply.first, &reply.error))
            store.loadRun(candidate, &reply.second, &reply.error);
        return reply;
    });
    return m_jobs[int(Request::LoadPair)];
}

int HistoryClient::add(const QString &label, const QList<HistorySourceLocation> &sources)
{
    // A newer add drops the sources still being read for an older one.
    if (m_loaderJob != 0) {
        m_loader->cancel();
        m_loaderJob = 0;
        --m_running[int(Request::Add)];
    }
    m_toLoad = sources;
    m_loaded.clear();
    m_addLabel = label;
    m_addJob = ++m_jobs[int(Request::Add)];
    ++m_running[int(Request::Add)];
    Q_EMIT busyChanged();
    loadNextSource();
    return m_addJob;
}

void HistoryClient::loadNextSource()
{
    if (!m_toLoad.isEmpty()) {
        const HistorySourceLocation next = m_toLoad.takeFirst();
        LoadOptions options = m_loadOptions;
        options.hashContent = true; // the content key of the run
        options.headers = next.headers;
        m_loader->setOptions(options);
        m_loaderJob = m_loader->load({next.location});
        return;
    }
    // Every source is read: build and store off the GUI thread. start() counts
    // the job again, so the loading phase's count ends here.
    --m_running[int(Request::Add)];
    --m_jobs[int(Request::Add)]; // start() numbers it m_addJob again
    const QString location = m_location;
    const QString label = m_addLabel;
    const QList<SourceDataPtr> sources = std::exchange(m_loaded, {});
    start(Request::Add, [location, label, sources] {
        Reply reply;
        const DatasetPtr dataset = Dataset::build(sources);
        HistoryStore store;
        if (!store.open(location, &reply.error))
            return reply;
        reply.added = store.add(label, *dataset, &reply.runId, &reply.error);
        if (reply.added != HistoryStore::AddResult::Failed)
            reply.error.clear();
        return reply;
    });
}
