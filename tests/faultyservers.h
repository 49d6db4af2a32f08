// SPDX-License-Identifier: GPL-3.0-or-later
// Misbehaving servers on 127.0.0.1, below HTTP where they must be, for the
// loader tests (tests/core) and the CLI tests (tests/cli). Header-only: each
// test executable compiles it once.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

#include <sys/socket.h>

/// One raw server; the request path picks the misbehaviour:
///   /good            200, a valid TokenLense body
///   /reset           200, Content-Length 100000, 1000 bytes, then a TCP reset
///   /reset-csv       the same with whole CSV records before the reset
///   /short           200, Content-Length 1000, 100 bytes, then a clean close
///   /drip            200, Content-Length 100000, one byte a second
///   /silent          accepts and never answers
///   /close           accepts, reads the request, closes without a byte
///   /not-http        answers with an SSH banner
///   /bad-gzip        200, Content-Encoding: gzip, a body that is not gzip
///   /bad-chunk       200, Transfer-Encoding: chunked, a chunk size that is not hex
///   /loop            302 to itself
///   /to-file         302 to file:///etc/passwd
///   /login           200 text/html, a login page
///   /401, /403       FastAPI error bodies
///   /endless         200 without length, 64 KiB every millisecond until the client goes
///   /cut-json        200, a well-formed HTTP body of JSON cut in the middle
///   /endless-chunked 200, Transfer-Encoding: chunked, chunks of 1 MiB as fast as the client reads
///   /endless-500     500 without length, an endless text body
///   /endless-302     302 to /good with an endless body
///   /trickle         200 without length, a byte every 200 ms (never silent for long)
///   /early-hints     103 Early Hints, then 200 with the good body
///   /processing      102 Processing, then 200 with the good body
///   /long-location   302 with a Location header of 5 MB
///   /long-location-200k  302 with a Location header of 200 KB
///   /huge-chunk      200, chunked, a chunk size of 2^64 - 1, a few bytes, then a close
/// Endless answers stop by themselves after kEndlessMs: a test never depends
/// on the client to end them.
/// Tls::start() adds an HTTPS server with a self-signed certificate.
class FaultyServer : public QObject
{
public:
    static QByteArray goodBody()
    {
        return R"({"method_timing": [], "prompt_timing": [
  {"model": "GPT-2", "method": "saliency", "time": 1.5, "tokens": 10, "gpu_info": "T4"},
  {"model": "GPT-2", "method": "saliency", "time": 2.5, "tokens": 10, "gpu_info": "T4"}]}
)";
    }

    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    static constexpr int kEndlessMs = 20'000;

    /// Bytes the endless routes have written so far.
    qint64 endlessSent() const { return m_endlessSent; }

    /// A port nothing listens on (bound, then closed again).
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    static QByteArray head(int status, const QByteArray &reason, const QByteArray &type, qint64 length,
                           const QByteArray &extra = {})
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type + "\r\n";
        if (length >= 0)
            h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        return h + extra + "\r\n";
    }
    /// A whole answer, then the connection closes: one request per connection keeps the server simple.
    static void reply(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &type,
                      const QByteArray &body, const QByteArray &extra = {})
    {
        socket->write(head(status, reason, type, body.size(), extra + "Connection: close\r\n") + body);
        socket->disconnectFromHost();
    }
    /// Closes with RST instead of FIN: SO_LINGER with a zero timeout.
    static void reset(QTcpSocket *socket)
    {
        const struct linger hard = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
    }

    void accept(QTcpSocket *socket)
    {
        auto request = std::make_shared<QByteArray>();
        auto served = std::make_shared<bool>(false); // one request per connection
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request, served] {
            request->append(socket->readAll());
            if (*served || !request->contains("\r\n\r\n"))
                return;
            *served = true;
            serve(socket, request->split(' ').value(1));
        });
    }

    void serve(QTcpSocket *socket, const QByteArray &path)
    {
        const QByteArray json = "application/json";
        if (path == "/good") {
            reply(socket, 200, "OK", json, goodBody());
        } else if (path == "/reset") {
            socket->write(head(200, "OK", json, 100000) + "{\"prompt_timing\": [" + QByteArray(1000, ' '));
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { reset(socket); });
        } else if (path == "/reset-csv") {
            // Whole records, then a reset: only the length says that rows are missing.
            const QByteArray csv = "model,attribution_method,prompt_id,attribution_time,token_count\n"
                                   "GPT-2,saliency,p1,1.5,10\nGPT-2,saliency,p2,2.5,10\n";
            socket->write(head(200, "OK", "text/csv", 100000) + csv);
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { reset(socket); });
        } else if (path == "/short") {
            socket->write(head(200, "OK", json, 1000) + goodBody().left(100));
            socket->disconnectFromHost();
        } else if (path == "/drip") {
            socket->write(head(200, "OK", json, 100000));
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(1000);
        } else if (path == "/silent") {
            // nothing, ever
        } else if (path == "/close") {
            socket->disconnectFromHost();
        } else if (path == "/not-http") {
            socket->write("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
            socket->disconnectFromHost();
        } else if (path == "/bad-gzip") {
            reply(socket, 200, "OK", json, "this is not gzip at all, just text that says it is", "Content-Encoding: gzip\r\n");
        } else if (path == "/bad-chunk") {
            socket->write(head(200, "OK", json, -1, "Transfer-Encoding: chunked\r\n") + "zz\r\n{\"prompt\r\n0\r\n\r\n");
        } else if (path == "/loop") {
            reply(socket, 302, "Found", "text/plain", {}, "Location: /loop\r\n");
        } else if (path == "/to-file") {
            reply(socket, 302, "Found", "text/plain", {}, "Location: file:///etc/passwd\r\n");
        } else if (path == "/login") {
            reply(socket, 200, "OK", "text/html; charset=utf-8",
                  "<!DOCTYPE html>\n<html><body><form action=\"/login\">Sign in</form></body></html>\n");
        } else if (path == "/401") {
            reply(socket, 401, "Unauthorized", json, R"({"detail":"Not authenticated"})");
        } else if (path == "/403") {
            reply(socket, 403, "Forbidden", json, R"({"detail":"Not enough permissions"})");
        } else if (path == "/endless") {
            socket->write(head(200, "OK", json, -1, "Connection: close\r\n") + "{\"prompt_timing\": [");
            endless(socket, QByteArray(64 * 1024, ' '), 1);
        } else if (path == "/endless-chunked") {
            socket->write(head(200, "OK", json, -1, "Transfer-Encoding: chunked\r\n") + "13\r\n{\"prompt_timing\": [\r\n");
            endless(socket, "100000\r\n" + QByteArray(1 << 20, ' ') + "\r\n", 0);
        } else if (path == "/endless-500") {
            socket->write(head(500, "Internal Server Error", "text/plain", -1, "Connection: close\r\n"));
            endless(socket, QByteArray(1 << 20, 'x'), 0);
        } else if (path == "/endless-302") {
            socket->write(head(302, "Found", "text/plain", -1, "Location: /good\r\nConnection: close\r\n"));
            endless(socket, QByteArray(1 << 20, 'x'), 0);
        } else if (path == "/trickle") {
            socket->write(head(200, "OK", json, -1, "Connection: close\r\n"));
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(200);
            QTimer::singleShot(kEndlessMs, socket, [socket] { socket->disconnectFromHost(); });
        } else if (path == "/early-hints" || path == "/processing") {
            const QByteArray interim = path == "/processing" ? "HTTP/1.1 102 Processing\r\n\r\n"
                                                             : "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n";
            socket->write(interim);
            socket->flush();
            QTimer::singleShot(50, socket, [socket, json] { reply(socket, 200, "OK", json, goodBody()); });
        } else if (path == "/long-location" || path == "/long-location-200k") {
            const int length = path == "/long-location" ? 5'000'000 : 200'000;
            reply(socket, 302, "Found", "text/plain", {}, "Location: /" + QByteArray(length, 'a') + "\r\n");
        } else if (path == "/huge-chunk") {
            socket->write(head(200, "OK", json, -1, "Transfer-Encoding: chunked\r\n") + "ffffffffffffffff\r\n{\"prompt_timing\": [");
            socket->disconnectFromHost();
        } else if (path == "/cut-json") {
            reply(socket, 200, "OK", json, goodBody().left(120));
        } else {
            reply(socket, 404, "Not Found", json, R"({"detail":"Not Found"})");
        }
    }

    /// Writes `chunk` over and over, only as fast as the client reads (the
    /// kernel's buffers, not this process, hold the rest), for kEndlessMs.
    void endless(QTcpSocket *socket, const QByteArray &chunk, int intervalMs)
    {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket, chunk] {
            if (socket->bytesToWrite() > (1 << 20))
                return;
            m_endlessSent += socket->write(chunk);
        });
        timer->start(intervalMs);
        QTimer::singleShot(kEndlessMs, socket, [socket, timer] {
            timer->stop();
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    qint64 m_endlessSent = 0;
};

/// An HTTPS server whose certificate is self-signed, made with the openssl
/// command at test time (nothing secret is committed). Serves a valid body,
/// so that only the certificate can make the load fail.
class SelfSignedTlsServer : public QObject
{
public:
    /// Empty when it runs, or why it cannot (for QSKIP).
    QString start()
    {
        if (!QSslSocket::supportsSsl())
            return QStringLiteral("no TLS backend in this Qt");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QStringLiteral("the openssl command is not installed");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!process.waitForFinished(30'000) || process.exitCode() != 0)
            return QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        QFile keyFile(key), certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read what openssl wrote");
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = FaultyServer::goodBody();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            return QStringLiteral("cannot listen");
        return {};
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1/good").arg(m_server.serverPort()); }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
};
