// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <vector>

class QCommandLineParser;

/// What the headless commands share: messages, the loading and filter
/// options, loading with them, and output. tr() here is the "Cli" context.
namespace Cli {

QString tr(const char *text);
/// One line on stderr; control characters in it are shown escaped (TextEscape::controls).
void printError(const QString &message);

/// Options shared by the commands that load sources and filter them:
/// addFilterOptions() and addLoadOptions().
void addSourceOptions(QCommandLineParser &parser);
/// --model, --method, --hardware.
void addFilterOptions(QCommandLineParser &parser);
/// The loading options (--timeout, --max-file-size, …, --sample) and SOURCE.
void addLoadOptions(QCommandLineParser &parser);

/// A usage error for a --model/--method/--hardware name not among the known
/// names (so a typo never yields an empty report silently), or empty.
QString filterNamesProblem(const QCommandLineParser &parser, const QStringList &models, const QStringList &methods,
                           const QStringList &hardware);
/// Whether the filter options let this group through.
bool filterAccepts(const QCommandLineParser &parser, const QString &model, const QString &method, const QString &hardware);
/// The dataset's groups the filter options let through; a usage error message otherwise.
QString filterGroups(const QCommandLineParser &parser, const Dataset &dataset, std::vector<int> *groups);

/// --source NAME (repeatable), for the commands that read several sources into one.
void addSourceFilterOption(QCommandLineParser &parser);
/// Keeps of `sources` those named in `wanted` (a source's name as loaded, or
/// its file name), in load order; a usage error for a name that matches none.
QString selectSources(const QStringList &wanted, QList<SourceDataPtr> *sources);

/// The filtered result of loading a command's sources.
struct Loaded
{
    DatasetPtr dataset;
    std::vector<int> groups;
};

/// Loads `sources` with the parser's loading options and applies its
/// --source (when the command has it) and --model/--method/--hardware. On failure prints the messages, sets the exit
/// code (1 usage, 2 a source could not be loaded) and returns false.
bool loadFiltered(const QCommandLineParser &parser, const QStringList &sources, const char *command, Loaded *loaded,
                  int *exitCode);

/// Loads `sources` with the parser's loading options, unfiltered; with `hashContent`
/// each source gets its SHA-256. On failure prints the messages, sets the exit code
/// (1 usage, 2 a source could not be loaded) and returns false.
bool loadDataset(const QCommandLineParser &parser, const QStringList &sources, const char *command, bool hashContent,
                 DatasetPtr *dataset, int *exitCode);
/// The sources' warnings on stderr (the first 20 of each) and their counts.
void printWarnings(const Dataset &dataset);

/// Parses arguments; returns -1 to go on, or the exit code (help, usage error).
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
/// A number option within [minimum, maximum]; prints the error otherwise.
bool parseNumber(const QCommandLineParser &parser, const char *option, double minimum, double maximum, double *value);

void writeOut(const QByteArray &out);

/// The translators installTranslators() put in, so MachineOutput can take them out.
QList<QPointer<QTranslator>> &installedTranslators();

/// JSON and CSV on stdout are for scripts and diffs: English text (insight titles) and
/// C-locale numbers whatever the system language, while this object lives. Markdown is
/// for people and follows the language; --help and messages on stderr do too.
class MachineOutput
{
public:
    MachineOutput();
    ~MachineOutput();
    Q_DISABLE_COPY_MOVE(MachineOutput)

private:
    QLocale m_locale; // the default before
};

int runReport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runEstimate(const QStringList &arguments);
/// `history add|list|trend|check|remove` (clihistory.cpp).
int runHistory(const QStringList &arguments);

} // namespace Cli
