// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands: report, export, compare, estimate.
#include "cli.h"
#include "clisupport.h"

#include "apptheme.h"
#include "chartexporter.h"
#include "charttabs.h"
#include "comparison.h"
#include "costestimate.h"
#include "insightstab.h"
#include "report.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSize>
#include <QTextStream>

// lupdate takes the context of the tr() calls below from this namespace's name.
namespace Cli {
namespace {

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return false;
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 64 || h < 64 || w > 16384 || h > 16384)
        return false;
    *size = QSize(w, h);
    return true;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints statistics of attribution timing results."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), tr("Output format: json (default), markdown or csv."), tr("FORMAT"),
                      QStringLiteral("json")});
    addSourceOptions(parser);
    addSourceFilterOption(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("markdown") && format != QLatin1String("csv")) {
        printError(tr("attriscope report: unknown --format '%1' (json, markdown or csv)").arg(format));
        return 1;
    }
    QStringList sources = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("sample")))
        sources.prepend(Cli::samplePath());
    if (sources.isEmpty()) {
        printError(tr("attriscope report: no SOURCE given (a file, an http(s) URL, or --sample)"));
        return 1;
    }
    Loaded loaded;
    int exitCode = 0;
    if (!loadFiltered(parser, sources, "report", &loaded, &exitCode))
        return exitCode;
    std::optional<MachineOutput> machine;
    if (format != QLatin1String("markdown"))
        machine.emplace();
    if (format == QLatin1String("json"))
        writeOut(Report::toJsonText(*loaded.dataset, loaded.groups));
    else if (format == QLatin1String("markdown"))
        writeOut(Report::toMarkdown(*loaded.dataset, loaded.groups));
    else
        writeOut(Report::toCsv(*loaded.dataset, loaded.groups));
    return 0;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes every chart as a picture, one file per tab, without a display; "
                                        "with --format csv, the data behind each chart."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), tr("Folder to write into (created if missing)."), tr("DIR")},
        {QStringLiteral("format"), tr("png (default), svg, pdf, or csv for each chart's data in tidy form."), tr("FORMAT"),
         QStringLiteral("png")},
        {QStringLiteral("size"), tr("Picture size in pixels (default 1600x1000)."), tr("WxH"), QStringLiteral("1600x1000")},
        {QStringLiteral("force"), tr("Replace files that exist already.")},
        {QStringLiteral("theme"), tr("light (default) or dark: the pictures' colours, as in the window."), tr("THEME"),
         QStringLiteral("light")},
    });
    addSourceOptions(parser);
    addSourceFilterOption(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(tr("attriscope export: --out DIR is required"));
        return 1;
    }
    AppTheme::Mode theme = AppTheme::Mode::Light;
    if (!AppTheme::parse(parser.value(QStringLiteral("theme")), &theme) || theme == AppTheme::Mode::System) {
        printError(tr("attriscope export: unknown --theme '%1' (light or dark)").arg(parser.value(QStringLiteral("theme"))));
        return 1;
    }
    ChartExporter::Format format = ChartExporter::Format::Png;
    const QString formatName = parser.value(QStringLiteral("format")).toLower();
    const bool data = formatName == QLatin1String("csv");
    if (data || formatName == QLatin1String("png"))
        format = ChartExporter::Format::Png;
    else if (formatName == QLatin1String("svg"))
        format = ChartExporter::Format::Svg;
    else if (formatName == QLatin1String("pdf"))
        format = ChartExporter::Format::Pdf;
    else {
        printError(tr("attriscope export: unknown --format '%1' (png, svg, pdf or csv)").arg(formatName));
        return 1;
    }
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), &size)) {
        printError(tr("attriscope export: --size needs WxH between 64 and 16384 pixels, got '%1'")
                       .arg(parser.value(QStringLiteral("size"))));
        return 1;
    }
    if (const QString problem = ChartExporter::pictureSizeProblem(size); !problem.isEmpty()) {
        // Before loading anything: the refusal does not depend on the data.
        printError(tr("attriscope export: --size %1: %2").arg(parser.value(QStringLiteral("size")), problem));
        return 1;
    }
    QStringList sources = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("sample")))
        sources.prepend(Cli::samplePath());
    if (sources.isEmpty()) {
        printError(tr("attriscope export: no SOURCE given (a file, an http(s) URL, or --sample)"));
        return 1;
    }
    Loaded loaded;
    int exitCode = 0;
    if (!loadFiltered(parser, sources, "export", &loaded, &exitCode))
        return exitCode;
    const QString dir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(dir)) {
        printError(tr("attriscope export: %1: cannot create the folder").arg(dir));
        return 4;
    }
    setExtraChartTabFactory(&InsightsTab::createForExport);
    AppTheme::apply(theme);
    QStringList written, skipped;
    QString error;
    const bool force = parser.isSet(QStringLiteral("force"));
    const bool ok = data ? ChartExporter::exportAllData(loaded.dataset, loaded.groups, dir, force, &written, &error)
                         : ChartExporter::exportAllCharts(loaded.dataset, loaded.groups, dir, format, size, force,
                                                          &written, &error, &skipped);
    for (const QString &chart : std::as_const(skipped))
        printError(tr("attriscope export: not written, nothing to show: %1").arg(chart));
    // stdout lists exactly the files written, also after a failure (then
    // normally none: the set is written all or nothing).
    for (const QString &path : std::as_const(written))
        QTextStream(stdout) << path << Qt::endl;
    if (!ok) {
        printError(tr("attriscope export: %1").arg(error));
        return 4;
    }
    return 0;
}

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compares a candidate run with a baseline, group by group."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("format"), tr("Output format: json (default) or markdown."), tr("FORMAT"), QStringLiteral("json")},
        {QStringLiteral("threshold"), tr("Smallest change of the median that counts, in percent (default 5)."),
         tr("PCT"), QStringLiteral("5")},
        {QStringLiteral("alpha"), tr("Significance level of the Mann-Whitney U test (default 0.05)."), tr("A"),
         QStringLiteral("0.05")},
        {QStringLiteral("fail-on-regression"), tr("Exit with status 3 when any group regressed.")},
    });
    addSourceOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("markdown")) {
        printError(tr("attriscope compare: unknown --format '%1' (json or markdown)").arg(format));
        return 1;
    }
    double threshold = 0, alpha = 0;
    if (!parseNumber(parser, "threshold", 0, 1000, &threshold) || !parseNumber(parser, "alpha", 0, 1, &alpha))
        return 1;
    const QStringList sources = parser.positionalArguments().mid(1);
    if (sources.size() != 2) {
        printError(tr("attriscope compare: needs exactly two sources, BASELINE and CANDIDATE"));
        return 1;
    }
    Loaded baseline, candidate;
    int exitCode = 0;
    if (!loadFiltered(parser, {sources[0]}, "compare", &baseline, &exitCode)
        || !loadFiltered(parser, {sources[1]}, "compare", &candidate, &exitCode))
        return exitCode;
    const Comparison comparison = Comparison::compute(*baseline.dataset, baseline.groups, *candidate.dataset,
                                                      candidate.groups, threshold, alpha);
    std::optional<MachineOutput> machine;
    if (format != QLatin1String("markdown"))
        machine.emplace();
    if (format == QLatin1String("json"))
        writeOut(QJsonDocument(comparison.toJson()).toJson(QJsonDocument::Indented));
    else
        writeOut(comparison.toMarkdown());
    machine.reset(); // messages below follow the language again
    if (parser.isSet(QStringLiteral("fail-on-regression")) && comparison.regressions > 0) {
        printError(tr("attriscope compare: %1 regression(s)").arg(comparison.regressions));
        return 3;
    }
    return 0;
}

int runEstimate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Estimates the attribution time of a workload from the fitted cost model."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("format"), tr("Output format: json (default) or markdown."), tr("FORMAT"), QStringLiteral("json")},
        {QStringLiteral("prompts"), tr("Number of prompts in the workload."), tr("N")},
        {QStringLiteral("tokens"), tr("Input tokens per prompt."), tr("T")},
    });
    addSourceOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("markdown")) {
        printError(tr("attriscope estimate: unknown --format '%1' (json or markdown)").arg(format));
        return 1;
    }
    if (!parser.isSet(QStringLiteral("prompts")) || !parser.isSet(QStringLiteral("tokens"))) {
        printError(tr("attriscope estimate: --prompts N and --tokens T are required"));
        return 1;
    }
    double prompts = 0, tokens = 0;
    if (!parseNumber(parser, "prompts", 1, 1e12, &prompts) || !parseNumber(parser, "tokens", 1, 1e9, &tokens))
        return 1;
    QStringList sources = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("sample")))
        sources.prepend(Cli::samplePath());
    if (sources.isEmpty()) {
        printError(tr("attriscope estimate: no SOURCE given"));
        return 1;
    }
    Loaded loaded;
    int exitCode = 0;
    if (!loadFiltered(parser, sources, "estimate", &loaded, &exitCode))
        return exitCode;
    const auto estimates = CostEstimate::compute(*loaded.dataset, loaded.groups, std::int64_t(prompts), tokens);
    for (const CostEstimate &e : estimates) {
        if (e.outsideFittedRange) {
            printError(tr("attriscope estimate: warning: %1 tokens lies outside the fitted token range of some groups; "
                          "those estimates extrapolate")
                           .arg(tokens));
            break;
        }
    }
    const auto weak = std::count_if(estimates.begin(), estimates.end(), [](const CostEstimate &e) { return e.weakFit; });
    if (weak > 0) {
        printError(tr("attriscope estimate: warning: %1 of %2 fits have r² below %3; their estimates are close to N "
                      "times the mean and their intervals wide")
                       .arg(weak)
                       .arg(estimates.size())
                       .arg(CostEstimate::kWeakR2));
    }
    std::optional<MachineOutput> machine;
    if (format != QLatin1String("markdown"))
        machine.emplace();
    if (format == QLatin1String("json"))
        writeOut(QJsonDocument(CostEstimate::toJson(estimates, std::int64_t(prompts), tokens)).toJson(QJsonDocument::Indented));
    else
        writeOut(CostEstimate::toMarkdown(estimates, std::int64_t(prompts), tokens));
    return 0;
}

} // namespace Cli
