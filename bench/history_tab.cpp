// SPDX-License-Identifier: GPL-3.0-or-later
// The History tab's trend at scale (docs/performance.md, "Run history"), on a
// store bench/history.sh filled:
//   - the store part of a trend request, as HistoryClient's job does it: open a
//     store, HistoryTrend::compute on the picked groups;
//   - the tab: from picking the groups to the trend drawn (HistoryTab::pickGroups
//     until trendShown, then the posted events and a paint of the chart into a pixmap),
//     and the first show (runs and groups listed);
//   - the verdicts against those of `history check`'s reading: each run's rows
//     of the picked groups (HistoryStore::loadRun) through Comparison::compute,
//     which is also how the tab worked them out before the times were stored.
//
//   QT_QPA_PLATFORM=offscreen attriscope-history-tab --db STORE [--repeat N] [--no-check] [--png FILE]
// --png saves the tab with its trend of ten groups, as drawn, to look at.
#include "comparison.h"
#include "historyclient.h"
#include "historystore.h"
#include "historytab.h"
#include "historytrend.h"
#include "historytrendchart.h"
#include "historytrendmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace {

struct Sample
{
    std::vector<double> ms;
    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n == 0 ? NAN : n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double max() const { return ms.empty() ? NAN : *std::max_element(ms.begin(), ms.end()); }
};

/// The groups HistoryTab::updateTrend picks: the model, the method (empty: all),
/// every hardware, at most ten.
std::vector<HistoryTrendGroup> pick(const std::vector<HistoryTrendGroup> &all, const QString &model, const QString &method)
{
    std::vector<HistoryTrendGroup> picked;
    for (const HistoryTrendGroup &g : all) {
        if (g.model == model && (method.isEmpty() || g.method == method) && picked.size() < 10)
            picked.push_back(g);
    }
    return picked;
}

/// Spins the event loop until `signal` of `sender`; false after a minute.
template<typename Sender, typename Signal>
bool waitFor(const Sender *sender, Signal signal)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    timeout.start(60'000);
    return loop.exec() == 0;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "attriscope-history-tab: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QString db;
    int repeat = 20;
    bool check = true;
    QString png;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[++i];
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--no-check"))
            check = false;
        else if (args[i] == QLatin1String("--png") && i + 1 < args.size())
            png = args[++i];
        else
            fail(QStringLiteral("usage: attriscope-history-tab --db STORE [--repeat N] [--no-check] [--png FILE]"));
    }
    if (db.isEmpty())
        fail(QStringLiteral("--db STORE is needed"));

    QString error;
    std::vector<HistoryTrendGroup> all;
    QList<HistoryRun> runs;
    {
        HistoryStore store;
        if (!store.open(db, &error) || !store.runs(&runs, &error) || !store.trend(&all, &error))
            fail(error);
    }
    if (all.empty())
        fail(QStringLiteral("the store has no groups"));
    std::printf("store %s: %lld runs, %zu groups\n", qPrintable(HistoryStore::displayName(db)),
                static_cast<long long>(runs.size()), all.size());
    const QString model = all.front().model;
    const QString method = all.front().method;
    struct Pick
    {
        const char *what;
        QString method;
        std::vector<HistoryTrendGroup> groups;
    };
    const Pick picks[] = {{"one method on every hardware (the tab's first pick)", method, pick(all, model, method)},
                          {"every method (ten groups, the most the tab draws)", QString(), pick(all, model, QString())}};

    // The store part, as HistoryClient's job does it: a store opened per request.
    for (const Pick &p : picks) {
        Sample sample;
        std::size_t steps = 0;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            HistoryStore store;
            std::vector<HistoryTrendSeries> series;
            if (!store.open(db, &error) || !HistoryTrend::compute(store, p.groups, 5, 0.05, &series, &error))
                fail(error);
            sample.ms.push_back(timer.nsecsElapsed() / 1e6);
            steps = 0;
            for (const HistoryTrendSeries &s : series)
                steps += s.steps.size();
        }
        std::printf("trend, store part (open + HistoryTrend::compute), %zu groups, %zu points: median %.1f ms, max %.1f ms "
                    "(%d times)\n",
                    p.groups.size(), steps, sample.median(), sample.max(), repeat);
    }

    // The tab itself, offscreen.
    HistoryClient client;
    client.setLocation(db);
    HistoryTab tab(&client);
    tab.resize(1280, 800);
    QElapsedTimer shown;
    shown.start();
    tab.show(); // the first show reads the store
    if (!waitFor(&tab, &HistoryTab::runsShown))
        fail(QStringLiteral("the runs were not shown"));
    std::printf("tab, first show until the runs and groups are listed: %.1f ms\n", shown.nsecsElapsed() / 1e6);
    if (!waitFor(&tab, &HistoryTab::trendShown))
        fail(QStringLiteral("the first trend was not shown"));
    for (const Pick &p : picks) {
        Sample sample;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            tab.pickGroups(model, p.method, QString());
            if (!waitFor(&tab, &HistoryTab::trendShown))
                fail(QStringLiteral("no trend"));
            QCoreApplication::processEvents(); // its posted layout and updates
            (void)tab.trendChart()->grab();     // and a paint, as the screen would get it
            sample.ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("tab, pick until the trend is drawn, %s: median %.1f ms, max %.1f ms (%d times)\n", p.what,
                    sample.median(), sample.max(), repeat);
    }

    if (!png.isEmpty() && !tab.grab().save(png))
        fail(QStringLiteral("could not write %1").arg(png));

    // Where the tab's time goes: the model set (the chart rebuilds on its reset), then the chart painted.
    for (const Pick &p : picks) {
        HistoryStore store;
        std::vector<HistoryTrendSeries> series;
        if (!store.open(db, &error) || !HistoryTrend::compute(store, p.groups, 5, 0.05, &series, &error))
            fail(error);
        Sample rebuild, layout, paint;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            tab.trendModel()->setSeries(series);
            rebuild.ms.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            QCoreApplication::processEvents(); // the chart's deferred layout and scene updates
            layout.ms.push_back(timer.nsecsElapsed() / 1e6);
            timer.restart();
            (void)tab.trendChart()->grab();
            paint.ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::printf("  of which, %zu groups: model set and chart rebuilt median %.1f ms, then its posted layout and "
                    "updates %.1f ms, then painting it (grab) %.1f ms\n",
                    p.groups.size(), rebuild.median(), layout.median(), paint.median());
    }

    if (!check)
        return 0;
    // The verdicts from the runs' rows, Comparison::compute on consecutive runs of each group.
    const std::vector<HistoryTrendGroup> &groups = picks[1].groups;
    QElapsedTimer timer;
    timer.start();
    HistoryStore store;
    if (!store.open(db, &error))
        fail(error);
    HistoryGroupFilter only;
    std::set<QString> methods, hardware;
    std::map<qint64, DatasetPtr> datasets;
    for (const HistoryTrendGroup &g : groups) {
        methods.insert(g.method);
        hardware.insert(g.hardware);
        for (const HistoryTrendPoint &p : g.runs)
            datasets[p.runId] = nullptr;
    }
    only.models = {model};
    only.methods = QStringList(methods.begin(), methods.end());
    only.hardware = QStringList(hardware.begin(), hardware.end());
    for (auto &[id, dataset] : datasets) {
        if (!store.loadRun(id, &dataset, &error, only))
            fail(error);
    }
    auto groupIndex = [](const Dataset &d, const HistoryTrendGroup &g) {
        for (std::size_t i = 0; i < d.groups().size(); ++i) {
            const GroupStats &s = d.groups()[i];
            if (d.models()[s.model] == g.model && d.methods()[s.method] == g.method && d.hardware()[s.hardware] == g.hardware)
                return std::vector<int>{int(i)};
        }
        return std::vector<int>{};
    };
    std::vector<std::vector<GroupComparison>> fromRows;
    for (const HistoryTrendGroup &g : groups) {
        fromRows.emplace_back();
        for (std::size_t i = 1; i < g.runs.size(); ++i) {
            const Dataset &before = *datasets[g.runs[i - 1].runId];
            const Dataset &after = *datasets[g.runs[i].runId];
            const Comparison c = Comparison::compute(before, groupIndex(before, g), after, groupIndex(after, g), 5, 0.05);
            fromRows.back().push_back(c.groups.empty() ? GroupComparison() : c.groups.front());
        }
    }
    const double rowsMs = timer.nsecsElapsed() / 1e6;
    std::vector<HistoryTrendSeries> series;
    if (!HistoryTrend::compute(store, groups, 5, 0.05, &series, &error))
        fail(error);
    int compared = 0, differ = 0, regressions = 0;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        for (std::size_t i = 1; i < series[k].steps.size(); ++i) {
            const GroupComparison &a = series[k].steps[i].change;
            const GroupComparison &b = fromRows[k][i - 1];
            const bool same = a.verdict == b.verdict && a.baselineN == b.baselineN && a.candidateN == b.candidateN
                && (a.pValue == b.pValue || (std::isnan(a.pValue) && std::isnan(b.pValue)))
                && (a.ratio == b.ratio || (std::isnan(a.ratio) && std::isnan(b.ratio)));
            ++compared;
            differ += same ? 0 : 1;
            regressions += a.verdict == GroupComparison::Verdict::Regression ? 1 : 0;
        }
    }
    std::printf("verdicts against the runs' rows through Comparison::compute (history check's reading), %zu groups: "
                "%d of %d steps differ (%d regressions); reading the rows took %.0f ms\n",
                groups.size(), differ, compared, regressions, rowsMs);
    return differ == 0 ? 0 : 2;
}
