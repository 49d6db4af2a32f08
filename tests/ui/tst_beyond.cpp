// SPDX-License-Identifier: GPL-3.0-or-later
// Compare, Scaling and Distribution tabs and live updates, on small fixtures
// whose numbers are worked out by hand in the comments.
#include "boxlayer.h"
#include "boxplotchart.h"
#include "chartfactory.h"
#include "legendlayer.h"
#include "comparetab.h"
#include "comparisonmodel.h"
#include "costestimatemodel.h"
#include "distributiontab.h"
#include "emptystatestack.h"
#include "filterstate.h"
#include "liveupdater.h"
#include "namecolors.h"
#include "methodstab.h"
#include "mainactions.h"
#include "historytab.h"
#include "mainwindow.h"
#include "dotplot.h"
#include "performancetab.h"
#include "pointlayer.h"
#include "scalingtab.h"
#include "sourceloader.h"
#include "timingroles.h"

#include "../sweepfixture.h"

#include <QAction>
#include <QValueAxis>
#include <QApplication>
#include <QAreaSeries>
#include <QBoxPlotSeries>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QBoxSet>
#include <QCheckBox>
#include <QComboBox>
#include <QSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QBarCategoryAxis>
#include <QFontMetricsF>
#include <QImage>
#include <QLogValueAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

namespace {

QString testFile(const QString &name)
{
    return QStringLiteral(ATTRISCOPE_TEST_DATA "/ui/") + name;
}

QList<SourceDataPtr> load(const QStringList &files)
{
    const LoadResult result = loadSourcesBlocking(files, LoadOptions{});
    return result.errors.isEmpty() ? result.sources : QList<SourceDataPtr>{};
}

std::vector<int> allGroups(const Dataset &dataset)
{
    std::vector<int> groups(dataset.groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    return groups;
}

std::vector<int> groupsOfMethods(const Dataset &dataset, const QStringList &methods)
{
    std::vector<int> groups;
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        if (methods.contains(dataset.methods()[dataset.groups()[i].method]))
            groups.push_back(int(i));
    }
    return groups;
}

int groupIndex(const Dataset &dataset, const QString &method)
{
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        if (dataset.methods()[dataset.groups()[i].method] == method)
            return int(i);
    }
    return -1;
}

QString column(const QAbstractItemModel *model, int row, int col)
{
    return model->index(row, col).data().toString();
}

// Writes `text` to `path` the way editors save: a new file renamed over the old one.
bool writeAtomically(const QString &path, const QByteArray &text)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    return std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

QByteArray promptLine(const char *model, const char *method, double time, int tokens = 20)
{
    return QStringLiteral(R"({"model": "%1", "method": "%2", "prompt": "x", "tokens": %3, "time": %4, "success": true, "gpu_info": "G"})")
        .arg(QLatin1String(model), QLatin1String(method))
        .arg(tokens)
        .arg(time)
        .toUtf8();
}

} // namespace

class TestBeyond : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void compareTabVerdicts();
    void compareTabFilterAndEmptyStates();
    void compareTabSweepIsOnePicture();
    void scalingTabSeriesAndFit();
    void scalingTabEstimator();
    void niceAxisRanges();
    void scalingTabThinsLargeData();
    void scalingTabPicksWhoseLines();
    void methodsTabShowsEveryModel();
    void distributionNamesStandUpright();
    void distributionOfASweepIsOneModelAtATime();
    void distributionTabBoxes();
    void performanceErrorBars();
    void tabOrderAndShortcuts();
    void liveUpdateFollowsAtomicRewrite();
    void liveUpdateFollowsAppendedRows();
    void screenshots();

private:
    QTemporaryDir m_settingsDir;
};

// 40 groups (40 models, one method), each 100 prompts whose time is exactly
// 0.5 + 0.1 * tokens: 4000 points and 40 fits, more than the tab draws.
void TestBeyond::scalingTabThinsLargeData()
{
    auto source = std::make_shared<SourceData>();
    source->name = QStringLiteral("large");
    const std::uint32_t method = source->strings.intern(std::string_view("saliency"));
    const std::uint32_t gpu = source->strings.intern(std::string_view("T4"));
    for (int m = 0; m < 40; ++m) {
        const std::string model = "model-" + std::to_string(m);
        const std::uint32_t modelId = source->strings.intern(std::string_view(model));
        for (int p = 0; p < 100; ++p) {
            const double tokens = 10 + p % 30;
            source->prompts.append(modelId, method, gpu, 0, 0.5 + 0.1 * tokens, tokens, 0, kMissing, true, "x", "p",
                                   p + 1);
        }
    }
    source->finalize();
    const DatasetPtr dataset = Dataset::build({source});
    ScalingTab tab;
    tab.resize(1200, 800);
    tab.setData(dataset, allGroups(*dataset));
    const qsizetype points = tab.pointLayer()->pointCount();
    // About one prompt in ceil(4000 / 600) = 7: near 4000 / 7 = 571 points,
    // spread over the token counts: each group's prompts cycle through 30 token
    // counts, and a fixed step of 7 would still hit all of them, so check the
    // spread per group too (a step counted per group hit the same prompts in each).
    QVERIFY2(points > 480 && points < 660, qPrintable(QString::number(points)));
    QVERIFY2(tab.chart()->title().contains(QStringLiteral("one prompt in 7: %1 of 4000").arg(points)),
             qPrintable(tab.chart()->title()));
    QSet<double> tokensDrawn;
    for (const PointLayer::Group &group : tab.pointLayer()->groups()) {
        for (const QPointF &point : group.points)
            tokensDrawn.insert(point.x());
    }
    QCOMPARE(tokensDrawn.size(), 30);
    // 40 fits, more than the cap: automatically the lines of one model (model-0,
    // first by name, one method); the largest groups: the cap of 24.
    QCOMPARE(tab.fitLines().size(), 1);
    tab.setLines(ScalingModel::Lines::LargestGroups);
    QCOMPARE(tab.fitLines().size(), 24);
    // A fit still uses every prompt: slope 0.1 s per token, intercept 0.5 s.
    QCOMPARE(dataset->groups()[0].fitN, 100);
    QVERIFY(std::abs(dataset->groups()[0].fitSlope - 0.1) < 1e-12);
    QVERIFY(std::abs(dataset->groups()[0].fitIntercept - 0.5) < 1e-12);
}

void TestBeyond::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_beyond"));
}

void TestBeyond::init()
{
    QSettings().clear();
}

// Fixture compare_{baseline,candidate}.json, one model M on hardware G:
//   a: 1.0, 1.1, …, 1.9 → doubled (2.0 … 3.8): medians 1.45 → 2.9, ratio 2.0,
//      no overlap so U = 100, p ≈ 0.0002: regression
//   b: 2.0 … 2.9 → halved (1.0 … 1.45): ratio 0.5, improvement
//   c: unchanged: ratio 1, same
//   d: three prompts each, 1.0 → 1.2: ratio 1.2, too few
//   e: baseline only (removed), f: candidate only (added)
void TestBeyond::compareTabVerdicts()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("compare_baseline.json")),
                                               testFile(QStringLiteral("compare_candidate.json"))});
    QCOMPARE(sources.size(), 2);
    const DatasetPtr dataset = Dataset::build(sources);
    CompareTab tab;
    tab.resize(1200, 800);
    tab.setData(dataset, allGroups(*dataset));
    QVERIFY(!tab.stateStack()->isShowingMessage());
    QVERIFY(tab.baselineSource().endsWith(QLatin1String("compare_baseline.json")));
    QVERIFY(tab.candidateSource().endsWith(QLatin1String("compare_candidate.json")));

    const Comparison &c = tab.comparison();
    QCOMPARE(c.regressions, 1);
    QCOMPARE(c.improvements, 1);
    QCOMPARE(c.same, 1);
    QCOMPARE(c.groups[0].method, QStringLiteral("a"));
    QCOMPARE(c.groups[0].baselineMedian, 1.45);
    QCOMPARE(c.groups[0].candidateMedian, 2.9);
    QCOMPARE(c.groups[0].ratio, 2.0);

    // The chart: every matched group with a ratio, one row per model and method
    // (few pairs), largest change (|log ratio|) on top, coloured by verdict.
    using V = GroupComparison::Verdict;
    const DotPlotData &plot = tab.plot()->data();
    QVERIFY(tab.rowsPerMethod());
    QCOMPARE(plot.dots.size(), 4);
    QCOMPARE(tab.dotVerdicts(), (QList<V>{V::Regression, V::Improvement, V::TooFew, V::Same}));
    QCOMPARE(plot.rows, (QStringList{QStringLiteral("M · a"), QStringLiteral("M · b"), QStringLiteral("M · d"),
                                     QStringLiteral("M · c")}));
    QVERIFY(!plot.title.contains(QStringLiteral(" of ")));
    const QColor red = ComparisonModel::verdictColor(V::Regression, false);
    const QColor green = ComparisonModel::verdictColor(V::Improvement, false);
    const auto colourOf = [&](int dot) { return plot.series[plot.dots[dot].series].color; };
    QCOMPARE(colourOf(0), red);
    QCOMPARE(colourOf(1), green);
    QCOMPARE(colourOf(2), ComparisonModel::verdictColor(V::TooFew, false));
    QCOMPARE(colourOf(3), ComparisonModel::verdictColor(V::Same, false));
    QVERIFY(red != green);
    // Each dot is its ratio, on a log axis symmetric around the 1× line.
    QCOMPARE(plot.dots[0].value, 2.0);
    QCOMPARE(plot.dots[1].value, 0.5);
    QCOMPARE(plot.dots[2].value, 1.2);
    QCOMPARE(plot.dots[3].value, 1.0);
    QCOMPARE(plot.reference, 1.0);
    QVERIFY(plot.log);
    QVERIFY(tab.plot()->axisMin() <= 0.5 && tab.plot()->axisMax() >= 2.0);
    QCOMPARE(tab.plot()->axisMin() * tab.plot()->axisMax(), 1.0);

    // The table: every group, with the JSON's columns.
    const QAbstractItemModel *table = tab.tableView()->model();
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->columnCount(), int(ComparisonModel::ColumnCount));
    QStringList verdicts;
    for (int row = 0; row < table->rowCount(); ++row)
        verdicts.append(column(table, row, ComparisonModel::MethodColumn) + QLatin1Char('=')
                        + table->index(row, ComparisonModel::VerdictColumn).data(TimingRoles::SortRole).toString());
    QCOMPARE(verdicts, (QStringList{QStringLiteral("a=regression"), QStringLiteral("b=improvement"),
                                    QStringLiteral("c=same"), QStringLiteral("d=too_few"), QStringLiteral("f=added"),
                                    QStringLiteral("e=removed")}));
    QVERIFY(tab.summaryText().contains(QStringLiteral("1 regression")));

    // Swapping the sides turns the regression into an improvement.
    tab.setSources(tab.candidateSource(), tab.baselineSource());
    QCOMPARE(tab.comparison().regressions, 1);
    QCOMPARE(tab.comparison().groups[0].method, QStringLiteral("a"));
    QCOMPARE(tab.comparison().groups[0].verdict, V::Improvement);
    QCOMPARE(tab.comparison().groups[0].ratio, 0.5);

    // A high threshold leaves only the too-few and unchanged groups.
    tab.setSources(tab.candidateSource(), tab.baselineSource());
    tab.setThreshold(150);
    QCOMPARE(tab.comparison().regressions, 0);
    QCOMPARE(tab.comparison().improvements, 0);
    QCOMPARE(tab.comparison().same, 3);
}

void TestBeyond::compareTabFilterAndEmptyStates()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("compare_baseline.json")),
                                               testFile(QStringLiteral("compare_candidate.json"))});
    QCOMPARE(sources.size(), 2);
    const DatasetPtr dataset = Dataset::build(sources);
    CompareTab tab;
    tab.resize(1000, 700);
    tab.setData(nullptr, {});
    QVERIFY(tab.stateStack()->message().contains(QStringLiteral("Load two runs to compare them")));
    const DatasetPtr one = Dataset::build({sources[0]});
    tab.setData(one, allGroups(*one));
    QVERIFY(tab.stateStack()->isShowingMessage());
    QVERIFY(tab.stateStack()->message().contains(QStringLiteral("Load two runs to compare them")));

    // The window's filter (method a hidden) applies to both runs.
    tab.setData(dataset, groupsOfMethods(*dataset, {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                                    QStringLiteral("e"), QStringLiteral("f")}));
    QVERIFY(!tab.stateStack()->isShowingMessage());
    QCOMPARE(tab.comparison().regressions, 0);
    QCOMPARE(tab.comparison().improvements, 1);
    QCOMPARE(tab.plot()->data().dots.size(), 3);
    QCOMPARE(tab.tableView()->model()->rowCount(), 5);

    tab.setData(dataset, {});
    QVERIFY(tab.stateStack()->isShowingMessage());
}

// Two runs of the 30 × 20 × 5 sweep (5 prompts a group, the candidate's
// "lime" twice as slow): 3000 matched groups, 600 model–method pairs. The chart
// has no pages: a row per model (30), a panel per hardware (5), a dot per
// method; lime's 150 dots at 2×, the 2850 others at 1×.
void TestBeyond::compareTabSweepIsOnePicture()
{
    QTemporaryDir dir;
    const QString baseline = dir.filePath(QStringLiteral("baseline.json"));
    const QString candidate = dir.filePath(QStringLiteral("candidate.json"));
    QVERIFY(SweepFixture::write(baseline, 5));
    QByteArray slower = SweepFixture::json(5);
    {
        // Double lime's times: rewrite each lime row's "time" field.
        QList<QByteArray> lines = slower.split('\n');
        const int lime = int(SweepFixture::methods().indexOf(QStringLiteral("lime")));
        QVERIFY(lime >= 0);
        for (QByteArray &line : lines) {
            if (!line.contains("\"method\":\"lime\""))
                continue;
            const qsizetype at = line.indexOf("\"time\":") + 7;
            const qsizetype end = line.indexOf(',', at);
            const double t = line.mid(at, end - at).toDouble();
            line = line.left(at) + QByteArray::number(2 * t, 'g', 17) + line.mid(end);
        }
        slower = lines.join('\n');
    }
    QFile file(candidate);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(slower);
    file.close();
    const QList<SourceDataPtr> sources = load({baseline, candidate});
    QCOMPARE(sources.size(), 2);
    const DatasetPtr dataset = Dataset::build(sources);
    CompareTab tab;
    tab.resize(1280, 800);
    tab.setData(dataset, allGroups(*dataset));
    QVERIFY(!tab.stateStack()->isShowingMessage());
    QCOMPARE(int(tab.comparison().groups.size()), 30 * 20 * 5);
    QCOMPARE(tab.comparison().regressions, 30 * 5);

    const DotPlotData &plot = tab.plot()->data();
    QVERIFY(!tab.rowsPerMethod());
    QCOMPARE(plot.dots.size(), 30 * 20 * 5);
    QCOMPARE(plot.rows.size(), 30);
    const QStringList models = SweepFixture::models();
    QCOMPARE(QSet<QString>(plot.rows.begin(), plot.rows.end()), QSet<QString>(models.begin(), models.end()));
    QStringList hardware = SweepFixture::hardware();
    hardware.sort();
    QCOMPARE(plot.panels, hardware);
    QVERIFY(!plot.title.contains(QStringLiteral(" of ")));
    int doubled = 0;
    for (qsizetype i = 0; i < plot.dots.size(); ++i) {
        const bool lime = plot.dots[i].tooltip.contains(QStringLiteral(" · lime · "));
        QVERIFY2(qFuzzyCompare(plot.dots[i].value, lime ? 2.0 : 1.0), qPrintable(plot.dots[i].tooltip));
        QCOMPARE(tab.dotVerdicts()[i], lime ? GroupComparison::Verdict::Regression : GroupComparison::Verdict::Same);
        doubled += lime;
    }
    QCOMPARE(doubled, 30 * 5);

    // The export fits every row into the picture.
    QImage image(1280, 800, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    tab.renderForExport(&painter, QRectF(0, 0, 1280, 800));
    painter.end();
    QImage reference(1280, 800, QImage::Format_ARGB32);
    reference.fill(Qt::white);
    QVERIFY(image != reference);
}

// Fixture scaling.json, model M on G:
//   a: tokens 10, 20, 30, 40, times 1, 2, 3, 4.2. x̄ = 25, ȳ = 2.55, Sxx = 500,
//      Sxy = 53: slope 0.106 s/token, intercept 2.55 − 2.65 = −0.1:
//      line from (10, 0.96) to (40, 4.14)
//   b: tokens 10, 20, 30, all 0.5 s: slope 0, intercept 0.5
//   c: tokens 10 … 100, times 1 … 9 and 100 (an outlier)
void TestBeyond::scalingTabSeriesAndFit()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("scaling.json"))});
    QCOMPARE(sources.size(), 1);
    const DatasetPtr dataset = Dataset::build(sources);
    ScalingTab tab;
    tab.resize(1200, 800);
    tab.setData(dataset, allGroups(*dataset));
    QVERIFY(!tab.stateStack()->isShowingMessage());
    // Three groups: a series each (few), a fitted line each.
    QCOMPARE(tab.legend()->entries().size(), 3);
    QCOMPARE(tab.pointLayer()->groups().size(), 3);
    QCOMPARE(tab.pointLayer()->groups()[0].points.size(), 4);
    QCOMPARE(tab.fitLines().size(), 3);
    const int a = groupIndex(*dataset, QStringLiteral("a"));
    const int line = int(tab.fitLineGroups().indexOf(a));
    QVERIFY(line >= 0);
    const QList<QPointF> fit = tab.fitLines()[line].points;
    QCOMPARE(fit.first().x(), 10.0);
    QVERIFY(qAbs(fit.first().y() - 0.96) < 1e-9);
    QCOMPARE(fit.last().x(), 40.0);
    QVERIFY(qAbs(fit.last().y() - 4.14) < 1e-9);
    QVERIFY(tab.fitLines()[line].toolTip.contains(QStringLiteral("n = 4")));
    const auto *xAxis = tab.chart()->axes(Qt::Horizontal).value(0);
    QVERIFY(xAxis && xAxis->titleText().contains(QStringLiteral("Input tokens")));
    const auto *yAxis = tab.chart()->axes(Qt::Vertical).value(0);
    QVERIFY(yAxis && yAxis->titleText().contains(QStringLiteral("(s)")));

    // Linear axis: the line is two points; the value axis is linear.
    tab.setLogScale(false);
    QCOMPARE(tab.fitLines()[int(tab.fitLineGroups().indexOf(a))].points.size(), 2);
    QVERIFY(qobject_cast<QValueAxis *>(tab.chart()->axes(Qt::Vertical).value(0)));
    QCOMPARE(tab.chart()->axes().size(), 2);

    // Filter to method a only: two axes still (the old ones removed), the layer anchored.
    tab.setData(dataset, groupsOfMethods(*dataset, {QStringLiteral("a")}));
    QCOMPARE(tab.legend()->entries().size(), 1);
    QCOMPARE(tab.pointLayer()->groups().size(), 1);
    QCOMPARE(tab.fitLines().size(), 1);
    QCOMPARE(tab.chart()->axes().size(), 2);
    QVERIFY(tab.pointLayer()->anchor());
}

void TestBeyond::niceAxisRanges()
{
    // Worked by hand with Heckbert's nice numbers: 0 … 3.36 over about 6
    // ticks: the range rounds up to 5, 5 / 5 = 1 rounds to a step of 1: 0 … 4, 5 ticks.
    auto nice = ChartFactory::niceRange(0, 3.36, 6);
    QCOMPARE(nice.from, 0.0);
    QCOMPARE(nice.to, 4.0);
    QCOMPARE(nice.ticks, 5);
    // 12 … 987 over 7: range 975 rounds up to 1000, 1000 / 6 = 166.7 rounds to
    // 200: 0 … 1000, 6 ticks.
    nice = ChartFactory::niceRange(12, 987, 7);
    QCOMPARE(nice.from, 0.0);
    QCOMPARE(nice.to, 1000.0);
    QCOMPARE(nice.ticks, 6);
    // 0.013 … 0.072 over 6: 0.059 rounds up to 0.1, 0.02 is the step: 0 … 0.08, 5 ticks.
    nice = ChartFactory::niceRange(0.013, 0.072, 6);
    QCOMPARE(nice.from, 0.0);
    QVERIFY(qAbs(nice.to - 0.08) < 1e-12);
    QCOMPARE(nice.ticks, 5);
    // No span: left as it is.
    nice = ChartFactory::niceRange(2, 2, 6);
    QCOMPARE(nice.from, 2.0);
    QCOMPARE(nice.to, 2.0);
}

void TestBeyond::scalingTabEstimator()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("scaling.json"))});
    QCOMPARE(sources.size(), 1);
    const DatasetPtr dataset = Dataset::build(sources);
    ScalingTab tab;
    tab.resize(1200, 800);
    tab.setData(dataset, groupsOfMethods(*dataset, {QStringLiteral("a"), QStringLiteral("b")}));
    // 100 prompts of 25 tokens: a: −0.1 + 0.106 × 25 = 2.55 s, 255 s in all;
    // b: 0.5 s, 50 s in all. Fastest first.
    tab.setEstimateInputs(100, 25);
    const CostEstimateModel *model = tab.estimateModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->estimates()[0].method, QStringLiteral("b"));
    QCOMPARE(model->estimates()[0].total, 50.0);
    QCOMPARE(model->estimates()[1].method, QStringLiteral("a"));
    QVERIFY(qAbs(model->estimates()[1].perPrompt - 2.55) < 1e-9);
    QVERIFY(qAbs(model->estimates()[1].total - 255) < 1e-9);
    QCOMPARE(column(model, 1, CostEstimateModel::TotalColumn), QStringLiteral("4.2 min")); // 4.25, half to even
    QVERIFY(tab.rangeWarning()->isHidden());
    // 50 tokens is beyond both fits (10–40 and 10–30): a visible warning.
    tab.setEstimateInputs(100, 50);
    QVERIFY(!tab.rangeWarning()->isHidden());
    QVERIFY(tab.rangeWarning()->text().contains(QStringLiteral("2 of 2")));
    QCOMPARE(column(model, 0, CostEstimateModel::NoteColumn), QStringLiteral("⚠ extrapolated"));
    QVERIFY(qAbs(model->estimates()[1].perPrompt - 5.2) < 1e-9);
}

// Boxes of scaling.json (quartiles by linear interpolation):
//   a: 1, 2, 3, 4.2: Q1 = 1.75, median 2.5, Q3 = 3.3; fences −0.575, 5.625: whiskers 1 and 4.2
//   c: 1 … 9, 100: Q1 = 3.25, median 5.5, Q3 = 7.75, IQR 4.5; fences −3.5, 14.5:
//      whiskers 1 and 9, 100 an outlier
void TestBeyond::distributionTabBoxes()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("scaling.json"))});
    QCOMPARE(sources.size(), 1);
    const DatasetPtr dataset = Dataset::build(sources);
    DistributionTab tab;
    tab.resize(1200, 800);
    tab.setData(dataset, allGroups(*dataset));
    QVERIFY(!tab.stateStack()->isShowingMessage());
    QCOMPARE(tab.hardware(), QStringLiteral("G"));
    QCOMPARE(tab.boxChart()->legend()->entries().size(), 1); // one legend entry: model M
    QCOMPARE(tab.boxChart()->legend()->entries()[0].name, QStringLiteral("M"));
    const BoxLayer *layer = tab.boxChart()->boxLayer();
    QCOMPARE(layer->boxes().size(), 3);
    const auto values = [](const BoxLayer::Box *box) {
        return QList<double>{box->lower, box->q1, box->median, box->q3, box->upper};
    };
    QVERIFY(layer->box(0, 0) && layer->box(0, 2));
    const QList<double> a = values(layer->box(0, 0));
    const QList<double> expectedA{1, 1.75, 2.5, 3.3, 4.2};
    for (int i = 0; i < 5; ++i)
        QVERIFY2(qAbs(a[i] - expectedA[i]) < 1e-9, qPrintable(QString::number(a[i])));
    QCOMPARE(values(layer->box(0, 2)), (QList<double>{1, 3.25, 5.5, 7.75, 9}));
    // Drawn where Qt Charts maps Q1 and Q3 of c: one series, so the box is
    // centred on its category (x = 2) and half a category wide.
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QChart *chart = tab.boxChart()->chart();
    QAbstractSeries *anchor = tab.boxChart()->anchorSeries();
    const QRectF expected = QRectF(chart->mapToPosition(QPointF(1.75, 3.25), anchor),
                                   chart->mapToPosition(QPointF(2.25, 7.75), anchor)).normalized();
    const QRectF drawn = layer->boxRect(int(layer->box(0, 2) - layer->boxes().constData()));
    QVERIFY2(qAbs(drawn.left() - expected.left()) < 1e-6 && qAbs(drawn.right() - expected.right()) < 1e-6
                 && qAbs(drawn.top() - expected.top()) < 1e-6 && qAbs(drawn.bottom() - expected.bottom()) < 1e-6,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(drawn.x()).arg(drawn.y()).arg(drawn.width()).arg(drawn.height())));
    // Hovering the box is finding it.
    QCOMPARE(layer->boxAt(chart->mapToScene(drawn.center())), int(layer->box(0, 2) - layer->boxes().constData()));
    QCOMPARE(tab.outlierLayer()->groups().size(), 1);
    QCOMPARE(tab.outlierLayer()->groups()[0].points, QList<QPointF>{QPointF(2, 100)}); // category 2 (c): centre x = 2

    const DistributionModel::Box box = DistributionModel::tukeyBox(std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
    QCOMPARE(box.outliers, std::vector<double>{100});
}

// median_ci95 of c (n = 10, sorted 1 … 9, 100): j = max(1, ⌊5 − 0.98·√10⌋) = 1,
// k = min(10, ⌈6 + 0.98·√10⌉) = 10: [x(1), x(10)] = [1, 100]. a and b have
// fewer than 6 times: no interval.
void TestBeyond::performanceErrorBars()
{
    const QList<SourceDataPtr> sources = load({testFile(QStringLiteral("scaling.json"))});
    QCOMPARE(sources.size(), 1);
    const DatasetPtr dataset = Dataset::build(sources);
    PerformanceTab tab;
    tab.resize(1000, 700);
    tab.setData(dataset, allGroups(*dataset));
    tab.setErrorBars(true);
    const auto intervals = [&tab] {
        QList<QPair<double, double>> out;
        for (const DotPlotData::Dot &dot : tab.dotPlot()->data().dots) {
            if (!std::isnan(dot.low))
                out.append({dot.low, dot.high});
        }
        return out;
    };
    QVERIFY(intervals().isEmpty()); // mean time: no interval to draw
    tab.setMetric(PerformanceTab::Metric::MedianTime);
    // One row (model M), three dots (a, b, c); only c has an interval, drawn through its dot.
    QCOMPARE(intervals(), (QList<QPair<double, double>>{{1.0, 100.0}}));
    const DotPlotData::Dot &c = tab.dotPlot()->data().dots.at(2);
    QCOMPARE(tab.dotPlot()->data().series.at(c.series).name, QStringLiteral("c"));
    QVERIFY(c.tooltip.contains(QStringLiteral("95 % CI of the median: 1.000 s – 100.0 s")));
    // The axis reaches the interval's ends.
    QVERIFY(tab.dotPlot()->axisMin() <= 1.0 && tab.dotPlot()->axisMax() >= 100.0);
    // A theme change keeps the lines.
    tab.setDarkTheme(true);
    QCOMPARE(intervals().size(), 1);
    tab.setErrorBars(false);
    QVERIFY(intervals().isEmpty());
}

void TestBeyond::tabOrderAndShortcuts()
{
    MainWindow window;
    QStringList names;
    for (int i = 0; i < window.tabWidget()->count(); ++i) {
        const auto *tab = qobject_cast<ChartTab *>(window.tabWidget()->widget(i));
        names.append(tab ? tab->exportName() : window.tabWidget()->widget(i) == window.historyTab() ? QStringLiteral("history") : QStringLiteral("data"));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("overview"), QStringLiteral("performance"), QStringLiteral("heatmap"),
                                 QStringLiteral("hardware"), QStringLiteral("insights"), QStringLiteral("models"),
                                 QStringLiteral("methods"), QStringLiteral("compare"), QStringLiteral("scaling"),
                                 QStringLiteral("distribution"), QStringLiteral("data"), QStringLiteral("history")}));
    // Ctrl+1 … Ctrl+8 keep reaching the first seven tabs and Data; Ctrl+9 is History.
    const QList<QAction *> &actions = window.mainActions()->tabActions;
    QCOMPARE(actions.size(), names.size());
    for (int i = 0; i < 7; ++i)
        QCOMPARE(actions[i]->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    QCOMPARE(actions[10]->shortcut(), QKeySequence(QStringLiteral("Ctrl+8")));
    QCOMPARE(actions[11]->shortcut(), QKeySequence(QStringLiteral("Ctrl+9")));
    QVERIFY(actions[7]->shortcut().isEmpty());
}

void TestBeyond::liveUpdateFollowsAtomicRewrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timing.json"));
    QVERIFY(QFile::copy(testFile(QStringLiteral("compare_baseline.json")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    MainWindow window;
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({path});
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->models(), QStringList{QStringLiteral("M")});
    window.liveUpdater()->setIntervalSeconds(5);
    window.filterState()->setShown(Dimension::Method, QStringLiteral("b"), false);
    const int scaling = 8;
    window.tabWidget()->setCurrentIndex(scaling);
    const std::size_t shownBefore = window.filteredGroups().size();

    // An editor's save: write elsewhere, rename over. A new model N appears.
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    original.close();
    const qsizetype end = text.lastIndexOf(']');
    QVERIFY(end > 0);
    text.insert(end, QByteArray(",\n") + promptLine("N", "a", 0.25) + ",\n" + promptLine("N", "b", 0.5) + "\n");
    QVERIFY(writeAtomically(path, text));

    QTRY_VERIFY_WITH_TIMEOUT(window.dataset()->models().contains(QStringLiteral("N")), 10000);
    QVERIFY(!window.filterState()->isShown(Dimension::Method, QStringLiteral("b")));
    QCOMPARE(window.filteredGroups().size(), shownBefore + 1); // N/a; N/b stays hidden
    QCOMPARE(window.tabWidget()->currentIndex(), scaling);
    QVERIFY(window.liveUpdater()->statusLabel()->text().startsWith(QStringLiteral("Data changed")));

    // The watch survived the rename: a second save is followed too.
    text.insert(text.lastIndexOf(']'), QByteArray(",\n") + promptLine("O", "a", 0.75) + "\n");
    QVERIFY(writeAtomically(path, text));
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset()->models().contains(QStringLiteral("O")), 10000);

    // Off: changes are no longer followed.
    window.liveUpdater()->setIntervalSeconds(0);
    text.insert(text.lastIndexOf(']'), QByteArray(",\n") + promptLine("P", "a", 0.75) + "\n");
    QVERIFY(writeAtomically(path, text));
    QTest::qWait(1200);
    QVERIFY(!window.dataset()->models().contains(QStringLiteral("P")));
    QCOMPARE(QSettings().value(QStringLiteral("view/liveUpdateSeconds")).toInt(), 0);
}

void TestBeyond::liveUpdateFollowsAppendedRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("running.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    file.write(promptLine("M", "a", 1.0) + '\n');
    file.flush();

    MainWindow window;
    QSignalSpy applied(&window, &MainWindow::datasetApplied);
    window.openSources({path});
    QVERIFY(applied.wait(10000));
    QCOMPARE(window.dataset()->promptRowCount(), 1);
    window.liveUpdater()->setIntervalSeconds(30);
    // A benchmark appending a row at a time.
    for (int i = 2; i <= 4; ++i) {
        file.write(promptLine("M", "a", i) + '\n');
        file.flush();
        QTRY_COMPARE_WITH_TIMEOUT(window.dataset()->promptRowCount(), qint64(i), 10000);
    }
    QCOMPARE(window.dataset()->groups().front().medianTime, 2.5);
}

// Not a check: with ATTRISCOPE_SCREENSHOTS=<dir> (and optionally
// ATTRISCOPE_SCREENSHOT_DATA=<json>), writes the new tabs at two sizes in
// light and dark, for looking at them.
void TestBeyond::screenshots()
{
    const QString out = qEnvironmentVariable("ATTRISCOPE_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set ATTRISCOPE_SCREENSHOTS to a folder to write screenshots");
    QDir().mkpath(out);
    const QString data = qEnvironmentVariable("ATTRISCOPE_SCREENSHOT_DATA", testFile(QStringLiteral("scaling.json")));
    QStringList files{data};
    const QString candidate = qEnvironmentVariable("ATTRISCOPE_SCREENSHOT_CANDIDATE");
    if (!candidate.isEmpty())
        files.append(candidate);
    const QList<SourceDataPtr> sources = load(files);
    QVERIFY(!sources.isEmpty());
    const DatasetPtr dataset = Dataset::build(sources);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette darkPalette;
    darkPalette.setColor(QPalette::Window, QColor(0x2b2b2b));
    darkPalette.setColor(QPalette::WindowText, QColor(0xe6e6e6));
    darkPalette.setColor(QPalette::Base, QColor(0x1f1f1f));
    darkPalette.setColor(QPalette::AlternateBase, QColor(0x2a2a2a));
    darkPalette.setColor(QPalette::Text, QColor(0xe6e6e6));
    darkPalette.setColor(QPalette::Button, QColor(0x353535));
    darkPalette.setColor(QPalette::ButtonText, QColor(0xe6e6e6));
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        for (bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette : light);
            auto *performance = new PerformanceTab;
            performance->setMetric(PerformanceTab::Metric::MedianTime);
            performance->setErrorBars(true);
            const QList<ChartTab *> tabs{new CompareTab, new ScalingTab, new DistributionTab, performance};
            for (ChartTab *tab : tabs) {
                std::unique_ptr<ChartTab> owner(tab);
                tab->setAttribute(Qt::WA_DontShowOnScreen);
                tab->resize(size);
                tab->show();
                tab->setDarkTheme(dark);
                tab->setData(dataset, allGroups(*dataset));
                QTest::qWait(50);
                const QString name = QStringLiteral("%1/%2_%3x%4_%5.png")
                                         .arg(out, tab->exportName())
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
                QVERIFY(tab->grab().save(name));
            }
        }
    }
}

// The user picks whose fitted lines are drawn; the sweep has 3000 fits.
void TestBeyond::scalingTabPicksWhoseLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path));
    const QList<SourceDataPtr> sources = load({path});
    QVERIFY(!sources.isEmpty());
    const DatasetPtr dataset = Dataset::build(sources);
    ScalingTab tab;
    tab.resize(1280, 800);
    tab.setData(dataset, allGroups(*dataset));
    tab.setHardware(QStringLiteral("Tesla T4"));
    QComboBox *box = tab.linesBox();
    // Automatic, Largest groups, a separator, then every model by name.
    QCOMPARE(box->count(), 3 + 30);
    QStringList models = SweepFixture::models();
    std::sort(models.begin(), models.end());
    QCOMPARE(box->itemText(3), models.front());
    const auto lineModels = [&] {
        QSet<QString> names;
        for (int g : tab.fitLineGroups())
            names.insert(dataset->models()[dataset->groups()[std::size_t(g)].model]);
        return names;
    };
    QCOMPARE(lineModels(), QSet<QString>{models.front()}); // automatic: one model, its 20 methods
    QCOMPARE(tab.fitLineGroups().size(), 20);
    const QString phi = QStringLiteral("microsoft/Phi-3.5-mini-instruct");
    const int index = box->findText(phi);
    QVERIFY(index > 3);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QCOMPARE(lineModels(), QSet<QString>{phi});
    QCOMPARE(tab.fitLineGroups().size(), 20);
    QCOMPARE(box->currentText(), phi);
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    tab.saveSettings(settings);
    ScalingTab restored;
    restored.restoreSettings(settings);
    restored.setData(dataset, allGroups(*dataset));
    QCOMPARE(restored.model()->lineModel(), phi);
}

// The Methods tab on the sweep: every model in one chart, one value axis,
// full names down the left, the first model on top.
void TestBeyond::methodsTabShowsEveryModel()
{
    const DatasetPtr dataset = [] {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sweep.json"));
        return SweepFixture::write(path) ? Dataset::build(load({path})) : DatasetPtr();
    }();
    QVERIFY(dataset);
    MethodsTab tab;
    tab.resize(1280, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setData(dataset, allGroups(*dataset));
    QCOMPARE(tab.currentMethod(), QStringLiteral("attention"));
    BoxPlotChart *chart = tab.boxPlot();
    QStringList models = SweepFixture::models();
    std::sort(models.begin(), models.end());
    QStringList shown = chart->categoryAxis()->categories();
    std::reverse(shown.begin(), shown.end()); // the axis counts upwards; the first model is on top
    QCOMPARE(shown, models);
    QCOMPARE(chart->chartData().title, QStringLiteral("Time per prompt of attention")); // no "(models 1–10 of 30)"
    QVERIFY(chart->chartData().horizontal);
    QVERIFY(qobject_cast<QLogValueAxis *>(chart->valueAxis())); // log by default: CPU vs H200 is 40×
    // EleutherAI/gpt-neo-1.3B (fixture index 2) with attention (cost 0.01) on
    // Tesla T4 (factor 1): 0.012 · (1, 1.1, 1.2) s; quartiles by linear interpolation.
    const int row = int(models.indexOf(QStringLiteral("EleutherAI/gpt-neo-1.3B")));
    const int t4 = int(chart->chartData().series.size()) - 1;
    QCOMPARE(chart->chartData().series[t4].name, QStringLiteral("Tesla T4"));
    const BoxLayer::Box *box = chart->boxLayer()->box(t4, row);
    QVERIFY(box);
    QVERIFY(qAbs(box->lower - 0.012) < 1e-12 && qAbs(box->q1 - 0.0126) < 1e-12 && qAbs(box->median - 0.0132) < 1e-12
            && qAbs(box->q3 - 0.0138) < 1e-12 && qAbs(box->upper - 0.0144) < 1e-12);
    // Rows top to bottom in name order; the boxes lie along x (values) within their row.
    const auto rect = [&](int series, int category) {
        const BoxLayer::Box *b = chart->boxLayer()->box(series, category);
        return chart->boxLayer()->boxRect(int(b - chart->boxLayer()->boxes().constData()));
    };
    QVERIFY(rect(0, 0).center().y() < rect(0, 1).center().y());
    QVERIFY(rect(0, 0).center().y() < rect(t4, 0).center().y()); // the first hardware uppermost in a row
    QVERIFY(rect(t4, row).width() > rect(t4, row).height() / 4); // not a vertical box
    // Each full name fits beside the plot (no "…"): the label column is wider than the widest name.
    const QFontMetricsF metrics(chart->categoryAxis()->labelsFont());
    qreal widest = 0;
    for (const QString &name : std::as_const(models))
        widest = std::max(widest, metrics.horizontalAdvance(name));
    QTRY_VERIFY2(chart->chart()->plotArea().left() > widest,
                 qPrintable(QStringLiteral("%1 < %2").arg(chart->chart()->plotArea().left()).arg(widest)));
}

// Method names that do not fit their slot stand upright and whole (they
// were cut to "att…"); short ones stay on their side.
void TestBeyond::distributionNamesStandUpright()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path));
    const DatasetPtr sweep = Dataset::build(load({path}));
    QVERIFY(sweep);
    DistributionTab tab;
    tab.resize(1280, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setData(sweep, allGroups(*sweep));
    tab.setModel(QString()); // every model: 600 boxes, methods along the bottom
    QBarCategoryAxis *axis = tab.boxChart()->categoryAxis();
    QVERIFY(axis);
    QCOMPARE(axis->labelsAngle(), -90);
    QStringList methods = SweepFixture::methods();
    std::sort(methods.begin(), methods.end());
    QStringList shown = axis->categories();
    for (QString &name : shown)
        name.remove(QChar(0x200B));
    QCOMPARE(shown, methods); // whole names, no "…"
    const DatasetPtr small = Dataset::build(load({testFile(QStringLiteral("scaling.json"))}));
    QVERIFY(small);
    tab.setData(small, allGroups(*small));
    QCOMPARE(tab.boxChart()->categoryAxis()->labelsAngle(), 0);
}

// 30 models are too many boxes for one picture: by default the first model by
// name, its 20 methods down the left in full, a box per hardware (5) in the
// hardware's session colour. The sweep's times of (model i, method j,
// hardware h) over its 3 prompts are t·1, t·1.1, t·1.2 with t = cost_j ·
// factor_h · (1 + i/10): the median is the middle one.
void TestBeyond::distributionOfASweepIsOneModelAtATime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sweep.json"));
    QVERIFY(SweepFixture::write(path));
    const DatasetPtr sweep = Dataset::build(load({path}));
    QVERIFY(sweep);
    auto colors = std::make_shared<NameColors>();
    colors->addDataset(*sweep);
    DistributionTab tab;
    tab.setNameColors(colors);
    tab.resize(1280, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setData(sweep, allGroups(*sweep));
    tab.setHardware(QString()); // every hardware side by side

    QStringList models = SweepFixture::models();
    std::sort(models.begin(), models.end());
    const QString first = models.first();
    const int i = int(SweepFixture::models().indexOf(first));
    const DistributionModel *model = tab.model();
    QCOMPARE(model->shownModel(), first);
    QCOMPARE(model->seriesBy(), DistributionModel::SeriesBy::Hardware);
    const BoxPlotData &data = tab.boxChart()->chartData();
    QVERIFY(data.horizontal);
    QVERIFY(data.title.contains(first));
    QStringList methods = SweepFixture::methods();
    std::sort(methods.begin(), methods.end());
    QCOMPARE(data.categories, methods);
    QStringList hardware = SweepFixture::hardware();
    std::sort(hardware.begin(), hardware.end());
    QCOMPARE(data.series.size(), hardware.size());
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        QCOMPARE(data.series[s].name, hardware[s]);
        QCOMPARE(data.series[s].color, colors->color(Dimension::Hardware, hardware[s]));
        const int h = int(SweepFixture::hardware().indexOf(hardware[s]));
        for (qsizetype c = 0; c < methods.size(); ++c) {
            const int j = int(SweepFixture::methods().indexOf(methods[c]));
            QVERIFY(std::abs(data.series[s].boxes[c].median / SweepFixture::time(i, j, h, 1) - 1) < 1e-12);
        }
    }
    // The method names stand whole down the left.
    QStringList shown = tab.boxChart()->categoryAxis()->categories();
    std::reverse(shown.begin(), shown.end()); // the axis counts upwards
    QCOMPARE(shown, methods);

    // Another model by choice, remembered; every model on request.
    tab.setModel(models.last());
    QCOMPARE(tab.model()->shownModel(), models.last());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    tab.saveSettings(settings);
    DistributionTab again;
    again.restoreSettings(settings);
    again.setData(sweep, allGroups(*sweep));
    QCOMPARE(again.model()->shownModel(), models.last());
    again.setModel(QString());
    QCOMPARE(again.model()->seriesBy(), DistributionModel::SeriesBy::Models);
    QCOMPARE(again.boxChart()->chartData().series.size(), 30);
}

QTEST_MAIN(TestBeyond)
#include "tst_beyond.moc"
