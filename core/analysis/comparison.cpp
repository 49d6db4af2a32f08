// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "format.h"
#include "textescape.h"
#include "statistics.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>
#include <set>
#include <tuple>

namespace {

using Key = std::tuple<QString, QString, QString>;

std::map<Key, int> byName(const Dataset &d, const std::vector<int> &groups)
{
    std::map<Key, int> map;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        map.emplace(Key{d.models()[g.model], d.methods()[g.method], d.hardware()[g.hardware]}, index);
    }
    return map;
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString GroupComparison::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Regression:
        return QStringLiteral("regression");
    case Verdict::Improvement:
        return QStringLiteral("improvement");
    case Verdict::Same:
        return QStringLiteral("same");
    case Verdict::TooFew:
        return QStringLiteral("too_few");
    case Verdict::Added:
        return QStringLiteral("added");
    case Verdict::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

std::vector<int> Comparison::groupsMatching(const Dataset &part, const Dataset &merged, const std::vector<int> &mergedGroups)
{
    std::set<Key> shown;
    for (int g : mergedGroups) {
        const GroupStats &stats = merged.groups()[std::size_t(g)];
        shown.insert(Key{merged.models()[stats.model], merged.methods()[stats.method], merged.hardware()[stats.hardware]});
    }
    std::vector<int> result;
    for (std::size_t i = 0; i < part.groups().size(); ++i) {
        const GroupStats &g = part.groups()[i];
        if (shown.count(Key{part.models()[g.model], part.methods()[g.method], part.hardware()[g.hardware]}))
            result.push_back(int(i));
    }
    return result;
}

Comparison Comparison::ofFirstSources(const Dataset &merged, const std::vector<int> &mergedGroups, double thresholdPercent,
                                      double alpha)
{
    if (merged.sources().size() < 2) {
        Comparison none;
        none.thresholdPercent = thresholdPercent;
        none.alpha = alpha;
        return none;
    }
    const DatasetPtr baseline = Dataset::build({merged.sources()[0]});
    const DatasetPtr candidate = Dataset::build({merged.sources()[1]});
    return compute(*baseline, groupsMatching(*baseline, merged, mergedGroups), *candidate,
                   groupsMatching(*candidate, merged, mergedGroups), thresholdPercent, alpha);
}

Comparison Comparison::compute(const Dataset &baseline, const std::vector<int> &baselineGroups,
                               const Dataset &candidate, const std::vector<int> &candidateGroups,
                               double thresholdPercent, double alpha)
{
    Comparison c;
    c.thresholdPercent = thresholdPercent;
    c.alpha = alpha;
    const auto before = byName(baseline, baselineGroups);
    const auto after = byName(candidate, candidateGroups);
    double logSum = 0;
    int logCount = 0;
    std::vector<GroupComparison> added, removed;
    for (const auto &[key, candidateIndex] : after) {
        const auto times = candidate.groupTimes(std::size_t(candidateIndex));
        const auto match = before.find(key);
        if (match == before.end()) {
            GroupComparison g;
            std::tie(g.model, g.method, g.hardware) = key;
            g.candidateN = std::int64_t(times.size());
            g.candidateMedian = Statistics::quantileSorted(times, 0.5);
            g.verdict = GroupComparison::Verdict::Added;
            added.push_back(g);
            continue;
        }
        GroupComparison g = testGroup(baseline.groupTimes(std::size_t(match->second)), times, thresholdPercent, alpha);
        std::tie(g.model, g.method, g.hardware) = key;
        if (g.ratio > 0) { // not NaN: both medians known
            logSum += std::log(g.ratio);
            ++logCount;
        }
        switch (g.verdict) {
        case GroupComparison::Verdict::Regression:
            ++c.regressions;
            break;
        case GroupComparison::Verdict::Improvement:
            ++c.improvements;
            break;
        case GroupComparison::Verdict::Same:
            ++c.same;
            break;
        default:
            break;
        }
        c.groups.push_back(g);
    }
    for (const auto &[key, baselineIndex] : before) {
        if (after.count(key))
            continue;
        GroupComparison g;
        std::tie(g.model, g.method, g.hardware) = key;
        const auto times = baseline.groupTimes(std::size_t(baselineIndex));
        g.baselineN = std::int64_t(times.size());
        g.baselineMedian = Statistics::quantileSorted(times, 0.5);
        g.verdict = GroupComparison::Verdict::Removed;
        removed.push_back(g);
    }
    c.groups.insert(c.groups.end(), added.begin(), added.end());
    c.groups.insert(c.groups.end(), removed.begin(), removed.end());
    if (logCount > 0)
        c.geomeanRatio = std::exp(logSum / logCount);
    return c;
}

GroupComparison Comparison::testGroup(std::span<const double> baselineTimes, std::span<const double> candidateTimes,
                                      double thresholdPercent, double alpha)
{
    GroupComparison g;
    g.candidateN = std::int64_t(candidateTimes.size());
    g.candidateMedian = Statistics::quantileSorted(candidateTimes, 0.5);
    g.baselineN = std::int64_t(baselineTimes.size());
    g.baselineMedian = Statistics::quantileSorted(baselineTimes, 0.5);
    if (g.baselineMedian > 0 && std::isfinite(g.candidateMedian))
        g.ratio = g.candidateMedian / g.baselineMedian;
    if (g.baselineN < kMinimumTimes || g.candidateN < kMinimumTimes) {
        g.verdict = GroupComparison::Verdict::TooFew;
        return g;
    }
    g.pValue = Statistics::mannWhitneyU(baselineTimes, candidateTimes).p;
    const bool significant = g.pValue < alpha;
    if (significant && g.ratio > 1 + thresholdPercent / 100)
        g.verdict = GroupComparison::Verdict::Regression;
    else if (significant && g.ratio < 1 - thresholdPercent / 100)
        g.verdict = GroupComparison::Verdict::Improvement;
    else
        g.verdict = GroupComparison::Verdict::Same;
    return g;
}

QJsonObject Comparison::toJson() const
{
    QJsonArray array;
    for (const GroupComparison &g : groups) {
        array.append(QJsonObject{{QStringLiteral("model"), g.model},
                                 {QStringLiteral("method"), g.method},
                                 {QStringLiteral("hardware"), g.hardware},
                                 {QStringLiteral("baseline_median"), number(g.baselineMedian)},
                                 {QStringLiteral("candidate_median"), number(g.candidateMedian)},
                                 {QStringLiteral("ratio"), number(g.ratio)},
                                 {QStringLiteral("p_value"), number(g.pValue)},
                                 {QStringLiteral("baseline_n"), qint64(g.baselineN)},
                                 {QStringLiteral("candidate_n"), qint64(g.candidateN)},
                                 {QStringLiteral("verdict"), GroupComparison::verdictName(g.verdict)}});
    }
    return {{QStringLiteral("threshold"), thresholdPercent},
            {QStringLiteral("alpha"), alpha},
            {QStringLiteral("groups"), array},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("regressions"), regressions},
                                                    {QStringLiteral("improvements"), improvements},
                                                    {QStringLiteral("same"), same},
                                                    {QStringLiteral("geomean_ratio"), number(geomeanRatio)}}}};
}

QByteArray Comparison::toMarkdown() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Comparison", text); };
    QString out = tr("### AttriScope comparison\n\n");
    out += tr("%1 regression(s), %2 improvement(s), %3 unchanged; geometric mean ratio %4 "
              "(threshold %5 %, alpha %6).\n\n")
               .arg(QString::number(regressions), QString::number(improvements), QString::number(same),
                    Format::number(geomeanRatio, 4), QString::number(thresholdPercent), QString::number(alpha));
    out += tr("| Model | Method | Hardware | Baseline median | Candidate median | Ratio | p | n (base/cand) | Verdict |\n");
    out += QStringLiteral("|---|---|---|--:|--:|--:|--:|--:|---|\n");
    for (const GroupComparison &g : groups) {
        QString verdict = GroupComparison::verdictName(g.verdict);
        if (g.verdict == GroupComparison::Verdict::Regression)
            verdict = QStringLiteral("**%1** 🔺").arg(verdict);
        else if (g.verdict == GroupComparison::Verdict::Improvement)
            verdict = QStringLiteral("**%1** 🟢").arg(verdict);
        // Names come from the files: escaped, so a | or a newline cannot break the table.
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8/%9 | %10 |\n")
                   .arg(TextEscape::markdown(g.model), TextEscape::markdown(g.method), TextEscape::markdown(g.hardware),
                        Format::seconds(g.baselineMedian), Format::seconds(g.candidateMedian),
                        std::isnan(g.ratio) ? QStringLiteral("—") : QString::number(g.ratio, 'f', 3),
                        std::isnan(g.pValue) ? QStringLiteral("—") : QString::number(g.pValue, 'g', 3),
                        QString::number(g.baselineN), QString::number(g.candidateN), verdict);
    }
    return out.toUtf8();
}
