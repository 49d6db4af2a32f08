// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "filterstate.h"
#include "report.h"
#include "sourceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

/// Options shared by the commands that load sources and filter them.
void addSourceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"), tr("Show only this model (repeatable)."), tr("M")},
        {QStringLiteral("method"), tr("Show only this method (repeatable)."), tr("X")},
        {QStringLiteral("hardware"), tr("Show only this hardware (repeatable)."), tr("H")},
        {QStringLiteral("timeout"), tr("Give up on a URL after this many seconds without data (default 30)."),
         tr("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("max-time"), tr("Give up on a URL whose whole transfer takes longer (default: no limit)."),
         tr("SECONDS")},
        {QStringLiteral("header"), tr("Extra HTTP request header for URLs, e.g. 'Authorization: Bearer …' (repeatable)."),
         tr("'Name: value'")},
        {QStringLiteral("sample"), tr("Use the bundled synthetic sample as a source.")},
    });
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("A file (JSON, JSON Lines, CSV) or an http(s) URL."),
                                 QStringLiteral("SOURCE..."));
}

bool parseSeconds(const QString &text, int *milliseconds)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400 * 7)
        return false;
    *milliseconds = int(seconds * 1000);
    return true;
}

/// Fills `options` from the parser; returns an error message for bad values.
QString loadOptions(const QCommandLineParser &parser, LoadOptions *options)
{
    if (!parseSeconds(parser.value(QStringLiteral("timeout")), &options->stallTimeoutMs))
        return tr("--timeout needs a number of seconds, got '%1'").arg(parser.value(QStringLiteral("timeout")));
    if (parser.isSet(QStringLiteral("max-time"))
        && !parseSeconds(parser.value(QStringLiteral("max-time")), &options->totalTimeoutMs))
        return tr("--max-time needs a number of seconds, got '%1'").arg(parser.value(QStringLiteral("max-time")));
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return tr("--header needs 'Name: value', got '%1'").arg(header);
        options->headers.append({header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    return {};
}

/// Applies --model/--method/--hardware: with any given, only those are shown.
/// Names that match nothing are usage errors, so a typo never yields an empty report silently.
QString applyFilter(const QCommandLineParser &parser, const Dataset &dataset, FilterState &filter)
{
    const struct
    {
        const char *option;
        Dimension dimension;
        const QStringList &names;
    } dimensions[] = {
        {"model", Dimension::Model, dataset.models()},
        {"method", Dimension::Method, dataset.methods()},
        {"hardware", Dimension::Hardware, dataset.hardware()},
    };
    for (const auto &d : dimensions) {
        const QStringList wanted = parser.values(QLatin1String(d.option));
        if (wanted.isEmpty())
            continue;
        for (const QString &name : wanted) {
            if (!d.names.contains(name))
                return tr("--%1 '%2' matches nothing; known: %3")
                    .arg(QLatin1String(d.option), name, d.names.join(QStringLiteral(", ")));
        }
        filter.showOnly(d.dimension, wanted, d.names);
    }
    return {};
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints statistics of attribution timing results."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), tr("Output format: json (default), markdown or csv."), tr("FORMAT"),
                      QStringLiteral("json")});
    addSourceOptions(parser);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
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
    LoadOptions options;
    if (const QString error = loadOptions(parser, &options); !error.isEmpty()) {
        printError(tr("attriscope report: %1").arg(error));
        return 1;
    }
    const LoadResult result = loadSourcesBlocking(sources, options);
    if (!result.errors.isEmpty()) {
        for (const QString &error : result.errors)
            printError(error);
        return 2;
    }
    const DatasetPtr dataset = Dataset::build(result.sources);
    FilterState filter;
    if (const QString error = applyFilter(parser, *dataset, filter); !error.isEmpty()) {
        printError(tr("attriscope report: %1").arg(error));
        return 1;
    }
    const std::vector<int> groups = filter.filteredGroups(*dataset);
    for (const SourceDataPtr &source : result.sources) {
        if (source->warningCount > 0)
            printError(tr("%1: %2 warning(s), %3 row(s) skipped").arg(source->name).arg(source->warningCount).arg(source->skippedRows));
    }
    QByteArray out;
    if (format == QLatin1String("json"))
        out = Report::toJsonText(*dataset, groups);
    else if (format == QLatin1String("markdown"))
        out = Report::toMarkdown(*dataset, groups);
    else
        out = Report::toCsv(*dataset, groups);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

namespace Cli {

bool isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray command(argv[1]);
    return command == "report" || command == "export";
}

QString samplePath()
{
    return QStringLiteral(":/sample/sample_timing.json");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("report"))
        return runReport(arguments); // positional argument 0 is the command
    printError(tr("attriscope: unknown command '%1'").arg(command));
    return 1;
}

} // namespace Cli
