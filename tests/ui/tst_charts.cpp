// SPDX-License-Identifier: GPL-3.0-or-later
// The chart tabs, the heatmap model and chart export, on a hand-written dataset.
#include "boxplotchart.h"
#include "chartexporter.h"
#include "chartfactory.h"
#include "comparetab.h"
#include "dotplot.h"
#include "charttabs.h"
#include "emptystatestack.h"
#include "hardwaretab.h"
#include "heatmapmodel.h"
#include "heatmaptab.h"
#include "heatmapview.h"
#include "methodstab.h"
#include "modelstab.h"
#include "wrappedtext.h"
#include "namecolors.h"
#include "overviewtab.h"
#include "performancetab.h"
#include "timingroles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include "boxlayer.h"
#include "legendlayer.h"
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QLabel>
#include <QLogValueAxis>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace {

const QString kT4 = QStringLiteral("Tesla T4");
const QString kH200 = QStringLiteral("NVIDIA H200");

struct Row
{
    const char *model;
    const char *method;
    const char *gpu;
    double time;
    double tokens;
    bool success = true;
};

/// The fixture. Tokens/s is not stated, so each rate is tokens / time:
///   BART/attention/T4:   1 s, 2 s, 4 s at 20 tokens -> rates 20, 10, 5: mean 35/3, median 10
///   BART/attention/H200: 0.5 s at 20 and 30 tokens  -> rates 40, 60:   mean 50, median 50
///   BART/lime/T4:        10 s, 20 s at 20 tokens    -> rates 2, 1
///   GPT-2/attention/T4:  0.2 s at 10, 20, 30 tokens -> rates 50, 100, 150
///   GPT-2/lime/H200:     4 s at 20 tokens
///   Llama/attention/T4:  3 s at 15 tokens
///   Zeta/saliency/T4:    one failed row: a group without any time
DatasetPtr fixture()
{
    const Row rows[] = {
        {"BART", "attention", "Tesla T4", 1.0, 20},   {"BART", "attention", "Tesla T4", 2.0, 20},
        {"BART", "attention", "Tesla T4", 4.0, 20},   {"BART", "attention", "NVIDIA H200", 0.5, 20},
        {"BART", "attention", "NVIDIA H200", 0.5, 30}, {"BART", "lime", "Tesla T4", 10.0, 20},
        {"BART", "lime", "Tesla T4", 20.0, 20},       {"GPT-2", "attention", "Tesla T4", 0.2, 10},
        {"GPT-2", "attention", "Tesla T4", 0.2, 20},  {"GPT-2", "attention", "Tesla T4", 0.2, 30},
        {"GPT-2", "lime", "NVIDIA H200", 4.0, 20},    {"Llama", "attention", "Tesla T4", 3.0, 15},
        {"Zeta", "saliency", "Tesla T4", qQNaN(), 12, false},
    };
    auto source = std::make_shared<SourceData>();
    source->name = QStringLiteral("fixture");
    const std::uint32_t device = source->strings.intern(std::string_view("cuda"));
    std::int64_t line = 1;
    for (const Row &row : rows) {
        source->prompts.append(source->strings.intern(std::string_view(row.model)),
                               source->strings.intern(std::string_view(row.method)),
                               source->strings.intern(std::string_view(row.gpu)), device, row.time, row.tokens, qQNaN(),
                               qQNaN(), row.success, "a prompt", "p", line++);
    }
    MethodRecord record;
    record.model = QStringLiteral("BART");
    record.method = QStringLiteral("attention");
    record.gpuInfo = kT4;
    record.modelLoadingTime = 6.5;
    record.successfulPrompts = 3;
    record.totalPrompts = 3;
    source->methods.push_back(record);
    source->finalize();
    return Dataset::build({source});
}

/// Two prompts per group, times but no token counts (a method summary's numbers).
DatasetPtr datasetWithoutTokens()
{
    auto source = std::make_shared<SourceData>();
    source->name = QStringLiteral("no tokens");
    const std::uint32_t device = source->strings.intern(std::string_view("cuda"));
    std::int64_t line = 1;
    for (const char *method : {"attention", "lime"}) {
        for (double time : {1.0, 2.0}) {
            source->prompts.append(source->strings.intern(std::string_view("BART")),
                                   source->strings.intern(std::string_view(method)),
                                   source->strings.intern(std::string_view("Tesla T4")), device, time, qQNaN(), qQNaN(),
                                   qQNaN(), true, "a prompt", "p", line++);
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

/// Groups whose names pass `keep`.
std::vector<int> groupsWhere(const Dataset &dataset, const std::function<bool(const QString &, const QString &, const QString &)> &keep)
{
    std::vector<int> groups;
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        const GroupStats &g = dataset.groups()[i];
        if (keep(dataset.models().at(g.model), dataset.methods().at(g.method), dataset.hardware().at(g.hardware)))
            groups.push_back(int(i));
    }
    return groups;
}

QStringList seriesNames(const DotPlot *plot)
{
    QStringList names;
    for (const DotPlotData::Series &series : plot->data().series)
        names.append(series.name);
    return names;
}

/// The value of the dot of `series` in `row` on `panel`; NaN when there is none.
double dotValue(const DotPlot *plot, const QString &row, const QString &panel, const QString &series)
{
    const DotPlotData &data = plot->data();
    for (const DotPlotData::Dot &dot : data.dots) {
        if (data.rows.at(dot.row) == row && data.panels.at(dot.panel) == panel && data.series.at(dot.series).name == series)
            return dot.value;
    }
    return qQNaN();
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

/// Test literals as a QStringList (the build forbids implicit ASCII casts).
QStringList strings(std::initializer_list<QString> list)
{
    return QStringList(list);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_dataset = fixture();
        QVERIFY(m_dataset);
        QCOMPARE(m_dataset->models(), strings({"BART", "GPT-2", "Llama", "Zeta"}));
        QCOMPARE(m_dataset->hardware(), strings({kH200, kT4}));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QStandardPaths::setTestModeEnabled(true);
    }

    void heatmapCellIsTheGroupAggregate()
    {
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setGroups(m_dataset, allGroups(*m_dataset));
        model.setHardware(kT4);
        // Rows are methods, columns models.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("BART"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("attention"));
        // Hand-computed from the fixture: rates 20, 10, 5.
        QCOMPARE(model.value(0, 0), (20.0 + 10.0 + 5.0) / 3.0);
        QCOMPARE(model.data(model.index(0, 0), TimingRoles::SortRole).toDouble(), (20.0 + 10.0 + 5.0) / 3.0);
        QCOMPARE(model.data(model.index(0, 0), HeatmapModel::CountRole).toLongLong(), 3);
        QCOMPARE(model.value(0, 1), 100.0); // GPT-2: 50, 100, 150
        model.setAggregate(HeatmapModel::Aggregate::Median);
        QCOMPARE(model.value(0, 0), 10.0);
        // The other hardware: never pooled with T4.
        model.setAggregate(HeatmapModel::Aggregate::Mean);
        model.setHardware(kH200);
        QCOMPARE(model.value(0, 0), 50.0);
        QVERIFY(std::isnan(model.value(0, 1))); // GPT-2 attention has no H200 rows
        QVERIFY(!model.data(model.index(0, 1), Qt::BackgroundRole).isValid());
        QCOMPARE(model.data(model.index(0, 1)).toString(), HeatmapModel::tr("no data"));
        // Zeta/saliency/T4 has no successful row: no data, not 0.
        model.setHardware(kT4);
        QVERIFY(std::isnan(model.value(2, 3)));
        // Darker = higher; text contrasts.
        QCOMPARE(model.minimum(), 1.5); // BART lime: rates 2 and 1
        QCOMPARE(model.maximum(), 100.0);
        const QColor low = model.data(model.index(0, 2), Qt::BackgroundRole).value<QColor>();
        const QColor high = model.data(model.index(0, 1), Qt::BackgroundRole).value<QColor>();
        QVERIFY(high.lightness() < low.lightness());
        QCOMPARE(model.data(model.index(0, 1), Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(model.data(model.index(0, 2), Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
        // 100 / 1.5 > 10: the automatic default is a log scale; Linear is linear.
        QCOMPARE(model.scale(), HeatmapModel::Scale::Auto);
        QVERIFY(model.logScale());
        QVERIFY(std::abs(model.normalized(std::sqrt(150.0)) - 0.5) < 1e-9);
        model.setScale(HeatmapModel::Scale::Linear);
        QVERIFY(!model.logScale());
        QVERIFY(std::abs(model.normalized(50.75) - 0.5) < 1e-9);
        model.setScale(HeatmapModel::Scale::Log);
        QCOMPARE(model.normalized(100.0), 1.0);
        QCOMPARE(model.normalized(1.5), 0.0);
        QVERIFY(std::abs(model.normalized(std::sqrt(150.0)) - 0.5) < 1e-9);
        // A new, smaller result set: one reset, which the tester checks.
        model.setGroups(m_dataset, groupsWhere(*m_dataset, [](auto &m, auto &, auto &) { return m == QLatin1String("BART"); }));
        QCOMPARE(model.columnCount(), 1);
        model.setGroups(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void heatmapTabShowsOneHardware()
    {
        HeatmapTab tab;
        tab.setData(m_dataset, allGroups(*m_dataset));
        QVERIFY(!tab.stateStack()->isShowingMessage());
        QVERIFY(!tab.view()->accessibleName().isEmpty());
        QCOMPARE(tab.model()->hardware(), kH200); // the first, alphabetically
        tab.setHardware(kT4);
        QCOMPARE(tab.model()->hardware(), kT4);
        QCOMPARE(tab.model()->value(0, 0), 35.0 / 3.0);
        // Filter to H200 only: the wanted T4 is gone, the first present one is shown.
        tab.setData(m_dataset, groupsWhere(*m_dataset, [](auto &, auto &, auto &h) { return h == kH200; }));
        QCOMPARE(tab.model()->hardware(), kH200);
        QCOMPARE(tab.model()->columnCount(), 2);
    }

    void emptyStates()
    {
        for (ChartTab *tab : createChartTabs()) {
            std::unique_ptr<ChartTab> owner(tab);
            tab->resize(900, 600);
            tab->setData(nullptr, {});
            auto *stack = tab->findChild<EmptyStateStack *>();
            if (stack) {
                QVERIFY2(stack->isShowingMessage(), qPrintable(tab->exportName()));
                QVERIFY(stack->message().contains(QStringLiteral("No data loaded")));
                QVERIFY(stack->message().contains(QStringLiteral("Open Sample Data"))); // the first-run hint names every way in
                // While the first load runs the panel says so, and goes back when it ends.
                EmptyStateStack::setLoading(true);
                QVERIFY2(stack->message().startsWith(QStringLiteral("Loading")), qPrintable(tab->exportName()));
                tab->setData(nullptr, {});
                QVERIFY(stack->message().startsWith(QStringLiteral("Loading")));
                EmptyStateStack::setLoading(false);
                QVERIFY(stack->message().contains(QStringLiteral("No data loaded")));
            }
            tab->setData(m_dataset, {});
            if (stack) {
                QVERIFY2(stack->isShowingMessage(), qPrintable(tab->exportName()));
                QVERIFY(stack->message().contains(QStringLiteral("Select at least one model, method and hardware")));
            }
            tab->setData(m_dataset, allGroups(*m_dataset));
            if (stack && tab->exportName() != QLatin1String("overview"))
                QVERIFY2(!stack->isShowingMessage(), qPrintable(tab->exportName()));
        }
    }

    void performanceFilterChangesSeries()
    {
        PerformanceTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        // All hardware side by side: every (model, hardware) is a category.
        QCOMPARE(tab.categories(), strings({"BART · NVIDIA H200", "BART · Tesla T4", "GPT-2 · NVIDIA H200",
                                                "GPT-2 · Tesla T4", "Llama · Tesla T4", "Zeta · Tesla T4"}));
        // The dot plot: a row per model, a panel per hardware, a dot per method.
        QCOMPARE(tab.dotPlot()->data().rows, strings({"BART", "GPT-2", "Llama", "Zeta"}));
        QCOMPARE(tab.dotPlot()->data().panels, strings({"NVIDIA H200", "Tesla T4"}));
        QCOMPARE(seriesNames(tab.dotPlot()), strings({"attention", "lime", "saliency"}));
        QCOMPARE(dotValue(tab.dotPlot(), QStringLiteral("BART"), kT4, QStringLiteral("attention")), 7.0 / 3.0); // mean

        // Filter out lime: one bar set fewer, and the values of what is left stay.
        tab.setData(m_dataset, groupsWhere(*m_dataset, [](auto &, auto &x, auto &) { return x != QLatin1String("lime"); }));
        QCOMPARE(seriesNames(tab.dotPlot()), strings({"attention", "saliency"}));
        QCOMPARE(tab.categories(), strings({"BART · NVIDIA H200", "BART · Tesla T4", "GPT-2 · Tesla T4",
                                                "Llama · Tesla T4", "Zeta · Tesla T4"}));
        QCOMPARE(dotValue(tab.dotPlot(), QStringLiteral("BART"), kT4, QStringLiteral("attention")), 7.0 / 3.0);

        // One hardware.
        tab.setData(m_dataset, allGroups(*m_dataset));
        tab.setHardware(kT4);
        QCOMPARE(tab.dotPlot()->data().rows, strings({"BART", "GPT-2", "Llama", "Zeta"}));
        QCOMPARE(tab.dotPlot()->data().panels, QStringList{kT4});
        QVERIFY(tab.dotPlot()->data().title.contains(kT4));
    }

    void performanceHoverShowsValueAndN()
    {
        PerformanceTab tab;
        tab.resize(1400, 700);
        tab.show();
        tab.setData(m_dataset, allGroups(*m_dataset));
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        // BART's attention dot on the T4: times 1, 2 and 4 s. The help event a
        // resting mouse sends, at the dot's centre.
        DotPlot *plot = tab.dotPlot();
        int index = -1;
        for (int i = 0; i < plot->data().dots.size(); ++i) {
            const DotPlotData::Dot &dot = plot->data().dots[i];
            if (plot->data().rows[dot.row] == QLatin1String("BART") && plot->data().panels[dot.panel] == kT4
                && plot->data().series[dot.series].name == QLatin1String("attention"))
                index = i;
        }
        QVERIFY(index >= 0);
        const QPoint at = plot->dotCentre(plot->currentLayout(), index).toPoint();
        QHelpEvent help(QEvent::ToolTip, at, plot->mapToGlobal(at));
        QApplication::sendEvent(plot, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("BART · attention · Tesla T4")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("2.333 s")), qPrintable(tip)); // 7 / 3
        QVERIFY2(tip.contains(QStringLiteral("n = 3 prompts")), qPrintable(tip));
        QToolTip::hideText();
    }

    void performanceGroupByAndSort()
    {
        PerformanceTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        tab.setHardware(kT4);
        tab.setSort(PerformanceTab::Sort::Performance);
        // Rows by the geometric mean of their dots, best (lowest) first: GPT-2 0.2 s,
        // Llama 3 s, BART √(7/3 · 15) = √35 ≈ 5.9 s; Zeta has no time: last.
        QCOMPARE(tab.dotPlot()->data().rows, strings({"GPT-2", "Llama", "BART", "Zeta"}));
        // Tokens/s, best (highest) first: GPT-2 100, Llama 15/3 = 5, BART √(35/3 · 1.5) = √17.5 ≈ 4.2
        // (a mean would put BART's attention first); Zeta last, not as 0.
        tab.setMetric(PerformanceTab::Metric::TokensPerSecond);
        QCOMPARE(tab.dotPlot()->data().rows, strings({"GPT-2", "Llama", "BART", "Zeta"}));
        QVERIFY(tab.dotPlot()->data().subtitle.contains(QStringLiteral("Higher is better")));
        QCOMPARE(tab.dotPlot()->data().valueTitle, QStringLiteral("Tokens/s (input tokens per second of attribution)"));
        tab.setMetric(PerformanceTab::Metric::MeanTime);
        QVERIFY(tab.dotPlot()->data().subtitle.contains(QStringLiteral("Lower is better")));
        QCOMPARE(tab.dotPlot()->data().valueTitle, QStringLiteral("Mean time per prompt (s)"));
        // Group by method: rows are methods, dots models.
        tab.setGroupBy(PerformanceTab::GroupBy::Method);
        tab.setSort(PerformanceTab::Sort::Alphabetical);
        QCOMPARE(tab.dotPlot()->data().rows, strings({"attention", "lime", "saliency"}));
        QCOMPARE(seriesNames(tab.dotPlot()), strings({"BART", "GPT-2", "Llama", "Zeta"}));
        tab.setSort(PerformanceTab::Sort::Performance);
        // attention: ∛(7/3 · 0.2 · 3) = ∛1.4; lime: 15; saliency: none.
        QCOMPARE(tab.dotPlot()->data().rows, strings({"attention", "lime", "saliency"}));
        tab.setScale(PerformanceTab::Scale::Log);
        tab.setHighlighted({QStringLiteral("GPT-2")});

        // Settings round trip.
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("tst_charts.ini")), QSettings::IniFormat);
        tab.saveSettings(settings);
        PerformanceTab other;
        other.restoreSettings(settings);
        QCOMPARE(other.groupBy(), PerformanceTab::GroupBy::Method);
        QCOMPARE(other.sort(), PerformanceTab::Sort::Performance);
        QCOMPARE(other.hardware(), kT4);
        QCOMPARE(other.scale(), PerformanceTab::Scale::Log);
        QCOMPARE(other.highlighted(), QStringList{QStringLiteral("GPT-2")});
        QCOMPARE(settings.value(QStringLiteral("charts/performance/hardware")).toString(), kT4);
    }

    void logAxisCoversEveryBar()
    {
        PerformanceTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        // Means from 0.2 s (GPT-2 attention) to 15 s (BART lime on the T4): more
        // than 10×, so the automatic scale is logarithmic.
        QCOMPARE(tab.scale(), PerformanceTab::Scale::Automatic);
        QVERIFY(tab.logScale());
        const DotPlot *plot = tab.dotPlot();
        QVERIFY(plot->data().log);
        // The 1-2-5 ladder around [0.2, 15] with 15 % head room: 0.1 … 20.
        QCOMPARE(plot->axisMin(), 0.1);
        QCOMPARE(plot->axisMax(), 20.0);
        tab.setLogScale(true);
        QVERIFY(plot->data().log);
        const auto range = ChartFactory::logRange(0.2, 20);
        QVERIFY(range.first < 0.2 / 9.99 && range.second > 20);
        const auto exact = ChartFactory::logRange(1, 10);
        QCOMPARE(exact.first, 0.1);
        QVERIFY(exact.second > 10);
        // Back to linear: a value axis from 0.
        tab.setLogScale(false);
        QVERIFY(!plot->data().log);
        QCOMPARE(plot->axisMin(), 0.0);
        QVERIFY(plot->axisMax() >= 15.0);
    }

    void performanceShowsEveryCategoryOnOneAxis()
    {
        // 30 models x 12 methods: no page, every row and dot at 1280 x 800, one axis.
        auto source = std::make_shared<SourceData>();
        const std::uint32_t gpu = source->strings.intern(std::string_view("GPU"));
        for (int m = 0; m < 30; ++m)
            for (int x = 0; x < 12; ++x)
                source->prompts.append(source->strings.intern(QStringLiteral("model-%1").arg(m, 2, 10, QLatin1Char('0'))),
                                       source->strings.intern(QStringLiteral("method-%1").arg(x, 2, 10, QLatin1Char('0'))),
                                       gpu, 0, 1.0 + m + x, 20, qQNaN(), qQNaN(), true, "", "", 1);
        source->finalize();
        const DatasetPtr big = Dataset::build({source});
        PerformanceTab tab;
        tab.resize(1280, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(big, allGroups(*big));
        QCOMPARE(tab.dotPlot()->data().rows.size(), 30);
        QCOMPARE(tab.dotPlot()->data().dots.size(), 30 * 12);
        QVERIFY(!tab.dotPlot()->scrolls());
        // The axis reaches the smallest and the largest mean, 1 s (model-00,
        // method-00) and 1 + 29 + 11 = 41 s (model-29, method-11).
        QVERIFY(tab.dotPlot()->axisMin() <= 1.0);
        QVERIFY2(tab.dotPlot()->axisMax() >= 41.0, qPrintable(QString::number(tab.dotPlot()->axisMax())));
    }

    void hardwareTabSpeedUp()
    {
        HardwareTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        tab.setMethod(QStringLiteral("attention"));
        QCOMPARE(tab.dotPlot()->data().rows, strings({"BART", "GPT-2", "Llama"}));
        QCOMPARE(seriesNames(tab.dotPlot()), strings({kH200, kT4}));
        // BART attention: T4 mean 7/3 s, H200 0.5 s -> 4.7x.
        QVERIFY2(tab.speedUps().contains(QStringLiteral("BART: NVIDIA H200 is 4.7× faster than Tesla T4")),
                 qPrintable(tab.speedUps().join(QLatin1Char('\n'))));
        QCOMPARE(tab.speedUps().size(), 1);
        // The table: the model, its fastest machine, then the speed-up against each other one.
        QCOMPARE(tab.speedUpTable()->rowCount(), 3);
        QCOMPARE(tab.speedUpTable()->item(0, 0)->text(), QStringLiteral("BART"));
        QCOMPARE(tab.speedUpTable()->item(1, 1)->text(), kH200);
        QCOMPARE(tab.speedUpTable()->item(2, 0)->text(), QStringLiteral("4.7×"));
        QCOMPARE(tab.speedUpTable()->item(2, 1)->text(), kT4);
        // Filter to T4: one bar set, no speed-up.
        tab.setData(m_dataset, groupsWhere(*m_dataset, [](auto &, auto &, auto &h) { return h == kT4; }));
        QCOMPARE(tab.dotPlot()->data().series.size(), 1);
        QVERIFY(tab.speedUps().isEmpty());
        QVERIFY(tab.speedUpTable()->item(0, 0)->text().contains(QStringLiteral("needs two or more hardware")));
    }

    void modelsTabRanksAndLoadingTime()
    {
        ModelsTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        QCOMPARE(tab.currentModel(), QStringLiteral("BART"));
        // attention (mean over hardware (7/3 + 0.5)/2) before lime (15).
        QCOMPARE(tab.dotPlot()->data().rows, strings({"attention", "lime"}));
        QCOMPARE(tab.table()->rowCount(), 2);
        QCOMPARE(tab.table()->item(0, 0)->text(), QStringLiteral("attention"));
        QVERIFY(tab.loadingLabel()->text().contains(QStringLiteral("6.500 s")));
        tab.setModel(QStringLiteral("GPT-2"));
        QCOMPARE(tab.dotPlot()->data().rows, strings({"attention", "lime"}));
        QCOMPARE(seriesNames(tab.dotPlot()), strings({kH200, kT4}));
        // One row a method, a dot a hardware, on one log axis by default.
        QVERIFY(tab.dotPlot()->data().log);
        QCOMPARE(tab.dotPlot()->data().panels.size(), 1);
    }

    void methodsTabBoxPlotQuartiles()
    {
        MethodsTab tab;
        tab.resize(1400, 700);
        tab.setData(m_dataset, allGroups(*m_dataset));
        QCOMPARE(tab.currentMethod(), QStringLiteral("attention"));
        const QList<LegendLayer::Entry> legend = tab.boxPlot()->legend()->entries();
        QCOMPARE(legend.size(), 2); // H200, T4
        QCOMPARE(legend.at(1).name, kT4);
        // BART on T4: times 1, 2, 4 -> min 1, Q1 1.5, median 2, Q3 3, max 4 (linear interpolation).
        const BoxLayer::Box *box = tab.boxPlot()->boxLayer()->box(1, 0);
        QVERIFY(box);
        QCOMPARE(box->lower, 1.0);
        QCOMPARE(box->q1, 1.5);
        QCOMPARE(box->median, 2.0);
        QCOMPARE(box->q3, 3.0);
        QCOMPARE(box->upper, 4.0);
        // GPT-2 on H200 has no attention rows: no box in its slot.
        QVERIFY(!tab.boxPlot()->boxLayer()->box(0, 1));
        QCOMPARE(tab.table()->rowCount(), 3);
    }

    void overviewDoubleClickOpensTab()
    {
        OverviewTab tab;
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setData(m_dataset, allGroups(*m_dataset));
        QSignalSpy spy(&tab, &OverviewTab::openTabRequested);
        QWidget *viewport = tab.heatmapTab()->view();
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("heatmap"));
        QTest::mouseDClick(tab.performanceTab()->dotPlot(), Qt::LeftButton);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("performance"));
    }

    void oneColourPerNameAcrossFiltersAndTabs()
    {
        // The session's colours, shared by every tab as the main window shares them.
        auto colors = std::make_shared<NameColors>();
        colors->addDataset(*m_dataset);
        PerformanceTab performance;
        performance.setNameColors(colors);
        performance.resize(1400, 700);
        performance.setGroupBy(PerformanceTab::GroupBy::Model); // a bar set per method
        const auto dotColours = [](const DotPlot *plot) {
            QHash<QString, QRgb> byName;
            for (const DotPlotData::Series &series : plot->data().series)
                byName.insert(series.name, series.color.rgb());
            return byName;
        };
        performance.setData(m_dataset, allGroups(*m_dataset));
        const QHash<QString, QRgb> all = dotColours(performance.dotPlot());
        QCOMPARE(all.size(), 3); // attention, lime, saliency
        QCOMPARE(QSet<QRgb>(all.cbegin(), all.cend()).size(), 3);
        // Hiding attention leaves lime its colour (it used to take the first slot).
        performance.setData(m_dataset, groupsWhere(*m_dataset, [](auto &, auto &m, auto &) { return m != QLatin1String("attention"); }));
        const QHash<QString, QRgb> withoutAttention = dotColours(performance.dotPlot());
        QVERIFY(!withoutAttention.contains(QStringLiteral("attention")));
        QCOMPARE(withoutAttention.value(QStringLiteral("lime")), all.value(QStringLiteral("lime")));
        QCOMPARE(all.value(QStringLiteral("lime")), colors->color(Dimension::Method, QStringLiteral("lime")).rgb());

        // Hardware: the Hardware and Models tabs colour each machine alike, and
        // never with a method's colour.
        HardwareTab hardware;
        hardware.setNameColors(colors);
        hardware.resize(1400, 700);
        hardware.setData(m_dataset, allGroups(*m_dataset));
        const QHash<QString, QRgb> machines = dotColours(hardware.dotPlot());
        QCOMPARE(machines.size(), 2);
        hardware.setData(m_dataset, groupsWhere(*m_dataset, [](auto &, auto &, auto &h) { return h == kT4; }));
        QCOMPARE(dotColours(hardware.dotPlot()).value(kT4), machines.value(kT4));
        for (const QRgb rgb : machines)
            QVERIFY(!all.values().contains(rgb));
        ModelsTab models;
        models.setNameColors(colors);
        models.resize(1400, 700);
        models.setData(m_dataset, allGroups(*m_dataset));
        const QHash<QString, QRgb> modelMachines = dotColours(models.dotPlot());
        QVERIFY(!modelMachines.isEmpty());
        for (auto it = modelMachines.cbegin(); it != modelMachines.cend(); ++it)
            QCOMPARE(it.value(), machines.value(it.key()));
    }

    void darkThemeKeepsTheNameColours()
    {
        PerformanceTab tab;
        tab.resize(800, 500);
        tab.setData(m_dataset, allGroups(*m_dataset));
        const QImage light = tab.dotPlot()->grab().toImage();
        tab.setDarkTheme(true);
        const QImage dark = tab.dotPlot()->grab().toImage();
        // The background follows the theme (a dark chart), the dots keep their colours.
        QVERIFY(light.pixelColor(2, 2).lightness() > 200);
        QVERIFY(dark.pixelColor(2, 2).lightness() < 60);
        QCOMPARE(tab.dotPlot()->data().series.at(0).color, ChartFactory::seriesColor(0));
    }

    void exportPngHasTheAskedSize_data()
    {
        QTest::addColumn<QString>("tabName");
        QTest::addColumn<qreal>("scale");
        for (const char *name : {"performance", "heatmap", "hardware", "models", "methods", "overview"}) {
            QTest::addRow("%s@1", name) << QString::fromLatin1(name) << 1.0;
            QTest::addRow("%s@2", name) << QString::fromLatin1(name) << 2.0;
        }
    }

    void exportPngHasTheAskedSize()
    {
        QFETCH(QString, tabName);
        QFETCH(qreal, scale);
        std::unique_ptr<ChartTab> tab;
        for (ChartTab *t : createChartTabs()) {
            if (t->exportName() == tabName)
                tab.reset(t);
            else
                delete t;
        }
        QVERIFY(tab);
        tab->setData(m_dataset, allGroups(*m_dataset));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        const QSize size(900, 560);
        QString error;
        QVERIFY2(ChartExporter::exportChart(tab.get(), path, ChartExporter::Format::Png, size, scale, &error),
                 qPrintable(error));
        QImage image;
        QVERIFY(image.load(path));
        QCOMPARE(image.size(), size);
        QVERIFY(distinctColours(image) > 1);
    }

    void exportVectorFormats()
    {
        PerformanceTab tab;
        tab.setData(m_dataset, allGroups(*m_dataset));
        QTemporaryDir dir;
        QString error;
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(ChartExporter::exportChart(&tab, svg, ChartExporter::Format::Svg, {800, 500}, 1, &error), qPrintable(error));
        QVERIFY(QFileInfo(svg).size() > 1000);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY2(ChartExporter::exportChart(&tab, pdf, ChartExporter::Format::Pdf, {800, 500}, 1, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.size() > 1000);
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void exportToUnwritablePathFails()
    {
        PerformanceTab tab;
        tab.setData(m_dataset, allGroups(*m_dataset));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/chart.png"));
        QString error;
        QVERIFY(!ChartExporter::exportChart(&tab, path, ChartExporter::Format::Png, {400, 300}, 1, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        // A path that is a folder: no half-written file, no temporary left behind.
        QVERIFY(!ChartExporter::exportChart(&tab, dir.path(), ChartExporter::Format::Svg, {400, 300}, 1, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void exportAllChartsWritesOneFilePerTab()
    {
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(ChartExporter::exportAllCharts(m_dataset, allGroups(*m_dataset), dir.path(), ChartExporter::Format::Png,
                                                {1000, 640}, false, &written, &error),
                 qPrintable(error));
        QStringList names;
        for (const QString &path : std::as_const(written)) {
            names.append(QFileInfo(path).fileName());
            QImage image;
            QVERIFY(image.load(path));
            QCOMPARE(image.size(), QSize(1000, 640));
            QVERIFY(distinctColours(image) > 1);
        }
        QCOMPARE(names, strings({"performance.png", "heatmap.png", "hardware.png", "models.png", "methods.png",
                                     "overview.png", "scaling.png", "distribution.png"}));
        // Existing files are not replaced without force, and none is touched.
        QStringList again;
        QVERIFY(!ChartExporter::exportAllCharts(m_dataset, allGroups(*m_dataset), dir.path(), ChartExporter::Format::Png,
                                                {1000, 640}, false, &again, &error));
        QVERIFY(error.contains(QStringLiteral("performance.png")));
        QVERIFY(again.isEmpty());
        QVERIFY(ChartExporter::exportAllCharts(m_dataset, allGroups(*m_dataset), dir.path(), ChartExporter::Format::Svg,
                                               {1000, 640}, false, &again, &error));
        QCOMPARE(again.size(), 8);
        again.clear();
        QVERIFY(ChartExporter::exportAllCharts(m_dataset, allGroups(*m_dataset), dir.path(), ChartExporter::Format::Png,
                                               {1000, 640}, true, &again, &error));
        QCOMPARE(again.size(), 8);
    }

    void exportAllSkipsChartsWithNothingToShow()
    {
        // Compare without two runs and Scaling without token counts are not
        // written (no placeholder pictures), and are named with the reason.
        CompareTab compare;
        PerformanceTab performance;
        compare.setData(m_dataset, allGroups(*m_dataset));
        performance.setData(m_dataset, allGroups(*m_dataset));
        QStringList skipped;
        const QList<ChartTab *> kept = ChartExporter::tabsWithContent({&compare, &performance}, &skipped);
        QCOMPARE(kept, (QList<ChartTab *>{&performance}));
        QCOMPARE(skipped.size(), 1);
        QVERIFY2(skipped.front().startsWith(QStringLiteral("compare (")), qPrintable(skipped.front()));

        // Headless: a dataset whose prompts have no token count has no scaling chart.
        const DatasetPtr noTokens = datasetWithoutTokens();
        QVERIFY(noTokens);
        QTemporaryDir dir;
        QStringList written;
        QString error;
        skipped.clear();
        QVERIFY2(ChartExporter::exportAllCharts(noTokens, allGroups(*noTokens), dir.path(), ChartExporter::Format::Png,
                                                {800, 500}, false, &written, &error, &skipped),
                 qPrintable(error));
        QCOMPARE(written.size(), 7);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("scaling.png"))));
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped.front().startsWith(QStringLiteral("scaling (")));
    }

private:
    DatasetPtr m_dataset;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
