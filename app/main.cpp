// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationName(QStringLiteral("AttriScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTRISCOPE_VERSION));

    if (Cli::isCommand(argc, argv))
        return Cli::main(argc, argv);
    // Answer --version without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("attriscope %s\n", ATTRISCOPE_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("AttriScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attriscope.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.attriscope.AttriScope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workbench for the timing benchmarks of LLM attribution methods.\n"
                                            "Headless commands: attriscope report|export|compare|estimate --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("sample"), QCoreApplication::translate("main", "Open the bundled synthetic sample.")});
    parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language, e.g. de or en."),
                      QCoreApplication::translate("main", "LANG")});
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 QCoreApplication::translate("main", "Timing files (JSON, JSON Lines, CSV) or http(s) URLs."),
                                 QStringLiteral("[SOURCE...]"));
    parser.process(app);
    Cli::installTranslators(parser.value(QStringLiteral("lang")));

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
