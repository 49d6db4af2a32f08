// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "historytrend.h"
#include "sourceloader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

#include <vector>

/// One source to store with File ▸ Add to History: where to read it again and
/// the request headers of a URL.
struct HistorySourceLocation
{
    QString location;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// The window's way to the run history: every store access runs off the GUI
/// thread (QtConcurrent), each job with a store of its own, since a
/// HistoryStore is used from one thread. Requests are numbered per kind; a
/// newer request of a kind supersedes an older one, whose result is dropped.
/// Each request ends in exactly one of its result signal or failed().
class HistoryClient : public QObject
{
    Q_OBJECT
public:
    enum class Request { List, Trend, LoadPair, Add };
    Q_ENUM(Request)

    explicit HistoryClient(QObject *parent = nullptr);
    ~HistoryClient() override;

    /// A SQLite file or a postgresql:// URL (HistoryStore::open); empty: the default file.
    void setLocation(const QString &location);
    QString location() const { return m_location; }
    /// The location as it may be shown (no password).
    QString displayName() const;
    /// Whether the store exists: a SQLite file is only created by add().
    bool storeExists() const;

    /// The runs and every group's trend (runsListed). A SQLite file that does not
    /// exist yet is not created: runsListed with no runs.
    int listRuns();
    /// The selected groups with their verdicts run to run (trendComputed).
    int computeTrend(const std::vector<HistoryTrendGroup> &groups, double thresholdPercent = 5, double alpha = 0.05);
    /// Two runs as datasets, for the Compare tab (pairLoaded).
    int loadPair(qint64 baseline, qint64 candidate);
    /// Reads the sources again with their content hash and stores them as one run (addFinished).
    int add(const QString &label, const QList<HistorySourceLocation> &sources);
    bool isBusy(Request request) const;

    /// Limits of the loads of add() (hashContent is always set).
    void setLoadOptions(const LoadOptions &options) { m_loadOptions = options; }

Q_SIGNALS:
    void runsListed(const QList<HistoryRun> &runs, const std::vector<HistoryTrendGroup> &groups);
    void trendComputed(const std::vector<HistoryTrendSeries> &series);
    void pairLoaded(const DatasetPtr &baseline, const DatasetPtr &candidate);
    /// `runId` is the new run, or the one that holds the same content already.
    void addFinished(HistoryStore::AddResult result, qint64 runId);
    /// The message names the store (never its password) and the cause.
    void failed(HistoryClient::Request request, const QString &message);
    void busyChanged();

private:
    struct Reply;
    void start(Request request, std::function<Reply()> job);
    void loadNextSource();

    QString m_location;
    LoadOptions m_loadOptions;
    int m_jobs[4] = {0, 0, 0, 0};     ///< newest request of each kind
    int m_running[4] = {0, 0, 0, 0};  ///< jobs of each kind still running
    // add(): sources are read one by one (each with its headers), then stored.
    SourceLoader *m_loader = nullptr;
    QList<HistorySourceLocation> m_toLoad;
    QList<SourceDataPtr> m_loaded;
    QString m_addLabel;
    int m_loaderJob = 0;
    int m_addJob = 0;
};
