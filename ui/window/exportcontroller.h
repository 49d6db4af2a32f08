// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QObject>

#include <vector>

class ChartTab;
class QWidget;

/// The export commands of the main window: asks where and how (ExportDialog),
/// asks before replacing files, writes through the chart exporter and reports
/// a failure in a dialog that names the path and the reason.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(QWidget *window);

    void exportChart(ChartTab *tab);
    void exportAllCharts(const QList<ChartTab *> &tabs);
    void exportGroupsCsv(const DatasetPtr &dataset, const std::vector<int> &groups);
    void copyImage(ChartTab *tab);
    /// Asks for a file and writes the tab's chartData() there as CSV.
    void saveChartData(ChartTab *tab, const DatasetPtr &dataset, const std::vector<int> &groups);
    /// Puts the tab's chartData() on the clipboard as CSV text.
    void copyChartData(ChartTab *tab, const DatasetPtr &dataset, const std::vector<int> &groups);

    /// Writes the groups (one row each, raw numbers, full precision) as CSV
    /// through QSaveFile. Returns false and sets `error` on failure.
    static bool writeGroupsCsv(const QString &path, const Dataset &dataset, const std::vector<int> &groups,
                               QString *error);

Q_SIGNALS:
    /// A short note for the status bar ("Exported …").
    void message(const QString &text);

private:
    bool confirmReplace(const QStringList &paths);
    void showError(const QString &path, const QString &reason);

    QWidget *m_window;
};
