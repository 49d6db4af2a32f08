// SPDX-License-Identifier: GPL-3.0-or-later
// The window's loader honours the same limits as the command line (issue
// #11): a JSON Lines line over the default 16 MiB and a FIFO are named in the
// banner, the data shown before stays, nothing blocks.
#include "mainwindow.h"
#include "messagebanner.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestWindowLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusedInBanner_data();
    void refusedInBanner();

private:
    QTemporaryDir m_dir;
};

void TestWindowLimits::refusedInBanner_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    const QByteArray row = R"({"model": "GPT-2", "method": "saliency", "time": 1.5, "tokens": 10})"
                           "\n";
    const QString longLine = m_dir.filePath(u"long.jsonl"_s);
    {
        QFile file(longLine);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(row) == row.size());
        QVERIFY(file.write(QByteArray((16 << 20) + 1, 'a')) == (16 << 20) + 1);
    }
    // Line 2 begins after the row; 16 MiB + 1 bytes is one byte too many.
    QTest::newRow("line over 16 MiB") << longLine
                                      << longLine + u": line 2 (byte %1): longer than the line length limit of 16777216 bytes"_s.arg(row.size());
    const QString fifo = m_dir.filePath(u"pipe.json"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QTest::newRow("FIFO") << fifo << fifo + u": a FIFO (named pipe), not a regular file"_s;
}

void TestWindowLimits::refusedInBanner()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    MainWindow window;
    {
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/two_models.json")});
        QVERIFY(applied.wait(10000));
    }
    const DatasetPtr before = window.dataset();
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    QElapsedTimer timer;
    timer.start();
    window.openSources({path});
    QVERIFY(failed.wait(15000));
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QTRY_VERIFY(!window.workbench()->isBusy());
    QCOMPARE(window.dataset(), before);
    const QStringList errors = failed.first().first().toStringList();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(says), qPrintable(errors.first()));
    QVERIFY2(window.banner()->text().contains(QFileInfo(path).fileName()), qPrintable(window.banner()->text()));
}

QTEST_MAIN(TestWindowLimits)
#include "tst_windowlimits.moc"
