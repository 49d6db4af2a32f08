// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "comparison.h"
#include "costestimate.h"
#include "chartexporter.h"
#include "charttabs.h"
#include "filterstate.h"
#include "insightstab.h"
#include "report.h"
#include "sourceloader.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <QTextStream>

#include <cstdio>
#include <limits>
#include <optional>

// lupdate takes the context of the tr() calls below from this namespace's name,
// which must match the context tr() passes at run time.
namespace Cli {
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
        {QStringLiteral("max-file-size"),
         tr("Refuse a file or download larger than this many bytes; K, M, G suffixes (default 4G, 0: no limit)."),
         tr("BYTES"), QStringLiteral("4G")},
        {QStringLiteral("max-rows"), tr("Refuse a source with more rows than this (default 50000000)."), tr("N"),
         QStringLiteral("50000000")},
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

/// "1500", "64K", "10M", "4G" (binary multiples; a trailing B or iB is allowed).
bool parseBytes(const QString &text, std::int64_t *bytes)
{
    QString number = text.trimmed().toUpper();
    if (number.endsWith(QLatin1String("IB")))
        number.chop(2);
    else if (number.endsWith(QLatin1Char('B')) && number.size() > 1 && !number.at(number.size() - 2).isDigit())
        number.chop(1);
    std::int64_t unit = 1;
    if (number.endsWith(QLatin1Char('K')))
        unit = std::int64_t(1) << 10;
    else if (number.endsWith(QLatin1Char('M')))
        unit = std::int64_t(1) << 20;
    else if (number.endsWith(QLatin1Char('G')))
        unit = std::int64_t(1) << 30;
    else if (number.endsWith(QLatin1Char('T')))
        unit = std::int64_t(1) << 40;
    if (unit > 1)
        number.chop(1);
    bool ok = false;
    const qulonglong value = number.toULongLong(&ok);
    if (!ok || value > qulonglong(std::numeric_limits<std::int64_t>::max() / unit))
        return false;
    *bytes = std::int64_t(value) * unit;
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
    std::int64_t maxBytes = 0;
    if (!parseBytes(parser.value(QStringLiteral("max-file-size")), &maxBytes))
        return tr("--max-file-size needs a number of bytes such as 500M or 2G, got '%1'")
            .arg(parser.value(QStringLiteral("max-file-size")));
    options->maxFileBytes = maxBytes; // 0: no limit
    options->maxResponseBytes = maxBytes;
    bool rowsOk = false;
    options->maxRows = parser.value(QStringLiteral("max-rows")).toLongLong(&rowsOk);
    if (!rowsOk || options->maxRows < 1)
        return tr("--max-rows needs a positive number, got '%1'").arg(parser.value(QStringLiteral("max-rows")));
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

/// Loads the sources and applies the filter options. On failure prints the
/// messages and returns the exit code (1 usage, 2 load) in *exitCode.
struct Loaded
{
    DatasetPtr dataset;
    std::vector<int> groups;
};

bool loadFiltered(const QCommandLineParser &parser, const QStringList &sources, const char *command, Loaded *loaded,
                  int *exitCode)
{
    LoadOptions options;
    if (const QString error = loadOptions(parser, &options); !error.isEmpty()) {
        printError(tr("attriscope %1: %2").arg(QLatin1String(command), error));
        *exitCode = 1;
        return false;
    }
    const LoadResult result = loadSourcesBlocking(sources, options);
    if (!result.errors.isEmpty()) {
        for (const QString &error : result.errors)
            printError(error);
        *exitCode = 2;
        return false;
    }
    loaded->dataset = Dataset::build(result.sources);
    FilterState filter;
    if (const QString error = applyFilter(parser, *loaded->dataset, filter); !error.isEmpty()) {
        printError(tr("attriscope %1: %2").arg(QLatin1String(command), error));
        *exitCode = 1;
        return false;
    }
    loaded->groups = filter.filteredGroups(*loaded->dataset);
    for (const SourceDataPtr &source : result.sources) {
        // Each warning names the place and the reason; the report lists them all.
        constexpr qsizetype kShownWarnings = 20;
        for (const QString &warning : source->warnings.first(std::min(source->warnings.size(), kShownWarnings)))
            printError(tr("warning: %1").arg(warning));
        if (source->warningCount > kShownWarnings)
            printError(tr("warning: %1: %2 more warning(s); the JSON report's \"warnings\" holds the first %3")
                           .arg(source->name)
                           .arg(source->warningCount - kShownWarnings)
                           .arg(SourceData::kMaxStoredWarnings));
        if (source->warningCount > 0)
            printError(tr("%1: %2 warning(s), %3 row(s) skipped")
                           .arg(source->name)
                           .arg(source->warningCount)
                           .arg(source->skippedRows));
    }
    return true;
}

/// The translators installTranslators() put in, so MachineOutput can take them out.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

/// JSON and CSV on stdout are for scripts and diffs: English text (insight titles) and
/// C-locale numbers whatever the system language, while this object lives. Markdown is
/// for people and follows the language; --help and messages on stderr do too.
class MachineOutput
{
public:
    MachineOutput()
    {
        for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
            if (translator)
                QCoreApplication::removeTranslator(translator);
        }
        QLocale::setDefault(QLocale::c());
    }
    ~MachineOutput()
    {
        for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
            if (translator)
                QCoreApplication::installTranslator(translator);
        }
        QLocale::setDefault(m_locale);
    }
    Q_DISABLE_COPY_MOVE(MachineOutput)

private:
    QLocale m_locale; // the default before
};

void writeOut(const QByteArray &out)
{
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
}

/// Parses arguments; returns -1 to go on, or the exit code (help, usage error).
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return -1;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints statistics of attribution timing results."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), tr("Output format: json (default), markdown or csv."), tr("FORMAT"),
                      QStringLiteral("json")});
    addSourceOptions(parser);
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

bool parseNumber(const QCommandLineParser &parser, const char *option, double minimum, double maximum, double *value)
{
    bool ok = false;
    *value = parser.value(QLatin1String(option)).toDouble(&ok);
    if (ok && *value >= minimum && *value <= maximum)
        return true;
    printError(tr("--%1 needs a number from %2 to %3, got '%4'")
                   .arg(QLatin1String(option))
                   .arg(minimum)
                   .arg(maximum)
                   .arg(parser.value(QLatin1String(option))));
    return false;
}

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

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes every chart as a picture, one file per tab, without a display."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), tr("Folder to write into (created if missing)."), tr("DIR")},
        {QStringLiteral("format"), tr("png (default), svg or pdf."), tr("FORMAT"), QStringLiteral("png")},
        {QStringLiteral("size"), tr("Picture size in pixels (default 1600x1000)."), tr("WxH"), QStringLiteral("1600x1000")},
        {QStringLiteral("force"), tr("Replace files that exist already.")},
    });
    addSourceOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(tr("attriscope export: --out DIR is required"));
        return 1;
    }
    ChartExporter::Format format;
    const QString formatName = parser.value(QStringLiteral("format")).toLower();
    if (formatName == QLatin1String("png"))
        format = ChartExporter::Format::Png;
    else if (formatName == QLatin1String("svg"))
        format = ChartExporter::Format::Svg;
    else if (formatName == QLatin1String("pdf"))
        format = ChartExporter::Format::Pdf;
    else {
        printError(tr("attriscope export: unknown --format '%1' (png, svg or pdf)").arg(formatName));
        return 1;
    }
    QSize size;
    if (!parseSize(parser.value(QStringLiteral("size")), &size)) {
        printError(tr("attriscope export: --size needs WxH between 64 and 16384 pixels, got '%1'")
                       .arg(parser.value(QStringLiteral("size"))));
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
    QStringList written;
    QString error;
    if (!ChartExporter::exportAllCharts(loaded.dataset, loaded.groups, dir, format, size,
                                        parser.isSet(QStringLiteral("force")), &written, &error)) {
        printError(tr("attriscope export: %1").arg(error));
        return 4;
    }
    for (const QString &path : written)
        QTextStream(stdout) << path << Qt::endl;
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
    std::optional<MachineOutput> machine;
    if (format != QLatin1String("markdown"))
        machine.emplace();
    if (format == QLatin1String("json"))
        writeOut(QJsonDocument(CostEstimate::toJson(estimates, std::int64_t(prompts), tokens)).toJson(QJsonDocument::Indented));
    else
        writeOut(CostEstimate::toMarkdown(estimates, std::int64_t(prompts), tokens));
    return 0;
}

} // namespace
} // namespace Cli

namespace Cli {

int main(int argc, char **argv)
{
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "attriscope " << ATTRISCOPE_VERSION << Qt::endl;
            return 0;
        }
    }
    if (command == "export") {
        // Charts are widgets: export needs a QApplication, never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform's chatter is not for the user of a CLI.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
                return;
            QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
        });
        QApplication app(argc, argv);
        installTranslators(QString());
        return run(app.arguments());
    }
    QCoreApplication app(argc, argv);
    installTranslators(QString());
    return run(app.arguments());
}

void installTranslators(const QString &language)
{
    // The catalogues are embedded (:/i18n); installed copies next to the binary
    // (share/attriscope/translations) win, so they can be updated without a rebuild.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/attriscope/translations");
    const QStringList folders{installed, QStringLiteral(":/i18n")};
    // --lang picks the language; otherwise the system's list of UI languages, in order.
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();
    auto *app = new QTranslator(QCoreApplication::instance());
    bool found = false;
    for (const QString &folder : folders) {
        if ((found = app->load(wanted, QStringLiteral("attriscope"), QStringLiteral("_"), folder)))
            break;
    }
    // No catalogue for the language: English, with its plural forms ("1 model", "3 models").
    if (!found && !app->load(QStringLiteral(":/i18n/attriscope_en.qm"))) {
        delete app;
        return;
    }
    QCoreApplication::installTranslator(app);
    installedTranslators().append(app);
    const QLocale chosen(app->language()); // the catalogue's language, e.g. "de"
    if (chosen.language() != QLocale::English) {
        // Qt's own strings (dialog buttons, file dialogs) in the same language, when the
        // distribution installed them (Debian: qt6-translations-l10n).
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installedTranslators().append(qt);
        } else {
            delete qt;
        }
    }
    // Numbers and dates in the window follow the chosen language; without --lang the
    // system locale already does. Machine output of the commands stays C (MachineOutput).
    if (!language.isEmpty() && wanted.language() != QLocale::C)
        QLocale::setDefault(wanted);
}

bool isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray command(argv[1]);
    return command == "report" || command == "export" || command == "compare" || command == "estimate";
}

QString samplePath()
{
    return QStringLiteral(":/sample/sample_timing.json");
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // Each command's parser sees the command itself as positional argument 0.
    if (command == QLatin1String("report"))
        return runReport(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("compare"))
        return runCompare(arguments);
    if (command == QLatin1String("estimate"))
        return runEstimate(arguments);
    printError(tr("attriscope: unknown command '%1'").arg(command));
    return 1;
}

} // namespace Cli
