// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of the hostile-input corpus (tests/data/bad/) opened in the
// window: one that cannot be loaded is named in the banner with the same
// message the CLI prints, and the data already shown stays; one that loads in
// part merges in and counts its skipped rows. Nothing crashes or hangs.
#include "mainwindow.h"
#include "messagebanner.h"
#include "workbench.h"
#include "sourceloader.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

QString badDir()
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/bad");
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestWindowBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(badDir()).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 30);
        for (const QString &file : files) {
            if (file == QLatin1String("README.md") || file.endsWith(QLatin1String(".py")))
                continue;
            QTest::newRow(qPrintable(file)) << QDir(badDir()).filePath(file);
        }
    }

    void corpus()
    {
        QFETCH(QString, path);
        MainWindow window;
        {
            QSignalSpy applied(&window, &MainWindow::datasetApplied);
            window.openSources({QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/two_models.json")});
            QVERIFY(applied.wait(10000));
        }
        const DatasetPtr before = window.dataset();
        const QByteArray hashBefore = digest(path);

        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openSources({path});
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() || !failed.isEmpty(), 20000);
        QTRY_VERIFY(!window.workbench()->isBusy());

        const QString name = QFileInfo(path).fileName();
        if (!failed.isEmpty()) {
            // The data shown before is still there, untouched; the banner says what and where.
            QCOMPARE(window.dataset(), before);
            QVERIFY(!window.banner()->isHidden());
            QVERIFY2(window.banner()->text().contains(name), qPrintable(window.banner()->text()));
            const QStringList errors = failed.first().first().toStringList();
            QVERIFY(!errors.isEmpty());
            QVERIFY2(window.banner()->text().contains(errors.first().section(QLatin1Char(':'), 1).trimmed().left(20)),
                     qPrintable(window.banner()->text()));
        } else {
            // Loaded in part: merged with what was there, skips counted.
            QCOMPARE(window.dataset()->sources().size(), 2);
            const SourceDataPtr loaded = window.dataset()->sources().last();
            QVERIFY(loaded->rowCount() > 0);
            QCOMPARE(loaded->warningCount >= loaded->skippedRows, true);
        }
        QCOMPARE(digest(path), hashBefore); // never written to
    }

    void misbehavingServers()
    {
        QHttpServer server;
        server.route(QStringLiteral("/missing"), [] {
            return QHttpServerResponse("application/json", R"({"detail":"Not Found"})",
                                       QHttpServerResponse::StatusCode::NotFound);
        });
        server.route(QStringLiteral("/login"), [] {
            return QHttpServerResponse("text/html", "<!DOCTYPE html><html><body>Sign in</body></html>");
        });
        server.route(QStringLiteral("/secret"), [] {
            return QHttpServerResponse("application/json", R"({"detail":"Not authenticated"})",
                                       QHttpServerResponse::StatusCode::Unauthorized);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto url = [](quint16 p, const char *path) {
            return QStringLiteral("http://127.0.0.1:%1%2").arg(p).arg(QLatin1String(path));
        };

        MainWindow window;
        LoadOptions options;
        options.stallTimeoutMs = 500;
        window.workbench()->setLoadOptions(options);
        {
            QSignalSpy applied(&window, &MainWindow::datasetApplied);
            window.openSources({QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/two_models.json")});
            QVERIFY(applied.wait(10000));
        }
        const DatasetPtr before = window.dataset();
        const struct
        {
            QString url;
            QString says;
        } cases[] = {
            {url(port, "/missing"), QStringLiteral("404")},
            {url(port, "/missing"), QStringLiteral("Not Found")},
            {url(port, "/login"), QStringLiteral("HTML")},
            {url(port, "/secret"), QStringLiteral("--header")},
            {url(silent.serverPort(), "/never"), QStringLiteral("no data for")},
        };
        for (const auto &c : cases) {
            QSignalSpy failed(&window, &MainWindow::loadFailed);
            window.openSources({c.url});
            QVERIFY2(failed.wait(15000), qPrintable(c.url));
            QTRY_VERIFY(!window.workbench()->isBusy());
            QCOMPARE(window.dataset(), before);
            QVERIFY2(window.banner()->text().contains(c.says), qPrintable(window.banner()->text()));
        }
    }
};

QTEST_MAIN(TestWindowBadInput)
#include "tst_windowbadinput.moc"
