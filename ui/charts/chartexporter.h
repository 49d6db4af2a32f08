// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcsv.h"
#include "dataset.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

class ChartTab;
class QFileDevice;

/// Writes chart tabs as PNG, SVG or PDF. Every file goes through QSaveFile:
/// either the whole file is there or the old one is untouched. Errors name
/// the path and the reason.
namespace ChartExporter {

enum class Format { Png, Svg, Pdf };

/// "png", "svg", "pdf".
QString suffix(Format format);
/// Format from a file name's suffix (case-insensitive); false when unknown.
bool formatFromPath(const QString &path, Format *format);

/// The tab rendered into an image of exactly `pixelSize` pixels: the layout of
/// pixelSize / scale logical pixels drawn at device pixel ratio `scale`.
QImage renderImage(ChartTab *tab, QSize pixelSize, qreal scale = 1.0);

/// Memory budget of one picture: the ARGB32 image a PNG is drawn into
/// (4 bytes a pixel). 512 MiB: 16384×8192 pixels, or 11585×11585. Rendering
/// needs about twice that at the peak (the image and the PNG encoder's rows,
/// the chart's caches), so an export stays well within 2 GB.
constexpr qint64 kMaxPictureBytes = qint64(512) << 20;

/// Writes all of `bytes` to `file`, retrying after a short write so that a
/// full disk is reported with its cause ("No space left on device"); false
/// with the reason otherwise.
bool writeAll(QFileDevice *file, const QByteArray &bytes, QString *reason);

/// Why a picture of `pixelSize` pixels is not drawn (empty, or above
/// kMaxPictureBytes); empty when it may be.
QString pictureSizeProblem(QSize pixelSize);

/// Why `path` must not be written (a symbolic link, a folder, another
/// non-regular file), judged on the name itself, not on what a link points
/// to; empty when it may be written.
QString targetProblem(const QString &path);

/// PNG at exactly `pixelSize` pixels (see renderImage); SVG and PDF at
/// pixelSize / scale logical size (vector output). Refuses a symbolic link
/// or a folder as `path` (targetProblem) and pictures above the budget.
bool exportChart(ChartTab *tab, const QString &path, Format format, QSize pixelSize, qreal scale, QString *error);

/// Writes tabs[i] to paths[i], all or nothing: every name is checked before
/// anything is written, every file is written to a temporary file beside its
/// name first and renamed into place only when all are complete. On failure
/// nothing is changed (temporary files are removed) and `error` names the path
/// and the cause ("No space left on device"). Only when a final rename fails
/// are some files new; `written` then lists exactly those.
bool exportCharts(const QList<ChartTab *> &tabs, const QStringList &paths, Format format, QSize pixelSize, qreal scale,
                  QStringList *written, QString *error);

/// The tabs with something to show; the others go to `skipped` as
/// "compare (needs two loaded runs …)", so Export all writes no placeholder.
QList<ChartTab *> tabsWithContent(const QList<ChartTab *> &tabs, QStringList *skipped);

/// Puts the tab's picture (at its current size and the screen's pixel ratio) on the clipboard.
void copyImageToClipboard(ChartTab *tab);

/// Headless: creates every chart tab (createChartTabs() plus extra tabs),
/// gives it the data, lays it out off screen at `size` and writes
/// `<dir>/<exportName>.<suffix>`. Refuses to replace an existing file unless
/// `force`; never writes through a symbolic link or onto a folder, even with
/// `force`. All or nothing as exportCharts(). Needs a QApplication (the
/// offscreen platform is fine). `written` gets the paths written.
/// Charts with nothing to show are not written; `skipped` names them with the reason.
bool exportAllCharts(const DatasetPtr &dataset, const std::vector<int> &groups, const QString &dir, Format format,
                     QSize size, bool force, QStringList *written, QString *error, QStringList *skipped = nullptr);

/// Headless, no drawing: writes `<dir>/<chart>.csv` for every chart with
/// data behind it (performance, heatmap, hardware, models, methods, scaling,
/// distribution, insights), each the chart's data in tidy form
/// (ChartCsv, docs/metrics.md) over every page, hardware, model and method.
/// Same rules as exportAllCharts(): every name checked first, all or nothing,
/// no existing file replaced without `force`, never through a link.
bool exportAllData(const DatasetPtr &dataset, const std::vector<int> &groups, const QString &dir, bool force,
                   QStringList *written, QString *error);

/// The base names exportAllData() writes, in order.
QStringList dataExportNames();

/// Writes one chart's data as CSV to `path`, atomically, never through a
/// link or onto a folder (the caller asks before replacing a file).
bool writeData(const ChartCsv::Table &table, const QString &path, QString *error);

} // namespace ChartExporter
