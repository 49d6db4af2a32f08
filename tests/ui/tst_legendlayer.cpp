// SPDX-License-Identifier: GPL-3.0-or-later
// LegendLayer (the box plots' legend): an entry per series in its colour,
// below the plot for a few sets and beside it for many, inside the chart,
// never over the plot; Qt's own legend stays hidden.

#include "boxplotchart.h"
#include "chartfactory.h"
#include "legendlayer.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QTest>

namespace {

BoxPlotData data(int sets)
{
    BoxPlotData d;
    d.title = QStringLiteral("Title");
    d.valueTitle = QStringLiteral("Time (s)");
    d.categories = {QStringLiteral("BART"), QStringLiteral("GPT-2")};
    for (int s = 0; s < sets; ++s) {
        BoxSeriesData series;
        series.name = QStringLiteral("method-%1").arg(s);
        series.color = ChartFactory::seriesColor(s);
        for (int c = 0; c < 2; ++c)
            series.boxes.append(BoxData{1.0 + s + c, 1.5 + s + c, 2.0 + s + c, 2.5 + s + c, 3.0 + s + c, {}});
        d.series.append(series);
    }
    return d;
}

} // namespace

class TestLegendLayer : public QObject
{
    Q_OBJECT
private slots:
    void fewSetsBelowThePlot();
    void manySetsBesideThePlot();
};

void TestLegendLayer::fewSetsBelowThePlot()
{
    BoxPlotChart chart;
    chart.resize(900, 500);
    chart.setChartData(data(3));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.chart()->legend()->isVisible());
    const LegendLayer *legend = chart.legend();
    QCOMPARE(legend->entries().size(), 3);
    QCOMPARE(legend->entries()[1].name, QStringLiteral("method-1"));
    QCOMPARE(legend->entries()[1].brush.color(), ChartFactory::seriesColor(1));
    QVERIFY(legend->alignment() & Qt::AlignBottom);
    const QRectF plot = chart.chart()->plotArea();
    const QRectF bounds(QPointF(0, 0), chart.chart()->size());
    for (int i = 0; i < 3; ++i) {
        const QRectF r = legend->entryRect(i);
        QVERIFY2(r.top() > plot.bottom() && bounds.contains(r), qPrintable(QStringLiteral("entry %1").arg(i)));
        if (i > 0)
            QVERIFY(r.left() > legend->entryRect(i - 1).right()); // one row, left to right
    }
    // Centred: as much room left of the first entry as right of the last.
    QVERIFY(qAbs((legend->entryRect(0).left() - bounds.left()) - (bounds.right() - legend->entryRect(2).right())) < 2);
    // The swatch is painted in the set's colour.
    const QImage image = chart.chartView()->grab().toImage();
    const QRectF first = legend->entryRect(0);
    const QPoint swatch = chart.chartView()->mapFromScene(chart.chart()->mapToScene(QPointF(first.left() + 5, first.center().y())));
    const QColor painted = image.pixelColor(swatch);
    const QColor expected = ChartFactory::seriesColor(0);
    QVERIFY2(qAbs(painted.red() - expected.red()) < 30 && qAbs(painted.green() - expected.green()) < 30
                 && qAbs(painted.blue() - expected.blue()) < 30,
             qPrintable(painted.name() + QLatin1Char(' ') + expected.name()));
}

void TestLegendLayer::manySetsBesideThePlot()
{
    BoxPlotChart chart;
    chart.resize(900, 500);
    chart.setChartData(data(8));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const LegendLayer *legend = chart.legend();
    QCOMPARE(legend->entries().size(), 8);
    QVERIFY(legend->alignment() & Qt::AlignRight);
    const QRectF plot = chart.chart()->plotArea();
    for (int i = 0; i < 8; ++i) {
        const QRectF r = legend->entryRect(i);
        QVERIFY2(r.left() > plot.right() && r.right() <= chart.chart()->size().width(), qPrintable(QString::number(i)));
        if (i > 0)
            QVERIFY(r.top() > legend->entryRect(i - 1).bottom() - 1); // listed downwards
    }
    // The reserved margin holds the widest name.
    QVERIFY(chart.chart()->margins().right() > chart.fontMetrics().horizontalAdvance(QStringLiteral("method-7")) / 2);
    // The same data again keeps the legend as it is.
    const QMargins before = chart.chart()->margins();
    chart.setChartData(data(8));
    QCOMPARE(chart.chart()->margins(), before);
}

QTEST_MAIN(TestLegendLayer)
#include "tst_legendlayer.moc"
