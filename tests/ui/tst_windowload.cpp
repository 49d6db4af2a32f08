// SPDX-License-Identifier: GPL-3.0-or-later
// The window under load: a burst of drops, many sources one after another,
// and a large load cancelled midway and started again.
#include "mainwindow.h"
#include "workbench.h"
#include "window_helper.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A tiny TokenLense body: one model with two successful prompts of 1 s and 3 s.
QByteArray tinySource(int index)
{
    const QByteArray model = "m" + QByteArray::number(index);
    return R"({"prompt_timing": [
{"model": ")" + model + R"(", "method": "saliency", "tokens": 10, "time": 1.0, "success": true, "gpu_info": "T4"},
{"model": ")" + model + R"(", "method": "saliency", "tokens": 10, "time": 3.0, "success": true, "gpu_info": "T4"}]})";
}

QStringList writeTinySources(const QTemporaryDir &dir, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("run%1.json").arg(i, 2, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(tinySource(i));
        paths.append(path);
    }
    return paths;
}

// About `rows` prompt rows of ~200 bytes: large enough that a load is still
// running when it is cancelled.
QString writeLargeSource(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"prompt_timing": [)");
    QByteArray row;
    for (int i = 0; i < rows; ++i) {
        row = (i ? ",\n" : "\n") + QByteArray(R"({"model": "big", "method": "lime", "prompt": "a prompt text of some length", )")
              + R"("prompt_id": "p)" + QByteArray::number(i) + R"(", "tokens": 20, "time": )"
              + QByteArray::number(1.0 + (i % 100) / 100.0) + R"(, "success": true, "gpu_info": "H200"})";
        file.write(row);
    }
    file.write("]}\n");
    return path;
}

int sourceCount(const MainWindow &window)
{
    return window.dataset() ? int(window.dataset()->sources().size()) : 0;
}

} // namespace

class TestWindowLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void burstOfDrops()
    {
        QTemporaryDir dir;
        const QStringList paths = writeTinySources(dir, 50);
        QCOMPARE(paths.size(), 50);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Fifty drops while the first loads are still running: each waits its turn.
        for (const QString &path : paths)
            QVERIFY(WindowTest::dropFiles(window, {path}));
        QTRY_COMPARE_WITH_TIMEOUT(sourceCount(window), 50, 60000);
        QTRY_VERIFY(!window.workbench()->isBusy());
        QCOMPARE(window.dataset()->models().size(), 50);
        QCOMPARE(window.dataset()->groups().size(), std::size_t(50));
        // Every group: times 1 and 3 -> mean 2.
        for (const GroupStats &g : window.dataset()->groups())
            QCOMPARE(g.meanTime, 2.0);
    }

    void oneAfterAnother()
    {
        QTemporaryDir dir;
        const QStringList paths = writeTinySources(dir, 50);
        MainWindow window;
        for (const QString &path : paths) {
            QSignalSpy applied(&window, &MainWindow::datasetApplied);
            window.openSources({path});
            QVERIFY(applied.wait(10000));
        }
        QCOMPARE(sourceCount(window), 50);
        // Loading the same files again replaces them: still 50 sources.
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources(paths);
        QVERIFY(applied.wait(20000));
        QTRY_VERIFY(!window.workbench()->isBusy());
        QCOMPARE(sourceCount(window), 50);
    }

    void cancelLargeLoadAndStartAgain()
    {
        QTemporaryDir dir;
        const QString large = writeLargeSource(dir, 400'000);
        const QStringList small = writeTinySources(dir, 1);
        QVERIFY(!large.isEmpty());
        MainWindow window;
        {
            QSignalSpy applied(&window, &MainWindow::datasetApplied);
            window.openSources(small);
            QVERIFY(applied.wait(10000));
        }
        const long before = WindowTest::residentKiB();

        for (int round = 0; round < 3; ++round) {
            QSignalSpy started(window.workbench(), &Workbench::jobStarted);
            window.openSources({large});
            QVERIFY(!started.isEmpty() || started.wait(10000));
            window.workbench()->cancel();
            QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), 20000);
            // The cancelled load left nothing behind: the window still shows the small source only.
            QCOMPARE(window.dataset()->sources().size(), 1);
            QCOMPARE(window.dataset()->models(), QStringList{QStringLiteral("m0")});
        }
        // And a new request after the cancels is the one that counts.
        const QStringList next = writeTinySources(dir, 2);
        QSignalSpy applied(&window, &MainWindow::datasetApplied);
        window.openSources({next[1]});
        QVERIFY(applied.wait(10000));
        QCOMPARE(window.dataset()->models(), (QStringList{QStringLiteral("m0"), QStringLiteral("m1")}));

        // The large file is ~80 MB; three loaded copies would be far more than this.
        const long after = WindowTest::residentKiB();
        QVERIFY2(after - before < 64 * 1024, qPrintable(QStringLiteral("RSS grew from %1 to %2 KiB").arg(before).arg(after)));
    }
};

QTEST_MAIN(TestWindowLoad)
#include "tst_windowload.moc"
