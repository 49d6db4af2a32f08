// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "charttab.h"
#include "charttabs.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

namespace ChartExporter {

namespace {

// Screen resolution for vector output, so that point-sized fonts keep their
// size relative to the widgets (QSvgGenerator defaults to 72 dpi).
constexpr int kVectorDpi = 96;

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

/// Lays `widget` out at `size` even when it was never shown: hidden widgets
/// keep their resize events pending and QChart lays itself out on a posted
/// event, so both are delivered before painting.
void layOut(QWidget *widget, QSize size)
{
    widget->resize(size);
    const auto activate = [](QWidget *w) {
        if (w->layout())
            w->layout()->activate();
    };
    activate(widget);
    for (QWidget *child : widget->findChildren<QWidget *>())
        activate(child);
    QPixmap dummy(1, 1);
    widget->render(&dummy, QPoint(), QRegion(0, 0, 1, 1)); // delivers pending resize events
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

/// Paints the tab's chart at `logical` size with `painter`, then puts the
/// widget back to its former size.
void paintTab(ChartTab *tab, QPainter *painter, QSizeF logical)
{
    QWidget *widget = tab->exportWidget();
    const QSize oldSize = widget->size();
    layOut(widget, logical.toSize());
    // The widget's own background first: a child without autoFillBackground
    // would show the (transparent) image through.
    painter->fillRect(QRectF(QPointF(0, 0), logical), widget->palette().window());
    tab->renderForExport(painter, QRectF(QPointF(0, 0), logical));
    if (oldSize != widget->size())
        layOut(widget, oldSize);
}

bool failWith(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace

QString suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool formatFromPath(const QString &path, Format *format)
{
    const QString s = QFileInfo(path).suffix().toLower();
    for (Format f : {Format::Png, Format::Svg, Format::Pdf}) {
        if (s == suffix(f)) {
            *format = f;
            return true;
        }
    }
    return false;
}

QImage renderImage(ChartTab *tab, QSize pixelSize, qreal scale)
{
    if (scale <= 0)
        scale = 1;
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintTab(tab, &painter, QSizeF(pixelSize) / scale);
    painter.end();
    return image;
}

bool exportChart(ChartTab *tab, const QString &path, Format format, QSize pixelSize, qreal scale, QString *error)
{
    if (!tab)
        return failWith(error, path, tr("no chart to export"));
    if (pixelSize.isEmpty())
        return failWith(error, path, tr("the picture size %1×%2 is empty").arg(pixelSize.width()).arg(pixelSize.height()));
    if (scale <= 0)
        scale = 1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, path, file.errorString());
    const QSizeF logical = QSizeF(pixelSize) / scale;

    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(tab, pixelSize, scale);
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            return failWith(error, path, file.error() != QFileDevice::NoError ? file.errorString() : tr("PNG encoding failed"));
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(kVectorDpi);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(tab->title());
        generator.setDescription(tr("AttriScope chart"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return failWith(error, path, tr("cannot start the SVG output"));
        }
        paintTab(tab, &painter, logical);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(kVectorDpi);
        writer.setTitle(tab->title());
        writer.setCreator(QStringLiteral("AttriScope"));
        const QSizeF points = logical * 72.0 / kVectorDpi;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return failWith(error, path, tr("cannot start the PDF output"));
        }
        paintTab(tab, &painter, logical);
        painter.end();
        break;
    }
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failWith(error, path, reason);
    }
    if (!file.commit())
        return failWith(error, path, file.errorString());
    return true;
}

void copyImageToClipboard(ChartTab *tab)
{
    if (!tab)
        return;
    QWidget *widget = tab->exportWidget();
    const qreal ratio = widget->devicePixelRatioF();
    const QSize size = widget->size().isEmpty() ? QSize(1280, 800) : widget->size();
    QGuiApplication::clipboard()->setImage(renderImage(tab, (QSizeF(size) * ratio).toSize(), ratio));
}

bool exportAllCharts(const DatasetPtr &dataset, const std::vector<int> &groups, const QString &dir, Format format,
                     QSize size, bool force, QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder “%1”").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    std::vector<std::unique_ptr<ChartTab>> tabs;
    for (ChartTab *tab : createChartTabs(nullptr) + createExtraChartTabs(nullptr))
        tabs.emplace_back(tab);

    QStringList paths;
    for (const auto &tab : tabs)
        paths.append(QDir(dir).filePath(tab->exportName() + QLatin1Char('.') + suffix(format)));
    if (!force) {
        // All or nothing: check every name before writing the first file.
        for (const QString &path : std::as_const(paths)) {
            if (QFileInfo::exists(path)) {
                if (error)
                    *error = tr("“%1” exists and was not replaced (force to overwrite)").arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
    }
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        ChartTab *tab = tabs[i].get();
        // Shown but never on screen: layouts and charts behave as in a window.
        tab->setAttribute(Qt::WA_DontShowOnScreen);
        tab->resize(size);
        tab->show();
        tab->setData(dataset, groups);
        QString message;
        if (!exportChart(tab, paths[qsizetype(i)], format, size, 1.0, &message)) {
            if (error)
                *error = message;
            return false;
        }
        if (written)
            written->append(paths[qsizetype(i)]);
    }
    return true;
}

} // namespace ChartExporter
