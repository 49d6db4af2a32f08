// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloader.h"

#include <QCoreApplication>

#include "sourcespec.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <cstring>
#include <new>

namespace {
constexpr qint64 kMaxErrorBody = 64 * 1024;
// What Qt may hold for us between two reads: the socket is not read further
// until we take it, so a fast endless body waits in the kernel, not in RAM.
constexpr qint64 kReadBufferBytes = 1024 * 1024;
constexpr qint64 kMinChunk = 64 * 1024;
// A Content-Length is a promise, not a guarantee: reserve at most this much up front.
constexpr qint64 kMaxPreallocate = 64 * 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

/// A URL for a message: without user-info, query and fragment (they may hold
/// secrets), and cut short, since one from a server (a redirect target) can
/// be megabytes long.
QString shown(const QUrl &url)
{
    constexpr qsizetype kLongest = 200;
    QString text = redactedLocation(url.toString());
    if (text.size() > kLongest)
        text = QCoreApplication::translate("Downloader", "%1… (%2 characters)").arg(text.left(kLongest), QString::number(text.size()));
    return text;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

/// Qt's message without the dangling ": " it leaves when zlib gives no detail
/// ("Decompression failed: ").
QString errorText(const QNetworkReply *reply)
{
    QString text = reply->errorString().trimmed();
    while (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

/// FastAPI errors are {"detail": "..."} or {"detail": [{...}]}: the detail, compact, or empty.
QString fastApiDetail(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonValue detail = doc.object().value(QLatin1String("detail"));
    QString text;
    if (detail.isString())
        text = detail.toString();
    else if (detail.isArray())
        text = QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
    else if (detail.isObject())
        text = QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact));
    else if (!detail.isUndefined() && !detail.isNull())
        text = detail.toVariant().toString();
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}
} // namespace

Downloader::Downloader(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_stallTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, &Downloader::onRateTimer);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        fail(tr("%1: transfer took longer than %2 s").arg(where(), seconds(m_limits.totalTimeoutMs)));
    });
}

Downloader::~Downloader()
{
    stopReply();
}

void Downloader::start(const QUrl &url, const QString &name, const DownloadLimits &limits,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_originalUrl = url;
    m_url = url;
    m_name = name;
    m_limits = limits;
    m_headers = headers;
    if (m_limits.totalTimeoutMs > 0)
        m_totalTimer.start(m_limits.totalTimeoutMs);
    sendRequest();
}

void Downloader::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_ok = false;
    m_error = tr("%1: cancelled").arg(m_name);
    m_stallTimer.stop();
    m_totalTimer.stop();
    stopReply();
}

ByteBuffer Downloader::takeBody()
{
    if (m_size == 0)
        return ByteBuffer::fromBytes({});
    m_body.truncate(std::size_t(m_size)); // zeroes the unused capacity: it becomes padding
    m_size = 0;
    return std::move(m_body);
}

void Downloader::sendRequest()
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Our own cap bounds the decompressed size; Qt's ratio check would refuse
    // honest, very repetitive JSON.
    request.setDecompressedSafetyCheckThreshold(-1);
    request.setRawHeader("User-Agent", QByteArrayLiteral("AttriScope/" ATTRISCOPE_VERSION));
    const bool sendHeaders = sameOrigin(m_url, m_originalUrl);
    for (const auto &[name, value] : std::as_const(m_headers)) {
        // Setting Accept-Encoding would turn off Qt's own gzip decompression.
        if (name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        if (sendHeaders)
            request.setRawHeader(name, value);
    }

    m_status = 0;
    m_contentType.clear();
    m_expected = -1;
    m_errorBody.clear();
    m_responseBytes = 0;
    m_chunked = false;
    m_sslErrors.clear();
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onReplyFinished);
#if QT_CONFIG(ssl)
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_windowBytes = 0;
    if (m_limits.stallTimeoutMs > 0)
        m_stallTimer.start(m_limits.stallTimeoutMs);
}

void Downloader::received(qint64 bytes)
{
    if (m_limits.stallTimeoutMs <= 0)
        return;
    m_windowBytes += bytes;
    const qint64 floor = std::max<qint64>(1, m_limits.minBytesPerSecond * m_limits.stallTimeoutMs / 1000);
    if (m_windowBytes >= floor) {
        m_windowBytes = 0;
        m_stallTimer.start(m_limits.stallTimeoutMs);
    }
}

void Downloader::onRateTimer()
{
    if (m_windowBytes == 0 && m_status == 0) {
        // Qt stops reading a response whose headers run past what it accepts
        // and says nothing: that looks like a server that never answers.
        fail(tr("%1: no data for %2 s (not even a whole response header; headers of megabytes, such as a huge Location, also end so)")
                 .arg(where(), seconds(m_limits.stallTimeoutMs)));
        return;
    }
    if (m_windowBytes == 0) {
        fail(tr("%1: no data for %2 s").arg(where(), seconds(m_limits.stallTimeoutMs)));
        return;
    }
    fail(tr("%1: too slow: %2 bytes in %3 s, under the minimum of %4 bytes a second")
             .arg(where(), QString::number(m_windowBytes), seconds(m_limits.stallTimeoutMs),
                  QString::number(m_limits.minBytesPerSecond)));
}

void Downloader::onMetaData()
{
    if (m_done || !m_reply)
        return;
    // The headers are an answer: the rate window starts again for the body.
    m_windowBytes = 0;
    if (m_limits.stallTimeoutMs > 0)
        m_stallTimer.start(m_limits.stallTimeoutMs);
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_chunked = m_reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    m_contentType = m_reply->rawHeader("Content-Type");
    if (const qsizetype semicolon = m_contentType.indexOf(';'); semicolon >= 0)
        m_contentType.truncate(semicolon);
    m_contentType = m_contentType.trimmed().toLower();
    if (isRedirect(m_status)) {
        followRedirect(); // its body is never read: it could be endless
        return;
    }
    if (m_status < 200 || m_status >= 300)
        return; // the start of an error body is read for its message
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (!known)
        return;
    if (m_limits.maxBytes > 0 && length > m_limits.maxBytes) {
        fail(tr("%1: response is %2 bytes, over the size limit of %3 bytes")
                 .arg(where(), QString::number(length), QString::number(m_limits.maxBytes)));
        return;
    }
    // With Content-Encoding the length counts compressed bytes: no total then.
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {
        m_expected = length;
        if (m_size == 0 && qint64(m_body.size()) < length) {
            try {
                m_body = ByteBuffer(std::size_t(std::min(length, kMaxPreallocate)));
            } catch (const std::bad_alloc &) {
                m_body = ByteBuffer(); // append() grows it as bytes come, or fails with a message
            }
        }
    }
    Q_EMIT progress(m_size, m_expected);
}

bool Downloader::append(const char *data, qint64 size)
{
    const qint64 capacity = qint64(m_body.size());
    if (m_size + size > capacity) {
        qint64 wanted = std::max({capacity * 2, m_size + size, kMinChunk});
        if (m_limits.maxBytes > 0)
            wanted = std::min(wanted, std::max<qint64>(m_limits.maxBytes, m_size + size));
        ByteBuffer grown;
        try {
            grown = ByteBuffer(std::size_t(wanted));
        } catch (const std::bad_alloc &) {
            fail(tr("%1: out of memory after %2 bytes").arg(where(), QString::number(m_size)));
            return false;
        }
        if (m_size > 0)
            std::memcpy(grown.data(), m_body.data(), std::size_t(m_size));
        m_body = std::move(grown);
    }
    std::memcpy(m_body.data() + m_size, data, std::size_t(size));
    m_size += size;
    return true;
}

void Downloader::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    received(available);
    if (m_limits.maxBytes > 0 && m_responseBytes + available > m_limits.maxBytes) {
        fail(tr("%1: response exceeds the size limit of %2 bytes").arg(where(), QString::number(m_limits.maxBytes)));
        return;
    }
    m_responseBytes += available;
    if (m_status < 200 || m_status >= 300) {
        // Error body: keep the start of it for the message, never the rest,
        // which is not even waited for (it could be endless).
        const QByteArray chunk = m_reply->read(available);
        m_errorBody.append(chunk.left(kMaxErrorBody - m_errorBody.size()));
        if (m_status >= 300 && m_errorBody.size() >= kMaxErrorBody)
            failHttp();
        return;
    }
    const qint64 capacity = qint64(m_body.size());
    if (m_size + available > capacity) {
        const QByteArray chunk = m_reply->read(available);
        if (!append(chunk.constData(), chunk.size()))
            return;
    } else {
        const qint64 got = m_reply->read(m_body.data() + m_size, available);
        if (got > 0)
            m_size += got;
    }
    Q_EMIT progress(m_size, m_expected);
}

void Downloader::failHttp()
{
    const QByteArray reason = m_reply ? m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()
                                      : QByteArray();
    fail(httpError(m_status, reason, m_errorBody));
}

void Downloader::followRedirect()
{
    const QByteArray location = m_reply->rawHeader("Location");
    if (location.isEmpty()) {
        // Qt 6.4 drops every header of a response when one of them is longer
        // than it reads (100 KiB): no header at all is that, not a missing Location.
        if (m_reply->rawHeaderPairs().isEmpty())
            fail(tr("%1: HTTP %2: redirect whose headers could not be read: a header longer than 100 KiB (such as a huge Location) drops them all")
                     .arg(where(), QString::number(m_status)));
        else
            fail(tr("%1: HTTP %2: redirect without a Location header").arg(where(), QString::number(m_status)));
        return;
    }
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location));
    const QString scheme = target.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        fail(tr("%1: redirect to %2 refused: only http and https redirects are followed")
                 .arg(where(), shown(target)));
        return;
    }
    if (++m_redirects > m_limits.maxRedirects) {
        fail(tr("%1: too many redirects (more than %2)").arg(where(), QString::number(m_limits.maxRedirects)));
        return;
    }
    stopReply();
    m_url = target;
    sendRequest();
}

void Downloader::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead(); // anything left
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    const QNetworkReply::NetworkError error = reply->error();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_status == 0) {
#if QT_CONFIG(ssl)
        if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            const QString detail = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "));
            fail(tr("%1: SSL error: %2").arg(where(), detail));
            return;
        }
#endif
        fail(tr("%1: %2").arg(where(), errorText(reply)));
        return;
    }

    if (isRedirect(m_status)) {
        followRedirect();
        return;
    }

    if (m_status >= 300) {
        failHttp();
        return;
    }
    if (m_status < 200) {
        // Qt 6.4's HTTP/1 client takes an informational response (102
        // Processing, 103 Early Hints) for the answer and never reads the
        // real one after it; curl does.
        fail(tr("%1: HTTP %2: the server sent an informational response before its answer, which Qt's HTTP client cannot read past; turn such responses (Early Hints) off for this URL")
                 .arg(where(), QString::number(m_status)));
        return;
    }
    if (error != QNetworkReply::NoError) {
        // Say how much of the promised body came: a reset or a short body then reads as such.
        if (m_expected >= 0)
            fail(tr("%1: after %2 of %3 bytes: %4")
                     .arg(where(), QString::number(m_size), QString::number(m_expected), errorText(reply)));
        else
            fail(tr("%1: after %2 bytes: %3").arg(where(), QString::number(m_size), errorText(reply)));
        return;
    }
    // Qt 6.4 sometimes ends a reply without an error when the connection is
    // reset in the middle of the body: a short CSV or JSON Lines body would
    // then load as a smaller benchmark. The promised length is the check.
    if (m_expected >= 0 && m_size < m_expected) {
        fail(tr("%1: after %2 of %3 bytes: the connection ended before the whole body came")
                 .arg(where(), QString::number(m_size), QString::number(m_expected)));
        return;
    }
    if (m_size == 0 && m_chunked) {
        // Qt ends a chunked body without an error at a chunk size it cannot
        // read (not hexadecimal, or beyond 64 bits): "empty" would blame the data.
        fail(tr("%1: the server sent an empty body: its chunked transfer encoding is broken or empty (a chunk size that is not hexadecimal or too large ends the body there)")
                 .arg(where()));
        return;
    }
    succeed();
}

QString Downloader::httpError(int status, const QByteArray &reason, const QByteArray &body) const
{
    QString message = tr("%1: HTTP %2").arg(where(), QString::number(status));
    if (!reason.isEmpty())
        message += QLatin1Char(' ') + QString::fromLatin1(reason);
    QString detail = fastApiDetail(body);
    if (detail.isEmpty() && m_contentType == "text/plain") {
        detail = QString::fromUtf8(body.left(300)).simplified();
        if (detail == QString::fromLatin1(reason).simplified())
            detail.clear();
    }
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    if (status == 401 || status == 403)
        message += tr(" (if the server needs a token, pass --header 'Authorization: Bearer <token>')");
    return message;
}

QString Downloader::where() const
{
    if (m_url == m_originalUrl)
        return m_name;
    return tr("%1 (redirected to %2)").arg(m_name, shown(m_url));
}

void Downloader::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = false;
    m_error = message;
    m_stallTimer.stop();
    m_totalTimer.stop();
    stopReply();
    m_body = ByteBuffer();
    m_size = 0;
    Q_EMIT finished();
}

void Downloader::succeed()
{
    m_done = true;
    m_ok = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    stopReply();
    Q_EMIT progress(m_size, m_size);
    Q_EMIT finished();
}

void Downloader::stopReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
