// SPDX-License-Identifier: GPL-3.0-or-later
// Group statistics, the hardware rule, the summary and the insights, on a
// dataset built by hand (no parsing), with every expected number worked out
// in the comments.
#include "dataset.h"
#include "filterstate.h"
#include "groupstatsmodel.h"
#include "methodtimingmodel.h"
#include "prompttimingmodel.h"
#include "statistics.h"
#include "summary.h"
#include "timingfilterproxymodel.h"
#include "timingroles.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

std::uint32_t id(SourceData &s, const char *text)
{
    return s.strings.intern(std::string_view(text));
}

void prompt(SourceData &s, const char *model, const char *method, const char *gpu, const char *device, double time,
            double tokens, double rate, bool success)
{
    static int row = 0;
    s.prompts.append(id(s, model), id(s, method), id(s, gpu), id(s, device), time, tokens, 0, rate, success,
                     "some prompt, with a comma", "p", ++row);
}

MethodRecord methodRow(const char *model, const char *method, const char *gpu, const char *cpu)
{
    MethodRecord r;
    r.model = QString::fromLatin1(model);
    r.method = QString::fromLatin1(method);
    r.gpuInfo = QString::fromLatin1(gpu);
    r.cpuModel = QString::fromLatin1(cpu);
    return r;
}

// The fixture: see the test functions for what each row is for.
SourceDataPtr sourceA()
{
    auto s = std::make_shared<SourceData>();
    s->name = QStringLiteral("a.json");
    MethodRecord cpu = methodRow("A", "fast", "", "Xeon");
    cpu.modelLoadingTime = 3.0;
    s->methods.push_back(cpu);
    MethodRecord onlySummary = methodRow("B", "slow", "GPU1", "Xeon");
    onlySummary.totalPrompts = 10;
    onlySummary.successfulPrompts = 8;
    onlySummary.averageTime = 2.5;
    onlySummary.tokensPerSecond = 4.0;
    onlySummary.minTime = 1.0;
    onlySummary.maxTime = 5.0;
    s->methods.push_back(onlySummary);

    // A/fast on the CPU-only machine (gpu_info empty): borrows "Xeon".
    prompt(*s, "A", "fast", "", "CPU", 1.0, 10, kMissing, true); // rate = 10/1
    prompt(*s, "A", "fast", "", "CPU", 2.0, 20, 9.0, true);
    prompt(*s, "A", "fast", "", "CPU", 3.0, 30, kMissing, true); // rate = 30/3
    prompt(*s, "A", "fast", "", "CPU", 4.0, 40, 8.0, true);
    prompt(*s, "A", "fast", "", "CPU", 0.0, 12, 0.0, false);     // failed: counts as a prompt only
    // A/fast on T4.
    prompt(*s, "A", "fast", "T4", "CUDA", 0.5, 10, kMissing, true);
    prompt(*s, "A", "fast", "T4", "CUDA", 0.5, 10, kMissing, true);
    // No method row for A/other: falls back to the device.
    prompt(*s, "A", "other", "", "CUDA", 1.5, 15, kMissing, true);
    // Never succeeded.
    prompt(*s, "B", "fast", "GPU1", "CUDA", 0.0, 10, kMissing, false);
    prompt(*s, "B", "fast", "GPU1", "CUDA", kMissing, 10, kMissing, false);
    // Nothing to name the hardware by.
    prompt(*s, "C", "x", "", "", 7.0, 14, kMissing, true);
    s->finalize();
    return s;
}

SourceDataPtr sourceB()
{
    auto s = std::make_shared<SourceData>();
    s->name = QStringLiteral("b.json");
    prompt(*s, "A", "fast", "T4", "CUDA", 0.8, 16, kMissing, true);
    s->finalize();
    return s;
}

const GroupStats &group(const Dataset &d, const char *model, const char *method, const char *hardware)
{
    const int index = d.findGroup(std::uint32_t(d.modelId(QString::fromLatin1(model))),
                                  std::uint32_t(d.methodId(QString::fromLatin1(method))),
                                  std::uint32_t(d.hardwareId(QString::fromLatin1(hardware))));
    if (index < 0)
        qFatal("no group %s/%s/%s", model, method, hardware);
    return d.groups()[std::size_t(index)];
}

std::vector<int> all(const Dataset &d)
{
    std::vector<int> groups(d.groups().size());
    for (std::size_t i = 0; i < groups.size(); ++i)
        groups[i] = int(i);
    return groups;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantilesMatchNumpyLinear()
    {
        // numpy.percentile([1, 2, 3, 4, 10], 95): position 0.95 * 4 = 3.8 -> 4 + 0.8 * (10 - 4) = 8.8
        const double values[] = {1, 2, 3, 4, 10};
        QCOMPARE(Statistics::quantileSorted(values, 0.95), 8.8);
        QCOMPARE(Statistics::quantileSorted(values, 0.5), 3.0);
        QCOMPARE(Statistics::quantileSorted(std::span<const double>(values, 1), 0.95), 1.0);
        QVERIFY(std::isnan(Statistics::quantileSorted({}, 0.5)));
        QVERIFY(std::isnan(Statistics::sampleStdDev(std::span<const double>(values, 1))));
    }

    void hardwareRule()
    {
        const auto a = sourceA();
        const DatasetPtr d = Dataset::build({a});
        // gpu_info wins; else the one CPU-only method row's cpu_model; else device; else "unknown".
        QCOMPARE(d->hardware(), (QStringList{QStringLiteral("CUDA"), QStringLiteral("GPU1"), QStringLiteral("T4"),
                                             QStringLiteral("Xeon"), QStringLiteral("unknown")}));
        QCOMPARE(a->methods[0].hardware, QStringLiteral("Xeon"));
        QCOMPARE(a->methods[1].hardware, QStringLiteral("GPU1"));
        QCOMPARE(d->groups().size(), std::size_t(6));
    }

    void twoCpuOnlyMethodRowsAreAmbiguous()
    {
        // Two method rows without gpu_info for the same model and method: no borrowing.
        auto s = std::make_shared<SourceData>();
        s->methods.push_back(methodRow("A", "m", "", "Xeon"));
        s->methods.push_back(methodRow("A", "m", "", "EPYC"));
        prompt(*s, "A", "m", "", "CPU", 1.0, 10, kMissing, true);
        s->finalize();
        QCOMPARE(s->strings.at(s->prompts.hardware[0]), QStringLiteral("CPU"));
    }

    void groupStatistics()
    {
        const DatasetPtr d = Dataset::build({sourceA()});
        const GroupStats &g = group(*d, "A", "fast", "Xeon");
        QCOMPARE(g.prompts, 5);
        QCOMPARE(g.successful, 4);
        QCOMPARE(g.successRate, 80.0);
        QCOMPARE(g.timedCount, 4);
        QCOMPARE(g.meanTime, 2.5);
        QCOMPARE(g.medianTime, 2.5);
        QCOMPARE(g.minTime, 1.0);
        QCOMPARE(g.maxTime, 4.0);
        QCOMPARE(g.p95Time, 3.85);              // 0.95 * 3 = 2.85 -> 3 + 0.85 * (4 - 3)
        QCOMPARE(g.stdTime, std::sqrt(5.0 / 3)); // squares 2.25 + 0.25 + 0.25 + 2.25 = 5, over n - 1 = 3
        QCOMPARE(g.meanTokensPerSecond, 9.25);  // rates 10, 9, 10, 8
        QCOMPARE(g.medianTokensPerSecond, 9.5); // sorted 8, 9, 10, 10
        QCOMPARE(g.modelLoadingTime, 3.0);
        QVERIFY(!g.fromMethodRows);

        const GroupStats &t4 = group(*d, "A", "fast", "T4");
        QCOMPARE(t4.stdTime, 0.0);
        QCOMPARE(t4.meanTokensPerSecond, 20.0);

        const GroupStats &single = group(*d, "C", "x", "unknown");
        QVERIFY(std::isnan(single.stdTime)); // one value: no sample deviation
        QCOMPARE(single.p95Time, 7.0);

        const GroupStats &failed = group(*d, "B", "fast", "GPU1");
        QCOMPARE(failed.prompts, 2);
        QCOMPARE(failed.successful, 0);
        QCOMPARE(failed.successRate, 0.0);
        QVERIFY(std::isnan(failed.meanTime));
        QVERIFY(std::isnan(failed.meanTokensPerSecond));
    }

    void methodRowOnlyGroup()
    {
        const DatasetPtr d = Dataset::build({sourceA()});
        const GroupStats &g = group(*d, "B", "slow", "GPU1");
        QVERIFY(g.fromMethodRows);
        QCOMPARE(g.prompts, 10);
        QCOMPARE(g.successful, 8);
        QCOMPARE(g.successRate, 80.0);
        QCOMPARE(g.meanTime, 2.5);
        QCOMPARE(g.minTime, 1.0);
        QCOMPARE(g.maxTime, 5.0);
        QCOMPARE(g.meanTokensPerSecond, 4.0);
        QVERIFY(std::isnan(g.medianTime));
        QVERIFY(std::isnan(g.p95Time));
        QVERIFY(std::isnan(g.stdTime));
    }

    void sourcesMerge()
    {
        const DatasetPtr d = Dataset::build({sourceA(), sourceB()});
        const GroupStats &t4 = group(*d, "A", "fast", "T4");
        QCOMPARE(t4.prompts, 3);
        QCOMPARE(t4.meanTime, 0.6); // (0.5 + 0.5 + 0.8) / 3
        QCOMPARE(d->promptRowCount(), 12);
        QCOMPARE(d->locatePromptRow(11), std::make_pair(1, std::size_t(0)));
        QCOMPARE(d->locatePromptRow(10), std::make_pair(0, std::size_t(10)));
        const auto times = d->groupTimes(std::size_t(d->findGroup(t4.model, t4.method, t4.hardware)));
        QCOMPARE(std::vector<double>(times.begin(), times.end()), (std::vector<double>{0.5, 0.5, 0.8}));
    }

    void summary()
    {
        const DatasetPtr d = Dataset::build({sourceA()});
        const Summary s = Summary::compute(*d, all(*d));
        QCOMPARE(s.models, 3);
        QCOMPARE(s.methods, 4);
        QCOMPARE(s.hardware, 5);
        // successful / prompts: 4/5 + 2/2 + 1/1 + 0/2 + 8/10 + 1/1 = 16/21
        QCOMPARE(s.prompts, 21);
        QCOMPARE(s.successful, 16);
        QCOMPARE(s.successRate, 100.0 * 16 / 21);
        QCOMPARE(d->groups()[std::size_t(s.fastest)].meanTime, 0.5);  // A/fast/T4
        QCOMPARE(d->groups()[std::size_t(s.slowest)].meanTime, 7.0);  // C/x/unknown
        QCOMPARE(d->groups()[std::size_t(s.bestThroughput)].meanTokensPerSecond, 20.0);

        FilterState filter;
        filter.setShown(Dimension::Model, QStringLiteral("C"), false);
        const Summary filtered = Summary::compute(*d, filter.filteredGroups(*d));
        QCOMPARE(filtered.models, 2);
        QCOMPARE(d->groups()[std::size_t(filtered.slowest)].meanTime, 2.5); // A/fast/Xeon ties B/slow: first wins
        QCOMPARE(filtered.successRate, 100.0 * 15 / 20);

        filter.setHidden(Dimension::Method, QSet<QString>{QStringLiteral("fast"), QStringLiteral("other"),
                                                          QStringLiteral("slow"), QStringLiteral("x")});
        const Summary none = Summary::compute(*d, filter.filteredGroups(*d));
        QCOMPARE(none.models, 0);
        QCOMPARE(none.fastest, -1);
        QVERIFY(std::isnan(none.successRate));
    }

    void insights()
    {
        const DatasetPtr d = Dataset::build({sourceA()});
        const QList<Insight> insights = Insight::compute(*d, all(*d));
        QStringList kinds;
        for (const Insight &i : insights)
            kinds.append(i.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("performance_range"), QStringLiteral("most_consistent"),
                                     QStringLiteral("compatibility"), QStringLiteral("best_overall"),
                                     QStringLiteral("hardware_impact"), QStringLiteral("failures"),
                                     QStringLiteral("low_sample")}));
        // 7.0 / 0.5
        QCOMPARE(insights[0].numbers.value(QStringLiteral("ratio")).toDouble(), 14.0);
        // "fast" has two timed groups, means 2.5 and 0.5: sd sqrt(2), mean 1.5
        QCOMPARE(insights[1].methods, QStringList{QStringLiteral("fast")});
        QCOMPARE(insights[1].numbers.value(QStringLiteral("coefficient_of_variation")).toDouble(), std::sqrt(2.0) / 1.5);
        QCOMPARE(insights[2].severity, Severity::Warning);
        QCOMPARE(insights[2].methods, QStringList{QStringLiteral("fast")});
        QCOMPARE(insights[2].models, QStringList{QStringLiteral("B")});
        // Fastest per model: A -> fast, B -> slow, C -> x: a tie, the first method by name wins.
        QCOMPARE(insights[3].methods, QStringList{QStringLiteral("fast")});
        QCOMPARE(insights[3].numbers.value(QStringLiteral("models_won")).toInt(), 1);
        QCOMPARE(insights[3].numbers.value(QStringLiteral("models")).toInt(), 3);
        // One hardware card for every method: fast on T4 (0.5) vs Xeon (2.5) for model A: 5x;
        // other, slow and x each ran on one hardware only: named as not compared.
        QCOMPARE(insights[4].hardware, (QStringList{QStringLiteral("T4"), QStringLiteral("Xeon")}));
        const QJsonArray rows = insights[4].numbers.value(QStringLiteral("methods")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][QStringLiteral("method")].toString(), QStringLiteral("fast"));
        QCOMPARE(rows[0][QStringLiteral("ratio")].toDouble(), 5.0);
        QCOMPARE(insights[4].numbers.value(QStringLiteral("not_compared")).toInt(), 3);
        QVERIFY2(insights[4].text.contains(QStringLiteral("other (measured on")), qPrintable(insights[4].text));
        // Failures: A/fast/Xeon 1 of 5, B/fast 2 of 2, B/slow 2 of 10 (method row); 21 prompts in all.
        QCOMPARE(insights[5].numbers.value(QStringLiteral("failed_prompts")).toInt(), 5);
        QCOMPARE(insights[5].numbers.value(QStringLiteral("prompts")).toInt(), 21);
        QCOMPARE(insights[5].numbers.value(QStringLiteral("groups_with_failures")).toInt(), 3);
        QCOMPARE(insights[5].numbers.value(QStringLiteral("worst_group_failure_rate")).toDouble(), 100.0); // percent
        QCOMPARE(insights[5].methods, QStringList{QStringLiteral("fast")}); // B/fast fails always
        QCOMPARE(insights[5].models, QStringList{QStringLiteral("B")});
        // n < 5: A/fast/Xeon (4), A/fast/T4 (2), A/other (1), B/fast (0), C/x (1); B/slow has 8 successes.
        QCOMPARE(insights[6].numbers.value(QStringLiteral("groups")).toInt(), 5);
        QCOMPARE(insights[6].numbers.value(QStringLiteral("smallest_n")).toInt(), 0);
    }

    void insightsFollowTheFilter()
    {
        const DatasetPtr d = Dataset::build({sourceA()});
        FilterState filter;
        filter.showOnly(Dimension::Model, {QStringLiteral("A")}, d->models());
        const QList<Insight> insights = Insight::compute(*d, filter.filteredGroups(*d));
        for (const Insight &i : insights) {
            QVERIFY2(!i.models.contains(QStringLiteral("B")), qPrintable(i.text));
            if (i.kind == QLatin1String("compatibility"))
                QCOMPARE(i.severity, Severity::Success);
        }
    }

    void groupStatsModel()
    {
        GroupStatsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDataset(Dataset::build({sourceA()}));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(GroupStatsModel::ColumnCount));
        const QModelIndex mean = model.index(0, GroupStatsModel::MeanTimeColumn);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("A"));
        // Sorted by model, method, hardware: A/fast/T4 comes before A/fast/Xeon.
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("T4"));
        QVERIFY(mean.data(TimingRoles::SortRole).isValid());
        // B/fast/GPU1 never succeeded: no mean time, invalid sort value.
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data() == QStringLiteral("B") && model.index(row, 1).data() == QStringLiteral("fast"))
                QVERIFY(!model.index(row, GroupStatsModel::MeanTimeColumn).data(TimingRoles::SortRole).isValid());
        }
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void promptAndMethodModels()
    {
        PromptTimingModel prompts;
        MethodTimingModel methods;
        QAbstractItemModelTester t1(&prompts, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&methods, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const DatasetPtr d = Dataset::build({sourceA(), sourceB()});
        prompts.setDataset(d);
        methods.setDataset(d);
        QCOMPARE(prompts.rowCount(), 12);
        QCOMPARE(methods.rowCount(), 2);
        QCOMPARE(prompts.index(0, PromptTimingModel::HardwareColumn).data().toString(), QStringLiteral("Xeon"));
        QCOMPARE(prompts.index(11, PromptTimingModel::SourceColumn).data().toString(), QStringLiteral("b.json"));
        QCOMPARE(prompts.index(11, PromptTimingModel::TimeColumn).data(TimingRoles::SortRole).toDouble(), 0.8);
        QCOMPARE(prompts.index(0, PromptTimingModel::PromptColumn).data().toString(),
                 QStringLiteral("some prompt, with a comma"));
        QCOMPARE(methods.index(1, MethodTimingModel::HardwareColumn).data().toString(), QStringLiteral("GPU1"));
    }

    // Three sources with ties, missing values, shared and distinct texts.
    static DatasetPtr threeSources()
    {
        QList<SourceDataPtr> sources;
        std::uint32_t seed = 7;
        const auto next = [&seed](std::uint32_t n) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) % n;
        };
        const char *models[] = {"gpt2", "Llama-3", "bert", "llama-2"};
        const char *methods[] = {"saliency", "lime", "Integrated Gradients"};
        const char *gpus[] = {"T4", "A100", ""};
        const char *texts[] = {"The cat sat", "the dog ran", "A long prompt about cats", "zebra", ""};
        const char *ids[] = {"p1", "p2", "p10", "P3"};
        for (const char *name : {"b.json", "a.json", "b.json"}) {
            auto source = std::make_shared<SourceData>();
            source->name = QString::fromLatin1(name);
            for (int r = 0; r < 150; ++r) {
                const double time = next(10) == 0 ? kMissing : double(next(20)) / 4;
                const double tokens = next(8) == 0 ? kMissing : double(10 + next(5));
                const double rate = next(3) == 0 ? kMissing : double(next(7));
                source->prompts.append(id(*source, models[next(4)]), id(*source, methods[next(3)]),
                                       id(*source, gpus[next(3)]), id(*source, "CUDA"), time, tokens, 0, rate,
                                       next(6) != 0, texts[next(5)], ids[next(4)], r + 1);
            }
            source->finalize();
            sources.append(source);
        }
        return Dataset::build(sources);
    }

    // The prompt model filters, searches and sorts itself (a proxy is too slow
    // at a million rows). An independent path decides what it must show: the
    // generic TimingFilterProxyModel over an unfiltered PromptTimingModel.
    // Three sources with ties, missing values, shared and distinct texts.
    void promptModelAgreesWithTheProxy()
    {
        const DatasetPtr dataset = threeSources();

        FilterState filter;
        PromptTimingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilterState(&filter);
        model.setDataset(dataset);
        PromptTimingModel all;
        all.setDataset(dataset);
        TimingFilterProxyModel proxy;
        proxy.setFilterState(&filter);
        proxy.setSourceModel(&all);
        QCOMPARE(model.rowCount(), 450);

        const auto agree = [&](const char *what) {
            QCOMPARE(model.rowCount(), proxy.rowCount());
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const std::int64_t expected = proxy.mapToSource(proxy.index(row, 0)).row();
                if (model.datasetRow(row) != expected)
                    QFAIL(qPrintable(QStringLiteral("%1: row %2 shows dataset row %3, the proxy %4")
                                         .arg(QLatin1String(what))
                                         .arg(row)
                                         .arg(model.datasetRow(row))
                                         .arg(expected)));
            }
        };
        const auto check = [&](const char *what) {
            for (int column = -1; column < PromptTimingModel::ColumnCount; ++column) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    if (column < 0 && order == Qt::DescendingOrder)
                        continue; // -1 is the source order (the view asks it ascending)
                    model.sort(column, order);
                    // Ties keep the source order: the proxy keeps the previous
                    // sort's, so it starts again from the source order.
                    proxy.sort(-1);
                    proxy.sort(column, order);
                    agree(qPrintable(QStringLiteral("%1, column %2 %3")
                                         .arg(QLatin1String(what))
                                         .arg(column)
                                         .arg(QLatin1String(order == Qt::AscendingOrder ? "up" : "down"))));
                }
            }
        };
        check("everything");
        filter.setShown(Dimension::Model, QStringLiteral("bert"), false);
        filter.setShown(Dimension::Hardware, QStringLiteral("A100"), false);
        check("two hidden");
        // Searches: a name in another case, a text, an id, across fields (space), nothing.
        for (const char *query : {"LLAMA", "cat", "p1", "gpt2 lime", "saliency t4", "zebra", "no such thing"}) {
            model.setSearchText(QString::fromLatin1(query));
            proxy.setSearchText(QString::fromLatin1(query));
            check(query);
        }
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText({});
        proxy.setSearchText({});
        filter.showAll();
        model.sort(PromptTimingModel::TimeColumn, Qt::AscendingOrder);
        proxy.sort(-1);
        proxy.sort(PromptTimingModel::TimeColumn, Qt::AscendingOrder);
        agree("after show all");
        QVERIFY(!model.index(model.rowCount() - 1, PromptTimingModel::TimeColumn).data(TimingRoles::SortRole).isValid());
    }

    // Past asyncSortRows() the order is computed on a worker: the rows keep
    // their order until it is ready, then agree with the proxy (the independent
    // path); a newer sort or dataset drops an older result; a selected row
    // stays selected.
    void promptModelSortsOnAWorker()
    {
        const DatasetPtr dataset = threeSources();
        PromptTimingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setAsyncSortRows(0);
        model.setDataset(dataset);
        PromptTimingModel all;
        all.setDataset(dataset);
        TimingFilterProxyModel proxy;
        proxy.setSourceModel(&all);
        QSignalSpy sorting(&model, &PromptTimingModel::sortingChanged);
        const auto agree = [&] {
            QCOMPARE(model.rowCount(), proxy.rowCount());
            for (int row = 0; row < proxy.rowCount(); ++row)
                QCOMPARE(model.datasetRow(row), std::int64_t(proxy.mapToSource(proxy.index(row, 0)).row()));
        };
        for (int column : {int(PromptTimingModel::TimeColumn), int(PromptTimingModel::ModelColumn),
                           int(PromptTimingModel::PromptColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QPersistentModelIndex selected = model.index(17, 0);
                const std::int64_t selectedRow = model.datasetRow(17);
                const std::int64_t firstBefore = model.datasetRow(0);
                model.sort(column, order);
                QVERIFY(model.isSorting());
                QCOMPARE(model.datasetRow(0), firstBefore); // not yet reordered
                QTRY_VERIFY(!model.isSorting());
                proxy.sort(-1);
                proxy.sort(column, order);
                agree();
                QVERIFY(selected.isValid());
                QCOMPARE(model.datasetRow(selected.row()), selectedRow);
            }
        }
        QVERIFY(sorting.count() >= 12);

        // Two sorts at once: only the newer one's order arrives.
        model.sort(PromptTimingModel::TokensColumn, Qt::AscendingOrder);
        model.sort(PromptTimingModel::TimeColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isSorting());
        QTest::qWait(50); // the older job's finish, if it were applied, would have come by now
        proxy.sort(-1);
        proxy.sort(PromptTimingModel::TimeColumn, Qt::DescendingOrder);
        agree();

        // A new dataset while sorting: the old order is dropped, the new rows sort by the same column.
        model.sort(PromptTimingModel::TokensColumn, Qt::DescendingOrder);
        const DatasetPtr other = threeSources();
        model.setDataset(other);
        QTRY_VERIFY(!model.isSorting());
        all.setDataset(other);
        proxy.sort(-1);
        proxy.sort(PromptTimingModel::TokensColumn, Qt::DescendingOrder);
        agree();
    }

    // A long prompt: the cell shows the first 160 characters and an ellipsis
    // (a view shapes the whole text before eliding it); tooltip and sort
    // role keep it whole.
    void longPromptCellIsShortened()
    {
        auto source = std::make_shared<SourceData>();
        source->name = QStringLiteral("long.json");
        const std::string text(500, 'w');
        source->prompts.append(id(*source, "m"), id(*source, "k"), id(*source, "T4"), id(*source, "CUDA"), 1.0, 10, 0,
                               kMissing, true, text, "p", 1);
        source->finalize();
        PromptTimingModel model;
        model.setDataset(Dataset::build({source}));
        const QModelIndex cell = model.index(0, PromptTimingModel::PromptColumn);
        QCOMPARE(cell.data().toString(), QString(160, QLatin1Char('w')) + QChar(0x2026));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString().size(), 500);
        QCOMPARE(cell.data(TimingRoles::SortRole).toString().size(), 500);
    }

    void proxyFiltersAndSortsMissingLast()
    {
        PromptTimingModel prompts;
        FilterState filter;
        TimingFilterProxyModel proxy;
        proxy.setFilterState(&filter);
        proxy.setSourceModel(&prompts);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        prompts.setDataset(Dataset::build({sourceA()}));
        QCOMPARE(proxy.rowCount(), 11);
        filter.setShown(Dimension::Model, QStringLiteral("A"), false);
        QCOMPARE(proxy.rowCount(), 3); // B: 2 rows, C: 1 row
        filter.showAll();
        filter.setShown(Dimension::Hardware, QStringLiteral("Xeon"), false);
        QCOMPARE(proxy.rowCount(), 6);
        filter.showAll();
        proxy.setSearchText(QStringLiteral("CUDA"));
        QCOMPARE(proxy.rowCount(), 1); // only A/other is labelled CUDA; the device column is not searched
        proxy.setSearchText({});

        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(PromptTimingModel::TimeColumn, order);
            const QModelIndex last = proxy.index(proxy.rowCount() - 1, PromptTimingModel::TimeColumn);
            QVERIFY(!last.data(TimingRoles::SortRole).isValid()); // failed prompts have no time: last
            QCOMPARE(last.data().toString(), QStringLiteral("—"));
            // The fastest successful prompt is A/fast/T4's 0.5 s (the failed rows' 0 s is no time).
            const double first = proxy.index(0, PromptTimingModel::TimeColumn).data(TimingRoles::SortRole).toDouble();
            QCOMPARE(first, order == Qt::AscendingOrder ? 0.5 : 7.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
