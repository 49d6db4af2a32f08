// SPDX-License-Identifier: GPL-3.0-or-later
// "Save Chart Data as CSV" and "Copy Chart Data" in the window: the numbers
// behind the current chart, with the tab's options, every page. Values worked
// out by hand from tests/data/charts/bars.json (see tst_chartmodels).
#include "chartexporter.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "performancetab.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString bars()
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json");
}

QStringList clipboardLines()
{
    QStringList lines = QGuiApplication::clipboard()->text().split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

template<typename Tab>
Tab *tabOf(MainWindow &window)
{
    for (ChartTab *tab : window.chartTabs()) {
        if (auto *found = qobject_cast<Tab *>(tab))
            return found;
    }
    return nullptr;
}

ChartTab *tabNamed(MainWindow &window, const QString &name)
{
    for (ChartTab *tab : window.chartTabs()) {
        if (tab->exportName() == name)
            return tab;
    }
    return nullptr;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Settings in a folder of this run: no chart options from an earlier one.
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTestChartData"));
    }
    void copyFollowsTheTabsOptions();
    void onlyChartsWithData();
    void writtenAtomically();

private:
    QTemporaryDir m_settingsDir;
};

void TestChartData::copyFollowsTheTabsOptions()
{
    MainWindow window;
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({bars()});
    QVERIFY(applied.wait(10000));
    auto *performance = tabOf<PerformanceTab>(window);
    QVERIFY(performance);
    window.tabWidget()->setCurrentWidget(performance);
    QVERIFY(window.mainActions()->copyChartData->isEnabled());
    window.mainActions()->copyChartData->trigger();
    QCOMPARE(clipboardLines(),
             (QStringList{QStringLiteral("model,method,hardware,metric,value,n"), QStringLiteral("A,m1,G1,mean_time,2,3"),
                          QStringLiteral("A,m2,G1,mean_time,5,2"), QStringLiteral("A,m1,G2,mean_time,7,1"),
                          QStringLiteral("B,m1,G1,mean_time,1,2"), QStringLiteral("B,m2,G2,mean_time,10,1")}));
    // The tab's metric and hardware: the median on G1 (no interval under 6 times).
    performance->setMetric(PerformanceTab::Metric::MedianTime);
    performance->setHardware(QStringLiteral("G1"));
    window.mainActions()->copyChartData->trigger();
    QCOMPARE(clipboardLines(),
             (QStringList{QStringLiteral("model,method,hardware,metric,value,low,high,n"),
                          QStringLiteral("A,m1,G1,median_time,2,,,3"), QStringLiteral("A,m2,G1,median_time,5,,,2"),
                          QStringLiteral("B,m1,G1,median_time,1,,,2")}));
}

void TestChartData::onlyChartsWithData()
{
    MainWindow window;
    QVERIFY(!window.mainActions()->copyChartData->isEnabled()); // nothing loaded
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({bars()});
    QVERIFY(applied.wait(10000));
    ChartTab *overview = tabNamed(window, QStringLiteral("overview"));
    QVERIFY(overview);
    window.tabWidget()->setCurrentWidget(overview);
    QVERIFY(!window.mainActions()->saveChartData->isEnabled());
    ChartTab *heatmap = tabNamed(window, QStringLiteral("heatmap"));
    QVERIFY(heatmap);
    window.tabWidget()->setCurrentWidget(heatmap);
    QVERIFY(window.mainActions()->saveChartData->isEnabled());
    window.mainActions()->copyChartData->trigger();
    // Every hardware, not only the one the heatmap shows: 5 cells × mean and median.
    QCOMPARE(clipboardLines().size(), 1 + 10);
}

void TestChartData::writtenAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ChartCsv::Table table{{QStringLiteral("model"), QStringLiteral("value")}, {{QStringLiteral("=cmd"), QStringLiteral("1")}}};
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QString error;
    QVERIFY2(ChartExporter::writeData(table, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("model,value\r\n'=cmd,1\r\n"));
    file.close();
    // Never through a link: the file it names stays as it was.
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(!ChartExporter::writeData({{QStringLiteral("x")}, {}}, link, &error));
    QVERIFY(error.contains(QLatin1String("symbolic link")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("model,value\r\n'=cmd,1\r\n"));
}

QTEST_MAIN(TestChartData)
#include "tst_chartdata.moc"
