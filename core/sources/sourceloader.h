// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"
#include "timingparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

/// Limits of one load. Times in milliseconds; 0 means no limit, for the byte
/// limits too. An Accept-Encoding in `headers` is not sent: Qt asks for gzip
/// and inflates it only while it sets that header itself.
struct LoadOptions
{
    int stallTimeoutMs = 30'000;            ///< under minBytesPerSecond for this long ends a download
    std::int64_t minBytesPerSecond = 1024;  ///< the rate floor (curl's --speed-limit)
    int totalTimeoutMs = 3'600'000;         ///< the whole transfer
    std::int64_t maxResponseBytes = std::int64_t(1) << 32; ///< download cap (bytes)
    std::int64_t maxFileBytes = std::int64_t(1) << 32;     ///< local file size limit (bytes)
    int maxRedirects = 10;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra request headers for URLs
    std::int64_t maxRows = 50'000'000;
    std::int64_t maxLineBytes = std::int64_t(16) << 20; ///< one JSON Lines line (bytes); 0: no limit
    int maxDepth = 64;
    /// Fills SourceData::contentHash (SHA-256 of the bytes read): for the run history.
    bool hashContent = false;
};

/// What one load job produced: the sources that loaded, and one message per
/// source that did not (naming the source, the place and the reason).
struct LoadResult
{
    QList<SourceDataPtr> sources;
    QStringList errors;
    bool cancelled = false;
};
Q_DECLARE_METATYPE(LoadResult)

/// Loads timing sources (paths, file:// or http(s) URLs) off the GUI thread.
/// Jobs run one after another in the order they were asked for; each ends in
/// exactly one loadFinished, never inside load(). A CSV of one table pulls in
/// its partner (same folder and prefix, `method_timing_results.csv` ↔
/// `prompt_timing_results.csv`) to form one source, named
/// `<dir/prefix>{method,prompt}_timing_results.csv`; a file named twice is read
/// once. Sources and errors keep the order of the locations; a failed source
/// does not stop the others. Destroying the loader stops everything without
/// emitting anything.
class SourceLoader : public QObject
{
    Q_OBJECT
public:
    explicit SourceLoader(QObject *parent = nullptr);
    ~SourceLoader() override;

    void setOptions(const LoadOptions &options);
    LoadOptions options() const;

    /// Queues a job; returns its number (increasing from 1).
    int load(const QStringList &locations);
    /// Cancels the running job and drops the queued ones. Each still gets its
    /// loadFinished, in job order, with cancelled = true and no sources or
    /// errors; a dropped job gets no loadStarted. Jobs asked for later run.
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void loadStarted(int job);
    /// done/total in bytes over the job; total < 0 while unknown (a URL whose
    /// size is not known yet). A file counts when parsed, a download half when
    /// received and half when parsed. At most ~20 a second.
    void progress(int job, qint64 done, qint64 total);
    void loadFinished(int job, const LoadResult &result);

private:
    class Private;
    Private *d;
};

/// Loads synchronously with a local event loop; for the CLI and tests.
LoadResult loadSourcesBlocking(const QStringList &locations, const LoadOptions &options);
