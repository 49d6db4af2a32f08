// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryTrendPlot: what the History tab's trend chart draws, worked out from
// hand-made trend series (no store, no widgets). Every expected number below is
// worked out by hand in the comment next to it.
#include "historytrendplot.h"

#include <QTest>

namespace {

HistoryTrendStep step(qint64 run, double median, double low, double high,
                      GroupComparison::Verdict verdict = GroupComparison::Verdict::Same)
{
    HistoryTrendStep s;
    s.point.runId = run;
    s.point.label = QStringLiteral("r%1").arg(run);
    s.point.medianTime = median;
    s.point.medianCiLow = low;
    s.point.medianCiHigh = high;
    s.change.verdict = verdict;
    return s;
}

HistoryTrendSeries series(const QString &method, const QString &hardware, std::vector<HistoryTrendStep> steps)
{
    return {QStringLiteral("M"), method, hardware, std::move(steps)};
}

/// `count` runs numbered from 1, one series, median 1 s each.
std::vector<HistoryTrendSeries> runs(int count)
{
    std::vector<HistoryTrendStep> steps;
    for (int i = 1; i <= count; ++i)
        steps.push_back(step(i, 1, qQNaN(), qQNaN()));
    return {series(QStringLiteral("a"), QStringLiteral("G"), steps)};
}

} // namespace

class TestHistoryTrendPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void empty();
    void runsPointsAndRegressions();
    void valueAxis();
    void runLabelsThinned_data();
    void runLabelsThinned();
    void pixels();
    void coloursAndLegend();
};

void TestHistoryTrendPlot::empty()
{
    QVERIFY(HistoryTrendPlot::build({}).isEmpty());
    // Runs without a single finite median or interval: nothing to draw.
    QVERIFY(HistoryTrendPlot::build({series(QStringLiteral("a"), QStringLiteral("G"), {step(1, qQNaN(), qQNaN(), qQNaN())})})
                .isEmpty());
}

void TestHistoryTrendPlot::runsPointsAndRegressions()
{
    using V = GroupComparison::Verdict;
    // Runs 3, 7, 9 (ids need not be consecutive); G2 lacks run 7.
    const HistoryTrendPlot plot = HistoryTrendPlot::build(
        {series(QStringLiteral("a"), QStringLiteral("G1"),
                {step(3, 1.0, 0.9, 1.1, V::Added), step(7, 2.0, 1.8, 2.2, V::Regression), step(9, 2.0, 1.9, 2.1)}),
         series(QStringLiteral("a"), QStringLiteral("G2"), {step(3, 0.5, qQNaN(), qQNaN(), V::Added), step(9, 0.4, 0.3, 0.5, V::Improvement)})});
    QCOMPARE(plot.runs.size(), std::size_t(3));
    QCOMPARE(plot.runs[0].id, 3);
    QCOMPARE(plot.runs[1].id, 7);
    QCOMPARE(plot.runs[2].id, 9);
    QCOMPARE(plot.runs[1].label, QStringLiteral("r7"));
    QCOMPARE(plot.lines.size(), std::size_t(2));
    // G2's second point is run 9, the third slot, not the second.
    QCOMPARE(plot.lines[1].points.size(), std::size_t(2));
    QCOMPARE(plot.lines[1].points[1].run, 2);
    QCOMPARE(plot.lines[1].points[1].step, 1);
    // No interval: NaN ends, so no band there.
    QVERIFY(std::isnan(plot.lines[1].points[0].low));
    QCOMPARE(plot.lines[1].points[1].high, 0.5);
    // One regression, run 7 of G1.
    QCOMPARE(plot.regressions, 1);
    QVERIFY(plot.lines[0].points[1].regression);
    QVERIFY(!plot.lines[0].points[2].regression);
    QVERIFY(!plot.lines[1].points[1].regression);
}

void TestHistoryTrendPlot::valueAxis()
{
    // Highest value 2.2 (an interval's top): 5 % more is 2.31; a fifth of it,
    // 0.462, rounds up to a step of 0.5; the first multiple of 0.5 at or above
    // 2.31 is 2.5.
    const HistoryTrendPlot plot = HistoryTrendPlot::build(
        {series(QStringLiteral("a"), QStringLiteral("G"), {step(1, 1.0, 0.9, 1.1), step(2, 2.0, 1.8, 2.2)})});
    QCOMPARE(plot.valueMax, 2.5);
    QCOMPARE(plot.valueTicks, (QList<double>{0, 0.5, 1.0, 1.5, 2.0, 2.5}));
    // Highest 40 s: 42 → step 10 (8.4 rounds up to 10) → top 50.
    const HistoryTrendPlot slow = HistoryTrendPlot::build(
        {series(QStringLiteral("a"), QStringLiteral("G"), {step(1, 40, qQNaN(), qQNaN())})});
    QCOMPARE(slow.valueMax, 50.0);
    QCOMPARE(slow.valueTicks, (QList<double>{0, 10, 20, 30, 40, 50}));
}

void TestHistoryTrendPlot::runLabelsThinned_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("labelled");
    QList<int> all25, every2, every4;
    for (int i = 0; i < 25; ++i)
        all25.append(i);
    // 30 runs: (30 + 24) / 25 = 2, every 2nd from the first, and the last (29).
    for (int i = 0; i < 30; i += 2)
        every2.append(i);
    every2.append(29);
    // 100 runs: (100 + 24) / 25 = 4: 0, 4, …, 96, and 99.
    for (int i = 0; i < 100; i += 4)
        every4.append(i);
    every4.append(99);
    QTest::newRow("1 run") << 1 << QList<int>{0};
    QTest::newRow("25 runs, every one") << 25 << all25;
    QTest::newRow("26 runs") << 26 << QList<int>{0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 25};
    QTest::newRow("30 runs") << 30 << every2;
    QTest::newRow("100 runs") << 100 << every4;
}

void TestHistoryTrendPlot::runLabelsThinned()
{
    QFETCH(int, count);
    QFETCH(QList<int>, labelled);
    const HistoryTrendPlot plot = HistoryTrendPlot::build(runs(count));
    QCOMPARE(QList<int>(plot.labelledRuns.begin(), plot.labelledRuns.end()), labelled);
}

void TestHistoryTrendPlot::pixels()
{
    // Four runs in a plot area 400 wide from x = 100: slots of 100, centres at 150 … 450.
    HistoryTrendPlot plot = HistoryTrendPlot::build(runs(4));
    QCOMPARE(plot.runX(0, 100, 400), 150.0);
    QCOMPARE(plot.runX(3, 100, 400), 450.0);
    QCOMPARE(plot.runAt(149, 100, 400), 0);
    QCOMPARE(plot.runAt(200, 100, 400), 1);
    QCOMPARE(plot.runAt(499, 100, 400), 3);
    QCOMPARE(plot.runAt(99, 100, 400), -1);
    QCOMPARE(plot.runAt(500, 100, 400), -1);
    // Medians of 1 s: 5 % more is 1.05, a fifth of it 0.21 rounds up to a step of 0.5, top 1.5.
    QCOMPARE(plot.valueMax, 1.5);
    // 250 high from y = 10: 0 at the bottom (260), 1.5 at the top (10), 0.6 at 260 − 100 = 160.
    QCOMPARE(plot.valueY(0, 10, 250), 260.0);
    QCOMPARE(plot.valueY(1.5, 10, 250), 10.0);
    QCOMPARE(plot.valueY(0.6, 10, 250), 160.0);
    // Beyond the axis: clamped to the frame.
    QCOMPARE(plot.valueY(9, 10, 250), 10.0);
}

void TestHistoryTrendPlot::coloursAndLegend()
{
    // Two methods on two machines: coloured by method, the second machine dashed,
    // the legend names method and machine.
    HistoryTrendPlot plot = HistoryTrendPlot::build({series(QStringLiteral("a"), QStringLiteral("G1"), {step(1, 1, 1, 1)}),
                                                     series(QStringLiteral("b"), QStringLiteral("G2"), {step(1, 1, 1, 1)})});
    QCOMPARE(plot.lines[1].colourBy, Dimension::Method);
    QCOMPARE(plot.lines[1].colourName, QStringLiteral("b"));
    QCOMPARE(plot.lines[0].dashes, 0);
    QCOMPARE(plot.lines[1].dashes, 1);
    QCOMPARE(plot.lines[1].legend, QStringLiteral("b · G2"));
    QCOMPARE(plot.lines[1].name, QStringLiteral("M · b · G2"));
    // One method on two machines: coloured by machine, solid, named by machine.
    plot = HistoryTrendPlot::build({series(QStringLiteral("a"), QStringLiteral("G1"), {step(1, 1, 1, 1)}),
                                    series(QStringLiteral("a"), QStringLiteral("G2"), {step(1, 1, 1, 1)})});
    QCOMPARE(plot.lines[1].colourBy, Dimension::Hardware);
    QCOMPARE(plot.lines[1].colourName, QStringLiteral("G2"));
    QCOMPARE(plot.lines[1].dashes, 0);
    QCOMPARE(plot.lines[1].legend, QStringLiteral("G2"));
    // One group: coloured by model, named by method.
    plot = HistoryTrendPlot::build({series(QStringLiteral("a"), QStringLiteral("G1"), {step(1, 1, 1, 1)})});
    QCOMPARE(plot.lines[0].colourBy, Dimension::Model);
    QCOMPARE(plot.lines[0].colourName, QStringLiteral("M"));
    QCOMPARE(plot.lines[0].legend, QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(TestHistoryTrendPlot)
#include "tst_historytrendplot.moc"
