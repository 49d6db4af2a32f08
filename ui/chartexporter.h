// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

class ChartTab;

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

/// PNG at exactly `pixelSize` pixels (see renderImage); SVG and PDF at
/// pixelSize / scale logical size (vector output).
bool exportChart(ChartTab *tab, const QString &path, Format format, QSize pixelSize, qreal scale, QString *error);

/// Puts the tab's picture (at its current size and the screen's pixel ratio) on the clipboard.
void copyImageToClipboard(ChartTab *tab);

/// Headless: creates every chart tab (createChartTabs() plus extra tabs),
/// gives it the data, lays it out off screen at `size` and writes
/// `<dir>/<exportName>.<suffix>`. Refuses to replace an existing file unless
/// `force`; checks all names before writing any. Needs a QApplication (the
/// offscreen platform is fine). `written` gets the paths written.
bool exportAllCharts(const DatasetPtr &dataset, const std::vector<int> &groups, const QString &dir, Format format,
                     QSize size, bool force, QStringList *written, QString *error);

} // namespace ChartExporter
