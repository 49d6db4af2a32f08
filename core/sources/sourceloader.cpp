// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceloader.h"

#include "downloader.h"
#include "sourcefile.h"
#include "sourcespec.h"
#include "streamreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <new>
#include <memory>

namespace {
constexpr int kProgressIntervalMs = 50; // at most 20 progress signals a second

/// Shared between the GUI thread and the parse running for the job.
struct JobState
{
    std::atomic<bool> cancel{false};
    std::atomic<qint64> parsed{0}; ///< bytes of the current source parsed
};

/// What a parse task hands back: a source or a message.
struct Outcome
{
    SourceDataPtr data;
    QString error;
};

QString named(const QString &origin, const QString &error)
{
    return error.startsWith(origin) ? error : origin + QStringLiteral(": ") + error;
}

Outcome finish(std::shared_ptr<SourceData> data)
{
    if (data->rowCount() == 0) {
        if (data->skippedRows == 0)
            return {nullptr, QCoreApplication::translate("SourceLoader", "%1: no valid row (0 skipped)").arg(data->name)};
        // The source fails, so its warnings are not shown elsewhere: say why the first row was dropped.
        QString first = data->warnings.value(0);
        if (const QString prefix = data->name + QStringLiteral(": "); first.startsWith(prefix))
            first = first.mid(prefix.size());
        return {nullptr, QCoreApplication::translate("SourceLoader", "%1: no valid row (%2 skipped); the first: %3")
                             .arg(data->name, QString::number(data->skippedRows), first)};
    }
    data->finalize();
    return {std::move(data), {}};
}

/// The pool the reads run on. Not the global one: ~QCoreApplication waits for
/// that, and a read stuck in the kernel (a hung network file system) must not
/// keep the process alive after quit. Cancel and quit do not wait for a read:
/// it works on its own copies and ends when it sees the cancel flag. One
/// thread: jobs run one after another anyway, and the read of the next job
/// waits for a cancelled one to notice, instead of holding its memory beside it.
QThreadPool *readerPool()
{
    static QThreadPool *const pool = [] {
        auto *threads = new QThreadPool; // never deleted, so never waited for
        threads->setMaxThreadCount(1);
        return threads;
    }();
    return pool;
}

/// Runs a read on a pool thread. Memory running out (a file bigger than the
/// RAM, a parse that needs twice the input) must end as this source's
/// message: QtConcurrent would rethrow it into the event loop, which aborts.
template<typename Task>
Outcome guarded(const QString &name, Task task)
{
    try {
        return task();
    } catch (const std::bad_alloc &) {
        return {nullptr, QCoreApplication::translate("SourceLoader", "%1: out of memory while reading it").arg(name)};
    }
}

ParseContext parseContext(const LoadOptions &options, const std::shared_ptr<JobState> &state, qint64 base)
{
    ParseContext context;
    context.maxRows = options.maxRows;
    context.maxDepth = options.maxDepth;
    context.maxLineBytes = options.maxLineBytes;
    context.cancel = &state->cancel;
    context.progress = [state, base](std::int64_t done, std::int64_t) {
        state->parsed.store(base + done, std::memory_order_relaxed);
    };
    return context;
}

/// Adds the file's bytes to `hash`, read through the opened descriptor.
bool hashFile(const SourceFile &file, QCryptographicHash &hash, QString *error)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (std::int64_t offset = 0; offset < file.size();) {
        const std::int64_t got = file.read(offset, chunk.data(), chunk.size(), error);
        if (got <= 0)
            return got == 0;
        hash.addData(QByteArrayView(chunk.constData(), qsizetype(got)));
        offset += got;
    }
    return true;
}

/// Whether the file's first bytes are JSON Lines (one small read).
bool isJsonLinesFile(const SourceFile &file)
{
    QByteArray head(int(std::min<std::int64_t>(file.size(), 64 * 1024)), Qt::Uninitialized);
    QString ignored;
    const std::int64_t got = file.read(0, head.data(), head.size(), &ignored);
    head.truncate(int(std::max<std::int64_t>(got, 0)));
    return detectTimingFormat(head) == TimingFormat::JsonLines;
}

/// Runs on a pool thread: reads and parses the files of one local source.
/// Each file is opened once; its checks (a regular file, not of /proc or /sys)
/// are made on the opened descriptor, and every pass reads through it.
Outcome loadLocal(const SourceSpec &spec, const LoadOptions &options, const std::shared_ptr<JobState> &state)
{
    auto data = std::make_shared<SourceData>();
    data->name = spec.name;
    qint64 base = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : spec.paths) {
        QString error;
        SourceFile file;
        if (!file.open(path, &error))
            return {nullptr, error};
        // Through the opened descriptor, so the bytes hashed are the ones parsed;
        // checkUnchanged() below catches a file that changes in between.
        if (options.hashContent && !hashFile(file, hash, &error))
            return {nullptr, error};
        // The size limit is checked before anything is read. JSON Lines is the
        // exception: it is streamed, so its memory is the row store (bounded by
        // --max-rows) and one line (--max-line-length), not the file, and files
        // beyond 4 GiB must load.
        if (options.maxFileBytes > 0 && file.size() > options.maxFileBytes && !isJsonLinesFile(file))
            return {nullptr, QCoreApplication::translate("ByteBuffer", "%1: file is %2 bytes, over the size limit of %3 bytes")
                                 .arg(path, QString::number(file.size()), QString::number(options.maxFileBytes))};
        // JSON and JSON Lines go through a bounded window: memory is the row store, not the file.
        const ParseContext context = parseContext(options, state, base);
        switch (StreamReader::readFile(file, context, *data, &error)) {
        case StreamReader::Result::Done:
            if (options.hashContent && !file.checkUnchanged(&error))
                return {nullptr, error};
            base += qint64(file.size());
            state->parsed.store(base, std::memory_order_relaxed);
            continue;
        case StreamReader::Result::Failed:
            return {nullptr, named(path, error)};
        case StreamReader::Result::NotStreamable:
            break;
        }
        if (state->cancel.load())
            return {nullptr, QCoreApplication::translate("RowBudget", "%1: cancelled").arg(path)};
        const ByteBuffer bytes = ByteBuffer::fromFile(file, options.maxFileBytes > 0 ? options.maxFileBytes : -1, &error);
        if (!error.isEmpty())
            return {nullptr, error};
        if (!file.checkUnchanged(&error))
            return {nullptr, error};
        if (!parseTimingData(bytes, path, parseContext(options, state, base), *data, &error))
            return {nullptr, named(path, error)};
        base += qint64(bytes.size());
        state->parsed.store(base, std::memory_order_relaxed);
    }
    if (options.hashContent)
        data->contentHash = hash.result();
    return finish(std::move(data));
}

bool looksLikeHtml(QByteArrayView body)
{
    const QByteArrayView head = body.first(std::min<qsizetype>(body.size(), 512)).trimmed();
    return head.startsWith("<!") || head.startsWith("<html") || head.startsWith("<HTML") || head.startsWith("<head");
}

/// Runs on a pool thread: parses a downloaded body.
Outcome parseBody(const QString &name, const std::shared_ptr<const ByteBuffer> &body, const QByteArray &contentType,
                  const LoadOptions &options, const std::shared_ptr<JobState> &state)
{
    auto data = std::make_shared<SourceData>();
    data->name = name;
    QString error;
    // Not "empty file": nothing came, which for a URL is the server's doing (or a broken transfer encoding).
    if (body->isEmpty())
        return {nullptr, QCoreApplication::translate("SourceLoader", "%1: the server sent an empty body").arg(name)};
    if (options.hashContent)
        data->contentHash = QCryptographicHash::hash(body->view(), QCryptographicHash::Sha256);
    if (!parseTimingData(*body, name, parseContext(options, state, 0), *data, &error)) {
        error = named(name, error);
        // An HTML page is almost always a login page, a proxy or a wrong path.
        if (contentType.contains("html"))
            error += QCoreApplication::translate("SourceLoader", " (the server returned HTML, Content-Type %1, not timing data)").arg(QString::fromLatin1(contentType));
        else if (looksLikeHtml(body->view()))
            error += QCoreApplication::translate("SourceLoader", " (the server returned HTML, not timing data)");
        return {nullptr, error};
    }
    return finish(std::move(data));
}
} // namespace

class SourceLoader::Private
{
public:
    explicit Private(SourceLoader *q) : q(q) {}

    struct Queued
    {
        int id;
        QStringList locations;
        bool dropped = false;
    };

    void scheduleNext();
    void startNext();
    void nextSource();
    void startDownload(SourceSpec &spec);
    void onDownloadFinished();
    void startParse(std::function<Outcome()> task);
    void onParseFinished();
    void finishJob();
    void emitProgress(bool force);

    SourceLoader *q;
    LoadOptions options;
    QList<Queued> queue;
    int nextId = 1;
    bool scheduled = false;

    // The running job
    bool running = false;
    int job = 0;
    QList<SourceSpec> specs;
    qsizetype index = 0;
    LoadResult result;
    std::shared_ptr<JobState> state;
    qint64 doneBytes = 0; ///< of the sources before `index`
    qint64 received = 0;  ///< body bytes of the current download
    bool parsing = false;

    QNetworkAccessManager *network = nullptr;
    QPointer<Downloader> downloader;
    QFutureWatcher<Outcome> *watcher = nullptr;
    QTimer progressTimer;
    qint64 lastDone = -2;
    qint64 lastTotal = -2;
};

void SourceLoader::Private::scheduleNext()
{
    if (running || scheduled || queue.isEmpty())
        return;
    scheduled = true;
    // Never start (or finish) a job inside load(): callers connect after it returns.
    QTimer::singleShot(0, q, [this] { startNext(); });
}

void SourceLoader::Private::startNext()
{
    scheduled = false;
    if (running || queue.isEmpty())
        return;
    const Queued next = queue.takeFirst();
    if (next.dropped) {
        LoadResult dropped;
        dropped.cancelled = true;
        scheduleNext();
        Q_EMIT q->loadFinished(next.id, dropped);
        return;
    }
    running = true;
    job = next.id;
    specs = planSources(next.locations);
    index = 0;
    result = LoadResult();
    state = std::make_shared<JobState>();
    doneBytes = 0;
    lastDone = lastTotal = -2;
    Q_EMIT q->loadStarted(job);
    emitProgress(true);
    progressTimer.start(kProgressIntervalMs);
    nextSource();
}

void SourceLoader::Private::nextSource()
{
    while (index < specs.size()) {
        if (state->cancel.load())
            break;
        SourceSpec &spec = specs[index];
        switch (spec.kind) {
        case SourceSpec::Kind::Invalid:
            result.errors.append(spec.error);
            ++index;
            continue;
        case SourceSpec::Kind::Local:
            startParse([spec, options = options, state = state] {
                return guarded(spec.name, [&] { return loadLocal(spec, options, state); });
            });
            return;
        case SourceSpec::Kind::Remote:
            startDownload(spec);
            return;
        }
    }
    finishJob();
}

void SourceLoader::Private::startDownload(SourceSpec &spec)
{
    if (!network)
        network = new QNetworkAccessManager(q);
    received = 0;
    downloader = new Downloader(network, q);
    QObject::connect(downloader, &Downloader::progress, q, [this](qint64 done, qint64 total) {
        received = done;
        if (total >= 0)
            specs[index].size = total;
    });
    QObject::connect(downloader, &Downloader::finished, q, [this] { onDownloadFinished(); });
    DownloadLimits limits;
    limits.stallTimeoutMs = options.stallTimeoutMs;
    limits.minBytesPerSecond = options.minBytesPerSecond;
    limits.totalTimeoutMs = options.totalTimeoutMs;
    limits.maxBytes = options.maxResponseBytes;
    limits.maxRedirects = options.maxRedirects;
    downloader->start(spec.url, spec.name, limits, options.headers);
}

void SourceLoader::Private::onDownloadFinished()
{
    Downloader *finished = downloader;
    downloader = nullptr;
    finished->deleteLater();
    SourceSpec &spec = specs[index];
    if (!finished->isOk()) {
        result.errors.append(finished->errorString());
        spec.size = 0;
        ++index;
        nextSource();
        return;
    }
    auto body = std::make_shared<const ByteBuffer>(finished->takeBody());
    spec.size = qint64(body->size());
    startParse([name = spec.name, body, type = finished->contentType(), options = options, state = state] {
        return guarded(name, [&] { return parseBody(name, body, type, options, state); });
    });
}

void SourceLoader::Private::startParse(std::function<Outcome()> task)
{
    state->parsed.store(0);
    parsing = true;
    watcher = new QFutureWatcher<Outcome>(q);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, q, [this] { onParseFinished(); });
    watcher->setFuture(QtConcurrent::run(readerPool(), std::move(task)));
}

void SourceLoader::Private::onParseFinished()
{
    const Outcome outcome = watcher->result();
    watcher->deleteLater();
    watcher = nullptr;
    parsing = false;
    if (!state->cancel.load()) {
        if (outcome.data)
            result.sources.append(outcome.data);
        else
            result.errors.append(outcome.error);
    }
    doneBytes += std::max<qint64>(specs[index].size, 0);
    ++index;
    nextSource();
}

void SourceLoader::Private::finishJob()
{
    if (!running)
        return;
    LoadResult finished = std::move(result);
    if (state->cancel.load()) {
        // A cancelled job hands back nothing: half a set of sources is not what was asked for.
        finished = LoadResult();
        finished.cancelled = true;
    } else {
        emitProgress(true);
    }
    progressTimer.stop();
    running = false;
    specs.clear();
    result = LoadResult();
    scheduleNext();
    Q_EMIT q->loadFinished(job, finished);
}

void SourceLoader::Private::emitProgress(bool force)
{
    if (!running)
        return;
    qint64 total = 0;
    qint64 done = doneBytes;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const SourceSpec &spec = specs.at(i);
        if (spec.size < 0)
            total = -1;
        else if (total >= 0)
            total += spec.size;
    }
    if (index < specs.size()) {
        const SourceSpec &spec = specs.at(index);
        const qint64 parsed = state->parsed.load(std::memory_order_relaxed);
        if (spec.kind == SourceSpec::Kind::Local)
            done += std::min(parsed, spec.size);
        else if (spec.kind == SourceSpec::Kind::Remote)
            // A download counts half when received and half when parsed.
            done += parsing ? (spec.size + std::min(parsed, spec.size)) / 2 : received / 2;
    }
    if (!force && done == lastDone && total == lastTotal)
        return;
    lastDone = done;
    lastTotal = total;
    Q_EMIT q->progress(job, done, total);
}

SourceLoader::SourceLoader(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    qRegisterMetaType<LoadResult>();
    connect(&d->progressTimer, &QTimer::timeout, this, [this] { d->emitProgress(false); });
}

SourceLoader::~SourceLoader()
{
    if (d->state)
        d->state->cancel.store(true);
    if (d->downloader)
        d->downloader->abort();
    if (d->watcher)
        d->watcher->disconnect(this); // not waited for: the parse sees the cancel flag and ends alone
    delete d;
}

void SourceLoader::setOptions(const LoadOptions &options)
{
    d->options = options;
}

LoadOptions SourceLoader::options() const
{
    return d->options;
}

int SourceLoader::load(const QStringList &locations)
{
    const int id = d->nextId++;
    d->queue.append({id, locations});
    d->scheduleNext();
    return id;
}

void SourceLoader::cancel()
{
    for (Private::Queued &queued : d->queue)
        queued.dropped = true;
    if (!d->running)
        return;
    d->state->cancel.store(true);
    if (d->downloader) {
        d->downloader->abort();
        d->downloader->deleteLater();
        d->downloader = nullptr;
    }
    // A running parse sees the flag and ends alone; the job does not wait for
    // it (it may be stuck in a read), its result is dropped.
    if (d->watcher) {
        d->watcher->disconnect(this);
        d->watcher->deleteLater();
        d->watcher = nullptr;
        d->parsing = false;
    }
    const int job = d->job;
    QTimer::singleShot(0, this, [this, job] {
        if (d->running && d->job == job && !d->watcher)
            d->finishJob();
    });
}

bool SourceLoader::isBusy() const
{
    return d->running || !d->queue.isEmpty();
}

LoadResult loadSourcesBlocking(const QStringList &locations, const LoadOptions &options)
{
    SourceLoader loader;
    loader.setOptions(options);
    QEventLoop loop;
    LoadResult result;
    bool done = false;
    QObject::connect(&loader, &SourceLoader::loadFinished, &loop, [&](int, const LoadResult &finished) {
        result = finished;
        done = true;
        loop.quit();
    });
    loader.load(locations);
    if (!done)
        loop.exec();
    return result;
}
