// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope export --format csv`: every chart's data in tidy form, through
// the binary. The numbers are worked out by hand from tests/data/charts/bars.json
// (times in s, 10 tokens a prompt; see tst_chartmodels for the sums).
#include "cli_helper.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString bars()
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json");
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestExportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChartsData();
    void filtersApply();
    void allOrNothing();
    void compareOfTwoRuns();
};

void TestExportCsv::everyChartsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliTest::Run run = CliTest::attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--out"), dir.path(), bars()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // stdout lists exactly the files written.
    QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 8);
    for (const char *name : {"performance", "heatmap", "hardware", "models", "methods", "scaling", "distribution", "insights"})
        QVERIFY2(QFile::exists(QDir(dir.path()).filePath(QLatin1String(name) + QLatin1String(".csv"))), name);

    // Mean time per (model, method, hardware), every hardware side by side.
    QCOMPARE(csvLines(QDir(dir.path()).filePath(QStringLiteral("performance.csv"))),
             (QStringList{QStringLiteral("model,method,hardware,metric,value,n"), QStringLiteral("A,m1,G1,mean_time,2,3"),
                          QStringLiteral("A,m2,G1,mean_time,5,2"), QStringLiteral("A,m1,G2,mean_time,7,1"),
                          QStringLiteral("B,m1,G1,mean_time,1,2"), QStringLiteral("B,m2,G2,mean_time,10,1")}));
    // Hardware: A on G1 = the geometric mean of 2 and 5, sqrt(10); the speed-up of A is 7 / 2.
    const QStringList hardware = csvLines(QDir(dir.path()).filePath(QStringLiteral("hardware.csv")));
    QCOMPARE(hardware.first(), QStringLiteral("model,hardware,metric,value,groups,n"));
    const QStringList aOnG1 = hardware.filter(QStringLiteral("A,G1,geomean_time,"));
    QCOMPARE(aOnG1.size(), 1);
    QVERIFY(aOnG1.front().endsWith(QStringLiteral(",2,5")));
    QVERIFY(std::abs(aOnG1.front().section(QLatin1Char(','), 3, 3).toDouble() - std::sqrt(10.0)) < 1e-12);
    QVERIFY(hardware.contains(QStringLiteral("A,G1 vs G2,speedup,3.5,1,")));
    // Heatmap on both hardware: 5 groups × mean and median.
    QCOMPARE(csvLines(QDir(dir.path()).filePath(QStringLiteral("heatmap.csv"))).size(), 1 + 5 * 2);
    QVERIFY(csvLines(QDir(dir.path()).filePath(QStringLiteral("heatmap.csv")))
                .contains(QStringLiteral("B,m2,G2,mean_tokens_per_second,1,1")));
    // Distribution of every hardware: A/m1/G1 {1, 2, 3} has Q1 1.5.
    QVERIFY(csvLines(QDir(dir.path()).filePath(QStringLiteral("distribution.csv")))
                .contains(QStringLiteral("A,m1,G1,q1,1.5,3")));
    // Scaling: every prompt with tokens and a time (9), no fit (no spread in tokens).
    QCOMPARE(csvLines(QDir(dir.path()).filePath(QStringLiteral("scaling.csv"))).size(), 1 + 9);
}

void TestExportCsv::filtersApply()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliTest::Run run = CliTest::attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--out"), dir.path(), QStringLiteral("--hardware"),
                                                  QStringLiteral("G2"), bars()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(csvLines(QDir(dir.path()).filePath(QStringLiteral("performance.csv"))),
             (QStringList{QStringLiteral("model,method,hardware,metric,value,n"), QStringLiteral("A,m1,G2,mean_time,7,1"),
                          QStringLiteral("B,m2,G2,mean_time,10,1")}));
}

void TestExportCsv::allOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One name taken: without --force nothing is written, the file is untouched.
    const QString taken = QDir(dir.path()).filePath(QStringLiteral("methods.csv"));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mine\n");
    file.close();
    const CliTest::Run run = CliTest::attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--out"), dir.path(), bars()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("methods.csv"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("methods.csv")});
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine\n"));
}

// Two runs: compare.csv too, the first source as baseline (tests/data/cli,
// worked out in tst_compare): group a's medians 1.45 and 2.175 s over 10
// prompts each, ratio 1.5, a regression with p = 0.00218… (scipy, asymptotic);
// b the same, p = 1; e only in the baseline: its median alone, verdict removed.
void TestExportCsv::compareOfTwoRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliTest::Run run = CliTest::attriscope({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("--out"), dir.path(), CliTest::fixture("compare_baseline.json"),
                                                  CliTest::fixture("compare_candidate.json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 9);
    const QStringList lines = csvLines(QDir(dir.path()).filePath(QStringLiteral("compare.csv")));
    QCOMPARE(lines.first(), QStringLiteral("model,method,hardware,verdict,metric,value,n"));
    QVERIFY(lines.contains(QStringLiteral("M,a,G,regression,ratio,1.5,")));
    QVERIFY(lines.contains(QStringLiteral("M,a,G,regression,baseline_median,1.45,10")));
    QVERIFY(lines.contains(QStringLiteral("M,a,G,regression,candidate_median,2.175,10")));
    const QStringList p = lines.filter(QStringLiteral("M,a,G,regression,p_value,"));
    QCOMPARE(p.size(), 1);
    QVERIFY(std::abs(p.front().section(QLatin1Char(','), 5, 5).toDouble() - 0.0021853274789521097) < 1e-12);
    QVERIFY(lines.contains(QStringLiteral("M,b,G,same,p_value,1,")));
    QVERIFY(!lines.filter(QStringLiteral("M,e,G,removed,baseline_median,")).isEmpty());
    QVERIFY(lines.filter(QStringLiteral("M,e,G,removed,ratio,")).isEmpty());
}

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_exportcsv.moc"
