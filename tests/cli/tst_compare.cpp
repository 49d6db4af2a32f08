// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope compare` and `attriscope estimate` end to end. The compare
// fixtures (tests/data/cli/compare_*.json) plant one change per group: M/a
// candidate times are the baseline's × 1.5, M/b unchanged, M/c has only 3
// prompts, M/d is new, M/e is gone, M/f is × 0.5. Baseline times 1.0 … 1.9.
#include "cli_helper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using CliTest::attriscope;
using CliTest::Run;
using CliTest::fixture;

namespace {

QJsonObject group(const QJsonObject &report, const char *method)
{
    for (const QJsonValue &g : report[QStringLiteral("groups")].toArray()) {
        if (g[QStringLiteral("method")] == QLatin1String(method))
            return g.toObject();
    }
    return {};
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plantedRegression()
    {
        const Run run = attriscope({QStringLiteral("compare"), fixture("compare_baseline.json"),
                                    fixture("compare_candidate.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("threshold")].toDouble(), 5.0);
        QCOMPARE(report[QStringLiteral("alpha")].toDouble(), 0.05);

        const QJsonObject a = group(report, "a");
        QCOMPARE(a[QStringLiteral("verdict")].toString(), QStringLiteral("regression"));
        QCOMPARE(a[QStringLiteral("baseline_median")].toDouble(), 1.45);  // (1.4 + 1.5) / 2
        QCOMPARE(a[QStringLiteral("candidate_median")].toDouble(), 2.175); // (2.1 + 2.25) / 2
        QCOMPARE(a[QStringLiteral("ratio")].toDouble(), 1.5);
        QCOMPARE(a[QStringLiteral("baseline_n")].toInt(), 10);
        // scipy.stats.mannwhitneyu(base, 1.5 * base, method="asymptotic").pvalue
        QVERIFY(std::abs(a[QStringLiteral("p_value")].toDouble() - 0.0021853274789521097) < 1e-12);

        QCOMPARE(group(report, "b")[QStringLiteral("verdict")].toString(), QStringLiteral("same"));
        QCOMPARE(group(report, "b")[QStringLiteral("p_value")].toDouble(), 1.0);
        QCOMPARE(group(report, "c")[QStringLiteral("verdict")].toString(), QStringLiteral("too_few"));
        QVERIFY(group(report, "c")[QStringLiteral("p_value")].isNull());
        QCOMPARE(group(report, "d")[QStringLiteral("verdict")].toString(), QStringLiteral("added"));
        QCOMPARE(group(report, "e")[QStringLiteral("verdict")].toString(), QStringLiteral("removed"));
        const QJsonObject f = group(report, "f");
        QCOMPARE(f[QStringLiteral("verdict")].toString(), QStringLiteral("improvement"));
        QCOMPARE(f[QStringLiteral("ratio")].toDouble(), 0.5);

        const QJsonObject summary = report[QStringLiteral("summary")].toObject();
        QCOMPARE(summary[QStringLiteral("regressions")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("improvements")].toInt(), 1);
        QCOMPARE(summary[QStringLiteral("same")].toInt(), 1);
        // Geometric mean over the matched groups with both medians: 1.5, 1, 2 (M/c), 0.5.
        QCOMPARE(summary[QStringLiteral("geomean_ratio")].toDouble(), std::pow(1.5 * 1 * 2 * 0.5, 0.25));
    }

    void thresholdAndFailOnRegression()
    {
        // A 60 % threshold: 1.5 is not above 1.6, 0.5 is not below 0.4: both "same".
        const Run lenient = attriscope({QStringLiteral("compare"), QStringLiteral("--threshold"), QStringLiteral("60"),
                                        QStringLiteral("--fail-on-regression"), fixture("compare_baseline.json"),
                                        fixture("compare_candidate.json")});
        QCOMPARE(lenient.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(lenient.out).object();
        QCOMPARE(group(report, "a")[QStringLiteral("verdict")].toString(), QStringLiteral("same"));
        QCOMPARE(group(report, "f")[QStringLiteral("verdict")].toString(), QStringLiteral("same"));
        QCOMPARE(report[QStringLiteral("summary")][QStringLiteral("same")].toInt(), 3);

        const Run strict = attriscope({QStringLiteral("compare"), QStringLiteral("--fail-on-regression"),
                                       QStringLiteral("--format"), QStringLiteral("markdown"),
                                       fixture("compare_baseline.json"), fixture("compare_candidate.json")});
        QCOMPARE(strict.exitCode, 3);
        QVERIFY(strict.out.contains("| M | a | G |"));
        QVERIFY(strict.out.contains("regression"));

        // A tiny alpha: nothing is significant any more.
        const Run alpha = attriscope({QStringLiteral("compare"), QStringLiteral("--alpha"), QStringLiteral("0.0001"),
                                      QStringLiteral("--fail-on-regression"), fixture("compare_baseline.json"),
                                      fixture("compare_candidate.json")});
        QCOMPARE(alpha.exitCode, 0);
    }

    void usage()
    {
        QCOMPARE(attriscope({QStringLiteral("compare"), fixture("compare_baseline.json")}).exitCode, 1);
        QCOMPARE(attriscope({QStringLiteral("compare"), QStringLiteral("--alpha"), QStringLiteral("2"),
                             fixture("compare_baseline.json"), fixture("compare_candidate.json")})
                     .exitCode,
                 1);
        QCOMPARE(attriscope({QStringLiteral("compare"), fixture("compare_baseline.json"), fixture("missing.json")})
                     .exitCode,
                 2);
    }

    void estimate()
    {
        // report_fixture.json, M1/lime/T4: (tokens, time) = (10, 1), (10, 2), (30, 3):
        // mean x 50/3, mean y 2; Sxx = 800/3, Sxy = 20 -> slope 0.075 s/token, intercept 2 - 1.25 = 0.75.
        // 100 prompts of 20 tokens: 100 * (0.75 + 1.5) = 225 s. The other groups have under 3 points.
        const Run run = attriscope({QStringLiteral("estimate"), QStringLiteral("--prompts"), QStringLiteral("100"),
                                    QStringLiteral("--tokens"), QStringLiteral("20"), fixture("report_fixture.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        const QJsonArray estimates = out[QStringLiteral("estimates")].toArray();
        QCOMPARE(estimates.size(), 1);
        QCOMPARE(estimates[0][QStringLiteral("method")].toString(), QStringLiteral("lime"));
        QCOMPARE(estimates[0][QStringLiteral("seconds_per_prompt")].toDouble(), 2.25);
        QCOMPARE(estimates[0][QStringLiteral("total_seconds")].toDouble(), 225.0);
        QCOMPARE(estimates[0][QStringLiteral("outside_fitted_range")].toBool(), false);
        // 95 % prediction interval of the total: residuals at (10, 1), (10, 2), (30, 3) are
        // -0.5, 0.5, 0, so RSS = 0.5 and s² = RSS / (n - 2) = 0.5. (T - x̄)² / Sxx = (100/9) / (800/3) = 1/24;
        // N² s² (1/3 + 1/24) + N s² = 10000 × 0.5 × 0.375 + 50 = 1925. With one degree of freedom
        // Student's t is Cauchy: t(0.975, 1) = tan(π (0.975 - 0.5)).
        const double half = std::tan(M_PI * 0.475) * std::sqrt(1925.0);
        QCOMPARE(estimates[0][QStringLiteral("total_seconds_low")].toDouble(), 0.0); // 225 - 557.5, clamped
        QVERIFY(std::abs(estimates[0][QStringLiteral("total_seconds_high")].toDouble() - (225 + half)) < 1e-9);
        // r² = Sxy² / (Sxx Syy) = 400 / (800/3 × 2) = 0.75: not weak.
        QCOMPARE(estimates[0][QStringLiteral("weak_fit")].toBool(), false);

        // 50 tokens lies outside the fitted 10 … 30: a warning on stderr.
        const Run outside = attriscope({QStringLiteral("estimate"), QStringLiteral("--prompts"), QStringLiteral("1"),
                                        QStringLiteral("--tokens"), QStringLiteral("50"), fixture("report_fixture.json")});
        QCOMPARE(outside.exitCode, 0);
        QVERIFY(outside.err.contains("outside"));
        QCOMPARE(QJsonDocument::fromJson(outside.out)[QStringLiteral("estimates")][0][QStringLiteral("outside_fitted_range")].toBool(),
                 true);
        QCOMPARE(attriscope({QStringLiteral("estimate"), fixture("report_fixture.json")}).exitCode, 1);
    }

    void reportCarriesFitAndInterval()
    {
        const Run run = attriscope({QStringLiteral("report"), fixture("compare_baseline.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject a = group(QJsonDocument::fromJson(run.out).object(), "a");
        // n = 10: j = 1, k = 10 -> [x(1), x(10)] = [1.0, 1.9]
        QCOMPARE(a[QStringLiteral("median_ci95")].toArray(), (QJsonArray{1.0, 1.9}));
        // Every prompt has 20 tokens: no spread, no fit.
        QVERIFY(a[QStringLiteral("fit")].isNull());
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
