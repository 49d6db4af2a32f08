// SPDX-License-Identifier: GPL-3.0-or-later
// The Performance and Hardware dot plots on the 30 models × 20 methods × 5
// hardware sweep (tests/sweepfixture.h): every row and hardware in full, one
// axis for every panel, no page, sort and highlight, SVG export.
#include "../sweepfixture.h"

#include "chartexporter.h"
#include "chartfactory.h"
#include "dataset.h"
#include "dotplot.h"
#include "labelcache.h"
#include "hardwaretab.h"
#include "namecolors.h"
#include "overviewtab.h"
#include "performancetab.h"

#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QLayout>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr int kPrompts = 3;

/// The sweep with kPrompts prompts a group, straight from SweepFixture::time().
DatasetPtr sweep()
{
    auto source = std::make_shared<SourceData>();
    source->name = QStringLiteral("sweep");
    const std::uint32_t cuda = source->strings.intern(std::string_view("CUDA"));
    const std::uint32_t cpu = source->strings.intern(std::string_view("CPU"));
    const QStringList models = SweepFixture::models();
    const QStringList methods = SweepFixture::methods();
    const QStringList hardware = SweepFixture::hardware();
    std::int64_t line = 1;
    for (int i = 0; i < models.size(); ++i) {
        for (int j = 0; j < methods.size(); ++j) {
            for (int h = 0; h < hardware.size(); ++h) {
                for (int p = 0; p < kPrompts; ++p) {
                    source->prompts.append(source->strings.intern(std::string_view(models[i].toStdString())),
                                           source->strings.intern(std::string_view(methods[j].toStdString())),
                                           source->strings.intern(std::string_view(hardware[h].toStdString())),
                                           h == 4 ? cpu : cuda, SweepFixture::time(i, j, h, p),
                                           SweepFixture::tokens(p), qQNaN(), qQNaN(), true, "a prompt", "p", line++);
                }
            }
        }
    }
    source->finalize();
    return Dataset::build({source});
}

std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    return groups;
}

/// Mean time of a group by hand: the prompts' factors (1 + p/10) average to 1.1 for 3 prompts.
double meanTime(int model, int method, int hardware)
{
    double sum = 0;
    for (int p = 0; p < kPrompts; ++p)
        sum += SweepFixture::time(model, method, hardware, p);
    return sum / kPrompts;
}

template<typename Tab>
void showAt(Tab &tab, QSize size)
{
    tab.setAttribute(Qt::WA_DontShowOnScreen);
    tab.resize(size);
    tab.show();
    tab.layout()->activate();
    QCoreApplication::sendPostedEvents();
}

/// Every row label and panel header of `plot` drawn in full inside its rect.
void checkLabelsInFull(const DotPlot *plot, const QStringList &rows)
{
    const DotPlot::Layout layout = plot->currentLayout();
    QCOMPARE(plot->data().rows, rows);
    QVERIFY2(!plot->scrolls(), "the rows must fit the window");
    QFont rowFont = plot->font();
    rowFont.setPointSizeF(layout.labelPointSize);
    const QFontMetricsF rowMetrics(rowFont);
    for (int r = 0; r < rows.size(); ++r) {
        const QRectF rect = layout.rowLabel(r);
        QVERIFY2(rowMetrics.horizontalAdvance(rows[r]) <= rect.width(), qPrintable(rows[r]));
        QVERIFY2(rowMetrics.height() <= rect.height() + 2, qPrintable(rows[r]));
        QVERIFY2(rect.bottom() <= layout.rowsViewport.bottom() + 0.5, qPrintable(rows[r]));
    }
    QFont headerFont = rowFont;
    headerFont.setPointSizeF(layout.labelPointSize);
    headerFont.setBold(true);
    const QFontMetricsF headerMetrics(headerFont);
    for (int p = 0; p < plot->data().panels.size(); ++p) {
        const QString &name = plot->data().panels[p];
        if (name.isEmpty())
            continue;
        const QRectF rect = layout.panelHeaders.at(p);
        const QRectF needed = headerMetrics.boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, name);
        QVERIFY2(needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5, qPrintable(name));
    }
}

QString svgOf(ChartTab *tab, QSize size)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    if (!ChartExporter::exportChart(tab, path, ChartExporter::Format::Svg, size, 1.0, &error))
        return QStringLiteral("error: ") + error;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestDotPlot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void performanceShowsTheWholeSweep_data();
    void performanceShowsTheWholeSweep();
    void performanceSortsRowsByPerformance();
    void highlightedNamesKeepTheirColour();
    void defaultHighlightIsTheFiveFastest();
    void hardwareShowsEveryModelAndMachine_data();
    void hardwareShowsEveryModelAndMachine();
    void hardwareSortsBySpeedUp();
    void svgExportNamesEveryModel_data();
    void svgExportNamesEveryModel();
    void rowsThatDoNotFitScrollUnderAFixedAxis();
    void compactLabelsStayReadable();
    void labelCacheShapesOnce();

private:
    DatasetPtr m_sweep;
    std::shared_ptr<NameColors> m_colors;
};

void TestDotPlot::initTestCase()
{
    m_sweep = sweep();
    QCOMPARE(m_sweep->models().size(), 30);
    QCOMPARE(m_sweep->methods().size(), 20);
    QCOMPARE(m_sweep->hardware().size(), 5);
    m_colors = std::make_shared<NameColors>();
    m_colors->addDataset(*m_sweep);
}

void TestDotPlot::performanceShowsTheWholeSweep_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

void TestDotPlot::performanceShowsTheWholeSweep()
{
    QFETCH(QSize, size);
    PerformanceTab tab;
    showAt(tab, size);
    tab.setData(m_sweep, allGroups(*m_sweep));
    const DotPlot *plot = tab.dotPlot();

    QStringList models = SweepFixture::models();
    models.sort(); // alphabetical rows (case-sensitive, as Dataset sorts names)
    checkLabelsInFull(plot, models);
    QStringList hardware = SweepFixture::hardware();
    hardware.sort();
    QCOMPARE(plot->data().panels, hardware); // every machine side by side, in full
    QCOMPARE(plot->data().dots.size(), 30 * 20 * 5);
    QCOMPARE(plot->data().series.size(), 20);

    // One axis for every panel, spanning the smallest and the largest mean by hand:
    // attention (0.01) on the H200 (0.3) for the first model, shapley_value_sampling
    // (100) on the Xeon (12) for the thirtieth (1 + 29/10).
    double low = qInf(), high = 0;
    for (int i = 0; i < 30; ++i)
        for (int j = 0; j < 20; ++j)
            for (int h = 0; h < 5; ++h) {
                low = std::min(low, meanTime(i, j, h));
                high = std::max(high, meanTime(i, j, h));
            }
    QVERIFY(std::abs(low - 0.01 * 0.3 * 1.1) < 1e-12);
    QVERIFY(std::abs(high - 100 * 12 * 3.9 * 1.1) < 1e-9);
    QVERIFY(tab.logScale()); // automatic: the values span more than 10×
    QVERIFY(plot->data().log);
    QVERIFY2(plot->axisMin() <= low && plot->axisMin() > low / 10, qPrintable(QString::number(plot->axisMin())));
    QVERIFY2(plot->axisMax() >= high && plot->axisMax() < high * 10, qPrintable(QString::number(plot->axisMax())));

    QVERIFY(!plot->data().title.contains(QStringLiteral(" of ")));
    QVERIFY(!plot->data().title.contains(QChar(0x2013))); // no "1–7"

    // The linear choice keeps the one range; the dots stay where the values say.
    tab.setScale(PerformanceTab::Scale::Linear);
    QVERIFY(!plot->data().log);
    QCOMPARE(plot->axisMin(), 0.0);
    QVERIFY(plot->axisMax() >= high);
}

void TestDotPlot::performanceSortsRowsByPerformance()
{
    PerformanceTab tab;
    showAt(tab, QSize(1280, 800));
    tab.setData(m_sweep, allGroups(*m_sweep));
    tab.setSort(PerformanceTab::Sort::Performance);
    // Every time of model i carries the factor (1 + i/10): the fixture's order is fastest first.
    QCOMPARE(tab.dotPlot()->data().rows, SweepFixture::models());
    // Tokens/s: the same order, now best = highest rate.
    tab.setMetric(PerformanceTab::Metric::TokensPerSecond);
    QCOMPARE(tab.dotPlot()->data().rows, SweepFixture::models());
    // By method: methodCost() orders them; guided_backprop and deconvolution tie (0.1)
    // and keep name order.
    tab.setMetric(PerformanceTab::Metric::MeanTime);
    tab.setGroupBy(PerformanceTab::GroupBy::Method);
    QStringList methods = SweepFixture::methods();
    std::vector<int> order(20);
    for (int j = 0; j < 20; ++j)
        order[std::size_t(j)] = j;
    std::stable_sort(order.begin(), order.end(), [&methods](int a, int b) {
        if (SweepFixture::methodCost(a) != SweepFixture::methodCost(b))
            return SweepFixture::methodCost(a) < SweepFixture::methodCost(b);
        return methods[a] < methods[b];
    });
    QStringList expected;
    for (int j : order)
        expected.append(methods[j]);
    QCOMPARE(tab.dotPlot()->data().rows, expected);
    QCOMPARE(tab.dotPlot()->data().series.size(), 30); // a dot per model
}

void TestDotPlot::highlightedNamesKeepTheirColour()
{
    PerformanceTab tab;
    tab.setNameColors(m_colors);
    showAt(tab, QSize(1920, 1080));
    tab.setData(m_sweep, allGroups(*m_sweep));
    const QString attention = QStringLiteral("attention");
    const QString shapley = QStringLiteral("shapley_value_sampling");
    tab.setHighlighted({attention});
    DotPlot *plot = tab.dotPlot();
    const DotPlotData &data = plot->data();
    const auto seriesOf = [&data](const QString &name) {
        for (int s = 0; s < data.series.size(); ++s)
            if (data.series[s].name == name)
                return s;
        return -1;
    };
    const int attentionSeries = seriesOf(attention);
    const int shapleySeries = seriesOf(shapley);
    QVERIFY(attentionSeries >= 0 && shapleySeries >= 0);
    QVERIFY(plot->isColoured(attentionSeries));
    QVERIFY(!plot->isColoured(shapleySeries));
    QCOMPARE(data.series[attentionSeries].color, m_colors->color(Dimension::Method, attention));
    // The legend names the coloured one; one entry stands for the 19 grey ones.
    QVERIFY(!plot->currentLayout().legend[attentionSeries].isEmpty());
    QVERIFY(plot->currentLayout().legend[shapleySeries].isEmpty());
    QVERIFY(!plot->currentLayout().others.isEmpty());

    // The picture: the dot's centre pixel has the session colour, or grey.
    const QImage image = plot->grab().toImage();
    const DotPlot::Layout layout = plot->currentLayout();
    const auto pixelOfDot = [&](int series) {
        for (int i = 0; i < data.dots.size(); ++i) {
            if (data.dots[i].series == series && data.dots[i].row == 0 && data.dots[i].panel == 0)
                return image.pixelColor(plot->dotCentre(layout, i).toPoint());
        }
        return QColor();
    };
    QCOMPARE(pixelOfDot(attentionSeries).rgb(), m_colors->color(Dimension::Method, attention).rgb());
    const QColor grey = pixelOfDot(shapleySeries);
    QCOMPARE(grey.saturation(), 0);
    QVERIFY(grey.rgb() != m_colors->color(Dimension::Method, shapley).rgb());

    // Highlighting shapley colours it in its own session colour.
    tab.setHighlighted({attention, shapley});
    QVERIFY(plot->isColoured(shapleySeries));
    const QImage again = plot->grab().toImage();
    for (int i = 0; i < data.dots.size(); ++i) {
        if (data.dots[i].series == shapleySeries && data.dots[i].row == 0 && data.dots[i].panel == 0)
            QCOMPARE(again.pixelColor(plot->dotCentre(layout, i).toPoint()).rgb(), m_colors->color(Dimension::Method, shapley).rgb());
    }
}

// Every sweep time is methodCost × factors shared by all methods, so the
// methods' geometric means rank as their costs: the five cheapest, the tie at
// 0.1 (deconvolution, guided_backprop) in name order.
void TestDotPlot::defaultHighlightIsTheFiveFastest()
{
    QList<std::pair<double, QString>> byCost;
    for (int m = 0; m < SweepFixture::methods().size(); ++m)
        byCost.append({SweepFixture::methodCost(m), SweepFixture::methods().at(m)});
    std::sort(byCost.begin(), byCost.end());
    QStringList fastest;
    for (int i = 0; i < 5; ++i)
        fastest.append(byCost[i].second);
    QCOMPARE(fastest.last(), QStringLiteral("deconvolution"));

    PerformanceTab tab;
    tab.setNameColors(m_colors);
    showAt(tab, QSize(1920, 1080));
    tab.setData(m_sweep, allGroups(*m_sweep));
    QStringList highlighted = tab.dotPlot()->highlighted();
    QCOMPARE(highlighted, fastest);
    // Throughput: higher is better, the same five.
    tab.setMetric(GroupedBarModel::Metric::TokensPerSecond);
    QCOMPARE(tab.dotPlot()->highlighted(), fastest);
}

void TestDotPlot::hardwareShowsEveryModelAndMachine_data()
{
    performanceShowsTheWholeSweep_data();
}

void TestDotPlot::hardwareShowsEveryModelAndMachine()
{
    QFETCH(QSize, size);
    HardwareTab tab;
    tab.setNameColors(m_colors);
    showAt(tab, size);
    tab.setData(m_sweep, allGroups(*m_sweep));
    const DotPlot *plot = tab.dotPlot();
    QStringList models = SweepFixture::models();
    models.sort();
    checkLabelsInFull(plot, models);
    QCOMPARE(plot->data().dots.size(), 30 * 5);
    QVERIFY(plot->data().log);
    QVERIFY(!plot->data().title.contains(QStringLiteral(" of ")));

    // Every machine named in full in the legend, in its session colour.
    const DotPlot::Layout layout = plot->currentLayout();
    QFont legendFont = plot->font();
    legendFont.setPointSizeF(layout.labelPointSize);
    QCOMPARE(plot->data().series.size(), 5);
    for (int s = 0; s < 5; ++s) {
        const DotPlotData::Series &series = plot->data().series[s];
        QVERIFY(plot->isColoured(s));
        QCOMPARE(series.color, m_colors->color(Dimension::Hardware, series.name));
        QVERIFY2(layout.legend[s].width() >= QFontMetricsF(legendFont).horizontalAdvance(series.name), qPrintable(series.name));
        QVERIFY(layout.legend[s].right() <= size.width());
    }

    // Speed-ups: every method scales alike, so for every model the H200 (0.3)
    // is fastest, and the ratios are the hardware factors: A100 0.5/0.3, L4 0.8/0.3,
    // T4 1.0/0.3, Xeon 12/0.3 = 40.
    QCOMPARE(tab.speedUpTable()->rowCount(), 30 * (2 + 4)); // name, fastest, 4 others
    const auto &speedUps = tab.model()->speedUps();
    QCOMPARE(int(speedUps.size()), 30 * 4);
    for (const HardwareModel::SpeedUp &speedUp : speedUps) {
        QCOMPARE(speedUp.fastest, QStringLiteral("NVIDIA H200"));
        const int h = int(SweepFixture::hardware().indexOf(speedUp.slowest));
        QVERIFY(h >= 0);
        QVERIFY(std::abs(speedUp.ratio - SweepFixture::hardwareFactor(h) / 0.3) < 1e-9);
    }
    QCOMPARE(tab.speedUpTable()->item(1, 1)->text(), QStringLiteral("NVIDIA H200"));
}

void TestDotPlot::hardwareSortsBySpeedUp()
{
    // Without the Xeon for every second model of the fixture's list, those
    // models' largest speed-up is the T4's 1.0 / 0.3 ≈ 3.3×, the others' the
    // Xeon's 12 / 0.3 = 40×: by speed-up the others come first, each part by name.
    const QStringList fixtureModels = SweepFixture::models();
    const QString xeon = SweepFixture::hardware().at(4);
    std::vector<int> groups;
    QStringList withXeon, withoutXeon;
    for (int i = 0; i < 30; ++i)
        (i % 2 == 0 ? withoutXeon : withXeon).append(fixtureModels[i]);
    for (std::size_t g = 0; g < m_sweep->groups().size(); ++g) {
        const GroupStats &stats = m_sweep->groups()[g];
        if (withoutXeon.contains(m_sweep->models().at(stats.model)) && m_sweep->hardware().at(stats.hardware) == xeon)
            continue;
        groups.push_back(int(g));
    }
    withXeon.sort();
    withoutXeon.sort();
    HardwareTab tab;
    showAt(tab, QSize(1280, 800));
    tab.setData(m_sweep, groups);
    tab.setSort(HardwareTab::Sort::SpeedUp);
    QCOMPARE(tab.dotPlot()->data().rows, withXeon + withoutXeon);
    QCOMPARE(tab.speedUpTable()->item(0, 0)->text(), withXeon.first());
    tab.setSort(HardwareTab::Sort::Name);
    QStringList all = fixtureModels;
    all.sort();
    QCOMPARE(tab.dotPlot()->data().rows, all);
}

void TestDotPlot::svgExportNamesEveryModel_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("size");
    for (const QString &chart : {QStringLiteral("performance"), QStringLiteral("hardware")}) {
        QTest::newRow(qPrintable(chart + QStringLiteral(" 1280x800"))) << chart << QSize(1280, 800);
        QTest::newRow(qPrintable(chart + QStringLiteral(" 1920x1080"))) << chart << QSize(1920, 1080);
        // Smaller than the rows need on screen: the export fits them, never pages.
        QTest::newRow(qPrintable(chart + QStringLiteral(" 1280x500"))) << chart << QSize(1280, 500);
    }
}

void TestDotPlot::svgExportNamesEveryModel()
{
    QFETCH(QString, chart);
    QFETCH(QSize, size);
    std::unique_ptr<ChartTab> tab;
    if (chart == QLatin1String("performance"))
        tab = std::make_unique<PerformanceTab>();
    else
        tab = std::make_unique<HardwareTab>();
    tab->setAttribute(Qt::WA_DontShowOnScreen);
    tab->resize(size);
    tab->show();
    tab->setData(m_sweep, allGroups(*m_sweep));
    const QString svg = svgOf(tab.get(), size);
    QVERIFY2(!svg.startsWith(QStringLiteral("error")), qPrintable(svg));
    // QSvgGenerator writes drawn text as <text> elements: each name whole, between tags.
    for (const QString &model : SweepFixture::models())
        QVERIFY2(svg.contains(QLatin1Char('>') + model.toHtmlEscaped() + QLatin1Char('<')), qPrintable(model));
    if (chart == QLatin1String("performance")) {
        for (const QString &method : SweepFixture::methods())
            QVERIFY2(svg.contains(QLatin1Char('>') + method + QLatin1Char('<')), qPrintable(method));
    }
    QVERIFY(!svg.contains(QStringLiteral(" of 150")));
    if (chart == QLatin1String("hardware")) {
        // The speed-up table is in the picture, a column per machine: every sweep
        // time has the factor of its hardware, so per model the H200 (0.3) is
        // fastest and the others take 0.5 / 0.3, 0.8 / 0.3, 1 / 0.3 and 12 / 0.3 its time.
        const QStringList hardware = SweepFixture::hardware();
        for (const QString &name : hardware) {
            const double ratio = SweepFixture::hardwareFactor(int(hardware.indexOf(name))) / SweepFixture::hardwareFactor(1);
            const QString cell = ratio == 1 ? QStringLiteral("fastest") : QString::number(ratio, 'g', 3) + QStringLiteral("×");
            QCOMPARE(svg.count(QLatin1Char('>') + cell + QLatin1Char('<')), SweepFixture::models().size());
        }
    }
}

void TestDotPlot::rowsThatDoNotFitScrollUnderAFixedAxis()
{
    PerformanceTab tab;
    showAt(tab, QSize(1280, 360));
    tab.setData(m_sweep, allGroups(*m_sweep));
    DotPlot *plot = tab.dotPlot();
    QVERIFY(plot->scrolls());
    const DotPlot::Layout layout = plot->currentLayout();
    // Every row still there (no page), the axis right under the visible rows, inside the widget.
    QCOMPARE(plot->data().rows.size(), 30);
    QVERIFY(layout.contentHeight > layout.rowsViewport.height());
    QVERIFY(layout.axis.bottom() <= plot->height() + 0.5);
    QCOMPARE(layout.axis.top(), layout.rowsViewport.bottom());
}

// The Overview's compact dot plots of the sweep (30 models) at 1280×800: the
// rows are thinner than a 7 pt line, so every labelStep-th row is named, in
// full, at 7 pt or more, and no two labels overlap (they were all there at
// about 4.5 pt, too small to read).
void TestDotPlot::compactLabelsStayReadable()
{
    OverviewTab overview;
    overview.setNameColors(m_colors);
    showAt(overview, QSize(1280 - 280, 800 - 250)); // the window's tab area at 1280×800
    overview.setData(m_sweep, allGroups(*m_sweep));
    QCoreApplication::processEvents();
    for (DotPlot *plot : {overview.performanceTab()->dotPlot(), overview.hardwareTab()->dotPlot()}) {
        const DotPlot::Layout layout = plot->currentLayout();
        QCOMPARE(plot->data().rows.size(), 30);
        QVERIFY2(layout.labelPointSize >= DotPlot::kMinCompactPointSize, qPrintable(QString::number(layout.labelPointSize)));
        QFont font = plot->font();
        font.setPointSizeF(layout.labelPointSize);
        const QFontMetricsF metrics(font);
        QVERIFY(layout.labelStep >= 2);
        QVERIFY(layout.labelStep * layout.rowHeight >= metrics.height() - 0.01);
        qreal lastBottom = -1e9;
        for (int r = 0; r < plot->data().rows.size(); r += layout.labelStep) {
            const QRectF rect = layout.labelRect(r, metrics.height());
            QVERIFY2(metrics.horizontalAdvance(plot->data().rows[r]) <= rect.width(), qPrintable(plot->data().rows[r]));
            QVERIFY2(rect.top() >= lastBottom - 0.01, qPrintable(plot->data().rows[r]));
            lastBottom = rect.bottom();
        }
        // The axis title is whole (it was cut at both ends under the compact hardware plot).
        QFont base = plot->font();
        base.setPointSizeF(ChartFactory::labelPointSize(true));
        QVERIFY2(QFontMetricsF(base).horizontalAdvance(layout.axisTitleText) <= layout.axisTitle.width(),
                 qPrintable(layout.axisTitleText));
        QVERIFY(layout.axisTitleText.startsWith(plot->data().valueTitle));
    }
}

void TestDotPlot::labelCacheShapesOnce()
{
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    const QFontMetricsF fm(font);
    const QString name = QStringLiteral("layer_gradient_x_activation");
    LabelCache cache;
    // Whole: the text as it is, as wide as the font says.
    const QStaticText &whole = cache.label(font, name);
    QCOMPARE(whole.text(), name);
    QVERIFY(std::abs(whole.size().width() - fm.horizontalAdvance(name)) < 1.0);
    QCOMPARE(cache.size(), 1);
    cache.label(font, name);
    QCOMPARE(cache.size(), 1); // the same label again: not shaped again
    // Elided to half its width, as QFontMetricsF elides it.
    const int half = int(fm.horizontalAdvance(name) / 2);
    const QStaticText &elided = cache.label(font, name, half, Qt::ElideMiddle);
    QCOMPARE(elided.text(), fm.elidedText(name, Qt::ElideMiddle, half));
    QVERIFY(elided.text().contains(QChar(0x2026)));
    QVERIFY(elided.size().width() <= half + 0.5);
    QCOMPARE(cache.size(), 2);
    // Another font is another label.
    QFont bold = font;
    bold.setBold(true);
    cache.label(bold, name);
    QCOMPARE(cache.size(), 3);

    // Drawn right-aligned and vertically centred in its rectangle: ink only
    // inside it, and reaching its right end.
    QImage image(400, 60, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(font);
        painter.setPen(Qt::black);
        cache.draw(&painter, QRectF(100, 10, 250, 40), Qt::AlignRight, name);
    }
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    QVERIFY(right >= 0);
    QVERIFY2(left >= 100 && right < 350 && right > 340, qPrintable(QStringLiteral("%1..%2").arg(left).arg(right)));
    QVERIFY2(top >= 10 && bottom < 50, qPrintable(QStringLiteral("%1..%2").arg(top).arg(bottom)));
    const double inkMiddle = (top + bottom) / 2.0;
    QVERIFY2(std::abs(inkMiddle - 30) < fm.height() / 3, qPrintable(QString::number(inkMiddle)));
}

QTEST_MAIN(TestDotPlot)
#include "tst_dotplot.moc"
