// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include "format.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <map>
#include <set>

Summary Summary::compute(const Dataset &dataset, const std::vector<int> &groups)
{
    Summary s;
    std::set<std::uint32_t> models, methods, hardware;
    double fastest = 0, slowest = 0, best = 0;
    for (int index : groups) {
        const GroupStats &g = dataset.groups()[std::size_t(index)];
        models.insert(g.model);
        methods.insert(g.method);
        hardware.insert(g.hardware);
        s.prompts += g.prompts;
        s.successful += g.successful;
        if (g.successful > 0 && !std::isnan(g.meanTime)) {
            if (s.fastest < 0 || g.meanTime < fastest) {
                s.fastest = index;
                fastest = g.meanTime;
            }
            if (s.slowest < 0 || g.meanTime > slowest) {
                s.slowest = index;
                slowest = g.meanTime;
            }
        }
        if (!std::isnan(g.meanTokensPerSecond) && (s.bestThroughput < 0 || g.meanTokensPerSecond > best)) {
            s.bestThroughput = index;
            best = g.meanTokensPerSecond;
        }
    }
    s.models = int(models.size());
    s.methods = int(methods.size());
    s.hardware = int(hardware.size());
    if (s.prompts > 0)
        s.successRate = 100.0 * double(s.successful) / double(s.prompts);
    return s;
}

QString Insight::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Success:
        return QStringLiteral("success");
    case Severity::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

// lupdate takes the context of the tr() calls below from this namespace's name,
// which must match the context tr() passes at run time.
namespace InsightText {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InsightText", text);
}

QString describe(const Dataset &d, const GroupStats &g)
{
    return tr("%1 on %2 (%3)").arg(d.methods()[g.method], d.models()[g.model], d.hardware()[g.hardware]);
}

/// At most kListedNames of `names` joined by `separator`, then "and N more":
/// an insight is a sentence or two (the names are all in its `models`,
/// `methods` and `hardware`, which a card shows on demand), and a text listing
/// 500k model names would be megabytes in a card or report.
constexpr int kListedNames = 5;
QString joinCapped(const QStringList &names, const QString &separator)
{
    if (names.size() <= kListedNames)
        return names.join(separator);
    return tr("%1 and %2 more").arg(names.first(kListedNames).join(separator), QString::number(names.size() - kListedNames));
}

/// Names of one dimension, each once, in the order first added. A mask over
/// the dataset's ids makes each add O(1): QStringList::contains made the
/// insights quadratic in the number of groups (issue #11: 100k groups, 30 s).
class UniqueNames
{
public:
    UniqueNames(const QStringList &names, QStringList *out)
        : m_names(names)
        , m_seen(std::size_t(names.size()), false)
        , m_out(out)
    {
    }
    void add(std::uint32_t id)
    {
        if (m_seen[id])
            return;
        m_seen[id] = true;
        m_out->append(m_names[id]);
    }

private:
    const QStringList &m_names;
    std::vector<bool> m_seen;
    QStringList *m_out;
};

Insight performanceRange(const Dataset &d, const std::vector<int> &groups)
{
    const Summary s = Summary::compute(d, groups);
    if (s.fastest < 0 || s.slowest < 0 || s.fastest == s.slowest)
        return {};
    const GroupStats &fast = d.groups()[std::size_t(s.fastest)];
    const GroupStats &slow = d.groups()[std::size_t(s.slowest)];
    Insight insight;
    insight.kind = QStringLiteral("performance_range");
    insight.severity = Severity::Info;
    insight.title = tr("Performance range");
    double ratio = fast.meanTime > 0 ? slow.meanTime / fast.meanTime : kMissing;
    if (!std::isfinite(ratio))
        ratio = kMissing;
    insight.text = tr("The slowest group, %1, takes %2 per prompt: %3 the time of the fastest, %4, at %5.")
                       .arg(describe(d, slow), Format::seconds(slow.meanTime), Format::ratio(ratio),
                            describe(d, fast), Format::seconds(fast.meanTime));
    insight.numbers = {{QStringLiteral("fastest_mean_time"), fast.meanTime},
                       {QStringLiteral("slowest_mean_time"), slow.meanTime}};
    if (!std::isnan(ratio))
        insight.numbers.insert(QStringLiteral("ratio"), ratio);
    for (const GroupStats *g : {&fast, &slow}) {
        if (!insight.models.contains(d.models()[g->model]))
            insight.models.append(d.models()[g->model]);
        if (!insight.methods.contains(d.methods()[g->method]))
            insight.methods.append(d.methods()[g->method]);
        if (!insight.hardware.contains(d.hardware()[g->hardware]))
            insight.hardware.append(d.hardware()[g->hardware]);
    }
    return insight;
}

Insight mostConsistent(const Dataset &d, const std::vector<int> &groups)
{
    QMap<std::uint32_t, std::vector<double>> means;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        if (!std::isnan(g.meanTime))
            means[g.method].push_back(g.meanTime);
    }
    int bestMethod = -1;
    double bestCv = 0, bestMean = 0;
    int bestCount = 0;
    for (auto it = means.cbegin(); it != means.cend(); ++it) {
        if (it->size() < 2)
            continue;
        const double mean = Statistics::mean(*it);
        if (!(mean > 0))
            continue;
        const double cv = Statistics::sampleStdDev(*it) / mean;
        if (bestMethod < 0 || cv < bestCv) {
            bestMethod = int(it.key());
            bestCv = cv;
            bestMean = mean;
            bestCount = int(it->size());
        }
    }
    if (bestMethod < 0)
        return {};
    Insight insight;
    insight.kind = QStringLiteral("most_consistent");
    insight.severity = Severity::Success;
    insight.title = tr("Most consistent method");
    const QString method = d.methods()[bestMethod];
    insight.text = tr("%1 varies least across its %2 groups: coefficient of variation %3 of the mean times "
                      "(average %4 per prompt).")
                       .arg(method, QString::number(bestCount), Format::number(bestCv, 3), Format::seconds(bestMean));
    insight.numbers = {{QStringLiteral("coefficient_of_variation"), bestCv},
                       {QStringLiteral("groups"), bestCount},
                       {QStringLiteral("mean_time"), bestMean}};
    insight.methods = {method};
    return insight;
}

Insight compatibility(const Dataset &d, const std::vector<int> &groups)
{
    // method id -> model ids where it never succeeded; ids sort as the names do.
    std::map<std::uint32_t, std::vector<std::uint32_t>> failedModels;
    int failedGroups = 0;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        if (g.prompts > 0 && g.successful == 0) {
            ++failedGroups;
            failedModels[g.method].push_back(g.model);
        }
    }
    Insight insight;
    insight.kind = QStringLiteral("compatibility");
    insight.title = tr("Compatibility");
    if (failedModels.empty()) {
        if (groups.empty())
            return {};
        insight.severity = Severity::Success;
        insight.text = tr("Every method succeeded on at least one prompt in every group.");
        insight.numbers = {{QStringLiteral("failed_groups"), 0}};
        return insight;
    }
    insight.severity = Severity::Warning;
    QStringList parts;
    UniqueNames allModels(d.models(), &insight.models);
    for (auto &[method, modelIds] : failedModels) {
        std::sort(modelIds.begin(), modelIds.end());
        modelIds.erase(std::unique(modelIds.begin(), modelIds.end()), modelIds.end());
        QStringList models;
        for (std::uint32_t model : modelIds) {
            models.append(d.models()[model]);
            allModels.add(model);
        }
        parts.append(tr("%1 on %2").arg(d.methods()[method], joinCapped(models, QStringLiteral(", "))));
        insight.methods.append(d.methods()[method]);
    }
    insight.text = tr("No prompt succeeded for %1.").arg(joinCapped(parts, QStringLiteral("; ")));
    insight.numbers = {{QStringLiteral("failed_groups"), failedGroups},
                       {QStringLiteral("methods"), int(failedModels.size())}};
    return insight;
}

Insight bestOverall(const Dataset &d, const std::vector<int> &groups)
{
    // Per model, the method of its fastest group (any hardware).
    QMap<std::uint32_t, const GroupStats *> fastestPerModel;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        if (g.successful == 0 || std::isnan(g.meanTime))
            continue;
        const GroupStats *&best = fastestPerModel[g.model];
        if (!best || g.meanTime < best->meanTime)
            best = &g;
    }
    if (fastestPerModel.isEmpty())
        return {};
    // "Fastest of one" says nothing: it needs two methods measured on one model.
    QSet<std::uint32_t> modelsWithTwo;
    {
        QMap<std::uint32_t, std::uint32_t> firstMethod;
        for (int index : groups) {
            const GroupStats &g = d.groups()[std::size_t(index)];
            if (g.successful == 0 || std::isnan(g.meanTime))
                continue;
            const auto it = firstMethod.constFind(g.model);
            if (it == firstMethod.cend())
                firstMethod.insert(g.model, g.method);
            else if (it.value() != g.method)
                modelsWithTwo.insert(g.model);
        }
    }
    if (modelsWithTwo.isEmpty())
        return {};
    QMap<std::uint32_t, QStringList> wins; // method -> models it wins (methods in name order)
    for (auto it = fastestPerModel.cbegin(); it != fastestPerModel.cend(); ++it)
        wins[it.value()->method].append(d.models()[it.key()]);
    std::uint32_t winner = wins.firstKey();
    for (auto it = wins.cbegin(); it != wins.cend(); ++it) {
        if (it->size() > wins[winner].size())
            winner = it.key();
    }
    Insight insight;
    insight.kind = QStringLiteral("best_overall");
    insight.severity = Severity::Success;
    insight.title = tr("Best overall");
    const QString method = d.methods()[winner];
    const int won = int(wins[winner].size());
    const int total = int(fastestPerModel.size());
    insight.text = tr("%1 is the fastest method for %2 of %3 models (%4).")
                       .arg(method, QString::number(won), QString::number(total),
                            joinCapped(wins[winner], QStringLiteral(", ")));
    insight.numbers = {{QStringLiteral("models_won"), won}, {QStringLiteral("models"), total}};
    insight.methods = {method};
    insight.models = wins[winner];
    return insight;
}

Insight hardwareImpact(const Dataset &d, const std::vector<int> &groups)
{
    // method -> hardware -> model -> mean time
    QMap<std::uint32_t, QMap<std::uint32_t, QMap<std::uint32_t, double>>> table;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        if (g.successful > 0 && g.meanTime > 0 && std::isfinite(g.meanTime))
            table[g.method][g.hardware][g.model] = g.meanTime;
    }
    QSet<std::uint32_t> allHardware;
    for (const auto &perHardware : table) {
        for (auto h = perHardware.keyBegin(); h != perHardware.keyEnd(); ++h)
            allHardware.insert(*h);
    }
    if (allHardware.size() < 2)
        return {}; // one machine: nothing to compare
    // Per method: its fastest and slowest hardware, compared over the models
    // measured on both by the geometric mean of the time ratios (each model
    // one vote). Every method gets a line, or a reason why it has none.
    QJsonArray rows;
    QStringList lines, leftOut;
    Insight insight;
    insight.kind = QStringLiteral("hardware_impact");
    insight.severity = Severity::Info;
    insight.title = tr("Hardware impact");
    UniqueNames methods(d.methods(), &insight.methods);
    UniqueNames hardwareNames(d.hardware(), &insight.hardware);
    double largest = 0;
    for (auto m = table.cbegin(); m != table.cend(); ++m) {
        const QString method = d.methods()[m.key()];
        if (m->size() < 2) {
            leftOut.append(tr("%1 (measured on %2 only)").arg(method, d.hardware()[m->firstKey()]));
            continue;
        }
        // The hardware with the lowest geometric mean of its models' times is
        // the fastest; the one with the highest the slowest.
        std::uint32_t fastest = 0, slowest = 0;
        double fastestLog = qInf(), slowestLog = -qInf();
        for (auto h = m->cbegin(); h != m->cend(); ++h) {
            double logSum = 0;
            for (double t : *h)
                logSum += std::log(t);
            const double meanLog = logSum / double(h->size());
            if (meanLog < fastestLog) {
                fastest = h.key();
                fastestLog = meanLog;
            }
            if (meanLog > slowestLog) {
                slowest = h.key();
                slowestLog = meanLog;
            }
        }
        const auto &fast = m->value(fastest);
        const auto &slow = m->value(slowest);
        double logRatio = 0;
        int paired = 0;
        for (auto it = fast.cbegin(); it != fast.cend(); ++it) {
            const auto other = slow.constFind(it.key());
            if (other == slow.cend())
                continue;
            logRatio += std::log(other.value() / it.value());
            ++paired;
        }
        if (fastest == slowest || paired == 0) {
            leftOut.append(tr("%1 (no model measured on two of its hardware)").arg(method));
            continue;
        }
        const double ratio = std::exp(logRatio / paired);
        largest = std::max(largest, ratio);
        methods.add(m.key());
        hardwareNames.add(fastest);
        hardwareNames.add(slowest);
        rows.append(QJsonObject{{QStringLiteral("method"), method},
                                {QStringLiteral("fastest"), d.hardware()[fastest]},
                                {QStringLiteral("slowest"), d.hardware()[slowest]},
                                {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("models"), paired}});
        lines.append(tr("%1: %2 faster on %3 than on %4").arg(method, Format::ratio(ratio), d.hardware()[fastest],
                                                              d.hardware()[slowest]));
    }
    if (lines.isEmpty() && leftOut.isEmpty())
        return {};
    // The largest effects first; the rest as a count (all of them are in `numbers`).
    std::vector<int> order(std::size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows](int a, int b) {
        return rows[a][QStringLiteral("ratio")].toDouble() > rows[b][QStringLiteral("ratio")].toDouble();
    });
    // One pair of machines for every method (the usual sweep): said once.
    bool onePair = !rows.isEmpty();
    for (const QJsonValue &row : std::as_const(rows)) {
        onePair = onePair && row[QStringLiteral("fastest")] == rows[0][QStringLiteral("fastest")]
            && row[QStringLiteral("slowest")] == rows[0][QStringLiteral("slowest")];
    }
    QStringList shown;
    for (int i : order) {
        shown.append(onePair ? tr("%1 %2").arg(rows[i][QStringLiteral("method")].toString(),
                                               Format::ratio(rows[i][QStringLiteral("ratio")].toDouble()))
                             : lines[i]);
    }
    QString text;
    if (onePair) {
        text = tr("%1 is faster than %2 for every compared method (geometric mean over the models on both): %3.")
                   .arg(rows[0][QStringLiteral("fastest")].toString(), rows[0][QStringLiteral("slowest")].toString(),
                        joinCapped(shown, QStringLiteral(", ")));
    } else if (!shown.isEmpty()) {
        text = tr("Fastest against slowest hardware per method (geometric mean over the models on both): %1.")
                   .arg(joinCapped(shown, QStringLiteral("; ")));
    }
    if (!leftOut.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += tr("Not compared: %1.").arg(joinCapped(leftOut, QStringLiteral("; ")));
    }
    insight.text = text;
    insight.numbers = {{QStringLiteral("methods"), rows}, {QStringLiteral("largest_ratio"), largest},
                       {QStringLiteral("not_compared"), int(leftOut.size())}};
    return insight;
}

Insight failures(const Dataset &d, const std::vector<int> &groups)
{
    // Which groups fail, and how often.
    qint64 prompts = 0, failed = 0;
    int failingGroups = 0;
    const GroupStats *worst = nullptr;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        prompts += g.prompts;
        const qint64 f = g.prompts - g.successful;
        if (f <= 0)
            continue;
        failed += f;
        ++failingGroups;
        const auto rate = [](const GroupStats &s) { return double(s.prompts - s.successful) / double(s.prompts); };
        if (!worst || rate(g) > rate(*worst) || (rate(g) == rate(*worst) && f > worst->prompts - worst->successful))
            worst = &g;
    }
    if (failed == 0)
        return {};
    Insight insight;
    insight.kind = QStringLiteral("failures");
    insight.severity = Severity::Warning;
    insight.title = tr("Failed prompts");
    const qint64 worstFailed = worst->prompts - worst->successful;
    insight.text = tr("%1 of %2 prompts failed (%3) in %4 of %5 groups; most often %6: %7 of %8 (%9).")
                       .arg(Format::count(failed), Format::count(prompts), Format::percent(100.0 * double(failed) / double(prompts)),
                            Format::count(failingGroups), Format::count(qint64(groups.size())), describe(d, *worst),
                            Format::count(worstFailed), Format::count(worst->prompts),
                            Format::percent(100.0 * double(worstFailed) / double(worst->prompts)));
    insight.numbers = {{QStringLiteral("failed_prompts"), failed},
                       {QStringLiteral("prompts"), prompts},
                       {QStringLiteral("groups_with_failures"), failingGroups},
                       // percent, as every success_rate
                       {QStringLiteral("worst_group_failure_rate"), 100.0 * double(worstFailed) / double(worst->prompts)}};
    insight.models = {d.models()[worst->model]};
    insight.methods = {d.methods()[worst->method]};
    insight.hardware = {d.hardware()[worst->hardware]};
    return insight;
}

Insight lowSample(const Dataset &d, const std::vector<int> &groups)
{
    constexpr int kMinimum = 5;
    QStringList names;
    int count = 0;
    std::int64_t smallest = -1;
    Insight insight;
    UniqueNames models(d.models(), &insight.models), methods(d.methods(), &insight.methods),
        hardware(d.hardware(), &insight.hardware);
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        const std::int64_t n = g.fromMethodRows ? g.successful : g.timedCount;
        if (n >= kMinimum)
            continue;
        ++count;
        smallest = smallest < 0 ? n : std::min(smallest, n);
        if (names.size() < 5)
            names.append(tr("%1 (n = %2)").arg(describe(d, g), QString::number(n)));
        models.add(g.model);
        methods.add(g.method);
        hardware.add(g.hardware);
    }
    if (count == 0)
        return {};
    insight.kind = QStringLiteral("low_sample");
    insight.severity = Severity::Warning;
    insight.title = tr("Few timed prompts");
    QString list = names.join(QStringLiteral("; "));
    if (count > names.size())
        list += tr("; and %1 more").arg(count - names.size());
    insight.text = tr("%1 group(s) have fewer than %2 timed prompts; their statistics are uncertain: %3.")
                       .arg(QString::number(count), QString::number(kMinimum), list);
    insight.numbers = {{QStringLiteral("groups"), count},
                       {QStringLiteral("threshold"), kMinimum},
                       {QStringLiteral("smallest_n"), qint64(smallest)}};
    return insight;
}

} // namespace
} // namespace InsightText
using namespace InsightText;

QList<Insight> Insight::compute(const Dataset &dataset, const std::vector<int> &groups)
{
    QList<Insight> result;
    auto add = [&result](Insight insight) {
        if (!insight.kind.isEmpty())
            result.append(std::move(insight));
    };
    add(performanceRange(dataset, groups));
    add(mostConsistent(dataset, groups));
    add(compatibility(dataset, groups));
    add(bestOverall(dataset, groups));
    add(hardwareImpact(dataset, groups));
    add(failures(dataset, groups));
    add(lowSample(dataset, groups));
    return result;
}
