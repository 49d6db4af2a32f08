// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapview.h"

#include "format.h"
#include "heatmapmodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

/// Labels stop shrinking here: smaller text is no longer read, only guessed.
constexpr qreal kFloorPointSize = 7.0;
constexpr qreal kCompactFloorPointSize = 6.5;
/// Title lines a panel may take for its hardware name.
constexpr int kMaxTitleLines = 3;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// The widest advance, rounded up: elidedText() measures in fractions, and a
/// label given exactly its rounded integer width may lose its last letter.
int widest(const QFont &font, const QStringList &texts)
{
    const QFontMetrics metrics(font);
    const QFontMetricsF exact(font);
    qreal width = 0;
    for (const QString &text : texts)
        width = std::max({width, exact.horizontalAdvance(text), qreal(metrics.horizontalAdvance(text))});
    return int(std::ceil(width)) + 1;
}

} // namespace

struct HeatmapView::Layout {
    QSize size;
    bool modelsOnRows = false;
    int rows = 0;
    int columns = 0;
    QList<int> panels;
    QFont labelFont;
    QFont valueFont;
    QFont titleFont;
    QList<QRectF> grids; // one per panel
    qreal cellWidth = 0;
    qreal cellHeight = 0;
    bool gaps = true;
    bool values = false;
    QList<Label> rowLabels;
    QList<Label> columnLabels;
    QList<Label> panelTitles;
    QRect rowLabelArea;
    QRect columnLabelArea;
    QRect legend;
    QString note;
    QRect noteRect;

    QRect cell(int panel, int row, int column) const
    {
        const QRectF &grid = grids.at(panel);
        const QPoint topLeft(int(std::lround(grid.left() + column * cellWidth)), int(std::lround(grid.top() + row * cellHeight)));
        const QPoint next(int(std::lround(grid.left() + (column + 1) * cellWidth)),
                          int(std::lround(grid.top() + (row + 1) * cellHeight)));
        return QRect(topLeft, next - QPoint(1, 1));
    }
};

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setModel(HeatmapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &HeatmapView::invalidate);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &HeatmapView::invalidate);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &HeatmapView::invalidate);
    }
    invalidate();
}

void HeatmapView::setAllHardware(bool all)
{
    m_allHardware = all;
    invalidate();
}

void HeatmapView::setDarkTheme(bool dark)
{
    m_dark = dark;
    invalidate();
}

void HeatmapView::setCompact(bool compact)
{
    m_compact = compact;
    invalidate();
}

bool HeatmapView::modelsOnRows(const HeatmapModel &model)
{
    return model.columnCount() > model.rowCount();
}

void HeatmapView::invalidate()
{
    m_layout.reset();
    updateGeometry();
    update();
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        invalidate();
    QWidget::changeEvent(event);
}

QFont HeatmapView::baseFont() const
{
    QFont base = font();
    if (m_compact && base.pointSizeF() > 0)
        base.setPointSizeF(base.pointSizeF() * 0.85);
    return base;
}

QColor HeatmapView::backgroundColor() const
{
    return palette().color(QPalette::Base);
}

QColor HeatmapView::textColor() const
{
    return palette().color(QPalette::Text);
}

QColor HeatmapView::noDataColor() const
{
    // A step from the background towards the text: grey on white, a lighter slate on dark.
    return mix(backgroundColor(), textColor(), m_dark ? 0.12 : 0.14);
}

std::pair<int, int> HeatmapView::modelCell(int row, int column) const
{
    return arrangement().modelsOnRows ? std::make_pair(column, row) : std::make_pair(row, column);
}

QString HeatmapView::rowName(bool modelsOnRows, int row) const
{
    return modelsOnRows ? m_model->columnName(row) : m_model->rowName(row);
}

QString HeatmapView::columnName(bool modelsOnRows, int column) const
{
    return modelsOnRows ? m_model->rowName(column) : m_model->columnName(column);
}

const HeatmapView::Layout &HeatmapView::arrangement() const
{
    if (m_layout && m_layout->size == size())
        return *m_layout;
    m_layout = std::make_unique<Layout>();
    Layout &l = *m_layout;
    l.size = size();
    if (!m_model || m_model->rowCount() == 0 || m_model->columnCount() == 0)
        return l;

    const QFont base = baseFont();
    const QFontMetrics baseMetrics(base);
    const int margin = m_compact ? 4 : 8;
    const int gap = m_compact ? 4 : 6;            // between labels and the grid
    const int panelGap = m_compact ? 6 : 14;
    const int minCell = m_compact ? 2 : 3;        // thinner cells are not drawn: see the note
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);

    l.modelsOnRows = modelsOnRows(*m_model);
    const int totalRows = l.modelsOnRows ? m_model->columnCount() : m_model->rowCount();
    const int totalColumns = l.modelsOnRows ? m_model->rowCount() : m_model->columnCount();
    if (m_allHardware) {
        for (int h = 0; h < m_model->hardwareNames().size(); ++h)
            l.panels.append(h);
    }
    if (l.panels.isEmpty())
        l.panels.append(m_model->hardwareIndex());
    const int panels = int(l.panels.size());

    // The colour key: bar, min/max labels, scale, "no data".
    const double minimum = m_model->minimum(), maximum = m_model->maximum();
    const int legendWidth = 14 + 6
        + widest(base, {tr("tokens/s"), tr("%1 (max)").arg(Format::number(maximum, 4)),
                               tr("%1 (min)").arg(Format::number(minimum, 4)), tr("log scale"), tr("linear scale"),
                               tr("no data")});
    const int legendGap = m_compact ? 8 : 16;

    // Past what a few pixels per cell can hold, the first rows and columns
    // (in the model's order) are drawn and a note says so.
    const int fitRows = std::max(1, area.height() / minCell);
    const int fitColumns = std::max(1, (area.width() - legendWidth - legendGap) / (panels * minCell));
    l.rows = std::min(totalRows, fitRows);
    l.columns = std::min(totalColumns, fitColumns);
    int noteHeight = 0;
    if (l.rows < totalRows || l.columns < totalColumns) {
        const QString rowsWhat = l.modelsOnRows ? tr("models") : tr("methods");
        const QString columnsWhat = l.modelsOnRows ? tr("methods") : tr("models");
        l.note = tr("Showing %1 of %2 %3 and %4 of %5 %6 (too many to draw); filter to choose.")
                     .arg(Format::count(l.rows), Format::count(totalRows), rowsWhat, Format::count(l.columns),
                          Format::count(totalColumns), columnsWhat);
        noteHeight = baseMetrics.height() + gap;
    }
    QStringList rowNames, columnNames, titles;
    for (int r = 0; r < l.rows; ++r)
        rowNames.append(rowName(l.modelsOnRows, r));
    for (int c = 0; c < l.columns; ++c)
        columnNames.append(columnName(l.modelsOnRows, c));
    if (panels > 1)
        for (int h : std::as_const(l.panels))
            titles.append(m_model->hardwareNames().value(h));

    // The largest label size, from the widget's font down to the floor, at
    // which every name fits whole and rows and columns are a line apart.
    const qreal basePoints = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    const qreal floorPoints = std::min(basePoints, m_compact ? kCompactFloorPointSize : kFloorPointSize);
    int rowLabelWidth = 0, columnLabelHeight = 0, titleHeight = 0;
    qreal panelWidth = 0, gridHeight = 0;
    for (qreal points = basePoints;; points = std::max(floorPoints, points - 0.5)) {
        l.labelFont = base;
        l.labelFont.setPointSizeF(points);
        l.titleFont = l.labelFont;
        l.titleFont.setBold(true);
        const QFontMetrics metrics(l.labelFont), titleMetrics(l.titleFont);
        const int line = metrics.height();
        const int rowWidth = widest(l.labelFont, rowNames), columnHeight = widest(l.labelFont, columnNames);
        const int rowCap = int(area.width() * 0.4), columnCap = int(area.height() * 0.4);
        rowLabelWidth = std::min(rowWidth, rowCap) + gap;
        columnLabelHeight = std::min(columnHeight, columnCap) + gap;
        panelWidth = std::max(1.0, qreal(area.width() - rowLabelWidth - legendGap - legendWidth - (panels - 1) * panelGap) / panels);
        titleHeight = 0;
        bool titlesFit = true;
        for (const QString &title : std::as_const(titles)) {
            const QRect bounds = titleMetrics.boundingRect(QRect(0, 0, int(panelWidth), 10000), Qt::TextWordWrap | Qt::AlignHCenter, title);
            titlesFit = titlesFit && bounds.height() <= kMaxTitleLines * titleMetrics.height() && bounds.width() <= int(panelWidth);
            titleHeight = std::max(titleHeight, std::min(bounds.height(), kMaxTitleLines * titleMetrics.height()) + gap);
        }
        gridHeight = std::max(1.0, qreal(area.height() - titleHeight - columnLabelHeight - noteHeight));
        l.cellWidth = panelWidth / l.columns;
        l.cellHeight = gridHeight / l.rows;
        const bool fits = rowWidth <= rowCap && columnHeight <= columnCap && titlesFit && l.cellHeight + 1 >= line
            && l.cellWidth + 1 >= line;
        if (fits || points <= floorPoints)
            break;
    }
    const QFontMetrics metrics(l.labelFont);
    const int line = metrics.height();
    const int gridTop = area.top() + titleHeight + columnLabelHeight;
    for (int p = 0; p < panels; ++p)
        l.grids.append(QRectF(area.left() + rowLabelWidth + p * (panelWidth + panelGap), gridTop, panelWidth, gridHeight));
    l.gaps = l.cellWidth >= 6 && l.cellHeight >= 6;
    l.rowLabelArea = QRect(area.left(), gridTop, rowLabelWidth, int(gridHeight));
    l.columnLabelArea = QRect(area.left() + rowLabelWidth, gridTop - columnLabelHeight, int(panels * panelWidth + (panels - 1) * panelGap),
                              columnLabelHeight);

    // Labels; when rows (columns) are thinner than a line, every k-th one.
    const int rowStep = std::max(1, int(std::ceil((line - 1) / l.cellHeight)));
    for (int r = 0; r < l.rows; r += rowStep) {
        const QRect cell = l.cell(0, r, 0);
        const int height = std::max(line, cell.height() + 1);
        const QRect rect(area.left(), cell.center().y() - height / 2, rowLabelWidth - gap, height);
        l.rowLabels.append({metrics.elidedText(rowNames.at(r), Qt::ElideMiddle, rect.width()), rowNames.at(r), rect, l.labelFont, false, r});
    }
    const int columnStep = std::max(1, int(std::ceil((line - 1) / l.cellWidth)));
    for (int p = 0; p < panels; ++p) {
        for (int c = 0; c < l.columns; c += columnStep) {
            const QRect cell = l.cell(p, 0, c);
            const int width = std::max(line, cell.width() + 1);
            const QRect rect(cell.center().x() - width / 2, gridTop - columnLabelHeight, width, columnLabelHeight - gap);
            l.columnLabels.append({metrics.elidedText(columnNames.at(c), Qt::ElideMiddle, rect.height()), columnNames.at(c), rect,
                                   l.labelFont, true, c});
        }
        if (!titles.isEmpty()) {
            const QRect rect(int(l.grids.at(p).left()), area.top(), int(panelWidth), titleHeight - gap);
            const QString title = titles.at(p);
            const QFontMetrics titleMetrics(l.titleFont);
            const QRect bounds = titleMetrics.boundingRect(QRect(0, 0, rect.width(), 10000), Qt::TextWordWrap | Qt::AlignHCenter, title);
            const bool whole = bounds.height() <= rect.height() && bounds.width() <= rect.width();
            l.panelTitles.append({whole ? title : titleMetrics.elidedText(title, Qt::ElideMiddle, rect.width()), title, rect,
                                  l.titleFont, false, p});
        }
    }
    l.legend = QRect(area.right() + 1 - legendWidth, gridTop, legendWidth, std::max(int(gridHeight), 6 * baseMetrics.height()));
    if (noteHeight > 0)
        l.noteRect = QRect(area.left(), area.bottom() + 1 - baseMetrics.height(), area.width(), baseMetrics.height());

    // Values when every one fits its cell, in the label size or smaller down to the floor.
    QStringList texts;
    if (l.cellWidth >= 12 && l.cellHeight >= 8 && qint64(l.rows) * l.columns * panels <= 20'000) {
        for (int h : std::as_const(l.panels))
            for (int r = 0; r < l.rows; ++r)
                for (int c = 0; c < l.columns; ++c) {
                    const auto [row, column] = l.modelsOnRows ? std::make_pair(c, r) : std::make_pair(r, c);
                    const double v = m_model->value(h, row, column);
                    if (!isMissing(v))
                        texts.append(HeatmapModel::valueText(v));
                }
        for (qreal points = l.labelFont.pointSizeF(); !texts.isEmpty(); points -= 0.5) {
            if (points < floorPoints)
                break;
            l.valueFont = base;
            l.valueFont.setPointSizeF(points);
            const QFontMetrics valueMetrics(l.valueFont);
            if (widest(l.valueFont, texts) + 2 <= l.cellWidth - (l.gaps ? 1 : 0) && valueMetrics.height() <= l.cellHeight + 1) {
                l.values = true;
                break;
            }
        }
    }
    return l;
}

QList<HeatmapView::Label> HeatmapView::rowLabels() const
{
    return arrangement().rowLabels;
}

QList<HeatmapView::Label> HeatmapView::columnLabels() const
{
    return arrangement().columnLabels;
}

QList<HeatmapView::Label> HeatmapView::panelTitles() const
{
    return arrangement().panelTitles;
}

QList<int> HeatmapView::panelHardware() const
{
    return arrangement().panels;
}

int HeatmapView::shownRows() const
{
    return arrangement().rows;
}

int HeatmapView::shownColumns() const
{
    return arrangement().columns;
}

QRect HeatmapView::cellRect(int panel, int row, int column) const
{
    const Layout &l = arrangement();
    if (panel < 0 || panel >= l.grids.size() || row < 0 || row >= l.rows || column < 0 || column >= l.columns)
        return {};
    return l.cell(panel, row, column);
}

QColor HeatmapView::cellColor(int panel, int row, int column) const
{
    const Layout &l = arrangement();
    if (panel < 0 || panel >= l.panels.size())
        return {};
    const auto [r, c] = modelCell(row, column);
    const double v = m_model->value(l.panels.at(panel), r, c);
    return isMissing(v) ? noDataColor() : HeatmapModel::rampColor(m_model->normalized(v), m_dark);
}

bool HeatmapView::valuesShown() const
{
    return arrangement().values;
}

QRect HeatmapView::legendRect() const
{
    return arrangement().legend;
}

QSize HeatmapView::sizeHint() const
{
    return {640, 420};
}

QSize HeatmapView::minimumSizeHint() const
{
    return {160, 120};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColor());
    const Layout &l = arrangement();
    if (l.grids.isEmpty())
        return;
    const QColor text = textColor(), noData = noDataColor();
    for (int p = 0; p < l.panels.size(); ++p) {
        const int hardware = l.panels.at(p);
        for (int r = 0; r < l.rows; ++r) {
            for (int c = 0; c < l.columns; ++c) {
                const auto [row, column] = l.modelsOnRows ? std::make_pair(c, r) : std::make_pair(r, c);
                const double v = m_model->value(hardware, row, column);
                // The background shows through a 1 px gap between cells: the grid lines.
                QRect cell = l.cell(p, r, c);
                if (l.gaps)
                    cell.adjust(0, 0, -1, -1);
                if (isMissing(v)) {
                    painter.fillRect(cell, noData);
                    continue;
                }
                const QColor fill = HeatmapModel::rampColor(m_model->normalized(v), m_dark);
                painter.fillRect(cell, fill);
                if (l.values) {
                    painter.setFont(l.valueFont);
                    painter.setPen(HeatmapModel::contrastingText(fill));
                    painter.drawText(cell, Qt::AlignCenter, HeatmapModel::valueText(v));
                }
            }
        }
    }
    painter.setPen(text);
    painter.setFont(l.labelFont);
    for (const Label &label : l.rowLabels)
        painter.drawText(label.rect, Qt::AlignRight | Qt::AlignVCenter, label.text);
    for (const Label &label : l.columnLabels) {
        // Reads upwards, starting next to the grid.
        painter.save();
        painter.translate(label.rect.left(), label.rect.bottom() + 1);
        painter.rotate(-90);
        painter.drawText(QRect(0, 0, label.rect.height(), label.rect.width()), Qt::AlignLeft | Qt::AlignVCenter, label.text);
        painter.restore();
    }
    painter.setFont(l.titleFont);
    for (const Label &label : l.panelTitles)
        painter.drawText(label.rect, Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignBottom, label.text);
    paintLegend(painter, l);
    if (!l.note.isEmpty()) {
        painter.setFont(baseFont());
        painter.setPen(mix(text, backgroundColor(), 0.3));
        painter.drawText(l.noteRect, Qt::AlignLeft | Qt::AlignVCenter, l.note);
    }
}

void HeatmapView::paintLegend(QPainter &painter, const Layout &l) const
{
    const QFont font = baseFont();
    const QFontMetrics metrics(font);
    const int line = metrics.height();
    const QColor text = textColor();
    const QRect &area = l.legend;
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("tokens/s"));
    painter.setFont(font);
    const double minimum = m_model->minimum(), maximum = m_model->maximum();
    const int barHeight = std::clamp(area.height() - 5 * line, 40, 320);
    const QRect bar(area.left() + 1, area.top() + line + line / 2, 14, barHeight);
    if (!isMissing(minimum)) {
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, HeatmapModel::rampColor(i / 8.0, m_dark));
        painter.fillRect(bar, gradient);
        const int x = bar.right() + 6;
        const bool log = m_model->logScale();
        const double middle = log ? std::sqrt(minimum * maximum) : (minimum + maximum) / 2;
        painter.drawText(QPoint(x, bar.top() + metrics.ascent() / 2), tr("%1 (max)").arg(Format::number(maximum, 4)));
        if (maximum > minimum && barHeight >= 3 * line)
            painter.drawText(QPoint(x, bar.center().y() + metrics.ascent() / 2), Format::number(middle, 4));
        painter.drawText(QPoint(x, bar.bottom() + metrics.ascent() / 2), tr("%1 (min)").arg(Format::number(minimum, 4)));
        painter.drawText(QPoint(bar.left(), bar.bottom() + line + metrics.ascent() / 2), log ? tr("log scale") : tr("linear scale"));
    }
    const QRect swatch(bar.left(), bar.bottom() + 2 * line, 14, line - 2);
    painter.fillRect(swatch, noDataColor());
    painter.drawText(QPoint(swatch.right() + 6, swatch.top() + metrics.ascent() - 1), tr("no data"));
}

bool HeatmapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QRect area;
        const QString text = toolTipAt(help->pos(), &area);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, area);
        }
        return true;
    }
    return QWidget::event(event);
}

QString HeatmapView::toolTipAt(QPoint pos) const
{
    QRect area;
    return toolTipAt(pos, &area);
}

QString HeatmapView::toolTipAt(QPoint pos, QRect *area) const
{
    const Layout &l = arrangement();
    if (!m_model || l.grids.isEmpty())
        return {};
    const auto header = [this, &l](bool row, int index) {
        // Models are the model's columns (horizontal header), methods its rows.
        const bool model = row == l.modelsOnRows;
        return m_model->headerData(index, model ? Qt::Horizontal : Qt::Vertical, Qt::ToolTipRole).toString();
    };
    // A drawn label first: it may reach past its row (when only every k-th row is labelled).
    for (const QList<Label> *labels : {&l.rowLabels, &l.columnLabels}) {
        for (const Label &label : *labels) {
            if (label.rect.contains(pos)) {
                *area = label.rect;
                return header(!label.rotated, label.index);
            }
        }
    }
    for (int p = 0; p < l.grids.size(); ++p) {
        const QRectF &grid = l.grids.at(p);
        if (grid.contains(pos)) {
            const int r = std::min(l.rows - 1, int((pos.y() - grid.top()) / l.cellHeight));
            const int c = std::min(l.columns - 1, int((pos.x() - grid.left()) / l.cellWidth));
            *area = l.cell(p, r, c);
            const auto [row, column] = l.modelsOnRows ? std::make_pair(c, r) : std::make_pair(r, c);
            return m_model->toolTip(l.panels.at(p), row, column);
        }
        if (pos.x() >= grid.left() && pos.x() < grid.right() && l.columnLabelArea.contains(pos)) {
            const int c = std::min(l.columns - 1, int((pos.x() - grid.left()) / l.cellWidth));
            *area = QRect(l.cell(p, 0, c).left(), l.columnLabelArea.top(), l.cell(p, 0, c).width(), l.columnLabelArea.height());
            return header(false, c);
        }
    }
    if (l.rowLabelArea.contains(pos)) {
        const int r = std::min(l.rows - 1, int((pos.y() - l.rowLabelArea.top()) / l.cellHeight));
        *area = QRect(l.rowLabelArea.left(), l.cell(0, r, 0).top(), l.rowLabelArea.width(), l.cell(0, r, 0).height());
        return header(true, r);
    }
    for (const Label &title : l.panelTitles) {
        if (title.rect.contains(pos)) {
            *area = title.rect;
            return tr("Hardware: %1").arg(title.name);
        }
    }
    if (l.legend.contains(pos)) {
        *area = l.legend;
        return tr("Colour scale from %1 to %2 (%3); grey: no data")
            .arg(Format::tokensPerSecond(m_model->minimum()), Format::tokensPerSecond(m_model->maximum()),
                 m_model->logScale() ? tr("log scale") : tr("linear scale"));
    }
    return {};
}
