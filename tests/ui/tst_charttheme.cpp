// SPDX-License-Identifier: GPL-3.0-or-later
// Charts follow the palette (issue #13, item 8): a flat background in the
// theme's colour (no stock gradient), axis text with WCAG contrast against it,
// chart fonts from the application font; `--theme` parsing; a dark export is
// dark to the corner.

#include "apptheme.h"
#include "boxplotchart.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "mainwindow.h"
#include "scalingtab.h"
#include "sessionsettings.h"
#include "toneframe.h"

#include "dataset.h"
#include "sourceloader.h"

#include <QAbstractAxis>
#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QApplication>
#include <QChart>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// WCAG 2 relative luminance and contrast ratio, written out here.
double channel(int v)
{
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

BoxPlotData twoBoxes()
{
    BoxPlotData d;
    d.title = QStringLiteral("Boxes");
    d.valueTitle = QStringLiteral("Time (s)");
    d.categories = {QStringLiteral("A"), QStringLiteral("B")};
    d.series = {BoxSeriesData{QStringLiteral("x"), QColor(0x00, 0x72, 0xB2),
                              {BoxData{1, 2, 3, 4, 5, {}}, BoxData{2, 3, 4, 5, 6, {}}}}};
    return d;
}

} // namespace

class TestChartTheme : public QObject
{
    Q_OBJECT
private slots:
    void flatBackgroundAndReadableAxes_data();
    void flatBackgroundAndReadableAxes();
    void chartFontsFollowTheApplicationFont();
    void themeNames();
    void darkExportIsDarkToTheCorner();
    void viewThemeMenuSwitchesTheCharts();

private:
    QTemporaryDir m_settingsDir;
};

void TestChartTheme::flatBackgroundAndReadableAxes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestChartTheme::flatBackgroundAndReadableAxes()
{
    QFETCH(bool, dark);
    BoxPlotChart chart;
    chart.resize(600, 400);
    chart.setDarkTheme(dark);
    chart.setChartData(twoBoxes());
    const QBrush background = chart.chart()->backgroundBrush();
    QCOMPARE(background.style(), Qt::SolidPattern); // the stock themes use a gradient
    const QColor expected = dark ? QColor(0x26, 0x26, 0x26) : QColor(Qt::white);
    QCOMPARE(background.color(), expected);
    QVERIFY(dark ? luminance(background.color()) < 0.05 : luminance(background.color()) > 0.9);
    const auto axes = chart.chart()->axes();
    QCOMPARE(axes.size(), 2);
    for (QAbstractAxis *axis : axes) {
        // Text 4.5:1, grid visible but quiet (above 1.2:1, below the text).
        QVERIFY2(contrast(axis->labelsBrush().color(), expected) >= 4.5, qPrintable(axis->labelsBrush().color().name()));
        QVERIFY(contrast(axis->titleBrush().color(), expected) >= 4.5);
        const double grid = contrast(axis->gridLinePen().color(), expected);
        QVERIFY2(grid > 1.2 && grid < 4.5, qPrintable(QString::number(grid)));
    }
    QVERIFY(contrast(chart.chart()->titleBrush().color(), expected) >= 4.5);
}

void TestChartTheme::chartFontsFollowTheApplicationFont()
{
    const QFont saved = QApplication::font();
    QFont big = saved;
    big.setPointSizeF(13);
    QApplication::setFont(big);
    {
        BoxPlotChart chart;
        chart.resize(600, 400);
        chart.setChartData(twoBoxes());
        const auto axes = chart.chart()->axes();
        QVERIFY(!axes.isEmpty());
        for (QAbstractAxis *axis : axes)
            QCOMPARE(axis->labelsFont().pointSizeF(), 13.0);
        QCOMPARE(ChartFactory::titlePointSize(false), 15.0);
        QCOMPARE(ChartFactory::labelPointSize(true), 11.5);
    }
    QApplication::setFont(saved);
    QCOMPARE(ChartFactory::labelPointSize(false), saved.pointSizeF());
}

void TestChartTheme::themeNames()
{
    AppTheme::Mode mode = AppTheme::Mode::Light;
    QVERIFY(AppTheme::parse(QStringLiteral("Dark"), &mode));
    QCOMPARE(mode, AppTheme::Mode::Dark);
    QVERIFY(AppTheme::parse(QStringLiteral(" system "), &mode));
    QCOMPARE(mode, AppTheme::Mode::System);
    QVERIFY(!AppTheme::parse(QStringLiteral("sepia"), &mode));
    QCOMPARE(mode, AppTheme::Mode::System); // untouched on failure
    QVERIFY(ToneFrame::isDark(AppTheme::palette(true)));
    QVERIFY(!ToneFrame::isDark(AppTheme::palette(false)));
    QVERIFY(contrast(AppTheme::palette(true).color(QPalette::Text), AppTheme::palette(true).color(QPalette::Base)) >= 7);
}

void TestChartTheme::darkExportIsDarkToTheCorner()
{
    const LoadResult loaded = loadSourcesBlocking({QStringLiteral(ATTRISCOPE_TEST_DATA "/charts/bars.json")}, LoadOptions{});
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    const DatasetPtr dataset = Dataset::build(loaded.sources);
    std::vector<int> groups(dataset->groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    AppTheme::apply(AppTheme::Mode::Dark);
    QTemporaryDir dir;
    QStringList written;
    QString error;
    QVERIFY2(ChartExporter::exportAllCharts(dataset, groups, dir.path(), ChartExporter::Format::Png, QSize(800, 500), false,
                                            &written, &error),
             qPrintable(error));
    AppTheme::apply(AppTheme::Mode::System);
    QVERIFY(!written.isEmpty());
    for (const QString &name : {QStringLiteral("performance.png"), QStringLiteral("models.png")}) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        // The frame of the picture (its outer 3 pixels) is dark and not blue:
        // no white page, no stock gradient. Text may touch it, so 95 % suffice.
        int pixels = 0, dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (x >= 3 && y >= 3 && x < image.width() - 3 && y < image.height() - 3)
                    continue;
                const QColor pixel = image.pixelColor(x, y);
                ++pixels;
                if (luminance(pixel) < 0.05 && std::abs(pixel.blue() - pixel.red()) < 12)
                    ++dark;
            }
        }
        QVERIFY2(dark >= pixels * 95 / 100, qPrintable(QStringLiteral("%1: %2 of %3").arg(name).arg(dark).arg(pixels)));
    }
}

void TestChartTheme::viewThemeMenuSwitchesTheCharts()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_charttheme"));
    QSettings().clear();
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QAction *dark = nullptr;
    QAction *system = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->data().toString() == QLatin1String("dark"))
            dark = action;
        else if (action->data().toString() == QLatin1String("system"))
            system = action;
    }
    QVERIFY(dark && system);
    QVERIFY(system->isChecked()); // nothing chosen yet
    auto *scaling = window.findChild<ScalingTab *>(); // a Qt Charts tab
    QVERIFY(scaling);
    QChart *chart = scaling->chart();
    QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
    dark->trigger();
    QTRY_COMPARE(chart->backgroundBrush().color(), QColor(0x26, 0x26, 0x26));
    QVERIFY(ToneFrame::isDark(QApplication::palette()));
    QCOMPARE(SessionSettings::theme(), AppTheme::Mode::Dark); // remembered for the next start
    system->trigger();
    QTRY_COMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(SessionSettings::theme(), AppTheme::Mode::System);
}

QTEST_MAIN(TestChartTheme)
#include "tst_charttheme.moc"
