// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark of the stages of a load and of a filter refresh:
//   attriscope_bench --file=big.json [--benchmark_repetitions=5 ...]
// Read: the file into a padded buffer. Parse: the readers into a SourceData
// (+ finalize). Build: Dataset::build (groups and statistics). Refresh: what
// the window does on a filter change: FilterState::filteredGroups, Summary,
// Insight and every chart tab's setData. Export: every chart as PNG.
// Benchmarks, not tests: nothing here asserts a time.

#include "chartexporter.h"
#include "charttab.h"
#include "charttabs.h"
#include "dataset.h"
#include "filterstate.h"
#include "insightstab.h"
#include "summary.h"
#include "summarycards.h"
#include "timingparser.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString g_file;

SourceDataPtr parseFile(const QString &path)
{
    QString error;
    const ByteBuffer bytes = ByteBuffer::fromFile(path, -1, &error);
    auto data = std::make_shared<SourceData>();
    data->name = path;
    if (!error.isEmpty() || !parseTimingData(bytes, path, ParseContext(), *data, &error)) {
        std::fprintf(stderr, "attriscope_bench: %s\n", qPrintable(error));
        std::exit(2);
    }
    data->finalize();
    return data;
}

/// Parsed and built once, shared by the benchmarks that start from a dataset.
DatasetPtr dataset()
{
    static const DatasetPtr d = Dataset::build({parseFile(g_file)});
    return d;
}

void setBytes(benchmark::State &state)
{
    state.SetBytesProcessed(std::int64_t(state.iterations()) * QFileInfo(g_file).size());
}

void BM_Read(benchmark::State &state)
{
    for (auto _ : state) {
        QString error;
        ByteBuffer bytes = ByteBuffer::fromFile(g_file, -1, &error);
        benchmark::DoNotOptimize(bytes.data());
    }
    setBytes(state);
}

void BM_Parse(benchmark::State &state)
{
    QString error;
    const ByteBuffer bytes = ByteBuffer::fromFile(g_file, -1, &error);
    for (auto _ : state) {
        SourceData data;
        if (!parseTimingData(bytes, g_file, ParseContext(), data, &error))
            state.SkipWithError(qPrintable(error));
        data.finalize();
        benchmark::DoNotOptimize(data.prompts.size());
    }
    setBytes(state);
}

void BM_Build(benchmark::State &state)
{
    const SourceDataPtr source = parseFile(g_file);
    for (auto _ : state) {
        DatasetPtr d = Dataset::build({source});
        benchmark::DoNotOptimize(d.get());
    }
    state.counters["rows"] = double(source->prompts.size());
}

/// The tabs of the window with the insights tab, and the summary cards.
struct Tabs
{
    QWidget parent;
    QList<ChartTab *> tabs;
    SummaryCards *cards;
    Tabs()
    {
        tabs = createChartTabs(&parent);
        tabs += InsightsTab::createForExport(&parent);
        cards = new SummaryCards(&parent);
    }
};

void refresh(Tabs &t, const DatasetPtr &d, const FilterState &filter)
{
    const std::vector<int> groups = filter.filteredGroups(*d);
    const Summary summary = Summary::compute(*d, groups);
    const QList<Insight> insights = Insight::compute(*d, groups);
    benchmark::DoNotOptimize(summary.fastest);
    benchmark::DoNotOptimize(insights.size());
    for (ChartTab *tab : std::as_const(t.tabs))
        tab->setData(d, groups);
    t.cards->setData(d, groups);
}

void BM_FilterRefresh(benchmark::State &state)
{
    const DatasetPtr d = dataset();
    Tabs t;
    FilterState filter;
    refresh(t, d, filter);
    bool hide = true;
    for (auto _ : state) {
        // Alternately hide the first model and show everything again.
        filter.setShown(Dimension::Model, d->models().value(0), !hide);
        hide = !hide;
        refresh(t, d, filter);
    }
    state.counters["groups"] = double(d->groups().size());
}

void BM_RefreshAndPaint(benchmark::State &state)
{
    // A refresh followed by painting the tab on screen (performance), as the window would.
    const DatasetPtr d = dataset();
    Tabs t;
    FilterState filter;
    ChartTab *shown = t.tabs.value(0);
    shown->resize(1400, 800);
    QImage image(1400, 800, QImage::Format_ARGB32_Premultiplied);
    refresh(t, d, filter);
    bool hide = true;
    for (auto _ : state) {
        filter.setShown(Dimension::Model, d->models().value(0), !hide);
        hide = !hide;
        refresh(t, d, filter);
        QPainter painter(&image);
        shown->render(&painter);
    }
}

void BM_Export(benchmark::State &state)
{
    const DatasetPtr d = dataset();
    const std::vector<int> groups = FilterState().filteredGroups(*d);
    setExtraChartTabFactory(&InsightsTab::createForExport);
    for (auto _ : state) {
        QTemporaryDir dir;
        QStringList written;
        QString error;
        if (!ChartExporter::exportAllCharts(d, groups, dir.path(), ChartExporter::Format::Png, QSize(1600, 1000),
                                            true, &written, &error))
            state.SkipWithError(qPrintable(error));
    }
}

} // namespace

BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Build)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FilterRefresh)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RefreshAndPaint)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Export)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--file=", 7) == 0)
            g_file = QString::fromLocal8Bit(argv[i] + 7);
    }
    if (g_file.isEmpty()) {
        std::fprintf(stderr, "usage: attriscope_bench --file=TIMING.json [benchmark options]\n");
        return 1;
    }
    QApplication app(argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
