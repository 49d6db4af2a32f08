// SPDX-License-Identifier: GPL-3.0-or-later
// The models that say what each chart shows, headless: every number below is
// worked out by hand from tests/data/charts/bars.json (comments give the sums).
#include "dataset.h"
#include "distributionmodel.h"
#include "groupedbarmodel.h"
#include "hardwaremodel.h"
#include "methodboxmodel.h"
#include "modelrankmodel.h"
#include "scalingmodel.h"
#include "sourceloader.h"

#include "../sweepfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace {

DatasetPtr datasetOf(const QString &file)
{
    const LoadResult result = loadSourcesBlocking({file}, LoadOptions{});
    return result.sources.size() == 1 ? Dataset::build(result.sources) : nullptr;
}

std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    return groups;
}

/// "category|set=value" per bar, in model order, the value with 4 digits.
QStringList barTexts(const GroupedBarModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) { return model.index(row, column).data(); };
        const QString set = model.groupBy() == GroupedBarModel::GroupBy::Model ? cell(GroupedBarModel::MethodColumn).toString()
                                                                              : cell(GroupedBarModel::ModelColumn).toString();
        texts.append(QStringLiteral("%1|%2=%3").arg(cell(GroupedBarModel::CategoryColumn).toString(), set,
                                                   QString::number(cell(GroupedBarModel::ValueColumn).toDouble(), 'g', 4)));
    }
    return texts;
}

QStringList categoryLabels(const GroupedBarModel &model)
{
    QStringList labels;
    for (const auto &category : model.categories())
        labels.append(category.label);
    return labels;
}

} // namespace

class TestChartModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedBarsByModelEveryHardware();
    void groupedBarsSortedByPerformance();
    void groupedBarsOneHardware();
    void groupedBarsByMethod();
    void groupedBarsEmptyStates();
    void hardwareBarsAndSpeedUps();
    void hardwareSpeedUpsByGeometricMean();
    void hardwareOneMethod();
    void distributionBoxes();
    void methodBoxes();
    void modelRanks();
    void scalingSeriesAndFits();
    void scalingFitLines();
    void scalingLineChoice();
    void scalingSkipsPromptsWithoutTokens();
    void scalingSampleIsStable();
};

void TestChartModels::groupedBarsByModelEveryHardware()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.state(), GroupedBarModel::State::Ready);
    // Two hardware, so each (model, hardware) pair is a category; name order.
    QCOMPARE(categoryLabels(model), (QStringList{QStringLiteral("A · G1"), QStringLiteral("A · G2"),
                                                 QStringLiteral("B · G1"), QStringLiteral("B · G2")}));
    QCOMPARE(model.setNames(), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    QVERIFY(model.shownHardware().isEmpty());
    // Means: A/m1/G1 (1+2+3)/3 = 2, A/m2/G1 (4+6)/2 = 5, A/m1/G2 7,
    // B/m1/G1 (0.5+1.5)/2 = 1 (the failed row has no time), B/m2/G2 10.
    QCOMPARE(barTexts(model), (QStringList{QStringLiteral("A · G1|m1=2"), QStringLiteral("A · G1|m2=5"),
                                           QStringLiteral("A · G2|m1=7"), QStringLiteral("B · G1|m1=1"),
                                           QStringLiteral("B · G2|m2=10")}));
    // n is the timed prompts behind each bar: 3, 2, 1, 2 (not the failed one), 1.
    QList<qint64> counts;
    for (const auto &bar : model.bars())
        counts.append(bar.n);
    QCOMPARE(counts, (QList<qint64>{3, 2, 1, 2, 1}));
    QCOMPARE(model.index(0, GroupedBarModel::MetricColumn).data().toString(), QStringLiteral("mean_time"));
    QCOMPARE(model.headerData(GroupedBarModel::ValueColumn, Qt::Horizontal, TableModel::FieldNameRole).toString(),
             QStringLiteral("value"));
    // Mean time has no interval: low and high are empty, not 0.
    QVERIFY(!model.index(0, GroupedBarModel::LowColumn).data().isValid());
}

void TestChartModels::groupedBarsSortedByPerformance()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    model.setSort(GroupedBarModel::Sort::Performance);
    // Scores, the mean of each category's bars: A·G1 (2+5)/2 = 3.5, A·G2 7,
    // B·G1 1, B·G2 10; lower time is better.
    QCOMPARE(categoryLabels(model), (QStringList{QStringLiteral("B · G1"), QStringLiteral("A · G1"),
                                                 QStringLiteral("A · G2"), QStringLiteral("B · G2")}));
    QCOMPARE(model.categories()[1].score, 3.5);
    // Tokens/s (10 tokens a prompt), higher is better: B·G1 (20 + 6.667)/2 = 13.33;
    // A·G1 ((10+5+3.333)/3 + (2.5+1.667)/2)/2 = 4.097; A·G2 1.429; B·G2 1.
    model.setMetric(GroupedBarModel::Metric::TokensPerSecond);
    QCOMPARE(categoryLabels(model), (QStringList{QStringLiteral("B · G1"), QStringLiteral("A · G1"),
                                                 QStringLiteral("A · G2"), QStringLiteral("B · G2")}));
    QCOMPARE(QString::number(model.categories()[0].score, 'g', 4), QStringLiteral("13.33"));
    QCOMPARE(QString::number(model.categories()[1].score, 'g', 4), QStringLiteral("4.097"));
    QCOMPARE(model.index(0, GroupedBarModel::MetricColumn).data().toString(), QStringLiteral("mean_tokens_per_second"));

    // Rows of the dot plot (a panel per hardware), by the geometric mean of every
    // bar of the model: A ∛(2 · 5 · 7) = ∛70 ≈ 4.12 s, B √(1 · 10) ≈ 3.16 s.
    model.setMetric(GroupedBarModel::Metric::MeanTime);
    const auto rowNames = [&model, &dataset] {
        QStringList names;
        for (const GroupedBarModel::Row &row : model.primaryRows())
            names.append(dataset->models().at(row.primary));
        return names;
    };
    QCOMPARE(rowNames(), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QVERIFY(std::abs(model.primaryRows()[1].score - std::cbrt(70.0)) < 1e-12);
    QVERIFY(std::abs(model.primaryRows()[0].score - std::sqrt(10.0)) < 1e-12);
    // Tokens/s, higher first: B √(40/3 · 1) ≈ 3.65; A ∛(55/9 · 25/12 · 10/7) ≈ 2.63.
    model.setMetric(GroupedBarModel::Metric::TokensPerSecond);
    QCOMPARE(rowNames(), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QVERIFY(std::abs(model.primaryRows()[1].score - std::cbrt(55.0 / 9 * 25.0 / 12 * 10.0 / 7)) < 1e-9);
    model.setSort(GroupedBarModel::Sort::Alphabetical);
    QCOMPARE(rowNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestChartModels::groupedBarsOneHardware()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    model.setHardware(QStringLiteral("G1"));
    QCOMPARE(model.shownHardware(), QStringLiteral("G1"));
    QCOMPARE(categoryLabels(model), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(barTexts(model), (QStringList{QStringLiteral("A|m1=2"), QStringLiteral("A|m2=5"), QStringLiteral("B|m1=1")}));

    // Filtered to the G2 groups only, with every hardware asked for: one
    // hardware is left, so it is no longer part of the category.
    std::vector<int> g2;
    for (int g : allGroups(*dataset)) {
        if (dataset->hardware().at(dataset->groups()[std::size_t(g)].hardware) == QLatin1String("G2"))
            g2.push_back(g);
    }
    model.setHardware(QString());
    model.setGroups(dataset, g2);
    QCOMPARE(model.shownHardware(), QStringLiteral("G2"));
    QCOMPARE(barTexts(model), (QStringList{QStringLiteral("A|m1=7"), QStringLiteral("B|m2=10")}));
}

void TestChartModels::groupedBarsByMethod()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroupBy(GroupedBarModel::GroupBy::Method);
    model.setHardware(QStringLiteral("G1"));
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.setNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(barTexts(model), (QStringList{QStringLiteral("m1|A=2"), QStringLiteral("m1|B=1"), QStringLiteral("m2|A=5")}));
    // P95 of A/m1/G1 {1, 2, 3}: linear between order statistics, 1 + 0.95·2 = 2.9.
    model.setMetric(GroupedBarModel::Metric::P95Time);
    QCOMPARE(model.index(0, GroupedBarModel::ValueColumn).data().toDouble(), 2.9);
}

void TestChartModels::groupedBarsEmptyStates()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.state(), GroupedBarModel::State::NoData);
    QCOMPARE(model.rowCount(), 0);
    model.setGroups(dataset, {});
    QCOMPARE(model.state(), GroupedBarModel::State::NoData);
    model.setGroups(dataset, allGroups(*dataset));
    model.setHardware(QStringLiteral("no such hardware"));
    QCOMPARE(model.state(), GroupedBarModel::State::NoDataForHardware);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.categories().empty());
}

/// "category|hardware=value/items/n" per row.
static QStringList hardwareTexts(const HardwareModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        texts.append(QStringLiteral("%1|%2=%3/%4/%5")
                         .arg(cell(HardwareModel::CategoryColumn), cell(HardwareModel::HardwareColumn),
                              QString::number(model.index(row, HardwareModel::ValueColumn).data().toDouble(), 'g', 4),
                              cell(HardwareModel::ItemsColumn), cell(HardwareModel::CountColumn)));
    }
    return texts;
}

void TestChartModels::hardwareBarsAndSpeedUps()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.state(), HardwareModel::State::Ready);
    QCOMPARE(model.hardwareNames(), (QStringList{QStringLiteral("G1"), QStringLiteral("G2")}));
    // A on G1: geometric mean of m1 2 and m2 5 = sqrt(10) = 3.162 over 3 + 2
    // prompts (the arithmetic 3.5 would let the slower method weigh more);
    // A on G2: m1 7. B on G1: m1 1 (2 timed prompts); B on G2: m2 10.
    QCOMPARE(hardwareTexts(model), (QStringList{QStringLiteral("A|G1=3.162/2/5"), QStringLiteral("A|G2=7/1/1"),
                                                QStringLiteral("B|G1=1/1/2"), QStringLiteral("B|G2=10/1/1")}));
    QVERIFY(std::abs(model.bars().front().value - std::sqrt(10.0)) < 1e-12);
    QCOMPARE(model.index(0, HardwareModel::MetricColumn).data().toString(), QStringLiteral("geomean_time"));
    // A: G1 fastest, G2 slowest; paired over m1 only: 7 / 2 = 3.5.
    // B: no method on both G1 and G2, so no speed-up.
    QCOMPARE(model.speedUps().size(), std::size_t(1));
    const HardwareModel::SpeedUp &a = model.speedUps().front();
    QCOMPARE(model.categories().at(a.category), QStringLiteral("A"));
    QCOMPARE(a.fastest, QStringLiteral("G1"));
    QCOMPARE(a.slowest, QStringLiteral("G2"));
    QCOMPARE(a.ratio, 3.5);
    QCOMPARE(a.paired, 1);

    // By method: m1 on G1 = geometric mean of A 2 and B 1 = sqrt(2), on G2 A 7:
    // paired over A: 7 / 2 = 3.5; m2 on G1 = 5 (A), on G2 = 10 (B): no model on both.
    model.setCategories(HardwareModel::Categories::Methods);
    QCOMPARE(hardwareTexts(model), (QStringList{QStringLiteral("m1|G1=1.414/2/5"), QStringLiteral("m1|G2=7/1/1"),
                                                QStringLiteral("m2|G1=5/1/2"), QStringLiteral("m2|G2=10/1/1")}));
    QCOMPARE(model.speedUps().size(), std::size_t(1));
    QCOMPARE(model.speedUps().front().ratio, 3.5);
}

void TestChartModels::hardwareSpeedUpsByGeometricMean()
{
    // speedups.json, model M, one prompt per group: H1 m1 1 s, m2 100 s; H2 2, 120; H3 4, 110.
    // Geometric means of the times: H1 10, H2 sqrt(240), H3 sqrt(440): H1 is fastest.
    // H2 against H1: sqrt(2/1 × 120/100) = sqrt(2.4) (summed times would say 122/101: m2 decides);
    // H3 against H1: sqrt(4 × 1.1) = sqrt(4.4). Every other hardware is named.
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/speedups.json"));
    QVERIFY(dataset);
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.speedUps().size(), std::size_t(2));
    const HardwareModel::SpeedUp &h2 = model.speedUps()[0], &h3 = model.speedUps()[1];
    QCOMPARE(h2.fastest, QStringLiteral("H1"));
    QCOMPARE(h2.slowest, QStringLiteral("H2"));
    QVERIFY(std::abs(h2.ratio - std::sqrt(2.4)) < 1e-12);
    QCOMPARE(h2.paired, 2);
    QCOMPARE(h3.fastest, QStringLiteral("H1"));
    QCOMPARE(h3.slowest, QStringLiteral("H3"));
    QVERIFY(std::abs(h3.ratio - std::sqrt(4.4)) < 1e-12);
}

void TestChartModels::hardwareOneMethod()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    HardwareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    model.setMethod(QStringLiteral("m2"));
    QCOMPARE(hardwareTexts(model), (QStringList{QStringLiteral("A|G1=5/1/2"), QStringLiteral("B|G2=10/1/1")}));
    QVERIFY(model.speedUps().empty());
    // A method that is not there is no data, not "every method".
    model.setMethod(QStringLiteral("no such method"));
    QCOMPARE(model.state(), HardwareModel::State::NoDataForMethod);
    QCOMPARE(model.rowCount(), 0);
}

/// "method|model|hardware n: lower q1 median q3 upper" per row.
static QStringList boxTexts(const DistributionModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QStringList numbers;
        for (int column = DistributionModel::LowerColumn; column <= DistributionModel::UpperColumn; ++column)
            numbers.append(QString::number(model.index(row, column).data().toDouble(), 'g', 4));
        texts.append(QStringLiteral("%1|%2|%3 %4: %5")
                         .arg(text(DistributionModel::MethodColumn), text(DistributionModel::ModelColumn),
                              text(DistributionModel::HardwareColumn), text(DistributionModel::CountColumn),
                              numbers.join(QLatin1Char(' '))));
    }
    return texts;
}

void TestChartModels::distributionBoxes()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    DistributionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    // Not chosen yet: the first hardware with times, G1. Quartiles by linear
    // interpolation: {1, 2, 3} -> 1.5 2 2.5, whiskers 1 and 3 (fences 0 and 4);
    // {4, 6} -> 4.5 5 5.5; {0.5, 1.5} -> 0.75 1 1.25.
    QCOMPARE(model.shownHardware(), QStringLiteral("G1"));
    QCOMPARE(model.seriesNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(model.categories().size(), std::size_t(2)); // m1, m2
    QStringList g1 = boxTexts(model);
    g1.sort();
    QCOMPARE(g1, (QStringList{QStringLiteral("m1|A|G1 3: 1 1.5 2 2.5 3"), QStringLiteral("m1|B|G1 2: 0.5 0.75 1 1.25 1.5"),
                              QStringLiteral("m2|A|G1 2: 4 4.5 5 5.5 6")}));
    model.setHardware(QStringLiteral("G2"));
    QStringList g2 = boxTexts(model);
    g2.sort();
    QCOMPARE(g2, (QStringList{QStringLiteral("m1|A|G2 1: 7 7 7 7 7"), QStringLiteral("m2|B|G2 1: 10 10 10 10 10")}));
    // Every hardware side by side: (method, hardware) categories.
    model.setHardware(QString());
    QVERIFY(model.shownHardware().isEmpty());
    QCOMPARE(model.categories().size(), std::size_t(4));
    QCOMPARE(model.rowCount(), 5);
    // An unknown hardware never pools: back to the first with times.
    model.setHardware(QStringLiteral("no such hardware"));
    QCOMPARE(model.shownHardware(), QStringLiteral("G1"));

    // Two models are few: every model by default, a box per model.
    QCOMPARE(model.seriesBy(), DistributionModel::SeriesBy::Models);
    QVERIFY(model.shownModel().isEmpty());
    QCOMPARE(model.modelNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    // One model: its methods, a box per hardware; every hardware side by side
    // is then series, not categories: A has m1 on G1 and G2, m2 on G1.
    model.setModel(QStringLiteral("A"));
    model.setHardware(QString());
    QCOMPARE(model.shownModel(), QStringLiteral("A"));
    QCOMPARE(model.seriesBy(), DistributionModel::SeriesBy::Hardware);
    QCOMPARE(model.seriesNames(), (QStringList{QStringLiteral("G1"), QStringLiteral("G2")}));
    QCOMPARE(model.categories().size(), std::size_t(2)); // m1, m2
    QStringList a = boxTexts(model);
    a.sort();
    QCOMPARE(a, (QStringList{QStringLiteral("m1|A|G1 3: 1 1.5 2 2.5 3"), QStringLiteral("m1|A|G2 1: 7 7 7 7 7"),
                             QStringLiteral("m2|A|G1 2: 4 4.5 5 5.5 6")}));
    for (const DistributionModel::Cell &cell : model.cells()) {
        const GroupStats &g = dataset->groups()[std::size_t(cell.group)];
        QCOMPARE(model.seriesNames().at(cell.series), dataset->hardware().at(g.hardware));
    }
    // One model on one hardware: one series.
    model.setHardware(QStringLiteral("G2"));
    QCOMPARE(model.seriesNames(), QStringList{QStringLiteral("G2")});
    QCOMPARE(model.rowCount(), 1);
    // Every model again, and an unknown model falls back to the automatic choice.
    model.setModel(QString());
    QCOMPARE(model.seriesNames(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    model.setModel(QStringLiteral("no such model"));
    QVERIFY(model.shownModel().isEmpty());
    QCOMPARE(model.seriesBy(), DistributionModel::SeriesBy::Models);

    // Tukey's fences on {1..9, 100}: q1 3.25, q3 7.75, IQR 4.5, upper fence
    // 14.5: 100 is the one outlier and the whisker stops at 9.
    const DistributionModel::Box box = DistributionModel::tukeyBox(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
    QCOMPARE(box.q1, 3.25);
    QCOMPARE(box.q3, 7.75);
    QCOMPARE(box.upper, 9.0);
    QCOMPARE(box.outliers, std::vector<double>{100});
}

void TestChartModels::methodBoxes()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    MethodBoxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    // Nothing asked for: the first method by name.
    QCOMPARE(model.method(), QStringLiteral("m1"));
    QCOMPARE(model.methods(), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    QCOMPARE(model.models(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(model.hardwareNames(), (QStringList{QStringLiteral("G1"), QStringLiteral("G2")}));
    // m1: A on G1 {1, 2, 3}: min 1, Q1 1.5, median 2, Q3 2.5, max 3, mean 2;
    // A on G2 {7}; B on G1 {0.5, 1.5}: Q1 0.75, Q3 1.25, mean 1; B on G2 none.
    QCOMPARE(model.rowCount(), 3);
    const MethodBoxModel::Cell *a1 = model.cellAt(0, 0);
    QVERIFY(a1);
    QCOMPARE(a1->n, 3);
    QCOMPARE(a1->q1, 1.5);
    QCOMPARE(a1->q3, 2.5);
    QCOMPARE(a1->mean, 2.0);
    const MethodBoxModel::Cell *b1 = model.cellAt(1, 0);
    QVERIFY(b1);
    QCOMPARE(b1->q1, 0.75);
    QCOMPARE(b1->max, 1.5);
    QVERIFY(!model.cellAt(1, 1));
    QCOMPARE(model.index(2, MethodBoxModel::ModelColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(2, MethodBoxModel::MeanColumn).data().toDouble(), 1.0);

    model.setMethod(QStringLiteral("m2"));
    QCOMPARE(model.method(), QStringLiteral("m2"));
    QCOMPARE(model.rowCount(), 2); // A on G1 {4, 6}, B on G2 {10}
    QCOMPARE(model.cellAt(0, 0)->median, 5.0);
    // Filtered so that m2 is gone: m1 is shown, m2 is still what was asked for.
    std::vector<int> m1Only;
    for (int g : allGroups(*dataset)) {
        if (dataset->methods().at(dataset->groups()[std::size_t(g)].method) == QLatin1String("m1"))
            m1Only.push_back(g);
    }
    model.setGroups(dataset, m1Only);
    QCOMPARE(model.method(), QStringLiteral("m1"));
    QCOMPARE(model.wantedMethod(), QStringLiteral("m2"));
    model.setGroups(dataset, {});
    QVERIFY(model.method().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestChartModels::modelRanks()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    ModelRankModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.model(), QStringLiteral("A"));
    // A: m1 on G1 2, on G2 7 (score 4.5); m2 on G1 5 (score 5): m1 first.
    // Ranks on G1: m1 (2) 1, m2 (5) 2; on G2: m1 1.
    QCOMPARE(model.methods(), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    QCOMPARE(model.hardwareNames(), (QStringList{QStringLiteral("G1"), QStringLiteral("G2")}));
    QStringList cells;
    for (const auto &cell : model.cells())
        cells.append(QStringLiteral("%1|%2=%3#%4").arg(model.methods().at(cell.method), model.hardwareNames().at(cell.hardware),
                                                        QString::number(cell.mean), QString::number(cell.rank)));
    QCOMPARE(cells, (QStringList{QStringLiteral("m1|G1=2#1"), QStringLiteral("m1|G2=7#1"), QStringLiteral("m2|G1=5#2")}));
    QVERIFY(!model.cellAt(1, 1));
    // No method rows in the fixture: no loading time on either hardware.
    QCOMPARE(model.loadingTimes().size(), std::size_t(2));
    QVERIFY(isMissing(model.loadingTimes()[0]));

    // B: m2 only on G2 (10), m1 only on G1 (1): m1 (score 1) before m2 (10).
    model.setModel(QStringLiteral("B"));
    QCOMPARE(model.methods(), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ModelRankModel::ValueColumn).data().toDouble(), 10.0);
    QCOMPARE(model.index(1, ModelRankModel::RankColumn).data().toInt(), 1);
}

void TestChartModels::scalingSeriesAndFits()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    ScalingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.state(), ScalingModel::State::Ready);
    // 5 groups (<= 8): a series per group; 9 prompts with tokens and a time
    // (the failed row has none): no thinning.
    QVERIFY(model.seriesPerGroup());
    QCOMPARE(model.series().size(), std::size_t(5));
    QCOMPARE(model.totalPoints(), std::size_t(9));
    QCOMPARE(model.stride(), std::size_t(1));
    // Every prompt has 10 tokens: no group has a spread in tokens, so no fit.
    QVERIFY(model.fits().empty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.medianTokens(), 10.0);
    QCOMPARE(model.series().front().name, QStringLiteral("A · m1 · G1"));
    QCOMPARE(model.series().front().points.size(), 3);

    model.setHardware(QStringLiteral("G2"));
    QCOMPARE(model.series().size(), std::size_t(2));
    QCOMPARE(model.series().front().name, QStringLiteral("A · m1")); // one hardware: not named
    QCOMPARE(model.shownGroups().size(), std::size_t(2));
    model.setHardware(QStringLiteral("no such hardware"));
    QCOMPARE(model.state(), ScalingModel::State::NoDataForHardware);
}

void TestChartModels::scalingSkipsPromptsWithoutTokens()
{
    // tokens_missing.json: A/m/G times 1, 2, 3 with tokens 10, none, 30; B/m/G
    // times 5, 6 without tokens. Only (10, 1) and (30, 3) are points; B has none.
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/tokens_missing.json"));
    QVERIFY(dataset);
    ScalingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.state(), ScalingModel::State::Ready);
    QCOMPARE(model.totalPoints(), std::size_t(2));
    QCOMPARE(model.series().size(), std::size_t(1));
    QCOMPARE(model.series().front().points, (QList<QPointF>{QPointF(10, 1), QPointF(30, 3)}));
    QCOMPARE(model.medianTokens(), 20.0);
    // B alone has no point at all: nothing to plot (it used to plot NaN positions).
    std::vector<int> onlyB;
    for (std::size_t g = 0; g < dataset->groups().size(); ++g) {
        if (dataset->models()[dataset->groups()[g].model] == QLatin1String("B"))
            onlyB.push_back(int(g));
    }
    model.setGroups(dataset, onlyB);
    QCOMPARE(model.state(), ScalingModel::State::NoPoints);
}

void TestChartModels::scalingFitLines()
{
    // time = 0.5 + 0.1 · tokens exactly for A/m1 (tokens 10, 20, 30): intercept
    // 0.5, 100 s per 1000 tokens, r² = 1; B/m1 (tokens 10, 20, 30, 40) on
    // times 1, 3, 2, 4: slope 0.08, intercept 0.5, r² = 0.64.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fits.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray rows;
    const auto add = [&rows](const char *model, double tokens, double time) {
        if (!rows.isEmpty())
            rows += ',';
        rows += QByteArray(R"({"model":")") + model + R"(","method":"m1","gpu_info":"G1","tokens":)"
            + QByteArray::number(tokens) + R"(,"time":)" + QByteArray::number(time, 'g', 17) + R"(,"success":true})";
    };
    add("A", 10, 1.5);
    add("A", 20, 2.5);
    add("A", 30, 3.5);
    add("B", 10, 1);
    add("B", 20, 3);
    add("B", 30, 2);
    add("B", 40, 4);
    file.write(R"({"method_timing":[],"prompt_timing":[)" + rows + "]}");
    file.close();
    const DatasetPtr dataset = datasetOf(path);
    QVERIFY(dataset);
    ScalingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.drawnFitCount(), std::size_t(2));
    const auto number = [&](int row, int column) { return model.index(row, column).data().toDouble(); };
    QCOMPARE(model.index(0, ScalingModel::ModelColumn).data().toString(), QStringLiteral("A"));
    QVERIFY(qAbs(number(0, ScalingModel::InterceptColumn) - 0.5) < 1e-12);
    QVERIFY(qAbs(number(0, ScalingModel::SlopeColumn) - 100) < 1e-9);
    QVERIFY(qAbs(number(0, ScalingModel::R2Column) - 1) < 1e-12);
    QVERIFY(qAbs(number(1, ScalingModel::InterceptColumn) - 0.5) < 1e-12);
    QVERIFY(qAbs(number(1, ScalingModel::SlopeColumn) - 80) < 1e-9);
    QVERIFY(qAbs(number(1, ScalingModel::R2Column) - 0.64) < 1e-12);
    QCOMPARE(model.index(1, ScalingModel::CountColumn).data().toInt(), 4);
    QCOMPARE(model.index(1, ScalingModel::MaxTokensColumn).data().toDouble(), 40.0);
    // Median of the 7 drawn token counts {10, 10, 20, 20, 30, 30, 40}.
    QCOMPARE(model.medianTokens(), 20.0);
}

void TestChartModels::scalingLineChoice()
{
    // The 30 × 20 × 5 sweep: 3 prompts a group at 10, 15 and 20 tokens, so
    // every one of the 3000 groups has a fit, far more than the line cap.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path));
    const DatasetPtr dataset = datasetOf(path);
    QVERIFY(dataset);
    ScalingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(dataset, allGroups(*dataset));
    QCOMPARE(model.fits().size(), std::size_t(3000));
    // 9000 points, one in ceil(9000 / 600) = 15 drawn. Every group has 3
    // prompts (10, 15, 20 tokens): a fixed step of 15 drew only the 10-token
    // prompts. Each token count must have a fair share of the sample.
    QCOMPARE(model.totalPoints(), std::size_t(9000));
    QCOMPARE(model.stride(), std::size_t(15));
    std::map<double, int> byTokens;
    int drawn = 0;
    for (const ScalingModel::Series &series : model.series()) {
        for (const QPointF &point : series.points) {
            ++byTokens[point.x()];
            ++drawn;
        }
    }
    QVERIFY2(drawn > 480 && drawn < 720, qPrintable(QString::number(drawn)));
    QCOMPARE(byTokens.size(), std::size_t(3));
    for (const auto &[tokens, count] : byTokens)
        QVERIFY2(count > drawn / 5, qPrintable(QStringLiteral("%1 tokens: %2 of %3").arg(tokens).arg(count).arg(drawn)));
    QStringList models = SweepFixture::models();
    std::sort(models.begin(), models.end());
    QCOMPARE(model.fittedModels(), models);
    const auto drawnModels = [&] {
        QSet<QString> names;
        for (const ScalingModel::Fit &fit : model.fits()) {
            if (fit.drawn)
                names.insert(dataset->models()[dataset->groups()[std::size_t(fit.group)].model]);
        }
        return names;
    };
    // Auto, too many lines: the first model by name, capped (20 methods × 5 hardware = 100 groups).
    QCOMPARE(model.lineModel(), models.front());
    QCOMPARE(drawnModels(), QSet<QString>{models.front()});
    QCOMPARE(model.drawnFitCount(), std::size_t(ScalingModel::kMaxFitLines));

    // One model on one hardware: each of its 20 methods, with the slope of the
    // fixture's formula: time = cost · factor · (1 + i/10) · (1 + p/10) at 10 + 5p
    // tokens, so d time / d token = cost · factor · (1 + i/10) / 50.
    const QString gemma = QStringLiteral("google/gemma-2-9b-it");
    const int modelIndex = int(SweepFixture::models().indexOf(gemma));
    const int h200 = int(SweepFixture::hardware().indexOf(QStringLiteral("NVIDIA H200")));
    model.setHardware(QStringLiteral("NVIDIA H200"));
    model.setLines(ScalingModel::Lines::OneModel, gemma);
    QCOMPARE(model.lineModel(), gemma);
    QCOMPARE(drawnModels(), QSet<QString>{gemma});
    QCOMPARE(model.drawnFitCount(), std::size_t(20));
    for (const ScalingModel::Fit &fit : model.fits()) {
        if (!fit.drawn)
            continue;
        const GroupStats &g = dataset->groups()[std::size_t(fit.group)];
        const int method = int(SweepFixture::methods().indexOf(dataset->methods()[g.method]));
        const double slope = SweepFixture::methodCost(method) * SweepFixture::hardwareFactor(h200) * (1 + modelIndex / 10.0) / 50;
        QVERIFY2(qAbs(g.fitSlope - slope) <= 1e-9 * slope, qPrintable(dataset->methods()[g.method]));
        QVERIFY(qAbs(g.fitR2 - 1) < 1e-9);
    }
    // A model no longer shown falls back to the first by name; the largest groups ignore models.
    model.setLines(ScalingModel::Lines::OneModel, QStringLiteral("no/such-model"));
    QCOMPARE(model.lineModel(), models.front());
    model.setLines(ScalingModel::Lines::LargestGroups);
    QVERIFY(model.lineModel().isEmpty());
    QCOMPARE(model.drawnFitCount(), std::size_t(ScalingModel::kMaxFitLines));
    QCOMPARE(model.rowCount(), 600); // the table keeps every fitted group on the hardware
}

QTEST_GUILESS_MAIN(TestChartModels)
void TestChartModels::scalingSampleIsStable()
{
    // The sweep: 3000 groups of 3 points, one in ceil(9000 / 600) = 15 drawn.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path));
    const DatasetPtr dataset = datasetOf(path);
    QVERIFY(dataset);
    ScalingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto drawn = [&] {
        std::set<std::tuple<QString, double, double>> points;
        for (const ScalingModel::Series &series : model.series()) {
            for (const QPointF &point : series.points)
                points.insert({series.name, point.x(), point.y()});
        }
        return points;
    };
    std::vector<int> groups = allGroups(*dataset);
    model.setGroups(dataset, groups);
    QCOMPARE(model.stride(), std::size_t(15));
    const auto before = drawn();
    // Without the last group (8997 points) the stride is still ceil(8997 / 600) = 15:
    // every other group keeps exactly the points it had; nothing is reshuffled.
    const int dropped = groups.back();
    groups.pop_back();
    model.setGroups(dataset, groups);
    QCOMPARE(model.totalPoints(), std::size_t(8997));
    QCOMPARE(model.stride(), std::size_t(15));
    const auto after = drawn();
    const GroupStats &last = dataset->groups()[std::size_t(dropped)];
    const QString droppedMethod = dataset->methods()[last.method];
    QVERIFY(after.size() <= before.size());
    for (const auto &point : after)
        QVERIFY(before.count(point) == 1);
    for (const auto &point : before) {
        if (!after.count(point)) // only the dropped group's method series may lose points
            QCOMPARE(std::get<0>(point), droppedMethod);
    }

    // Another dataset in the same model: its own points (9 prompts of 10 tokens, all drawn).
    const DatasetPtr small = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(small);
    model.setGroups(small, allGroups(*small));
    QCOMPARE(model.totalPoints(), std::size_t(9));
    QCOMPARE(model.stride(), std::size_t(1));
    std::size_t points = 0;
    for (const ScalingModel::Series &series : model.series())
        points += std::size_t(series.points.size());
    QCOMPARE(points, std::size_t(9));
}

#include "tst_chartmodels.moc"
