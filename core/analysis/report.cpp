// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "format.h"
#include "summary.h"
#include "textescape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

QJsonValue number(double value)
{
    return std::isnan(value) || std::isinf(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject groupRef(const Dataset &d, int index, const char *valueKey, double value)
{
    if (index < 0)
        return {};
    const GroupStats &g = d.groups()[std::size_t(index)];
    return {{QStringLiteral("model"), d.models()[g.model]},
            {QStringLiteral("method"), d.methods()[g.method]},
            {QStringLiteral("hardware"), d.hardware()[g.hardware]},
            {QLatin1String(valueKey), number(value)}};
}

QJsonValue fitJson(const GroupStats &g)
{
    if (!g.fitValid)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("intercept"), number(g.fitIntercept)},
                       {QStringLiteral("seconds_per_1k_tokens"), number(g.fitSlope * 1000)},
                       {QStringLiteral("r2"), number(g.fitR2)},
                       {QStringLiteral("n"), g.fitN},
                       {QStringLiteral("min_tokens"), number(g.fitMinTokens)},
                       {QStringLiteral("max_tokens"), number(g.fitMaxTokens)}};
}

QJsonValue refOrNull(const QJsonObject &object)
{
    return object.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(object);
}

// Shortest text that reads back to the same double (like Python's repr).
QString exact(double value)
{
    if (std::isnan(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray csvField(const QString &text)
{
    return TextEscape::csvText(text).toUtf8();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

QString markdownCell(const QString &text)
{
    return TextEscape::markdown(text);
}

} // namespace

namespace Report {

QJsonObject toJson(const Dataset &d, const std::vector<int> &groups)
{
    QJsonArray sources;
    for (const SourceDataPtr &source : d.sources()) {
        sources.append(QJsonObject{{QStringLiteral("name"), source->name},
                                   {QStringLiteral("method_rows"), qint64(source->methods.size())},
                                   {QStringLiteral("prompt_rows"), qint64(source->prompts.size())},
                                   {QStringLiteral("skipped_rows"), qint64(source->skippedRows)},
                                   {QStringLiteral("warning_count"), qint64(source->warningCount)},
                                   {QStringLiteral("warnings"), QJsonArray::fromStringList(source->warnings)}});
    }
    const Summary s = Summary::compute(d, groups);
    auto meanTime = [&](int index) { return index < 0 ? kMissing : d.groups()[std::size_t(index)].meanTime; };
    const double bestRate = s.bestThroughput < 0 ? kMissing : d.groups()[std::size_t(s.bestThroughput)].meanTokensPerSecond;
    const QJsonObject summary{
        {QStringLiteral("models"), s.models},
        {QStringLiteral("methods"), s.methods},
        {QStringLiteral("hardware"), s.hardware},
        {QStringLiteral("prompts"), qint64(s.prompts)},
        {QStringLiteral("successful"), qint64(s.successful)},
        {QStringLiteral("success_rate"), number(s.successRate)},
        {QStringLiteral("fastest"), refOrNull(groupRef(d, s.fastest, "mean_time", meanTime(s.fastest)))},
        {QStringLiteral("slowest"), refOrNull(groupRef(d, s.slowest, "mean_time", meanTime(s.slowest)))},
        {QStringLiteral("best_throughput"),
         refOrNull(groupRef(d, s.bestThroughput, "mean_tokens_per_second", bestRate))},
    };
    QJsonArray groupArray;
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        groupArray.append(QJsonObject{
            {QStringLiteral("model"), d.models()[g.model]},
            {QStringLiteral("method"), d.methods()[g.method]},
            {QStringLiteral("hardware"), d.hardware()[g.hardware]},
            {QStringLiteral("prompts"), qint64(g.prompts)},
            {QStringLiteral("successful"), qint64(g.successful)},
            {QStringLiteral("success_rate"), number(g.successRate)},
            {QStringLiteral("timed_prompts"), qint64(g.timedCount)},
            {QStringLiteral("mean_time"), number(g.meanTime)},
            {QStringLiteral("median_time"), number(g.medianTime)},
            {QStringLiteral("min_time"), number(g.minTime)},
            {QStringLiteral("max_time"), number(g.maxTime)},
            {QStringLiteral("p95_time"), number(g.p95Time)},
            {QStringLiteral("std_time"), number(g.stdTime)},
            {QStringLiteral("mean_tokens_per_second"), number(g.meanTokensPerSecond)},
            {QStringLiteral("median_tokens_per_second"), number(g.medianTokensPerSecond)},
            {QStringLiteral("model_loading_time"), number(g.modelLoadingTime)},
            {QStringLiteral("from_method_rows"), g.fromMethodRows},
            {QStringLiteral("median_ci95"), std::isnan(g.medianCiLow)
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(QJsonArray{g.medianCiLow, g.medianCiHigh})},
            {QStringLiteral("fit"), fitJson(g)},
        });
    }
    QJsonArray insights;
    for (const Insight &insight : Insight::compute(d, groups)) {
        insights.append(QJsonObject{{QStringLiteral("kind"), insight.kind},
                                    {QStringLiteral("severity"), Insight::severityName(insight.severity)},
                                    {QStringLiteral("title"), insight.title},
                                    {QStringLiteral("text"), insight.text},
                                    {QStringLiteral("numbers"), insight.numbers},
                                    {QStringLiteral("models"), QJsonArray::fromStringList(insight.models)},
                                    {QStringLiteral("methods"), QJsonArray::fromStringList(insight.methods)},
                                    {QStringLiteral("hardware"), QJsonArray::fromStringList(insight.hardware)}});
    }
    return {{QStringLiteral("sources"), sources},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("groups"), groupArray},
            {QStringLiteral("insights"), insights}};
}

QByteArray toJsonText(const Dataset &dataset, const std::vector<int> &groups)
{
    return QJsonDocument(toJson(dataset, groups)).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const Dataset &d, const std::vector<int> &groups)
{
    QByteArray out = "model,method,hardware,prompts,successful,success_rate,timed_prompts,mean_time,median_time,"
                     "min_time,max_time,p95_time,std_time,mean_tokens_per_second,median_tokens_per_second,"
                     "model_loading_time\r\n";
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        QList<QByteArray> fields{csvField(d.models()[g.model]), csvField(d.methods()[g.method]),
                                 csvField(d.hardware()[g.hardware]), QByteArray::number(g.prompts),
                                 QByteArray::number(g.successful)};
        for (double v : {g.successRate})
            fields.append(exact(v).toUtf8());
        fields.append(QByteArray::number(g.timedCount));
        for (double v : {g.meanTime, g.medianTime, g.minTime, g.maxTime, g.p95Time, g.stdTime,
                         g.meanTokensPerSecond, g.medianTokensPerSecond, g.modelLoadingTime})
            fields.append(exact(v).toUtf8());
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray toMarkdown(const Dataset &d, const std::vector<int> &groups)
{
    const Summary s = Summary::compute(d, groups);
    QString out;
    out += tr("# AttriScope report\n\n");
    out += tr("## Sources\n\n");
    for (const SourceDataPtr &source : d.sources()) {
        // The name in a code span of its own fence: a backtick in it cannot end the span.
        out += tr("- %1: %2 method rows, %3 prompt rows, %4 skipped, %5 warnings\n")
                   .arg(TextEscape::markdownCode(source->name), QString::number(source->methods.size()),
                        QString::number(source->prompts.size()), QString::number(source->skippedRows),
                        QString::number(source->warningCount));
    }
    auto describe = [&](int index, const QString &value) {
        if (index < 0)
            return QStringLiteral("—");
        const GroupStats &g = d.groups()[std::size_t(index)];
        return tr("%1 — %2 on %3 (%4)")
            .arg(value, markdownCell(d.methods()[g.method]), markdownCell(d.models()[g.model]),
                 markdownCell(d.hardware()[g.hardware]));
    };
    out += tr("\n## Summary\n\n");
    out += tr("- Success rate: %1 (%2 of %3 prompts; %4 models × %5 methods × %6 hardware)\n")
               .arg(Format::percent(s.successRate), QString::number(s.successful), QString::number(s.prompts),
                    QString::number(s.models), QString::number(s.methods), QString::number(s.hardware));
    out += tr("- Fastest (mean time per prompt): %1\n")
               .arg(describe(s.fastest, s.fastest < 0 ? QString() : Format::seconds(d.groups()[std::size_t(s.fastest)].meanTime)));
    out += tr("- Slowest (mean time per prompt): %1\n")
               .arg(describe(s.slowest, s.slowest < 0 ? QString() : Format::seconds(d.groups()[std::size_t(s.slowest)].meanTime)));
    out += tr("- Best throughput (input tokens per second of attribution): %1\n")
               .arg(describe(s.bestThroughput,
                             s.bestThroughput < 0 ? QString()
                                                  : Format::tokensPerSecond(d.groups()[std::size_t(s.bestThroughput)].meanTokensPerSecond)));
    out += tr("\n## Groups\n\n");
    out += tr("| Model | Method | Hardware | Prompts | Success | Mean | Median | P95 | Min | Max | Std | Mean tok/s |\n");
    out += QStringLiteral("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (int index : groups) {
        const GroupStats &g = d.groups()[std::size_t(index)];
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 |\n")
                   .arg(markdownCell(d.models()[g.model]), markdownCell(d.methods()[g.method]),
                        markdownCell(d.hardware()[g.hardware]), QString::number(g.prompts),
                        Format::percent(g.successRate), Format::seconds(g.meanTime), Format::seconds(g.medianTime),
                        Format::seconds(g.p95Time), Format::seconds(g.minTime), Format::seconds(g.maxTime),
                        Format::seconds(g.stdTime), Format::tokensPerSecond(g.meanTokensPerSecond));
    }
    const QList<Insight> insights = Insight::compute(d, groups);
    if (!insights.isEmpty()) {
        out += tr("\n## Insights\n\n");
        for (const Insight &insight : insights)
            out += QStringLiteral("- **%1** (%2): %3\n")
                       .arg(markdownCell(insight.title), Insight::severityName(insight.severity), markdownCell(insight.text));
    }
    return out.toUtf8();
}

} // namespace Report
