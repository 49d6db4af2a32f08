// SPDX-License-Identifier: GPL-3.0-or-later
// HeatmapModel on the 30 × 20 × 5 sweep (tests/sweepfixture.h), headless: every
// hardware's cells at once, one colour range across hardware, the order by
// value and the dark ramp. Expected numbers come from SweepFixture::time(),
// not from the model: a group's mean tokens/s is the mean over its prompts of
// tokens(p) / time(model, method, hardware, p).
#include "../sweepfixture.h"
#include "dataset.h"
#include "heatmapmodel.h"
#include "sourceloader.h"
#include "timingroles.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {


std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    std::iota(groups.begin(), groups.end(), 0);
    return groups;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

/// `names` sorted by score, highest first, ties (equal within rounding) by name.
QStringList byScore(const QStringList &names, const std::vector<double> &score)
{
    std::vector<int> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (!near(score[std::size_t(a)], score[std::size_t(b)]))
            return score[std::size_t(a)] > score[std::size_t(b)];
        return names.at(a) < names.at(b);
    });
    QStringList sorted;
    for (int i : order)
        sorted.append(names.at(i));
    return sorted;
}

QStringList rowNames(const HeatmapModel &model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.append(model.rowName(r));
    return names;
}

QStringList columnNames(const HeatmapModel &model)
{
    QStringList names;
    for (int c = 0; c < model.columnCount(); ++c)
        names.append(model.columnName(c));
    return names;
}

} // namespace

class TestHeatmapModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("sweep.json"));
        QVERIFY(SweepFixture::write(path));
        const LoadResult result = loadSourcesBlocking({path}, LoadOptions{});
        QCOMPARE(result.sources.size(), 1);
        m_dataset = Dataset::build(result.sources);
        QVERIFY(m_dataset);
        QCOMPARE(m_dataset->groups().size(), std::size_t(30 * 20 * 5));
    }

    void everyHardwareAtOnce()
    {
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroups(m_dataset, allGroups(*m_dataset));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.columnCount(), 30);
        const QStringList hardware = model.hardwareNames();
        QCOMPARE(hardware.size(), 5);
        model.setHardware(SweepFixture::hardware().at(3)); // Tesla T4
        QCOMPARE(model.hardwareIndex(), hardware.indexOf(SweepFixture::hardware().at(3)));
        // Every cell on every hardware, whichever is chosen.
        for (int h = 0; h < hardware.size(); ++h) {
            const int fixtureHardware = int(SweepFixture::hardware().indexOf(hardware.at(h)));
            for (int r = 0; r < model.rowCount(); ++r) {
                const int method = int(SweepFixture::methods().indexOf(model.rowName(r)));
                for (int c = 0; c < model.columnCount(); ++c) {
                    const int m = int(SweepFixture::models().indexOf(model.columnName(c)));
                    QVERIFY2(near(model.value(h, r, c), SweepFixture::meanTokensPerSecond(m, method, fixtureHardware)),
                             qPrintable(model.rowName(r) + QLatin1Char('/') + model.columnName(c)));
                    QCOMPARE(model.count(h, r, c), qint64(3)); // the fixture's 3 prompts a group
                }
            }
        }
        QVERIFY(std::isnan(model.value(5, 0, 0)));
        QVERIFY(std::isnan(model.value(-1, 0, 0)));
        // The chosen hardware's cells are the ones data() shows.
        const int t4 = model.hardwareIndex();
        QCOMPARE(model.data(model.index(2, 3), TimingRoles::SortRole).toDouble(), model.value(t4, 2, 3));
        QVERIFY(model.toolTip(0, 2, 3).contains(hardware.at(0)));
        QVERIFY(model.toolTip(0, 2, 3).contains(QStringLiteral("n = 3 prompts")));
    }

    void colourRangeAcrossHardware()
    {
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroups(m_dataset, allGroups(*m_dataset));
        // H200 alone: fastest is attention (cost 0.01) on model 0, slowest
        // shapley_value_sampling (100) on model 29 (factor 3.9), both × 0.3.
        model.setHardware(QStringLiteral("NVIDIA H200"));
        QVERIFY(near(model.minimum(), SweepFixture::meanTokensPerSecond(29, 19, 1)));
        QVERIFY(near(model.maximum(), SweepFixture::meanTokensPerSecond(0, 0, 1)));
        // Across hardware: the H200 maximum and the Xeon (factor 12) minimum.
        model.setScaleAcrossHardware(true);
        QVERIFY(model.scaleAcrossHardware());
        QVERIFY(near(model.minimum(), SweepFixture::meanTokensPerSecond(29, 19, 4)));
        QVERIFY(near(model.maximum(), SweepFixture::meanTokensPerSecond(0, 0, 1)));
        QVERIFY(model.logScale()); // 10 000 × 40 × 3.9 apart
        const int xeon = int(model.hardwareNames().indexOf(SweepFixture::hardware().at(4)));
        const int h200 = int(model.hardwareNames().indexOf(SweepFixture::hardware().at(1)));
        const int shapley = int(rowNames(model).indexOf(QStringLiteral("shapley_value_sampling")));
        const int attention = int(rowNames(model).indexOf(QStringLiteral("attention")));
        const int last = int(columnNames(model).indexOf(SweepFixture::models().at(29)));
        const int first = int(columnNames(model).indexOf(SweepFixture::models().at(0)));
        QCOMPARE(model.normalized(model.value(xeon, shapley, last)), 0.0);
        QCOMPARE(model.normalized(model.value(h200, attention, first)), 1.0);
        // Choosing another hardware keeps the shared range.
        model.setHardware(SweepFixture::hardware().at(2));
        QVERIFY(near(model.minimum(), SweepFixture::meanTokensPerSecond(29, 19, 4)));
        model.setScaleAcrossHardware(false);
        QVERIFY(near(model.minimum(), SweepFixture::meanTokensPerSecond(29, 19, 2)));
    }

    void orderByValue_data()
    {
        QTest::addColumn<bool>("across");
        QTest::newRow("one hardware") << false;
        QTest::newRow("every hardware") << true;
    }

    void orderByValue()
    {
        QFETCH(bool, across);
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroups(m_dataset, allGroups(*m_dataset));
        const int l4 = 2;
        model.setHardware(SweepFixture::hardware().at(l4));
        model.setScaleAcrossHardware(across);
        QStringList sortedMethods = SweepFixture::methods(), sortedModels = SweepFixture::models();
        sortedMethods.sort();
        sortedModels.sort();
        QCOMPARE(rowNames(model), sortedMethods);
        QCOMPARE(columnNames(model), sortedModels);
        // A persistent index keeps its cell through the reorder.
        const QPersistentModelIndex lime = model.index(int(sortedMethods.indexOf(QStringLiteral("lime"))),
                                                       int(sortedModels.indexOf(SweepFixture::models().at(7))));
        model.setOrder(HeatmapModel::Order::Value);

        // Independently: geometric means over the cells in scope.
        const QList<int> hardware = across ? QList<int>{0, 1, 2, 3, 4} : QList<int>{l4};
        std::vector<double> methodScore, modelScore;
        for (int j = 0; j < 20; ++j) {
            double logSum = 0;
            for (int i = 0; i < 30; ++i)
                for (int h : hardware)
                    logSum += std::log(SweepFixture::meanTokensPerSecond(i, j, h));
            methodScore.push_back(std::exp(logSum / (30 * hardware.size())));
        }
        for (int i = 0; i < 30; ++i) {
            double logSum = 0;
            for (int j = 0; j < 20; ++j)
                for (int h : hardware)
                    logSum += std::log(SweepFixture::meanTokensPerSecond(i, j, h));
            modelScore.push_back(std::exp(logSum / (20 * hardware.size())));
        }
        QCOMPARE(rowNames(model), byScore(SweepFixture::methods(), methodScore));
        QCOMPARE(columnNames(model), byScore(SweepFixture::models(), modelScore));
        // By hand: cheapest method first, costliest last; guided_backprop and
        // deconvolution cost the same (0.1) and go by name. Models: 1 + i/10
        // grows with i, so the fixture's own order.
        QCOMPARE(model.rowName(0), QStringLiteral("attention"));
        QCOMPARE(model.rowName(19), QStringLiteral("shapley_value_sampling"));
        QCOMPARE(rowNames(model).indexOf(QStringLiteral("guided_backprop")),
                 rowNames(model).indexOf(QStringLiteral("deconvolution")) + 1);
        QCOMPARE(columnNames(model), SweepFixture::models());
        QVERIFY(near(model.rowScore(0), methodScore[0]));
        QVERIFY(near(model.columnScore(29), modelScore[29]));
        QCOMPARE(model.data(lime, TimingRoles::MethodNameRole).toString(), QStringLiteral("lime"));
        QCOMPARE(model.data(lime, TimingRoles::ModelNameRole).toString(), SweepFixture::models().at(7));

        model.setOrder(HeatmapModel::Order::Name);
        QCOMPARE(rowNames(model), sortedMethods);
        QVERIFY(std::isnan(model.rowScore(0)));
    }

    void orderByValueWithoutValuesKeepsNames()
    {
        // Filtered to L4 groups (attention left out) with a hardware that is
        // not there: no cell has a value, so the order by value is by name.
        std::vector<int> groups;
        const int l4 = m_dataset->hardwareId(SweepFixture::hardware().at(2));
        for (int g : allGroups(*m_dataset))
            if (int(m_dataset->groups()[std::size_t(g)].hardware) == l4 && m_dataset->groups()[std::size_t(g)].method != 0)
                groups.push_back(g);
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOrder(HeatmapModel::Order::Value);
        model.setGroups(m_dataset, groups);
        model.setHardware(QStringLiteral("no such machine"));
        QCOMPARE(model.rowCount(), 19);
        QStringList sorted = rowNames(model);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(rowNames(model), sorted);
        QVERIFY(std::isnan(model.minimum()));
    }

    void darkRampIsNeverNearWhite()
    {
        double previous = -1;
        for (int i = 0; i <= 100; ++i) {
            const QColor light = HeatmapModel::rampColor(i / 100.0, false);
            const QColor dark = HeatmapModel::rampColor(i / 100.0, true);
            // Dark: from a dim tone up to a bright one, never near-white.
            QVERIFY2(dark.lightnessF() < 0.6, qPrintable(dark.name()));
            const double luminance = 0.2126 * dark.redF() + 0.7152 * dark.greenF() + 0.0722 * dark.blueF();
            QVERIFY(luminance >= previous);
            previous = luminance;
            QVERIFY(light.isValid());
        }
        QCOMPARE(HeatmapModel::rampColor(0, true), QColor(0x42, 0x0a, 0x68));
        QCOMPARE(HeatmapModel::rampColor(1, true), QColor(0xfc, 0xa5, 0x0a));
        QCOMPARE(HeatmapModel::rampColor(0, false), QColor(0xff, 0xf5, 0xf0));
    }

private:
    QTemporaryDir m_dir;
    DatasetPtr m_dataset;
};

QTEST_GUILESS_MAIN(TestHeatmapModel)
#include "tst_heatmapmodel.moc"
