// SPDX-License-Identifier: GPL-3.0-or-later
#include "costestimate.h"

#include "format.h"
#include "textescape.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

std::vector<CostEstimate> CostEstimate::compute(const Dataset &d, const std::vector<int> &groups,
                                                std::int64_t prompts, double tokens)
{
    std::vector<CostEstimate> result;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        if (!g.fitValid)
            continue;
        CostEstimate e;
        e.model = d.models()[g.model];
        e.method = d.methods()[g.method];
        e.hardware = d.hardware()[g.hardware];
        e.perPrompt = g.fitIntercept + g.fitSlope * tokens;
        const auto n = double(prompts);
        e.total = n * e.perPrompt;
        // Prediction interval of a sum of N new observations at T: the line's
        // uncertainty counts N times over (N² · Var(fit at T)), the prompts'
        // own scatter N times (N · s²).
        const double fitN = double(g.fitN);
        const double s2 = g.fitRss / (fitN - 2);
        const double dx = tokens - g.fitMeanTokens;
        const double spread = std::sqrt(n * n * s2 * (1 / fitN + dx * dx / g.fitSxx) + n * s2);
        const double t = g.fitT975; // Statistics::studentTQuantile(0.975, n − 2)
        e.totalLow = std::max(0.0, e.total - t * spread);
        e.totalHigh = std::max(0.0, e.total + t * spread);
        e.outsideFittedRange = tokens < g.fitMinTokens || tokens > g.fitMaxTokens;
        e.n = g.fitN;
        e.r2 = g.fitR2;
        e.weakFit = g.fitR2 < kWeakR2; // NaN (times without spread) is a perfect flat line, not a weak one
        result.push_back(e);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CostEstimate &a, const CostEstimate &b) { return a.total < b.total; });
    return result;
}

static QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject CostEstimate::toJson(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens)
{
    QJsonArray array;
    for (const CostEstimate &e : estimates) {
        array.append(QJsonObject{{QStringLiteral("model"), e.model},
                                 {QStringLiteral("method"), e.method},
                                 {QStringLiteral("hardware"), e.hardware},
                                 {QStringLiteral("seconds_per_prompt"), number(e.perPrompt)},
                                 {QStringLiteral("total_seconds"), number(e.total)},
                                 {QStringLiteral("total_seconds_low"), number(e.totalLow)},
                                 {QStringLiteral("total_seconds_high"), number(e.totalHigh)},
                                 {QStringLiteral("outside_fitted_range"), e.outsideFittedRange},
                                 {QStringLiteral("weak_fit"), e.weakFit},
                                 {QStringLiteral("n"), e.n},
                                 {QStringLiteral("r2"), number(e.r2)}});
    }
    return {{QStringLiteral("prompts"), qint64(prompts)}, {QStringLiteral("tokens"), tokens},
            {QStringLiteral("estimates"), array}};
}

QByteArray CostEstimate::toMarkdown(const std::vector<CostEstimate> &estimates, std::int64_t prompts, double tokens)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CostEstimate", text); };
    QString out = tr("### Estimated attribution time for %1 prompts of %2 input tokens\n\n")
                      .arg(QString::number(prompts), QString::number(tokens));
    out += tr("| Model | Method | Hardware | Per prompt | Total | 95 % prediction interval | Fit n | R² |\n");
    out += QStringLiteral("|---|---|---|--:|--:|--:|--:|--:|\n");
    bool anyOutside = false, anyWeak = false;
    for (const CostEstimate &e : estimates) {
        anyOutside = anyOutside || e.outsideFittedRange;
        anyWeak = anyWeak || e.weakFit;
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5%6 | %7 | %8 | %9%10 |\n")
                   .arg(TextEscape::markdown(e.model), TextEscape::markdown(e.method), TextEscape::markdown(e.hardware),
                        Format::seconds(e.perPrompt), Format::duration(e.total),
                        e.outsideFittedRange ? QStringLiteral(" ⚠") : QString(),
                        Format::durationRange(e.totalLow, e.totalHigh), QString::number(e.n), Format::number(e.r2, 3),
                        e.weakFit ? QStringLiteral(" ⚠") : QString());
    }
    if (anyOutside)
        out += tr("\n⚠ %1 tokens lies outside the token range the fit saw: the estimate extrapolates.\n").arg(tokens);
    if (anyWeak)
        out += tr("\n⚠ R² below %1: input tokens explain little of the time, the estimate is mostly the mean "
                  "and its interval is wide.\n")
                   .arg(kWeakR2);
    return out.toUtf8();
}
