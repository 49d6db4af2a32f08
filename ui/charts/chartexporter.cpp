// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartcsv.h"
#include "charttab.h"
#include "charttabs.h"
#include "toneframe.h"

#include <QBuffer>
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

#include <functional>
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

bool writeAll(QFileDevice *file, const QByteArray &bytes, QString *reason)
{
    // When a write fills the disk part way, Qt returns the short count and
    // keeps no reason ("Unknown error" later); writing the rest then fails
    // at once with errno's message: "No space left on device".
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            *reason = file->errorString();
            return false;
        }
        done += n;
    }
    if (!file->flush()) { // buffered: the last bytes reach the disk now, not at commit()
        *reason = file->errorString();
        return false;
    }
    return true;
}

QString pictureSizeProblem(QSize pixelSize)
{
    if (pixelSize.isEmpty())
        return tr("the picture size %1×%2 is empty").arg(QString::number(pixelSize.width()), QString::number(pixelSize.height()));
    const qint64 bytes = qint64(pixelSize.width()) * pixelSize.height() * 4;
    if (bytes > kMaxPictureBytes)
        return tr("a picture of %1×%2 pixels needs %3 MiB of memory; the limit is %4 MiB (%5 million pixels, e.g. 16384×8192)")
            .arg(QString::number(pixelSize.width()), QString::number(pixelSize.height()),
                 QString::number((bytes + (1 << 20) - 1) >> 20), QString::number(kMaxPictureBytes >> 20),
                 QString::number(double(kMaxPictureBytes / 4) / 1e6, 'f', 1));
    return {};
}

QString targetProblem(const QString &path)
{
    // lstat semantics: QSaveFile would follow a link and replace the file it
    // names (an input, say), so a link is refused, whatever it points to.
    const QFileInfo info(path);
    if (info.isSymLink())
        return tr("it is a symbolic link; refusing to write through it (remove the link or choose another name)");
    if (info.exists() && info.isDir())
        return tr("it is a folder");
    if (info.exists() && !info.isFile())
        return tr("it is not a regular file");
    return {};
}

namespace {

/// Encodes `tab` into `file` (in memory); false with the reason on failure.
bool encodeTab(ChartTab *tab, QBuffer *file, Format format, QSize pixelSize, qreal scale, QString *reason)
{
    const QSizeF logical = QSizeF(pixelSize) / scale;
    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(tab, pixelSize, scale);
        if (image.isNull()) {
            *reason = tr("out of memory for a picture of %1×%2 pixels")
                          .arg(QString::number(pixelSize.width()), QString::number(pixelSize.height()));
            return false;
        }
        if (!image.save(file, "PNG")) {
            *reason = tr("PNG encoding failed");
            return false;
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(file);
        generator.setResolution(kVectorDpi);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        generator.setTitle(tab->title());
        generator.setDescription(tr("AttriScope chart"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *reason = tr("cannot start the SVG output");
            return false;
        }
        paintTab(tab, &painter, logical);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(file);
        writer.setResolution(kVectorDpi);
        writer.setTitle(tab->title());
        writer.setCreator(QStringLiteral("AttriScope"));
        const QSizeF points = logical * 72.0 / kVectorDpi;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *reason = tr("cannot start the PDF output");
            return false;
        }
        paintTab(tab, &painter, logical);
        painter.end();
        break;
    }
    }
    return true;
}

/// Encodes `tab`, then writes the bytes to `file` (see writeAll).
bool writeTab(ChartTab *tab, QSaveFile *file, Format format, QSize pixelSize, qreal scale, QString *reason)
{
    // The encoders get a buffer, not the file: their own reports of a failed
    // write lose the cause. A PNG at the largest size is a few MiB.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!encodeTab(tab, &buffer, format, pixelSize, scale, reason))
        return false;
    return writeAll(file, buffer.data(), reason);
}

/// Writes a set of files all or nothing: every name is checked first, then
/// every file is written to a temporary file beside its name, and only when
/// all of them are complete are they renamed into place. On failure the
/// temporary files are removed (QSaveFile's destructor) and nothing changed.
bool writeSet(const QStringList &paths, const std::function<bool(qsizetype, QSaveFile *, QString *)> &write,
              QStringList *written, QString *error)
{
    for (const QString &path : paths) {
        if (const QString problem = targetProblem(path); !problem.isEmpty())
            return failWith(error, path, problem);
    }
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        // Checked again right before the open: QSaveFile itself resolves links.
        if (const QString problem = targetProblem(paths[i]); !problem.isEmpty())
            return failWith(error, paths[i], problem);
        auto file = std::make_unique<QSaveFile>(paths[i]);
        // Unbuffered: each write() reaches the disk, so a failure has its errno (writeAll).
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failWith(error, paths[i], file->errorString());
        QString reason;
        if (!write(i, file.get(), &reason))
            return failWith(error, paths[i], reason);
        files.push_back(std::move(file));
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QSaveFile &file = *files[std::size_t(i)];
        if (!file.commit()) {
            // A rename failed after others succeeded: say exactly which files are new.
            QString reason = file.errorString();
            if (written && !written->isEmpty())
                reason = tr("%1 (written before the failure: %2)")
                             .arg(reason, QDir::toNativeSeparators(written->join(QStringLiteral(", "))));
            return failWith(error, paths[i], reason);
        }
        if (written)
            written->append(paths[i]);
    }
    return true;
}

} // namespace

bool exportChart(ChartTab *tab, const QString &path, Format format, QSize pixelSize, qreal scale, QString *error)
{
    return exportCharts({tab}, {path}, format, pixelSize, scale, nullptr, error);
}

bool exportCharts(const QList<ChartTab *> &tabs, const QStringList &paths, Format format, QSize pixelSize, qreal scale,
                  QStringList *written, QString *error)
{
    Q_ASSERT(tabs.size() == paths.size());
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        if (!tabs[i])
            return failWith(error, paths[i], tr("no chart to export"));
    }
    if (const QString problem = pictureSizeProblem(pixelSize); !problem.isEmpty())
        return failWith(error, paths.value(0), problem);
    if (scale <= 0)
        scale = 1;
    return writeSet(
        paths,
        [&](qsizetype i, QSaveFile *file, QString *reason) {
            return writeTab(tabs[i], file, format, pixelSize, scale, reason);
        },
        written, error);
}

QList<ChartTab *> tabsWithContent(const QList<ChartTab *> &tabs, QStringList *skipped)
{
    QList<ChartTab *> kept;
    for (ChartTab *tab : tabs) {
        if (const QString reason = tab->emptyReason(); !reason.isEmpty()) {
            if (skipped)
                skipped->append(tr("%1 (%2)").arg(tab->exportName(), reason));
            continue;
        }
        kept.append(tab);
    }
    return kept;
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
                     QSize size, bool force, QStringList *written, QString *error, QStringList *skipped)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder “%1”").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (const QString problem = pictureSizeProblem(size); !problem.isEmpty())
        return failWith(error, dir, problem);
    // A first pass with the data only (no picture) finds the charts with
    // nothing to show; each tab is gone before the next is made.
    QStringList empty;
    for (ChartTab *tab : createChartTabs(nullptr) + createExtraChartTabs(nullptr)) {
        std::unique_ptr<ChartTab> owner(tab);
        tab->setAttribute(Qt::WA_DontShowOnScreen);
        tab->resize(size);
        tab->setData(dataset, groups);
        if (!tab->emptyReason().isEmpty())
            empty.append(tab->exportName());
        tabsWithContent({tab}, skipped);
    }
    std::vector<std::unique_ptr<ChartTab>> tabs;
    for (ChartTab *tab : createChartTabs(nullptr) + createExtraChartTabs(nullptr)) {
        if (empty.contains(tab->exportName()))
            delete tab;
        else
            tabs.emplace_back(tab);
    }

    QStringList paths;
    for (const auto &tab : tabs)
        paths.append(QDir(dir).filePath(tab->exportName() + QLatin1Char('.') + suffix(format)));
    if (!force) {
        // All or nothing: check every name before writing the first file.
        for (const QString &path : std::as_const(paths)) {
            if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
                if (error)
                    *error = tr("“%1” exists and was not replaced (force to overwrite)").arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
    }
    return writeSet(
        paths,
        [&](qsizetype i, QSaveFile *file, QString *reason) {
            ChartTab *tab = tabs[std::size_t(i)].get();
            // Shown but never on screen: layouts and charts behave as in a window.
            tab->setAttribute(Qt::WA_DontShowOnScreen);
            tab->resize(size);
            tab->setDarkTheme(ToneFrame::isDark(QGuiApplication::palette()));
            tab->show();
            tab->setData(dataset, groups);
            const bool ok = writeTab(tab, file, format, size, 1.0, reason);
            // Only one tab at a time holds its charts' memory (a big picture's
            // worth of caches): the finished one is gone before the next is drawn.
            tabs[std::size_t(i)].reset();
            return ok;
        },
        written, error);
}

QStringList dataExportNames()
{
    return ChartCsv::names();
}

bool exportAllData(const DatasetPtr &dataset, const std::vector<int> &groups, const QString &dir, bool force,
                   QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder “%1”").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    // Compare needs two runs: no header-only file for one (as Export all skips its picture).
    QStringList names = dataExportNames();
    if (!dataset || dataset->sources().size() < 2)
        names.removeAll(QStringLiteral("compare"));
    QStringList paths;
    for (const QString &name : names)
        paths.append(QDir(dir).filePath(name + QStringLiteral(".csv")));
    if (!force) {
        for (const QString &path : std::as_const(paths)) {
            if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
                if (error)
                    *error = tr("“%1” exists and was not replaced (force to overwrite)").arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
    }
    return writeSet(
        paths,
        [&](qsizetype i, QSaveFile *file, QString *reason) {
            return writeAll(file, ChartCsv::toCsv(ChartCsv::byName(names[i], dataset, groups)), reason);
        },
        written, error);
}

bool writeData(const ChartCsv::Table &table, const QString &path, QString *error)
{
    return writeSet(
        {path}, [&](qsizetype, QSaveFile *file, QString *reason) { return writeAll(file, ChartCsv::toCsv(table), reason); },
        nullptr, error);
}

} // namespace ChartExporter
