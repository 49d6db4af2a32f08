// SPDX-License-Identifier: GPL-3.0-or-later
// BarLayer (the bar charts' bars): each bar where the axes put it, computed
// here from the plot area and the axis range by hand; stacks on each other;
// the bar under the cursor found for its tooltip.

#include "barchart.h"
#include "barlayer.h"
#include "chartfactory.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QImage>
#include <QTest>
#include <QValueAxis>

namespace {

BarChartData twoByTwo(bool stacked)
{
    BarChartData d;
    d.title = QStringLiteral("Bars");
    d.valueTitle = QStringLiteral("Time (s)");
    d.categories = {QStringLiteral("A"), QStringLiteral("B")};
    d.stacked = stacked;
    d.sets = {BarSetData{QStringLiteral("x"), QColor(200, 0, 0), {2.0, 4.0}, {QStringLiteral("x A"), QStringLiteral("x B")}},
              BarSetData{QStringLiteral("y"), QColor(0, 0, 200), {3.0, 1.0}, {QStringLiteral("y A"), QStringLiteral("y B")}}};
    return d;
}

// The centre of the value span [from, to] of category c's slot [left, right] (fractions of the category), in view pixels.
QPoint pixelAt(BarChart &chart, double xValue, double yValue)
{
    const QRectF plot = chart.chart()->plotArea();
    const auto *axis = qobject_cast<QValueAxis *>(chart.valueAxis());
    const int categories = int(chart.categoryAxis()->count());
    // Category c spans c − ½ … c + ½ across the plot's width.
    const double x = plot.left() + (xValue + 0.5) / categories * plot.width();
    const double y = plot.bottom() - (yValue - axis->min()) / (axis->max() - axis->min()) * plot.height();
    return chart.chartView()->mapFromScene(chart.chart()->mapToScene(QPointF(x, y)));
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 40 && qAbs(a.green() - b.green()) < 40 && qAbs(a.blue() - b.blue()) < 40;
}

} // namespace

class TestBarLayer : public QObject
{
    Q_OBJECT
private slots:
    void groupedBarsWhereTheAxesPutThem();
    void stackedBarsStack();
    void labelsElidedToTheirSlots();
};

void TestBarLayer::groupedBarsWhereTheAxesPutThem()
{
    BarChart chart;
    chart.resize(800, 500);
    chart.setChartData(twoByTwo(false));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.chartView()->grab().toImage();
    // Bar width 0.85 of a category, two sets side by side: set 0 spans
    // c − 0.425 … c, set 1 spans c … c + 0.425. Sample each bar at its middle.
    QVERIFY(near(image.pixelColor(pixelAt(chart, 0 - 0.2125, 1.0)), QColor(200, 0, 0)));  // x, A = 2
    QVERIFY(near(image.pixelColor(pixelAt(chart, 0 + 0.2125, 1.5)), QColor(0, 0, 200)));  // y, A = 3
    QVERIFY(near(image.pixelColor(pixelAt(chart, 1 - 0.2125, 3.5)), QColor(200, 0, 0)));  // x, B = 4
    // Above a bar's top: no bar (y, B = 1; sampled at 2).
    QVERIFY(!near(image.pixelColor(pixelAt(chart, 1 + 0.2125, 2.0)), QColor(0, 0, 200)));
    QVERIFY(near(image.pixelColor(pixelAt(chart, 1 + 0.2125, 0.5)), QColor(0, 0, 200)));
    // The bar under the cursor, for its tooltip.
    const QPointF scene = chart.chart()->mapToScene(chart.bars()->barRect(1, 0).center());
    QCOMPARE(chart.bars()->barAt(scene), (std::pair<int, int>{1, 0}));
    QCOMPARE(chart.bars()->sets()[1].tooltips[0], QStringLiteral("y A"));
    // The data series keeps the values (not drawn by Qt Charts).
    QCOMPARE(chart.series()->barSets().at(0)->at(1), 4.0);
    QVERIFY(!chart.chart()->series().contains(static_cast<QAbstractSeries *>(chart.series())));
}

void TestBarLayer::stackedBarsStack()
{
    BarChart chart;
    chart.resize(800, 500);
    chart.setChartData(twoByTwo(true));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage image = chart.chartView()->grab().toImage();
    // A: x from 0 to 2, y from 2 to 5.
    QVERIFY(near(image.pixelColor(pixelAt(chart, 0, 1.0)), QColor(200, 0, 0)));
    QVERIFY(near(image.pixelColor(pixelAt(chart, 0, 4.0)), QColor(0, 0, 200)));
    // B: x from 0 to 4, y from 4 to 5.
    QVERIFY(near(image.pixelColor(pixelAt(chart, 1, 3.0)), QColor(200, 0, 0)));
    QVERIFY(near(image.pixelColor(pixelAt(chart, 1, 4.5)), QColor(0, 0, 200)));
}

// Long category names, once the chart has a plot area: each label line fits
// its slot (elided here, Qt's own truncation off); a wider chart fits them
// again, with more of each name.
void TestBarLayer::labelsElidedToTheirSlots()
{
    BarChart chart;
    chart.resize(360, 400);
    BarChartData d = twoByTwo(false);
    chart.setChartData(d);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    d.categories = {QStringLiteral("IntelXeonPlatinum8259CLCPU"), QStringLiteral("NVIDIA-A100-SXM4-40GB")}; // one line each
    chart.setChartData(d);
    QVERIFY(!chart.categoryAxis()->truncateLabels());
    QFont font = chart.chart()->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    const QFontMetricsF metrics(font);
    const auto widest = [&] {
        qreal w = 0;
        for (const QString &label : chart.categoryAxis()->categories())
            for (const QString &line : label.split(QStringLiteral("<br>")))
                w = std::max(w, metrics.horizontalAdvance(QString(line).remove(QChar(0x200B))));
        return w;
    };
    const qreal slot = chart.chart()->plotArea().width() / 2;
    QVERIFY2(widest() <= slot - 13, qPrintable(QStringLiteral("%1 in a slot of %2").arg(widest()).arg(slot)));
    QVERIFY(chart.categoryAxis()->categories().join(QString()).contains(QChar(0x2026)));
    const qreal before = widest();
    chart.resize(1400, 400);
    QTRY_VERIFY(widest() > before);
    QVERIFY(widest() <= chart.chart()->plotArea().width() / 2 - 13);
}

QTEST_MAIN(TestBarLayer)
#include "tst_barlayer.moc"
