// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bytebuffer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <cstdint>

class QNetworkAccessManager;
class QNetworkReply;

/// Limits of one download. Times in milliseconds; 0 means no limit.
struct DownloadLimits
{
    /// A transfer that receives less than minBytesPerSecond × this long within
    /// this long is ended (nothing at all: "no data"), like curl's
    /// --speed-limit/--speed-time: a server trickling a byte a second ends too.
    int stallTimeoutMs = 30'000;
    std::int64_t minBytesPerSecond = 1024;
    int totalTimeoutMs = 3'600'000;
    /// Bytes received for one response, whatever its status (a body past it
    /// is not read); the body held is at most this.
    std::int64_t maxBytes = std::int64_t(1) << 32;
    int maxRedirects = 10;
};

/// Fetches one http(s) URL into a ByteBuffer, reading as bytes arrive, with
/// the limits above. Redirects are followed by hand, only to http and https,
/// and the extra headers go along only while the origin stays the same (like
/// curl, so a token is not handed to another host). gzip is left to
/// QNetworkAccessManager, which asks for it and decompresses by itself as
/// long as nobody sets Accept-Encoding; the size cap applies to the
/// decompressed bytes. Emits finished() exactly once, also after abort().
/// Lives in the thread of the QNetworkAccessManager.
class Downloader : public QObject
{
    Q_OBJECT
public:
    explicit Downloader(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~Downloader() override;

    /// `name` is how messages call the URL (as the user gave it).
    void start(const QUrl &url, const QString &name, const DownloadLimits &limits,
               const QList<QPair<QByteArray, QByteArray>> &headers);
    /// Stops without emitting finished(); the result is "cancelled".
    void abort();

    bool isOk() const { return m_ok; }
    QString errorString() const { return m_error; }
    /// The body; valid once finished() came with isOk().
    ByteBuffer takeBody();
    qint64 bodySize() const { return m_size; }
    /// Content-Type of the final response, lower case, without parameters.
    QByteArray contentType() const { return m_contentType; }
    QUrl finalUrl() const { return m_url; }

Q_SIGNALS:
    /// received: body bytes so far; total: expected body bytes, or -1.
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void sendRequest();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void fail(const QString &message);
    void failHttp();
    void followRedirect();
    /// Counts `bytes` received towards the rate floor.
    void received(qint64 bytes);
    void onRateTimer();
    void succeed();
    void stopReply();
    bool append(const char *data, qint64 size);
    QString where() const;
    QString httpError(int status, const QByteArray &reason, const QByteArray &body) const;

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QUrl m_originalUrl;
    QUrl m_url;
    QString m_name;
    DownloadLimits m_limits;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_redirects = 0;
    int m_status = 0;
    bool m_done = false;
    bool m_ok = false;
    QString m_error;
    QStringList m_sslErrors;
    QByteArray m_contentType;
    qint64 m_expected = -1;

    ByteBuffer m_body; ///< capacity; m_size bytes of it used
    qint64 m_size = 0;
    QByteArray m_errorBody; ///< first bytes of a 4xx/5xx body, for its message
    qint64 m_responseBytes = 0; ///< body bytes of the current response, any status
    bool m_chunked = false;     ///< the current response says Transfer-Encoding: chunked
    qint64 m_windowBytes = 0;   ///< bytes since the rate window began

    QTimer m_stallTimer;
    QTimer m_totalTimer;
};
