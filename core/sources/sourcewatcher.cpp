// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcewatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <memory>

namespace {

constexpr int kMaxDebounceDelayMs = 1000; // a file that keeps changing is still reported this often
constexpr int kPollTimeoutMs = 30'000;
// A poll is bounded like a load: the loader's default cap and total time.
constexpr qint64 kMaxPollBytes = qint64(1) << 32;
constexpr int kPollDeadlineMs = 3'600'000;
const QLatin1String kPairSuffix("{method,prompt}_timing_results.csv");

} // namespace

SourceWatcher::SourceWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SourceWatcher::checkFiles);
    connect(&m_pollTimer, &QTimer::timeout, this, &SourceWatcher::pollAll);
}

SourceWatcher::~SourceWatcher()
{
    for (UrlState &state : m_urls) {
        if (state.reply)
            state.reply->abort();
    }
}

bool SourceWatcher::isUrl(const QString &name)
{
    return name.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QStringList SourceWatcher::filesOf(const QString &name)
{
    if (isUrl(name) || name.startsWith(QLatin1Char(':')) || name.startsWith(QLatin1String("qrc:")))
        return {};
    QString path = name;
    if (path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        path = QUrl(path).toLocalFile();
    if (path.isEmpty())
        return {};
    if (path.endsWith(kPairSuffix)) {
        const QString prefix = path.chopped(kPairSuffix.size());
        return {prefix + QLatin1String("method_timing_results.csv"), prefix + QLatin1String("prompt_timing_results.csv")};
    }
    return {path};
}

SourceWatcher::FileState SourceWatcher::stat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return {true, info.size(), info.lastModified()};
}

void SourceWatcher::setSources(const QStringList &names, const QHash<QString, Headers> &headers)
{
    m_names = names;
    m_headers = headers;
    restart();
}

void SourceWatcher::setInterval(int milliseconds)
{
    if (milliseconds == m_intervalMs)
        return;
    m_intervalMs = std::max(0, milliseconds);
    restart();
}

void SourceWatcher::setDebounce(int milliseconds)
{
    m_debounceMs = std::max(0, milliseconds);
}

void SourceWatcher::restart()
{
    const bool on = m_intervalMs > 0;
    // Files: keep the state of paths still watched (so a change between two
    // setSources calls is not lost), start the new ones from what is there now.
    QHash<QString, FileState> files;
    QHash<QString, UrlState> urls;
    for (const QString &name : std::as_const(m_names)) {
        if (!on)
            break;
        if (isUrl(name)) {
            UrlState state = m_urls.take(name);
            state.headers = m_headers.value(name);
            urls.insert(name, state);
            continue;
        }
        for (const QString &path : filesOf(name))
            files.insert(path, m_files.contains(path) ? m_files.value(path) : stat(path));
    }
    for (UrlState &state : m_urls) { // no longer watched
        if (state.reply)
            state.reply->abort();
    }
    m_files = files;
    m_urls = urls;

    delete m_fsWatcher;
    m_fsWatcher = nullptr;
    if (!m_files.isEmpty()) {
        m_fsWatcher = new QFileSystemWatcher(this);
        QStringList paths, dirs;
        for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
            if (it->exists)
                paths.append(it.key());
            const QString dir = QFileInfo(it.key()).absolutePath();
            if (!dirs.contains(dir))
                dirs.append(dir);
        }
        if (!paths.isEmpty())
            m_fsWatcher->addPaths(paths);
        m_fsWatcher->addPaths(dirs);
        connect(m_fsWatcher, &QFileSystemWatcher::fileChanged, this, &SourceWatcher::onFileEvent);
        connect(m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, &SourceWatcher::onFileEvent);
    } else {
        m_debounce.stop();
    }

    if (m_urls.isEmpty()) {
        m_pollTimer.stop();
        return;
    }
    if (m_pollTimer.interval() != m_intervalMs || !m_pollTimer.isActive())
        m_pollTimer.start(m_intervalMs);
    // A URL seen for the first time is polled at once to learn its state, so
    // that a change before the first interval ends is not missed.
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        if (!it->primed && !it->reply)
            poll(it.key());
    }
}

void SourceWatcher::onFileEvent()
{
    if (!m_debounce.isActive())
        m_firstPending.start();
    else if (m_firstPending.elapsed() >= kMaxDebounceDelayMs)
        return; // let the running timer fire: a steady writer still gets reported
    m_debounce.start(m_debounceMs);
}

void SourceWatcher::checkFiles()
{
    QStringList changed;
    for (const QString &name : std::as_const(m_names)) {
        bool nameChanged = false, allThere = true;
        for (const QString &path : filesOf(name)) {
            auto it = m_files.find(path);
            if (it == m_files.end())
                continue;
            const FileState now = stat(path);
            if (!(now == *it)) {
                nameChanged = true;
                *it = now;
            }
            allThere = allThere && now.exists;
            // An editor's rename-over or a delete-and-recreate drops the path
            // from the watcher: watch the new file.
            if (now.exists && m_fsWatcher && !m_fsWatcher->files().contains(path))
                m_fsWatcher->addPath(path);
        }
        // A file that is gone (for now) is not worth a reload that can only fail.
        if (nameChanged && allThere)
            changed.append(name);
    }
    if (!changed.isEmpty())
        Q_EMIT sourcesChanged(changed);
}

void SourceWatcher::pollAll()
{
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        if (!it->reply) // the previous poll is still running: skip this round
            poll(it.key());
    }
}

void SourceWatcher::poll(const QString &url)
{
    auto it = m_urls.find(url);
    if (it == m_urls.end())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(url)};
    // Same policy as the loader: user headers never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(kPollTimeoutMs);
    for (const auto &[name, value] : std::as_const(it->headers)) {
        if (name.compare("accept-encoding", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    }
    if (it->primed) {
        if (!it->etag.isEmpty())
            request.setRawHeader("If-None-Match", it->etag);
        if (!it->lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", it->lastModified);
    }
    QNetworkReply *reply = m_network->get(request);
    it->reply = reply;
    // The body is only hashed as it streams in, never kept; Qt holds at most
    // a megabyte of it, and an endless or trickling one is stopped.
    reply->setReadBufferSize(1 << 20);
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    auto received = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::readyRead, this, [this, url, reply, hash, received] {
        const QByteArray chunk = reply->readAll();
        *received += chunk.size();
        hash->addData(chunk);
        if (*received > kMaxPollBytes) {
            Q_EMIT pollFailed(url, tr("%1: poll stopped: the response passed %2 bytes").arg(url, QString::number(kMaxPollBytes)));
            reply->abort();
        }
    });
    QTimer::singleShot(kPollDeadlineMs, reply, [this, url, reply] {
        Q_EMIT pollFailed(url, tr("%1: poll stopped: it took longer than %2 s").arg(url, QString::number(kPollDeadlineMs / 1000)));
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, url, reply, hash] {
        hash->addData(reply->readAll());
        onPollFinished(url, reply, hash->result());
    });
}

void SourceWatcher::onPollFinished(const QString &url, QNetworkReply *reply, const QByteArray &hash)
{
    reply->deleteLater();
    auto it = m_urls.find(url);
    if (it == m_urls.end() || it->reply != reply)
        return; // no longer watched, or aborted
    it->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304)
        return;
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        if (reply->error() != QNetworkReply::OperationCanceledError)
            Q_EMIT pollFailed(url, status ? tr("%1: HTTP %2 %3")
                                                .arg(url, QString::number(status),
                                                     QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                                                           .toByteArray()))
                                          : tr("%1: %2").arg(url, reply->errorString()));
        return;
    }
    const QByteArray etag = reply->rawHeader("ETag");
    const QByteArray lastModified = reply->rawHeader("Last-Modified");
    const bool wasPrimed = it->primed;
    // The body decides: a server may hand out new validators for the same bytes.
    const bool changed = wasPrimed && hash != it->hash;
    it->etag = etag;
    it->lastModified = lastModified;
    it->hash = hash;
    it->primed = true;
    if (changed)
        Q_EMIT sourcesChanged({url});
}
