// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "chartexporter.h"
#include "charttab.h"
#include "exportdialog.h"
#include "groupstatsmodel.h"
#include "sessionsettings.h"
#include "textescape.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QWidget>

namespace {

ChartExporter::Format formatOf(const QString &name)
{
    if (name == QLatin1String("svg"))
        return ChartExporter::Format::Svg;
    if (name == QLatin1String("pdf"))
        return ChartExporter::Format::Pdf;
    return ChartExporter::Format::Png;
}

QString csvField(const QString &text)
{
    return TextEscape::csvText(text);
}

/// The paths that name something already (a dangling link too).
QStringList existingOf(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.exists() || info.isSymLink())
            existing.append(path);
    }
    return existing;
}

// Machine-readable column names, as in the CLI's reports.
const char *const kCsvColumns[GroupStatsModel::ColumnCount] = {
    "model",     "method",   "hardware", "prompts",  "successful",   "success_rate_percent",
    "mean_time_s", "median_time_s", "min_time_s", "max_time_s", "p95_time_s", "std_time_s",
    "mean_tokens_per_second", "median_tokens_per_second",
};

} // namespace

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void ExportController::exportChart(ChartTab *tab)
{
    SessionSettings::ExportChoices choices = SessionSettings::exportChoices();
    ExportDialog dialog(ExportDialog::SingleFile,
                        QDir(choices.folder).filePath(tab->exportName() + QLatin1Char('.') + choices.format), m_window);
    dialog.setFormat(choices.format);
    dialog.setImageSize(choices.size);
    dialog.setScale(choices.scale);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = dialog.path();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + dialog.format();
    choices = {QFileInfo(path).absolutePath(), dialog.format(), dialog.imageSize(), dialog.scale()};
    SessionSettings::saveExportChoices(choices);
    if (!confirmReplace(existingOf({path})))
        return;
    QString error;
    if (!ChartExporter::exportChart(tab, path, formatOf(dialog.format()), dialog.imageSize() * dialog.scale(),
                                    dialog.scale(), &error)) {
        showError(path, error);
        return;
    }
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ExportController::exportAllCharts(const QList<ChartTab *> &tabs)
{
    SessionSettings::ExportChoices choices = SessionSettings::exportChoices();
    ExportDialog dialog(ExportDialog::Folder, choices.folder, m_window);
    dialog.setFormat(choices.format);
    dialog.setImageSize(choices.size);
    dialog.setScale(choices.scale);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = dialog.path();
    choices = {folder, dialog.format(), dialog.imageSize(), dialog.scale()};
    SessionSettings::saveExportChoices(choices);
    if (!QDir().mkpath(folder)) {
        showError(folder, tr("cannot create the folder"));
        return;
    }
    // The tabs as the user set them up (options, theme), not fresh defaults;
    // a tab with nothing to show (Compare without two runs) is not written.
    QStringList skipped;
    const QList<ChartTab *> shown = ChartExporter::tabsWithContent(tabs, &skipped);
    QStringList paths;
    for (const ChartTab *tab : shown)
        paths.append(QDir(folder).filePath(tab->exportName() + QLatin1Char('.') + dialog.format()));
    if (!confirmReplace(existingOf(paths)))
        return;
    // All or nothing: a failure (a full disk) leaves every file as it was.
    QString error;
    if (!ChartExporter::exportCharts(shown, paths, formatOf(dialog.format()), dialog.imageSize() * dialog.scale(),
                                     dialog.scale(), nullptr, &error)) {
        showError(folder, error);
        return;
    }
    QString text = tr("Exported %n chart(s) to %1", nullptr, int(paths.size())).arg(QDir::toNativeSeparators(folder));
    if (!skipped.isEmpty())
        text += tr("; nothing to show, not written: %1").arg(skipped.join(QStringLiteral(", ")));
    Q_EMIT message(text);
}

void ExportController::exportGroupsCsv(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    if (!dataset)
        return;
    const SessionSettings::ExportChoices choices = SessionSettings::exportChoices();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Groups Table"),
                                                      QDir(choices.folder).filePath(QStringLiteral("groups.csv")),
                                                      tr("CSV files (*.csv)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || !confirmReplace(existingOf({path})))
        return;
    QString error;
    if (!writeGroupsCsv(path, *dataset, groups, &error)) {
        showError(path, error);
        return;
    }
    Q_EMIT message(tr("Exported %n group(s) to %1", nullptr, int(groups.size())).arg(QDir::toNativeSeparators(path)));
}

void ExportController::saveChartData(ChartTab *tab, const DatasetPtr &dataset, const std::vector<int> &groups)
{
    const ChartCsv::Table table = tab->chartData(dataset, groups);
    if (table.header.isEmpty())
        return;
    const SessionSettings::ExportChoices choices = SessionSettings::exportChoices();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Chart Data"),
                                                      QDir(choices.folder).filePath(tab->exportName() + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || !confirmReplace(existingOf({path})))
        return;
    QString error;
    if (!ChartExporter::writeData(table, path, &error)) {
        showError(path, error);
        return;
    }
    Q_EMIT message(tr("Saved the data of the %1 chart to %2").arg(tab->title(), QDir::toNativeSeparators(path)));
}

void ExportController::copyChartData(ChartTab *tab, const DatasetPtr &dataset, const std::vector<int> &groups)
{
    const ChartCsv::Table table = tab->chartData(dataset, groups);
    if (table.header.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(ChartCsv::toCsv(table)));
    Q_EMIT message(tr("Copied the data of the %1 chart to the clipboard").arg(tab->title()));
}

void ExportController::copyImage(ChartTab *tab)
{
    ChartExporter::copyImageToClipboard(tab);
    Q_EMIT message(tr("Copied the %1 chart to the clipboard").arg(tab->title()));
}

bool ExportController::writeGroupsCsv(const QString &path, const Dataset &dataset, const std::vector<int> &groups,
                                      QString *error)
{
    if (const QString problem = ChartExporter::targetProblem(path); !problem.isEmpty()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringList header;
    for (const char *name : kCsvColumns)
        header.append(QString::fromLatin1(name));
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int index : groups) {
        const GroupStats &g = dataset.groups()[std::size_t(index)];
        QStringList row = {csvField(dataset.models().value(int(g.model))), csvField(dataset.methods().value(int(g.method))),
                           csvField(dataset.hardware().value(int(g.hardware)))};
        for (int c = GroupStatsModel::PromptsColumn; c < GroupStatsModel::ColumnCount; ++c) {
            const double v = GroupStatsModel::value(g, GroupStatsModel::Column(c));
            row.append(std::isnan(v) ? QString() : QString::number(v, 'g', 15));
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    QString reason;
    if (!ChartExporter::writeAll(&file, out, &reason)) { // a full disk named as such
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ExportController::confirmReplace(const QStringList &paths)
{
    if (paths.isEmpty())
        return true;
    QStringList names;
    for (const QString &path : paths)
        names.append(QDir::toNativeSeparators(path));
    const QString text = paths.size() == 1
        ? tr("%1 already exists. Replace it?").arg(names.first())
        : tr("These files already exist:\n%1\n\nReplace them?").arg(names.join(QLatin1Char('\n')));
    // Asked only when a file is there (the file dialogs are told not to ask,
    // so the user hears it once). Cancel is the default: replacing destroys
    // the old file for good, cancelling loses nothing (the chart is still
    // in the window), so Enter must not be the destructive answer. Qt's own
    // file dialog question defaults to No for the same reason.
    return QMessageBox::question(m_window, tr("Replace Files"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void ExportController::showError(const QString &path, const QString &reason)
{
    QMessageBox box(QMessageBox::Critical, tr("Export Failed"),
                    tr("Could not export to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, m_window);
    box.setInformativeText(reason);
    box.exec();
}
