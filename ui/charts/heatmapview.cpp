// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapview.h"

#include "format.h"
#include "heatmaplayout.h"
#include "heatmapmodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

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
    // Laid out again at the next paint. The size hint never changes, so no
    // layout request: a filter change repaints the view and nothing else.
    m_layout.reset();
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

const HeatmapLayout &HeatmapView::arrangement() const
{
    if (m_layout && m_layout->size == size())
        return *m_layout;
    HeatmapLayout::Options options;
    options.size = size();
    options.font = baseFont();
    options.compact = m_compact;
    options.allHardware = m_allHardware;
    m_layout = std::make_unique<HeatmapLayout>(m_model ? HeatmapLayout::compute(*m_model, options) : HeatmapLayout());
    return *m_layout;
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
    const HeatmapLayout &l = arrangement();
    if (panel < 0 || panel >= l.grids.size() || row < 0 || row >= l.rows || column < 0 || column >= l.columns)
        return {};
    return l.cell(panel, row, column);
}

QColor HeatmapView::cellColor(int panel, int row, int column) const
{
    const HeatmapLayout &l = arrangement();
    if (panel < 0 || panel >= l.panels.size())
        return {};
    const auto [r, c] = l.modelCell(row, column);
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
    const HeatmapLayout &l = arrangement();
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

void HeatmapView::paintLegend(QPainter &painter, const HeatmapLayout &l) const
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
        painter.drawText(QPoint(bar.left(), bar.bottom() + line + metrics.ascent() / 2),
                         log ? tr("log scale") : tr("linear scale"));
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
    const HeatmapLayout &l = arrangement();
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
            *area = QRect(l.cell(p, 0, c).left(), l.columnLabelArea.top(), l.cell(p, 0, c).width(),
                          l.columnLabelArea.height());
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
