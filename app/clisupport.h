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

/// Options shared by the commands that load sources and filter them.
void addSourceOptions(QCommandLineParser &parser);

/// The filtered result of loading a command's sources.
struct Loaded
{
    DatasetPtr dataset;
    std::vector<int> groups;
};

/// Loads `sources` with the parser's loading options and applies its
/// --model/--method/--hardware. On failure prints the messages, sets the exit
/// code (1 usage, 2 a source could not be loaded) and returns false.
bool loadFiltered(const QCommandLineParser &parser, const QStringList &sources, const char *command, Loaded *loaded,
                  int *exitCode);

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

} // namespace Cli
