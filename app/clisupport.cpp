// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "filterstate.h"
#include "sourceloader.h"
#include "textescape.h"
#include "sourcespec.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

// lupdate takes the context of the tr() calls below from this namespace's name,
// which must match the context tr() passes at run time.
namespace Cli {
namespace {

// A time limit is on: 0, NaN, infinity or a time too short to wait for an
// answer (0.0001) would switch it off or end every transfer at once.
constexpr double kMinSeconds = 0.1;
constexpr double kMaxSeconds = 86400 * 7;

bool parseSeconds(const QString &text, int *milliseconds)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < kMinSeconds || seconds > kMaxSeconds)
        return false;
    *milliseconds = int(std::lround(seconds * 1000));
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
    for (const auto &[name, target] : {std::pair{"timeout", &options->stallTimeoutMs},
                                       std::pair{"max-time", &options->totalTimeoutMs}}) {
        const QString value = parser.value(QLatin1String(name));
        if (!parseSeconds(value, target))
            return tr("--%1 needs a number of seconds from %2 to %3, got '%4'")
                .arg(QLatin1String(name), QString::number(kMinSeconds), QString::number(kMaxSeconds), value);
    }
    std::int64_t maxBytes = 0;
    if (!parseBytes(parser.value(QStringLiteral("max-file-size")), &maxBytes))
        return tr("--max-file-size needs a number of bytes such as 500M or 2G, got '%1'")
            .arg(parser.value(QStringLiteral("max-file-size")));
    options->maxFileBytes = maxBytes; // 0: no limit
    options->maxResponseBytes = maxBytes;
    std::int64_t lineBytes = 0;
    if (!parseBytes(parser.value(QStringLiteral("max-line-length")), &lineBytes) || lineBytes < 1024
        || lineBytes > (std::int64_t(1) << 30))
        return tr("--max-line-length needs a number of bytes from 1K to 1G such as 16M, got '%1'")
            .arg(parser.value(QStringLiteral("max-line-length")));
    options->maxLineBytes = lineBytes;
    bool rowsOk = false;
    options->maxRows = parser.value(QStringLiteral("max-rows")).toLongLong(&rowsOk);
    if (!rowsOk || options->maxRows < 1)
        return tr("--max-rows needs a positive number, got '%1'").arg(parser.value(QStringLiteral("max-rows")));
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return tr("--header needs 'Name: value', got '%1'").arg(header);
        const QByteArray name = header.left(colon).trimmed().toUtf8();
        const QByteArray value = header.mid(colon + 1).trimmed().toUtf8();
        if (const QString problem = headerProblem(name, value); !problem.isEmpty())
            return tr("--header: %1").arg(problem);
        options->headers.append({name, value});
    }
    return {};
}

} // namespace

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printError(const QString &message)
{
    // Messages quote file names, URLs, names from the data and a server's
    // words: an escape sequence or a newline in them must not reach the terminal.
    QTextStream(stderr) << TextEscape::controls(message) << Qt::endl;
}

QString filterNamesProblem(const QCommandLineParser &parser, const QStringList &models, const QStringList &methods,
                           const QStringList &hardware)
{
    const struct
    {
        const char *option;
        const QStringList &names;
    } dimensions[] = {{"model", models}, {"method", methods}, {"hardware", hardware}};
    for (const auto &d : dimensions) {
        for (const QString &name : parser.values(QLatin1String(d.option))) {
            if (!d.names.contains(name))
                return tr("--%1 '%2' matches nothing; known: %3")
                    .arg(QLatin1String(d.option), name, d.names.join(QStringLiteral(", ")));
        }
    }
    return {};
}

bool filterAccepts(const QCommandLineParser &parser, const QString &model, const QString &method, const QString &hardware)
{
    auto accepts = [&](const char *option, const QString &name) {
        const QStringList wanted = parser.values(QLatin1String(option));
        return wanted.isEmpty() || wanted.contains(name);
    };
    return accepts("model", model) && accepts("method", method) && accepts("hardware", hardware);
}

/// Applies --model/--method/--hardware: with any given, only those are shown.
/// Names that match nothing are usage errors, so a typo never yields an empty report silently.
QString filterGroups(const QCommandLineParser &parser, const Dataset &dataset, std::vector<int> *groups)
{
    if (const QString problem = filterNamesProblem(parser, dataset.models(), dataset.methods(), dataset.hardware());
        !problem.isEmpty())
        return problem;
    FilterState filter;
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
        if (!wanted.isEmpty())
            filter.showOnly(d.dimension, wanted, d.names);
    }
    *groups = filter.filteredGroups(dataset);
    return {};
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("model"), tr("Show only this model (repeatable)."), tr("M")},
        {QStringLiteral("method"), tr("Show only this method (repeatable)."), tr("X")},
        {QStringLiteral("hardware"), tr("Show only this hardware (repeatable)."), tr("H")},
    });
}

/// Options shared by the commands that load sources and filter them.
void addSourceOptions(QCommandLineParser &parser)
{
    addFilterOptions(parser);
    addLoadOptions(parser);
}

void addLoadOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("timeout"),
         tr("Give up on a URL that sends less than 1 KiB a second for this many seconds (default 30; 0.1 to 604800)."),
         tr("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("max-time"), tr("Give up on a URL whose whole transfer takes longer (default 3600)."),
         tr("SECONDS"), QStringLiteral("3600")},
        {QStringLiteral("header"), tr("Extra HTTP request header for URLs, e.g. 'Authorization: Bearer …' (repeatable)."),
         tr("'Name: value'")},
        {QStringLiteral("max-file-size"),
         tr("Refuse a file or download larger than this many bytes; K, M, G suffixes (default 4G, 0: no limit)."),
         tr("BYTES"), QStringLiteral("4G")},
        {QStringLiteral("max-line-length"),
         tr("Refuse a JSON Lines file with a line longer than this many bytes (default 16M, 1K to 1G)."), tr("BYTES"),
         QStringLiteral("16M")},
        {QStringLiteral("max-rows"), tr("Refuse a source with more rows than this (default 50000000)."), tr("N"),
         QStringLiteral("50000000")},
        {QStringLiteral("sample"), tr("Use the bundled synthetic sample as a source.")},
    });
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("A file (JSON, JSON Lines, CSV) or an http(s) URL."),
                                 QStringLiteral("SOURCE..."));
}

namespace {

// Loads `sources` with the parser's loading options; on failure prints the
// messages and sets the exit code.
bool loadSources(const QCommandLineParser &parser, const QStringList &sources, const char *command, bool hashContent,
                 QList<SourceDataPtr> *loaded, int *exitCode)
{
    LoadOptions options;
    if (const QString error = loadOptions(parser, &options); !error.isEmpty()) {
        printError(tr("attriscope %1: %2").arg(QLatin1String(command), error));
        *exitCode = 1;
        return false;
    }
    options.hashContent = hashContent;
    const LoadResult result = loadSourcesBlocking(sources, options);
    if (!result.errors.isEmpty()) {
        for (const QString &error : result.errors)
            printError(error);
        *exitCode = 2;
        return false;
    }
    *loaded = result.sources;
    return true;
}

} // namespace

QString selectSources(const QStringList &wanted, QList<SourceDataPtr> *sources)
{
    QList<SourceDataPtr> kept;
    for (const QString &name : wanted) {
        bool found = false;
        for (const SourceDataPtr &source : std::as_const(*sources)) {
            if (source->name != name && QFileInfo(source->name).fileName() != name)
                continue;
            found = true;
            if (!kept.contains(source))
                kept.append(source);
        }
        if (!found) {
            QStringList known;
            for (const SourceDataPtr &source : std::as_const(*sources))
                known.append(source->name);
            return tr("--source '%1' matches nothing; known: %2").arg(name, known.join(QStringLiteral(", ")));
        }
    }
    // In load order, as without the option.
    sources->removeIf([&](const SourceDataPtr &source) { return !kept.contains(source); });
    return {};
}

void addSourceFilterOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("source"),
                      tr("Use only this loaded source: its name as given or its file name (repeatable)."),
                      tr("NAME")});
}

bool loadFiltered(const QCommandLineParser &parser, const QStringList &sources, const char *command, Loaded *loaded,
                  int *exitCode)
{
    QList<SourceDataPtr> read;
    if (!loadSources(parser, sources, command, false, &read, exitCode))
        return false;
    // optionNames() holds the options given: no warning for a command without --source.
    if (parser.optionNames().contains(QLatin1String("source"))) {
        if (const QString error = selectSources(parser.values(QStringLiteral("source")), &read); !error.isEmpty()) {
            printError(tr("attriscope %1: %2").arg(QLatin1String(command), error));
            *exitCode = 1;
            return false;
        }
    }
    loaded->dataset = Dataset::build(read);
    if (const QString error = filterGroups(parser, *loaded->dataset, &loaded->groups); !error.isEmpty()) {
        printError(tr("attriscope %1: %2").arg(QLatin1String(command), error));
        *exitCode = 1;
        return false;
    }
    printWarnings(*loaded->dataset);
    return true;
}

bool loadDataset(const QCommandLineParser &parser, const QStringList &sources, const char *command, bool hashContent,
                 DatasetPtr *dataset, int *exitCode)
{
    QList<SourceDataPtr> read;
    if (!loadSources(parser, sources, command, hashContent, &read, exitCode))
        return false;
    *dataset = Dataset::build(read);
    return true;
}

void printWarnings(const Dataset &dataset)
{
    for (const SourceDataPtr &source : dataset.sources()) {
        // Each warning names the place and the reason; the report lists them all.
        constexpr qsizetype kShownWarnings = 20;
        for (const QString &warning : source->warnings.first(std::min(source->warnings.size(), kShownWarnings)))
            printError(tr("warning: %1").arg(warning));
        if (source->warningCount > kShownWarnings)
            printError(tr("warning: %1: %2 more warning(s); the JSON report's \"warnings\" holds the first %3")
                           .arg(source->name, QString::number(source->warningCount - kShownWarnings),
                                QString::number(SourceData::kMaxStoredWarnings)));
        if (source->warningCount > 0)
            printError(tr("%1: %2 warning(s), %3 row(s) skipped")
                           .arg(source->name, QString::number(source->warningCount),
                                QString::number(source->skippedRows)));
    }
}

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

bool parseNumber(const QCommandLineParser &parser, const char *option, double minimum, double maximum, double *value)
{
    bool ok = false;
    *value = parser.value(QLatin1String(option)).toDouble(&ok);
    if (ok && *value >= minimum && *value <= maximum)
        return true;
    printError(tr("--%1 needs a number from %2 to %3, got '%4'")
                   .arg(QLatin1String(option), QString::number(minimum), QString::number(maximum),
                        parser.value(QLatin1String(option))));
    return false;
}

QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

MachineOutput::MachineOutput()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    QLocale::setDefault(QLocale::c());
}

MachineOutput::~MachineOutput()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator)
            QCoreApplication::installTranslator(translator);
    }
    QLocale::setDefault(m_locale);
}

} // namespace Cli
