// SPDX-License-Identifier: GPL-3.0-or-later
// LegendLayer (the bar charts' legend): an entry per set in the set's colour,
// below the plot for a few sets and beside it for many, inside the chart,
// never over the plot; Qt's own legend stays hidden.

#include "barchart.h"
#include "chartfactory.h"
#include "legendlayer.h"
#include "titlelayer.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QTest>

namespace {

BarChartData data(int sets)
{
    BarChartData d;
    d.title = QStringLiteral("Title");
    d.valueTitle = QStringLiteral("Time (s)");
    d.categories = {QStringLiteral("BART"), QStringLiteral("GPT-2")};
    for (int s = 0; s < sets; ++s) {
        BarSetData set;
        set.name = QStringLiteral("method-%1").arg(s);
        set.color = ChartFactory::seriesColor(s);
        set.values = {1.0 + s, 2.0 + s};
        d.sets.append(set);
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
    void oneSetInCompactHasNone();
    void titleAboveThePlot();
};

void TestLegendLayer::fewSetsBelowThePlot()
{
    BarChart chart;
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
    BarChart chart;
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

void TestLegendLayer::oneSetInCompactHasNone()
{
    BarChart chart;
    chart.setCompact(true);
    chart.resize(600, 400);
    chart.setChartData(data(1));
    QVERIFY(chart.legend()->entries().isEmpty());
    // No room taken for a legend (the top margin holds the title).
    const QMargins margins = chart.chart()->margins();
    QCOMPARE(margins.left(), ChartFactory::kChartMargins.left());
    QCOMPARE(margins.right(), ChartFactory::kChartMargins.right());
    QCOMPARE(margins.bottom(), ChartFactory::kChartMargins.bottom());
}

// The title layer: bold title and subtitle above the plot, centred on it,
// in the top margin it asked for; QChart's own title stays empty.
void TestLegendLayer::titleAboveThePlot()
{
    BarChart chart;
    chart.resize(900, 500);
    BarChartData d = data(3);
    d.subtitle = QStringLiteral("Lower is better");
    chart.setChartData(d);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.chart()->title().isEmpty());
    QCOMPARE(chart.titleLayer()->title(), QStringLiteral("Title"));
    QCOMPARE(chart.titleLayer()->subtitle(), QStringLiteral("Lower is better"));
    const QRectF title = chart.titleLayer()->titleRect();
    const QRectF plot = chart.chart()->plotArea();
    QVERIFY(title.bottom() < plot.top());
    QVERIFY(qAbs(title.center().x() - plot.center().x()) < 1);
    QVERIFY(chart.chart()->margins().top() > ChartFactory::kChartMargins.top() + title.height());
    // Ink where the title is: dark text on the light chart.
    const QImage image = chart.chartView()->grab().toImage();
    const QRect pixels = chart.chartView()->mapFromScene(chart.chart()->mapToScene(title)).boundingRect();
    int dark = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y)
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 120;
    QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
}

QTEST_MAIN(TestLegendLayer)
#include "tst_legendlayer.moc"
