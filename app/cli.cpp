// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clisupport.h"
#include "textescape.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <QTextStream>

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
            QTextStream(stderr) << TextEscape::controls(qFormatLogMessage(type, context, message)) << Qt::endl;
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
    return command == "report" || command == "export" || command == "compare" || command == "estimate"
           || command == "history";
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
    if (command == QLatin1String("history"))
        return runHistory(arguments);
    printError(tr("attriscope: unknown command '%1'").arg(command));
    return 1;
}

} // namespace Cli

