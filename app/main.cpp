// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"
#include "cli.h"
#include "mainwindow.h"
#include "sessionsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>


namespace {

/// The window's options; help and version go through QCommandLineParser.
void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workbench for the timing benchmarks of LLM attribution methods.\n"
                                            "Headless commands: attriscope report|export|compare|estimate|history --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sample"), QCoreApplication::translate("main", "Open the bundled synthetic sample.")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language, e.g. de or en."),
                      QCoreApplication::translate("main", "LANG")});
    parser.addOption({QStringLiteral("theme"),
                      QCoreApplication::translate("main", "Colour theme: system (the desktop's, the default), light or dark."),
                      QCoreApplication::translate("main", "THEME")});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 QCoreApplication::translate("main", "Timing files (JSON, JSON Lines, CSV) or http(s) URLs."),
                                 QStringLiteral("[SOURCE...]"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTRISCOPE_VERSION));

    if (Cli::isCommand(argc, argv))
        return Cli::main(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("attriscope %s\n", ATTRISCOPE_VERSION);
            return 0;
        }
    }

    // The options are read before any QApplication exists: --help, --version
    // and a usage error are answered by a QCoreApplication, without a display
    // (over SSH, in CI). Only the window needs a QGuiApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString language;
    {
        QCommandLineParser probe;
        addWindowOptions(probe);
        const bool parsed = probe.parse(arguments);
        language = probe.value(QStringLiteral("lang"));
        if (!parsed || probe.isSet(QStringLiteral("help")) || probe.isSet(QStringLiteral("help-all"))
            || probe.isSet(QStringLiteral("version"))) {
            QCoreApplication app(argc, argv);
            Cli::installTranslators(language);
            QCommandLineParser parser; // built again: now its texts are translated
            addWindowOptions(parser);
            parser.process(app); // prints the help, the version or the error, and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("AttriScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attriscope.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.attriscope.AttriScope"));
    Cli::installTranslators(language);
    QCommandLineParser parser;
    addWindowOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("theme"))) {
        AppTheme::Mode theme = AppTheme::Mode::System;
        if (!AppTheme::parse(parser.value(QStringLiteral("theme")), &theme)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "attriscope: unknown --theme '%1' (system, light or dark)")
                                        .arg(parser.value(QStringLiteral("theme")))));
            return 1;
        }
        AppTheme::apply(theme);
    } else if (const AppTheme::Mode saved = SessionSettings::theme(); saved != AppTheme::Mode::System) {
        AppTheme::apply(saved);
    }

    MainWindow window;
    window.show();
    const QStringList sources = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("sample")))
        window.openSample();
    if (!sources.isEmpty())
        window.openSources(sources);
    else if (!parser.isSet(QStringLiteral("sample")))
        window.restoreSession();
    return app.exec();
}
