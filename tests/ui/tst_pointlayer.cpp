// SPDX-License-Identifier: GPL-3.0-or-later
// PointLayer: the scatter points of the Scaling and Distribution charts, drawn
// by one item. Placement against Qt Charts' own mapping, pixels where the
// points are and nowhere else, hits only on a marker, vector output in SVG.

#include "pointlayer.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QValueAxis>

class TestPointLayer : public QObject
{
    Q_OBJECT
private slots:
    void placesAndPaintsPoints();
    void hitsOnlyMarkers();
    void followsResize();
    void vectorOutputDrawsEllipses();
    void drawsAndHitsLines();

private:
    struct Fixture
    {
        QChart *chart = new QChart;
        QChartView view{chart};
        QLineSeries *anchor = new QLineSeries;
        PointLayer *layer = nullptr;
        Fixture()
        {
            chart->legend()->hide();
            chart->setBackgroundBrush(Qt::white);
            chart->setAnimationOptions(QChart::NoAnimation);
            auto *x = new QValueAxis;
            auto *y = new QValueAxis;
            x->setRange(0, 10);
            y->setRange(0, 10);
            x->setGridLineVisible(false);
            y->setGridLineVisible(false);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            chart->addSeries(anchor);
            anchor->attachAxis(x);
            anchor->attachAxis(y);
            layer = new PointLayer(chart);
            layer->setMarkerSize(10);
            layer->setAnchor(anchor);
            // Red at (2, 3), blue at (8, 7): opaque fills, no borders.
            layer->setGroups({PointLayer::Group{QStringLiteral("red"), Qt::red, QColor(), {QPointF(2, 3)}},
                              PointLayer::Group{QStringLiteral("blue"), Qt::blue, QColor(), {QPointF(8, 7)}}});
            view.resize(400, 300);
            view.show();
        }
        QPoint pixel(QPointF value) const
        {
            return view.mapFromScene(chart->mapToScene(chart->mapToPosition(value, anchor)));
        }
    };
};

void TestPointLayer::placesAndPaintsPoints()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.layer->pointCount(), 2);
    // The layer's placement is Qt Charts' own.
    QCOMPARE(f.layer->position(QPointF(2, 3)), f.chart->mapToPosition(QPointF(2, 3), f.anchor));
    const QImage image = f.view.grab().toImage();
    const QColor red = image.pixelColor(f.pixel(QPointF(2, 3)));
    const QColor blue = image.pixelColor(f.pixel(QPointF(8, 7)));
    QVERIFY2(red.red() > 200 && red.green() < 60 && red.blue() < 60, qPrintable(red.name()));
    QVERIFY2(blue.blue() > 200 && blue.red() < 60 && blue.green() < 60, qPrintable(blue.name()));
    // Nothing where no point is: the plot area is white there.
    const QColor empty = image.pixelColor(f.pixel(QPointF(5, 5)));
    QCOMPARE(empty, QColor(Qt::white));
    // 10 px markers: 8 px right of a point's centre is off its marker.
    const QColor beside = image.pixelColor(f.pixel(QPointF(2, 3)) + QPoint(8, 0));
    QCOMPARE(beside, QColor(Qt::white));
}

void TestPointLayer::hitsOnlyMarkers()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QPointF red = f.chart->mapToScene(f.chart->mapToPosition(QPointF(2, 3), f.anchor));
    const QPointF blue = f.chart->mapToScene(f.chart->mapToPosition(QPointF(8, 7), f.anchor));
    QCOMPARE(f.layer->pointAt(red), (std::pair<int, int>{0, 0}));
    QCOMPARE(f.layer->pointAt(blue + QPointF(3, -2)), (std::pair<int, int>{1, 0}));
    QCOMPARE(f.layer->pointAt(red + QPointF(8, 0)), (std::pair<int, int>{-1, -1}));
    // The scene finds the layer under the cursor only on a marker, so lines and
    // boxes below keep their hovers everywhere else.
    QVERIFY(f.view.scene()->items(red).contains(f.layer));
    const QPointF between = f.chart->mapToScene(f.chart->mapToPosition(QPointF(5, 5), f.anchor));
    QVERIFY(!f.view.scene()->items(between).contains(f.layer));
}

void TestPointLayer::followsResize()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QPointF before = f.layer->position(QPointF(8, 7));
    f.view.resize(700, 500);
    QTRY_VERIFY(f.layer->position(QPointF(8, 7)) != before);
    const QImage image = f.view.grab().toImage();
    const QColor blue = image.pixelColor(f.pixel(QPointF(8, 7)));
    QVERIFY2(blue.blue() > 200 && blue.red() < 60, qPrintable(blue.name()));
    QCOMPARE(f.layer->pointAt(f.chart->mapToScene(f.layer->position(QPointF(8, 7)))), (std::pair<int, int>{1, 0}));
}

void TestPointLayer::vectorOutputDrawsEllipses()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(f.view.size());
    generator.setViewBox(QRect(QPoint(0, 0), f.view.size()));
    {
        QPainter painter(&generator);
        f.view.scene()->render(&painter);
    }
    const QByteArray text = svg.data();
    // Two points, two vector circles (QSvgGenerator writes a round ellipse so); no bitmap.
    QCOMPARE(text.count("<circle"), 2);
    QCOMPARE(text.count(" r=\"5\""), 2); // 10 px markers
    QVERIFY(!text.contains("<image"));
}

// A fitted line: a green polyline from (1, 1) to (9, 1) over the points.
void TestPointLayer::drawsAndHitsLines()
{
    Fixture f;
    f.layer->setLines({PointLayer::Line{QPen(Qt::green, 3), QStringLiteral("fit"), {QPointF(1, 1), QPointF(9, 1)}}});
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QImage image = f.view.grab().toImage();
    const QColor onLine = image.pixelColor(f.pixel(QPointF(5, 1)));
    QVERIFY2(onLine.green() > 200 && onLine.red() < 60 && onLine.blue() < 60, qPrintable(onLine.name()));
    QCOMPARE(image.pixelColor(f.pixel(QPointF(5, 2))), QColor(Qt::white)); // a tenth of the plot above it
    const QPointF on = f.chart->mapToScene(f.layer->position(QPointF(5, 1)));
    QCOMPARE(f.layer->lineAt(on), 0);
    QCOMPARE(f.layer->lineAt(on + QPointF(0, 2)), 0);    // within reach of a 3 px pen
    QCOMPARE(f.layer->lineAt(on + QPointF(0, 12)), -1);
    QCOMPARE(f.layer->lineAt(f.chart->mapToScene(f.layer->position(QPointF(9.5, 1)))), -1); // past its end
    QVERIFY(f.view.scene()->items(on).contains(f.layer));
    QCOMPARE(f.layer->pointAt(on), (std::pair<int, int>{-1, -1}));
}

QTEST_MAIN(TestPointLayer)
#include "tst_pointlayer.moc"
