// SPDX-License-Identifier: GPL-3.0-or-later
// `attriscope history add|list|trend|check|remove`: the run history (docs/history.md).
#include "cli.h"
#include "clisupport.h"

#include "comparison.h"
#include "format.h"
#include "historystore.h"
#include "textescape.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QLocale>
#include <QTextStream>

#include <optional>

// lupdate takes the context of the tr() calls below from this namespace's name.
namespace Cli {
namespace {

/// Exit code when the store cannot be opened, read or written.
constexpr int kStoreFailed = 5;

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTriState(TriState value)
{
    return value == TriState::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(value == TriState::True);
}

void addCommonOptions(QCommandLineParser &parser, bool format)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
                      tr("The history store: a SQLite file or postgresql://user@host:port/database "
                         "(default: history.sqlite in the user's data folder)."),
                      tr("DB")});
    if (format)
        parser.addOption({QStringLiteral("format"), tr("Output format: json (default) or markdown."), tr("FORMAT"),
                          QStringLiteral("json")});
}

/// Checks --format; prints the error (exit 1) otherwise.
bool checkFormat(const QCommandLineParser &parser, const char *command)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json") || format == QLatin1String("markdown"))
        return true;
    printError(tr("attriscope history %1: unknown --format '%2' (json or markdown)").arg(QLatin1String(command), format));
    return false;
}

bool openStore(const QCommandLineParser &parser, const char *command, HistoryStore &store)
{
    QString error;
    if (store.open(parser.value(QStringLiteral("db")), &error))
        return true;
    printError(tr("attriscope history %1: %2").arg(QLatin1String(command), error));
    return false;
}

QString environmentText(const HistoryEnvironment &e)
{
    QStringList parts;
    for (const QString &part : {e.platform, e.cpuModel})
        if (!part.isEmpty())
            parts.append(part);
    if (!std::isnan(e.cpuCores))
        parts.append(tr("%1 cores").arg(e.cpuCores));
    if (!std::isnan(e.memoryGb))
        parts.append(tr("%1 GB").arg(e.memoryGb));
    if (!e.gpu.isEmpty())
        parts.append(e.gpu);
    if (!e.torchVersion.isEmpty())
        parts.append(tr("torch %1").arg(e.torchVersion));
    if (e.cuda != TriState::Unknown)
        parts.append(e.cuda == TriState::True ? tr("CUDA") : tr("no CUDA"));
    if (e.mps == TriState::True)
        parts.append(tr("MPS"));
    return tr("%1: %2").arg(e.hardware, parts.join(QStringLiteral(", ")));
}

/// The JSON of `history trend`, written directly: QJsonObject's cost per key made
/// 100 runs × 576 groups take half a second. The same text as QJsonDocument's
/// Indented form (keys in order, numbers in the shortest form that reads back).
QByteArray trendJson(const std::vector<HistoryTrendGroup> &groups)
{
    auto string = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["…"]
        return array.mid(1, array.size() - 2);
    };
    auto number = [](double value) {
        return std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
    };
    QHash<QString, QByteArray> labels; // a run's label appears once per group
    QByteArray out = "{\n    \"groups\": [\n";
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const HistoryTrendGroup &g = groups[i];
        out += "        {\n            \"hardware\": " + string(g.hardware) + ",\n            \"method\": "
               + string(g.method) + ",\n            \"model\": " + string(g.model) + ",\n            \"runs\": [\n";
        for (std::size_t r = 0; r < g.runs.size(); ++r) {
            const HistoryTrendPoint &p = g.runs[r];
            auto label = labels.constFind(p.label);
            if (label == labels.constEnd())
                label = labels.insert(p.label, string(p.label));
            out += "                {\n                    \"id\": " + QByteArray::number(p.runId)
                   + ",\n                    \"label\": " + label.value() + ",\n                    \"mean_time\": "
                   + number(p.meanTime) + ",\n                    \"median_ci95\": ";
            if (std::isnan(p.medianCiLow) || std::isnan(p.medianCiHigh))
                out += "null";
            else
                out += "[\n                        " + number(p.medianCiLow) + ",\n                        "
                       + number(p.medianCiHigh) + "\n                    ]";
            out += ",\n                    \"median_time\": " + number(p.medianTime) + ",\n                    \"n\": "
                   + QByteArray::number(p.n) + "\n                }" + (r + 1 < g.runs.size() ? ",\n" : "\n");
        }
        out += "            ]\n        }";
        out += i + 1 < groups.size() ? ",\n" : "\n";
    }
    out += "    ]\n}\n";
    return out;
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stores the sources as one run in the history."));
    addCommonOptions(parser, false);
    parser.addOption({QStringLiteral("label"), tr("A name for the run (default: the sources' names)."), tr("TEXT")});
    addLoadOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    QStringList sources = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("sample")))
        sources.prepend(samplePath());
    if (sources.isEmpty()) {
        printError(tr("attriscope history add: no SOURCE given (a file, an http(s) URL, or --sample)"));
        return 1;
    }
    DatasetPtr dataset;
    int exitCode = 0;
    if (!loadDataset(parser, sources, "history add", true, &dataset, &exitCode))
        return exitCode;
    printWarnings(*dataset);
    HistoryStore store;
    if (!openStore(parser, "add", store))
        return kStoreFailed;
    QString label = parser.value(QStringLiteral("label"));
    if (!parser.isSet(QStringLiteral("label"))) {
        QStringList names;
        for (const SourceDataPtr &source : dataset->sources())
            names.append(source->name);
        label = names.join(QStringLiteral(", "));
    }
    qint64 runId = 0;
    QString error;
    switch (store.add(label, *dataset, &runId, &error)) {
    case HistoryStore::AddResult::Added:
        QTextStream(stdout) << tr("Added run %1 to %2: %3 prompt row(s), %4 method row(s).")
                                   .arg(QString::number(runId), TextEscape::controls(store.name()),
                                        QString::number(dataset->promptRowCount()),
                                        QString::number(dataset->methodRowCount()))
                            << Qt::endl;
        return 0;
    case HistoryStore::AddResult::AlreadyStored:
        QTextStream(stdout) << tr("Already stored as run %1 in %2: no run added.")
                                   .arg(QString::number(runId), TextEscape::controls(store.name()))
                            << Qt::endl;
        return 0;
    case HistoryStore::AddResult::Failed:
        break;
    }
    printError(tr("attriscope history add: %1").arg(error));
    return kStoreFailed;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the stored runs, oldest first."));
    addCommonOptions(parser, true);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!checkFormat(parser, "list"))
        return 1;
    HistoryStore store;
    QList<HistoryRun> runs;
    QString error;
    if (!openStore(parser, "list", store))
        return kStoreFailed;
    if (!store.runs(&runs, &error)) {
        printError(tr("attriscope history list: %1").arg(error));
        return kStoreFailed;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("markdown")) {
        QString out = tr("### AttriScope runs\n\n");
        out += tr("| Run | Label | Added (UTC) | Sources | Prompt rows | Environment |\n");
        out += QStringLiteral("|--:|---|---|---|--:|---|\n");
        for (const HistoryRun &r : std::as_const(runs)) {
            QStringList sources, environment;
            for (const HistorySource &s : r.sources)
                sources.append(TextEscape::markdown(s.name));
            for (const HistoryEnvironment &e : r.environment)
                environment.append(TextEscape::markdown(environmentText(e)));
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(QString::number(r.id), TextEscape::markdown(r.label),
                            r.added.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            sources.join(QStringLiteral("<br>")), QString::number(r.promptRows),
                            environment.join(QStringLiteral("<br>")));
        }
        writeOut(out.toUtf8());
        return 0;
    }
    MachineOutput machine;
    QJsonArray array;
    for (const HistoryRun &r : std::as_const(runs)) {
        QJsonArray sources, environment;
        for (const HistorySource &s : r.sources)
            sources.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("sha256"), s.sha256}});
        for (const HistoryEnvironment &e : r.environment)
            environment.append(QJsonObject{{QStringLiteral("hardware"), e.hardware},
                                           {QStringLiteral("platform"), e.platform},
                                           {QStringLiteral("cpu_model"), e.cpuModel},
                                           {QStringLiteral("cpu_cores"), jsonNumber(e.cpuCores)},
                                           {QStringLiteral("memory_gb"), jsonNumber(e.memoryGb)},
                                           {QStringLiteral("gpu"), e.gpu},
                                           {QStringLiteral("torch_version"), e.torchVersion},
                                           {QStringLiteral("cuda"), jsonTriState(e.cuda)},
                                           {QStringLiteral("mps"), jsonTriState(e.mps)}});
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("label"), r.label},
                                 {QStringLiteral("added"), r.added.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("sources"), sources},
                                 {QStringLiteral("prompt_rows"), r.promptRows},
                                 {QStringLiteral("method_rows"), r.methodRows},
                                 {QStringLiteral("environment"), environment}});
    }
    writeOut(QJsonDocument(QJsonObject{{QStringLiteral("runs"), array}}).toJson(QJsonDocument::Indented));
    return 0;
}

int runTrend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows each group's median time over the stored runs, oldest first."));
    addCommonOptions(parser, true);
    addFilterOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!checkFormat(parser, "trend"))
        return 1;
    HistoryStore store;
    std::vector<HistoryTrendGroup> groups;
    QString error;
    if (!openStore(parser, "trend", store))
        return kStoreFailed;
    if (!store.trend(&groups, &error)) {
        printError(tr("attriscope history trend: %1").arg(error));
        return kStoreFailed;
    }
    QStringList models, methods, hardware;
    for (const HistoryTrendGroup &g : groups) {
        models.append(g.model);
        methods.append(g.method);
        hardware.append(g.hardware);
    }
    for (QStringList *names : {&models, &methods, &hardware}) {
        names->sort();
        names->removeDuplicates();
    }
    if (const QString problem = filterNamesProblem(parser, models, methods, hardware); !problem.isEmpty()) {
        printError(tr("attriscope history trend: %1").arg(problem));
        return 1;
    }
    std::erase_if(groups, [&](const HistoryTrendGroup &g) { return !filterAccepts(parser, g.model, g.method, g.hardware); });
    if (parser.value(QStringLiteral("format")) == QLatin1String("markdown")) {
        QString out = tr("### AttriScope trend\n\n");
        out += tr("| Model | Method | Hardware | Run | Label | Median | 95 % interval of the median | Mean | n |\n");
        out += QStringLiteral("|---|---|---|--:|---|--:|---|--:|--:|\n");
        for (const HistoryTrendGroup &g : groups) {
            for (const HistoryTrendPoint &p : g.runs) {
                const QString interval = std::isnan(p.medianCiLow)
                    ? QStringLiteral("—")
                    : tr("%1 – %2").arg(Format::seconds(p.medianCiLow), Format::seconds(p.medianCiHigh));
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                           .arg(TextEscape::markdown(g.model), TextEscape::markdown(g.method),
                                TextEscape::markdown(g.hardware), QString::number(p.runId),
                                TextEscape::markdown(p.label), Format::seconds(p.medianTime), interval,
                                Format::seconds(p.meanTime), QString::number(p.n));
            }
        }
        writeOut(out.toUtf8());
        return 0;
    }
    MachineOutput machine;
    writeOut(trendJson(groups));
    return 0;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compares the latest run with the one before it (or --baseline), "
                                        "group by group, with the test and verdicts of compare."));
    addCommonOptions(parser, true);
    parser.addOptions({
        {QStringLiteral("baseline"), tr("The run to compare with: its id, or the latest run with this label."),
         tr("ID|LABEL")},
        {QStringLiteral("threshold"), tr("Smallest change of the median that counts, in percent (default 5)."),
         tr("PCT"), QStringLiteral("5")},
        {QStringLiteral("alpha"), tr("Significance level of the Mann-Whitney U test (default 0.05)."), tr("A"),
         QStringLiteral("0.05")},
        {QStringLiteral("fail-on-regression"), tr("Exit with status 3 when any group regressed.")},
    });
    addFilterOptions(parser);
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!checkFormat(parser, "check"))
        return 1;
    double threshold = 0, alpha = 0;
    if (!parseNumber(parser, "threshold", 0, 1000, &threshold) || !parseNumber(parser, "alpha", 0, 1, &alpha))
        return 1;
    HistoryStore store;
    QList<HistoryRun> runs;
    QString error;
    if (!openStore(parser, "check", store))
        return kStoreFailed;
    if (!store.runs(&runs, &error)) {
        printError(tr("attriscope history check: %1").arg(error));
        return kStoreFailed;
    }
    if (runs.isEmpty()) {
        printError(tr("attriscope history check: %1 holds no run").arg(store.name()));
        return 1;
    }
    const HistoryRun &candidate = runs.last();
    qint64 baselineId = 0;
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString wanted = parser.value(QStringLiteral("baseline"));
        if (!store.findRun(wanted, &baselineId, &error)) {
            printError(tr("attriscope history check: %1").arg(error));
            return kStoreFailed;
        }
        if (baselineId == 0) {
            printError(tr("attriscope history check: no run with id or label '%1' in %2").arg(wanted, store.name()));
            return 1;
        }
    } else if (runs.size() >= 2) {
        baselineId = runs[runs.size() - 2].id;
    } else {
        printError(tr("attriscope history check: %1 holds one run; nothing to compare it with").arg(store.name()));
        return 1;
    }
    if (baselineId == candidate.id) {
        printError(tr("attriscope history check: the baseline is the latest run (%1); nothing to compare it with")
                       .arg(QString::number(baselineId)));
        return 1;
    }
    const HistoryRun baseline = *std::find_if(runs.cbegin(), runs.cend(), [&](const HistoryRun &r) { return r.id == baselineId; });
    DatasetPtr before, after;
    if (!store.loadRun(baseline.id, &before, &error) || !store.loadRun(candidate.id, &after, &error)) {
        printError(tr("attriscope history check: %1").arg(error));
        return kStoreFailed;
    }
    std::vector<int> beforeGroups, afterGroups;
    for (const auto &[dataset, groups] : {std::pair{before.get(), &beforeGroups}, std::pair{after.get(), &afterGroups}}) {
        if (const QString problem = filterGroups(parser, *dataset, groups); !problem.isEmpty()) {
            printError(tr("attriscope history check: %1").arg(problem));
            return 1;
        }
    }
    // Exactly compare's test and verdicts, on the stored prompt times.
    const Comparison comparison = Comparison::compute(*before, beforeGroups, *after, afterGroups, threshold, alpha);
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    std::optional<MachineOutput> machine;
    if (json) {
        machine.emplace();
        QJsonObject out = comparison.toJson();
        out.insert(QStringLiteral("baseline_run"),
                   QJsonObject{{QStringLiteral("id"), baseline.id}, {QStringLiteral("label"), baseline.label}});
        out.insert(QStringLiteral("candidate_run"),
                   QJsonObject{{QStringLiteral("id"), candidate.id}, {QStringLiteral("label"), candidate.label}});
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        const QString head = tr("Run %1 (%2) against run %3 (%4).\n\n")
                                 .arg(QString::number(candidate.id), TextEscape::markdown(candidate.label),
                                      QString::number(baseline.id), TextEscape::markdown(baseline.label));
        writeOut(head.toUtf8() + comparison.toMarkdown());
    }
    machine.reset(); // messages below follow the language again
    if (parser.isSet(QStringLiteral("fail-on-regression")) && comparison.regressions > 0) {
        printError(tr("attriscope history check: %1 regression(s)").arg(comparison.regressions));
        return 3;
    }
    return 0;
}

int runRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Removes a run and its rows from the history."));
    addCommonOptions(parser, false);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The run's id (history list)."));
    if (const int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QStringList ids = parser.positionalArguments().mid(1);
    bool ok = false;
    const qint64 id = ids.value(0).toLongLong(&ok);
    if (ids.size() != 1 || !ok || id <= 0) {
        printError(tr("attriscope history remove: needs exactly one run ID (a positive number)"));
        return 1;
    }
    HistoryStore store;
    QString error;
    if (!openStore(parser, "remove", store))
        return kStoreFailed;
    qint64 found = 0;
    if (!store.findRun(QString::number(id), &found, &error)) {
        printError(tr("attriscope history remove: %1").arg(error));
        return kStoreFailed;
    }
    if (found == 0) {
        printError(tr("attriscope history remove: no run %1 in %2").arg(QString::number(id), store.name()));
        return 1;
    }
    if (!store.remove(id, &error)) {
        printError(tr("attriscope history remove: %1").arg(error));
        return kStoreFailed;
    }
    QTextStream(stdout) << tr("Removed run %1 from %2.").arg(QString::number(id), TextEscape::controls(store.name()))
                        << Qt::endl;
    return 0;
}

} // namespace

int runHistory(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    // Each subcommand's parser sees the subcommand as positional argument 0.
    QStringList rest = arguments;
    rest.removeAt(1);
    if (command == QLatin1String("add"))
        return runAdd(rest);
    if (command == QLatin1String("list"))
        return runList(rest);
    if (command == QLatin1String("trend"))
        return runTrend(rest);
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("remove"))
        return runRemove(rest);
    const QString usage = tr("usage: attriscope history add|list|trend|check|remove [--db DB] …\n"
                             "  add [--label TEXT] SOURCE...   store the sources as one run\n"
                             "  list                           the stored runs, oldest first\n"
                             "  trend [filters]                each group's median time over the runs\n"
                             "  check [--baseline ID|LABEL]    the latest run against the one before it\n"
                             "  remove ID                      delete a run\n"
                             "Each takes --help. Default store: %1")
                              .arg(HistoryStore::defaultLocation());
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream(stdout) << usage << Qt::endl;
        return 0;
    }
    if (!command.isEmpty())
        printError(tr("attriscope history: unknown command '%1'").arg(command));
    printError(usage);
    return 1;
}

} // namespace Cli
