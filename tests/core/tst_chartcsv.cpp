// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' data as tidy CSV: the text format (RFC 4180, numbers that read
// back exactly, formulas neutralised) and the rows of each chart, checked
// against numbers worked out by hand from tests/data/charts/bars.json.
#include "chartcsv.h"
#include "dataset.h"
#include "groupedbarmodel.h"
#include "hardwaremodel.h"
#include "sourceloader.h"

#include <cmath>

#include <QTest>

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

QStringList lines(const QByteArray &csv)
{
    QStringList list = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

/// Rows whose metric column (by name) is `metric`, as "dims=value".
QStringList valuesOf(const ChartCsv::Table &table, const QString &metric)
{
    const qsizetype metricColumn = table.header.indexOf(QStringLiteral("metric"));
    const qsizetype valueColumn = table.header.indexOf(QStringLiteral("value"));
    QStringList out;
    for (const QStringList &row : table.rows) {
        if (row.at(metricColumn) != metric)
            continue;
        QStringList dims = row.mid(0, metricColumn);
        const QString value = QString::fromUtf8(ChartCsv::toCsv({{QStringLiteral("v")}, {{row.at(valueColumn)}}})).section(QStringLiteral("\r\n"), 1, 1);
        out.append(dims.join(QLatin1Char('|')) + QLatin1Char('=') + value);
    }
    return out;
}

} // namespace

class TestChartCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFormat();
    void performanceRows();
    void hardwareRows();
    void heatmapEveryHardware();
    void modelsAndMethodsEveryOne();
    void insightFigures();
};

void TestChartCsv::textFormat()
{
    // Shortest text that reads back: 0.1 stays 0.1, 1/3 keeps 16 digits.
    QCOMPARE(ChartCsv::number(0.1), QStringLiteral("0.1"));
    QCOMPARE(ChartCsv::number(1.0 / 3).toDouble(), 1.0 / 3);
    QCOMPARE(ChartCsv::number(qQNaN()), QString());
    ChartCsv::Table table;
    table.header = {QStringLiteral("model"), QStringLiteral("value")};
    table.rows.push_back({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("1")});
    table.rows.push_back({QStringLiteral("-tiny, \"quoted\""), QStringLiteral("@sum")});
    table.rows.push_back({QStringLiteral("two\nlines"), QStringLiteral("+1")});
    // Text that starts like a formula gets a ', then RFC 4180 quoting; "+1" is a number.
    QCOMPARE(lines(ChartCsv::toCsv(table)),
             (QStringList{QStringLiteral("model,value"), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",1"),
                          QStringLiteral("\"'-tiny, \"\"quoted\"\"\",'@sum"), QStringLiteral("\"two\nlines\",+1")}));
}

void TestChartCsv::performanceRows()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    GroupedBarModel model;
    model.setGroups(dataset, allGroups(*dataset));
    const ChartCsv::Table table = ChartCsv::performance(model);
    // No interval for the mean: no low/high columns.
    QCOMPARE(table.header, (QStringList{QStringLiteral("model"), QStringLiteral("method"), QStringLiteral("hardware"),
                                        QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("n")}));
    // Means (s) and timed prompts, worked out by hand.
    QCOMPARE(lines(ChartCsv::toCsv(table)).mid(1),
             (QStringList{QStringLiteral("A,m1,G1,mean_time,2,3"), QStringLiteral("A,m2,G1,mean_time,5,2"),
                          QStringLiteral("A,m1,G2,mean_time,7,1"), QStringLiteral("B,m1,G1,mean_time,1,2"),
                          QStringLiteral("B,m2,G2,mean_time,10,1")}));
    model.setMetric(GroupedBarModel::Metric::MedianTime);
    const ChartCsv::Table median = ChartCsv::performance(model);
    QVERIFY(median.header.contains(QStringLiteral("low")));
    QCOMPARE(valuesOf(median, QStringLiteral("median_time")).first(), QStringLiteral("A|m1|G1=2"));
}

void TestChartCsv::hardwareRows()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    HardwareModel model;
    model.setGroups(dataset, allGroups(*dataset));
    const ChartCsv::Table table = ChartCsv::hardware(model);
    // A on G1: the geometric mean of 2 and 5, sqrt(10) (to the last bits:
    // exp of the mean log); the speed-up of A: 7 / 2 over m1.
    QStringList geomeans = valuesOf(table, QStringLiteral("geomean_time"));
    QCOMPARE(geomeans.size(), 4);
    QVERIFY(geomeans[0].startsWith(QStringLiteral("A|G1=")));
    QVERIFY(std::abs(geomeans[0].section(QLatin1Char('='), 1).toDouble() - std::sqrt(10.0)) < 1e-12);
    QCOMPARE(geomeans.mid(1), (QStringList{QStringLiteral("A|G2=7"), QStringLiteral("B|G1=1"), QStringLiteral("B|G2=10")}));
    QCOMPARE(valuesOf(table, QStringLiteral("speedup")), QStringList{QStringLiteral("A|G1 vs G2=3.5")});
}

void TestChartCsv::heatmapEveryHardware()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    const ChartCsv::Table table = ChartCsv::heatmap(dataset, allGroups(*dataset));
    // 10 tokens a prompt. Mean tokens/s: A/m1/G1 (10/1 + 10/2 + 10/3)/3,
    // A/m2/G1 (10/4 + 10/6)/2, B/m1/G1 (10/0.5 + 10/1.5)/2; on G2 one prompt each.
    const QStringList mean = valuesOf(table, QStringLiteral("mean_tokens_per_second"));
    QCOMPARE(mean.size(), 5);
    const auto valueOf = [&](const QString &key) {
        for (const QString &entry : mean) {
            if (entry.startsWith(key + QLatin1Char('=')))
                return entry.section(QLatin1Char('='), 1).toDouble();
        }
        return qQNaN();
    };
    QVERIFY(qAbs(valueOf(QStringLiteral("A|m1|G1")) - (10.0 + 5.0 + 10.0 / 3) / 3) < 1e-12);
    QVERIFY(qAbs(valueOf(QStringLiteral("A|m2|G1")) - (2.5 + 10.0 / 6) / 2) < 1e-12);
    QVERIFY(qAbs(valueOf(QStringLiteral("B|m1|G1")) - (20.0 + 10.0 / 1.5) / 2) < 1e-12);
    QVERIFY(qAbs(valueOf(QStringLiteral("A|m1|G2")) - 10.0 / 7) < 1e-12);
    QVERIFY(qAbs(valueOf(QStringLiteral("B|m2|G2")) - 1.0) < 1e-12);
    // The median of {10, 5, 3.33} is 5.
    QVERIFY(valuesOf(table, QStringLiteral("median_tokens_per_second")).contains(QStringLiteral("A|m1|G1=5")));
}

void TestChartCsv::modelsAndMethodsEveryOne()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    // Every model, not only the one a tab shows: A and B.
    const ChartCsv::Table models = ChartCsv::models(dataset, allGroups(*dataset));
    QCOMPARE(valuesOf(models, QStringLiteral("mean_time")),
             (QStringList{QStringLiteral("A|m1|G1=2"), QStringLiteral("A|m1|G2=7"), QStringLiteral("A|m2|G1=5"),
                          QStringLiteral("B|m1|G1=1"), QStringLiteral("B|m2|G2=10")}));
    QCOMPARE(valuesOf(models, QStringLiteral("rank")).size(), 5);
    // Every method: m1 and m2; Q1 of {1, 2, 3} is 1.5, of {0.5, 1.5} 0.75.
    const ChartCsv::Table methods = ChartCsv::methods(dataset, allGroups(*dataset));
    QCOMPARE(valuesOf(methods, QStringLiteral("q1")),
             (QStringList{QStringLiteral("A|m1|G1=1.5"), QStringLiteral("A|m1|G2=7"), QStringLiteral("B|m1|G1=0.75"),
                          QStringLiteral("A|m2|G1=4.5"), QStringLiteral("B|m2|G2=10")}));
}

void TestChartCsv::insightFigures()
{
    const DatasetPtr dataset = datasetOf(QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json"));
    QVERIFY(dataset);
    const ChartCsv::Table table = ChartCsv::insights(dataset, allGroups(*dataset));
    // Performance range: the fastest group B/m1/G1 at 1 s, the slowest B/m2/G2
    // at 10 s: ten times.
    QStringList range;
    for (const QString &line : lines(ChartCsv::toCsv(table))) {
        if (line.startsWith(QLatin1String("performance_range,")))
            range.append(line.section(QLatin1Char(','), -2, -2) + QLatin1Char('=') + line.section(QLatin1Char(','), -1));
    }
    range.sort();
    QCOMPARE(range, (QStringList{QStringLiteral("fastest_mean_time=1"), QStringLiteral("ratio=10"),
                                 QStringLiteral("slowest_mean_time=10")}));
}

QTEST_GUILESS_MAIN(TestChartCsv)
#include "tst_chartcsv.moc"
