// SPDX-License-Identifier: GPL-3.0-or-later
// The numeric building blocks of compare, the cost model and the median
// interval, checked against values worked out by hand (and, where noted,
// confirmed with scipy / numpy).
#include "statistics.h"

#include <QTest>

#include <cmath>
#include <vector>

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mannWhitneyNoTies()
    {
        // x all below y: R1 = 15, U1 = 15 - 15 = 0, U = max(0, 25) = 25, mu = 12.5,
        // var = 25/12 * 11, z = (25 - 12.5 - 0.5) / sqrt(var) = 2.50672, p = erfc(z / sqrt 2)
        // (scipy: statistic 0.0, p 0.012185780355344813)
        const std::vector<double> x{1, 2, 3, 4, 5}, y{6, 7, 8, 9, 10};
        const auto r = Statistics::mannWhitneyU(x, y);
        QCOMPARE(r.u, 0.0);
        QCOMPARE(r.p, std::erfc(12.0 / std::sqrt(25.0 / 12 * 11) / std::sqrt(2.0)));
        QVERIFY(std::abs(r.p - 0.012185780355344813) < 1e-15);
        // Symmetric: swapping the samples keeps p.
        QCOMPARE(Statistics::mannWhitneyU(y, x).p, r.p);
    }

    void mannWhitneyWithTies()
    {
        // Combined ranks: 1 -> 1; the three 2s -> 3; the two 3s -> 5.5; 4 -> 7; the three 5s -> 9;
        // the two 6s -> 11.5. R1 = 1 + 3 + 3 + 5.5 + 9 + 9 = 30.5, U1 = 30.5 - 21 = 9.5, U = 26.5.
        // Tie term: (27 - 3) + (8 - 2) + (27 - 3) + (8 - 2) = 60;
        // var = 36/12 * (13 - 60 / (12 * 11)); z = (26.5 - 18 - 0.5) / sqrt(var).
        // (scipy: statistic 9.5, p 0.192224811362398)
        const std::vector<double> x{1, 2, 2, 3, 5, 5}, y{2, 3, 4, 5, 6, 6};
        const auto r = Statistics::mannWhitneyU(x, y);
        QCOMPARE(r.u, 9.5);
        const double var = 3.0 * (13.0 - 60.0 / 132.0);
        QCOMPARE(r.p, std::erfc(8.0 / std::sqrt(var) / std::sqrt(2.0)));
        QVERIFY(std::abs(r.p - 0.192224811362398) < 1e-14);
    }

    void mannWhitneyAllTied()
    {
        // No variance at all: scipy gives p = 1.
        const std::vector<double> x{1, 1, 1}, y{1, 1, 1};
        QCOMPARE(Statistics::mannWhitneyU(x, y).p, 1.0);
    }

    void linearFit()
    {
        // mean x 25, mean y 2.55; Sxx = 500, Sxy = 52 -> slope 0.104, intercept 2.55 - 2.6 = -0.05.
        // Residuals 0.01, 0.07, -0.17, 0.09: SSres = 0.042, SStot = 5.45, R² = 1 - 0.042 / 5.45.
        const std::vector<double> x{10, 20, 30, 40}, y{1.0, 2.1, 2.9, 4.2};
        const auto fit = Statistics::fitLine(x, y);
        QVERIFY(fit.valid);
        QCOMPARE(fit.slope, 0.104);
        QVERIFY(std::abs(fit.intercept - -0.05) < 1e-12);
        QVERIFY(std::abs(fit.r2 - (1 - 0.042 / 5.45)) < 1e-12);
        QCOMPARE(fit.n, 4);
        QCOMPARE(fit.minX, 10.0);
        QCOMPARE(fit.maxX, 40.0);
        // What a prediction interval needs: x̄, Sxx and the residual sum of squares.
        QCOMPARE(fit.meanX, 25.0);
        QCOMPARE(fit.sxx, 500.0);
        QVERIFY(std::abs(fit.rss - 0.042) < 1e-12);
    }

    void studentT()
    {
        // Closed forms: one degree of freedom is Cauchy, t = tan(π (p - 1/2));
        // two give t = (2p - 1) / sqrt(2 p (1 - p)).
        QVERIFY(std::abs(Statistics::studentTQuantile(0.975, 1) - std::tan(M_PI * 0.475)) < 1e-9);
        QVERIFY(std::abs(Statistics::studentTQuantile(0.975, 2) - 0.95 / std::sqrt(2 * 0.975 * 0.025)) < 1e-12);
        QVERIFY(std::abs(Statistics::studentTQuantile(0.5, 7)) < 1e-12);
        // Many degrees of freedom approach the normal quantile 1.959964.
        QVERIFY(std::abs(Statistics::studentTQuantile(0.975, 1e7) - 1.959964) < 1e-5);
        QVERIFY(std::isnan(Statistics::studentTQuantile(0.975, 0)));
        QVERIFY(std::isnan(Statistics::studentTQuantile(1.0, 3)));
    }

    void linearFitNeedsThreePointsAndSpread()
    {
        QVERIFY(!Statistics::fitLine(std::vector<double>{1, 2}, std::vector<double>{1, 2}).valid);
        QVERIFY(!Statistics::fitLine(std::vector<double>{5, 5, 5}, std::vector<double>{1, 2, 3}).valid);
        // NaN pairs are left out: only two usable points remain.
        QVERIFY(!Statistics::fitLine(std::vector<double>{1, 2, NAN}, std::vector<double>{1, 2, 3}).valid);
    }

    void medianInterval_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        // Values 1..n, so x(i) = i. j = max(1, floor(n/2 - 0.98 sqrt n)), k = min(n, ceil(1 + n/2 + 0.98 sqrt n)).
        QTest::newRow("n=6") << 6 << 1.0 << 6.0;     // 0.98 sqrt 6 = 2.40: j = max(1, 0), k = min(6, 7)
        QTest::newRow("n=10") << 10 << 1.0 << 10.0;  // 3.099: j = floor(1.90) = 1, k = ceil(9.10) = 10
        QTest::newRow("n=20") << 20 << 5.0 << 16.0;  // 4.383: j = floor(5.62) = 5, k = ceil(15.38) = 16
        QTest::newRow("n=100") << 100 << 40.0 << 61.0; // 9.8: j = floor(40.2) = 40, k = ceil(60.8) = 61
    }

    void medianInterval()
    {
        QFETCH(int, n);
        QFETCH(double, lo);
        QFETCH(double, hi);
        std::vector<double> values(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            values[std::size_t(i)] = i + 1;
        double a = 0, b = 0;
        QVERIFY(Statistics::medianCi95(values, &a, &b));
        QCOMPARE(a, lo);
        QCOMPARE(b, hi);
    }

    void medianIntervalNeedsSix()
    {
        const std::vector<double> values{1, 2, 3, 4, 5};
        double a = 0, b = 0;
        QVERIFY(!Statistics::medianCi95(values, &a, &b));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
