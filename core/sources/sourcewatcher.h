// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;
class QNetworkAccessManager;
class QNetworkReply;

/// Tells when loaded sources change, for live updates. Local files (and both
/// files of a CSV pair) are watched with QFileSystemWatcher together with
/// their folder, so an editor that saves by writing a new file and renaming
/// it over the old one is still followed; events are debounced (a file
/// written row by row is reported at least once a second, not once per row).
/// http(s) sources are polled at the interval with conditional GETs
/// (If-None-Match / If-Modified-Since from the previous response's ETag /
/// Last-Modified): 304 means unchanged; a 200 counts as a change only when
/// the validators or the body's hash differ from the previous poll. The
/// first poll of a URL only learns its state. Reports names; reloading is
/// the caller's job.
class SourceWatcher : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SourceWatcher(QObject *parent = nullptr);
    ~SourceWatcher() override;

    /// The sources to watch, by name as the Workbench gives them (paths,
    /// `…{method,prompt}_timing_results.csv` pairs, http(s) URLs; others such
    /// as Qt resources are ignored). `headers` go with the polls of each URL.
    void setSources(const QStringList &names, const QHash<QString, Headers> &headers = {});
    /// 0 stops watching and polling; otherwise files are watched and URLs
    /// polled every `milliseconds`.
    void setInterval(int milliseconds);
    int interval() const { return m_intervalMs; }
    /// Quiet time after the last file event before reporting (default 300 ms).
    void setDebounce(int milliseconds);

    /// Local files watched for `name` (two for a CSV pair); empty for URLs.
    static QStringList filesOf(const QString &name);
    static bool isUrl(const QString &name);

Q_SIGNALS:
    /// These sources changed since they were last reported (or since watching began).
    void sourcesChanged(const QStringList &names);
    /// A poll of `name` failed (the previous data stays).
    void pollFailed(const QString &name, const QString &error);

private:
    struct FileState
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const FileState &other) const = default;
    };
    struct UrlState
    {
        Headers headers;
        QByteArray etag;
        QByteArray lastModified;
        QByteArray hash;
        bool primed = false;
        QPointer<QNetworkReply> reply;
    };
    static FileState stat(const QString &path);
    void restart();
    void onFileEvent();
    void checkFiles();
    void pollAll();
    void poll(const QString &url);
    void onPollFinished(const QString &url, QNetworkReply *reply, const QByteArray &hash);

    QFileSystemWatcher *m_fsWatcher = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QStringList m_names;
    QHash<QString, Headers> m_headers;
    QHash<QString, FileState> m_files; ///< path -> last state seen
    QHash<QString, UrlState> m_urls;
    QTimer m_debounce;
    QElapsedTimer m_firstPending; ///< since the first event of the pending batch
    QTimer m_pollTimer;
    int m_intervalMs = 0;
    int m_debounceMs = 300;
};
