// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsettings.h"

#include "charttab.h"
#include "filterstate.h"
#include "historystore.h"
#include "sourcespec.h"

#include <QDir>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kHiddenKeys[3] = {QStringLiteral("filter/hiddenModels"), QStringLiteral("filter/hiddenMethods"),
                                QStringLiteral("filter/hiddenHardware")};

QString chartGroup(const ChartTab *tab)
{
    return QStringLiteral("charts/") + tab->exportName();
}

} // namespace

void SessionSettings::saveWindow(const QMainWindow &window, int currentTab)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState());
    settings.setValue(QStringLiteral("window/tab"), currentTab);
}

int SessionSettings::restoreWindow(QMainWindow &window)
{
    const QSettings settings;
    window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    window.restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    bool ok = false;
    const int tab = settings.value(QStringLiteral("window/tab")).toInt(&ok);
    return ok ? tab : -1;
}

void SessionSettings::saveFilter(const FilterState &filter)
{
    QSettings settings;
    for (int i = 0; i < 3; ++i) {
        const QSet<QString> hidden = filter.hidden(Dimension(i));
        QStringList names(hidden.begin(), hidden.end());
        names.sort();
        settings.setValue(kHiddenKeys[i], names);
    }
}

void SessionSettings::restoreFilter(FilterState &filter)
{
    const QSettings settings;
    for (int i = 0; i < 3; ++i) {
        const QStringList names = settings.value(kHiddenKeys[i]).toStringList();
        filter.setHidden(Dimension(i), QSet<QString>(names.begin(), names.end()));
    }
}

void SessionSettings::saveCharts(const QList<ChartTab *> &tabs)
{
    QSettings settings;
    for (const ChartTab *tab : tabs) {
        settings.beginGroup(chartGroup(tab));
        tab->saveSettings(settings);
        settings.endGroup();
    }
}

void SessionSettings::restoreCharts(const QList<ChartTab *> &tabs)
{
    QSettings settings;
    for (ChartTab *tab : tabs) {
        settings.beginGroup(chartGroup(tab));
        tab->restoreSettings(settings);
        settings.endGroup();
    }
}

void SessionSettings::saveSources(const QStringList &sources)
{
    // Source names of URLs are already without user-info and query; this
    // makes sure no token reaches the settings file by another way.
    QStringList stored;
    for (const QString &source : sources)
        stored.append(redactedLocation(source, false));
    QSettings().setValue(QStringLiteral("session/sources"), stored);
}

QStringList SessionSettings::lastSources()
{
    return QSettings().value(QStringLiteral("session/sources")).toStringList();
}

void SessionSettings::saveUntickedSources(const QStringList &loaded, const QStringList &unticked)
{
    QStringList stored = untickedSources();
    for (const QString &source : loaded)
        stored.removeAll(redactedLocation(source, false));
    for (const QString &source : unticked)
        stored.append(redactedLocation(source, false));
    if (stored.size() > kMaxUntickedSources)
        stored = stored.mid(stored.size() - kMaxUntickedSources);
    QSettings settings;
    if (stored.isEmpty())
        settings.remove(QStringLiteral("session/untickedSources"));
    else
        settings.setValue(QStringLiteral("session/untickedSources"), stored);
}

QStringList SessionSettings::untickedSources()
{
    return QSettings().value(QStringLiteral("session/untickedSources")).toStringList();
}

AppTheme::Mode SessionSettings::theme()
{
    AppTheme::Mode mode = AppTheme::Mode::System;
    if (!AppTheme::parse(QSettings().value(QStringLiteral("ui/theme")).toString(), &mode))
        mode = AppTheme::Mode::System;
    return mode;
}

void SessionSettings::setTheme(AppTheme::Mode mode)
{
    QSettings().setValue(QStringLiteral("ui/theme"), AppTheme::name(mode));
}

QStringList SessionSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("recent/files")).toStringList();
}

void SessionSettings::addRecentFiles(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (const QString &path : paths) {
        if (path.startsWith(QLatin1String(":/")))
            continue; // the bundled sample has its own menu entry
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recent/files"), recent);
}

void SessionSettings::clearRecentFiles()
{
    QSettings().remove(QStringLiteral("recent/files"));
}

SessionSettings::ExportChoices SessionSettings::exportChoices()
{
    const QSettings settings;
    ExportChoices choices;
    choices.folder = settings.value(QStringLiteral("export/folder"),
                                    QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                         .toString();
    if (choices.folder.isEmpty())
        choices.folder = QDir::homePath();
    choices.format = settings.value(QStringLiteral("export/format"), choices.format).toString();
    choices.size = settings.value(QStringLiteral("export/size"), choices.size).toSize();
    choices.scale = settings.value(QStringLiteral("export/scale"), choices.scale).toDouble();
    return choices;
}

void SessionSettings::saveExportChoices(const ExportChoices &choices)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), choices.folder);
    settings.setValue(QStringLiteral("export/format"), choices.format);
    settings.setValue(QStringLiteral("export/size"), choices.size);
    settings.setValue(QStringLiteral("export/scale"), choices.scale);
}

QString SessionSettings::historyLocation()
{
    const QString location = QSettings().value(QStringLiteral("history/location")).toString();
    return location.isEmpty() ? HistoryStore::defaultLocation() : location;
}

void SessionSettings::setHistoryLocation(const QString &location)
{
    QSettings settings;
    const QString shown = HistoryStore::displayName(location.trimmed());
    if (shown.isEmpty() || shown == HistoryStore::defaultLocation())
        settings.remove(QStringLiteral("history/location"));
    else
        settings.setValue(QStringLiteral("history/location"), shown);
}
