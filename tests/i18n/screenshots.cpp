// SPDX-License-Identifier: GPL-3.0-or-later
// A developer tool, not a test: grabs the window in a language at several sizes, every tab,
// the menus and the dialogs, to look for clipped labels (German words are long).
//   cmake --build build --target i18n_screenshots
//   [ATTRISCOPE_THEME=dark] [ATTRISCOPE_HISTORY=STORE] QT_QPA_PLATFORM=offscreen build/tests/i18n/i18n_screenshots de OUT_DIR [SOURCE...]
// ATTRISCOPE_HISTORY names the run history the History tab shows (never the user's own by default).
#include "exportdialog.h"
#include "apptheme.h"
#include "historyclient.h"
#include "historytab.h"
#include "mainwindow.h"
#include "openurldialog.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: i18n_screenshots LANG OUT_DIR [SOURCE...]\n");
        return 1;
    }
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());

    const QLocale locale(args[1]);
    QTranslator appTranslator, qtTranslator;
    if (!appTranslator.load(locale, QStringLiteral("attriscope"), QStringLiteral("_"), QStringLiteral(ATTRISCOPE_QM_DIR)))
        std::fprintf(stderr, "no attriscope catalogue for %s\n", qPrintable(args[1]));
    QCoreApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(locale);

    // ATTRISCOPE_THEME=dark|light: the window in that theme (View ▸ Theme).
    if (AppTheme::Mode theme; AppTheme::parse(qEnvironmentVariable("ATTRISCOPE_THEME"), &theme))
        AppTheme::apply(theme);

    const QString out = args[2];
    QDir().mkpath(out);
    QStringList sources = args.mid(3);
    if (sources.isEmpty())
        sources.append(QStringLiteral(ATTRISCOPE_SAMPLE));

    MainWindow window;
    QTemporaryDir noHistory;
    const QString history = qEnvironmentVariable("ATTRISCOPE_HISTORY");
    window.historyClient()->setLocation(history.isEmpty() ? noHistory.filePath(QStringLiteral("history.sqlite")) : history);
    window.show();
    window.openSources(sources);
    wait(4000);

    auto *tabs = window.findChild<QTabWidget *>();
    // The widest page sets the window's minimum width: name it.
    for (int i = 0; tabs && i < tabs->count(); ++i)
        std::printf("tab %d %s: minimum width %d\n", i, qPrintable(tabs->tabText(i)),
                    tabs->widget(i)->minimumSizeHint().width());
    std::printf("window minimum width %d\n", window.minimumSizeHint().width());
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        window.resize(size);
        wait(300);
        const QString prefix = QStringLiteral("%1/%2x%3_").arg(out).arg(size.width()).arg(size.height());
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            wait(400);
            std::printf("  %s: page minimum width %d, window %dx%d\n", qPrintable(tabs->tabText(i)),
                        tabs->widget(i)->minimumSizeHint().width(), window.width(), window.height());
            save(&window, prefix + QStringLiteral("tab%1.png").arg(i, 2, 10, QLatin1Char('0')));
        }
    }
    window.resize(1280, 800);
    wait(200);
    int m = 0;
    for (QAction *action : window.menuBar()->actions()) {
        if (QMenu *menu = action->menu()) {
            menu->popup(window.mapToGlobal(QPoint(0, 0)));
            wait(200);
            save(menu, QStringLiteral("%1/menu%2.png").arg(out).arg(m++));
            menu->hide();
        }
    }
    if (auto *dock = window.findChild<QDockWidget *>()) {
        save(dock, QStringLiteral("%1/filter_dock.png").arg(out));
    }
    ExportDialog single(ExportDialog::SingleFile, QDir::homePath() + QStringLiteral("/chart.png"), &window);
    single.show();
    wait(200);
    save(&single, out + QStringLiteral("/dialog_export_file.png"));
    ExportDialog folder(ExportDialog::Folder, QDir::homePath(), &window);
    folder.show();
    wait(200);
    save(&folder, out + QStringLiteral("/dialog_export_folder.png"));
    OpenUrlDialog url(&window);
    url.show();
    wait(200);
    save(&url, out + QStringLiteral("/dialog_open_url.png"));
    PreferencesDialog preferences(window.historyClient()->location(), &window);
    preferences.show();
    wait(200);
    save(&preferences, out + QStringLiteral("/dialog_preferences.png"));
    return 0;
}
