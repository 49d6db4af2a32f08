// SPDX-License-Identifier: GPL-3.0-or-later
#include "dotplot.h"

#include "axisticks.h"
#include "chartfactory.h"
#include "paintedcolours.h"

#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kPanelGap = 12;
constexpr qreal kPanelPad = 8; // keeps the extreme dots inside their panel
constexpr int kWrap = Qt::TextWordWrap; // at spaces: "Intel(R) Xeon(R) …" breaks between words

bool hasValue(double v)
{
    return !std::isnan(v);
}

} // namespace

DotPlot::DotPlot(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollBar(Qt::Vertical, this))
{
    m_scroll->hide();
    setMouseTracking(false);
    setFocusPolicy(Qt::WheelFocus);
    setMinimumSize(200, 150);
    connect(m_scroll, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

DotPlot::~DotPlot() = default;

void DotPlot::setData(const DotPlotData &data)
{
    m_data = data;
    m_layoutValid = false;
    measureRows();
    computeRange();
    updateScrollBar();
    update();
}

void DotPlot::setHighlighted(const QStringList &names)
{
    m_highlighted = names;
    m_layoutValid = false;
    update();
}

bool DotPlot::isColoured(int series) const
{
    if (m_data.series.size() <= kAllColouredSeries)
        return true;
    return m_highlighted.contains(m_data.series.at(series).name);
}

void DotPlot::setDarkTheme(bool dark)
{
    m_dark = dark;
    update();
}

void DotPlot::setCompact(bool compact)
{
    m_compact = compact;
    m_layoutValid = false;
    measureRows();
    updateScrollBar();
    update();
}

void DotPlot::measureRows()
{
    // Measured once, not per paint. Shaping costs ~20 µs a label: past 2000 rows
    // only the 500 with the most characters are measured (the widest is among them
    // unless names differ wildly in letter widths), and 10 % is added for safety.
    const QFontMetricsF fm(baseFont());
    m_longestRow = 0;
    constexpr qsizetype kMeasureAll = 2000, kMeasured = 500;
    if (m_data.rows.size() <= kMeasureAll) {
        for (const QString &row : std::as_const(m_data.rows))
            m_longestRow = std::max(m_longestRow, fm.horizontalAdvance(row));
        return;
    }
    std::vector<qsizetype> order(std::size_t(m_data.rows.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::partial_sort(order.begin(), order.begin() + kMeasured, order.end(),
                      [this](qsizetype a, qsizetype b) { return m_data.rows[a].size() > m_data.rows[b].size(); });
    for (qsizetype i = 0; i < kMeasured; ++i)
        m_longestRow = std::max(m_longestRow, fm.horizontalAdvance(m_data.rows[order[std::size_t(i)]]));
    m_longestRow *= 1.1;
}

QString DotPlot::othersText(int count)
{
    return tr("%1 more in grey (click to choose)").arg(count);
}

void DotPlot::computeRange()
{
    double low = qInf(), high = -qInf(), lowPositive = qInf();
    const auto see = [&](double v) {
        if (!hasValue(v) || std::isinf(v))
            return;
        low = std::min(low, v);
        high = std::max(high, v);
        if (v > 0)
            lowPositive = std::min(lowPositive, v);
    };
    for (const DotPlotData::Dot &dot : std::as_const(m_data.dots)) {
        see(dot.value);
        if (hasValue(dot.low) && hasValue(dot.high)) {
            see(dot.low);
            see(dot.high);
        }
    }
    const bool referenced = hasValue(m_data.reference) && !std::isinf(m_data.reference) && (!m_data.log || m_data.reference > 0);
    if (referenced)
        see(m_data.reference);
    if (m_data.log && referenced) {
        // As far below the reference as above it: a halving and a doubling look alike.
        const double r = m_data.reference;
        const double k = std::max(high / r, r / lowPositive);
        std::tie(m_min, m_max) = ChartFactory::logBounds(r / k, r * k);
        return;
    }
    if (m_data.log) {
        if (std::isinf(lowPositive)) {
            m_min = 0.1;
            m_max = 10;
            return;
        }
        std::tie(m_min, m_max) = ChartFactory::logBounds(lowPositive, high);
        return;
    }
    if (std::isinf(low)) {
        m_min = 0;
        m_max = 1;
        return;
    }
    m_min = std::min(0.0, low);
    m_max = high > m_min ? high * 1.05 : m_min + 1;
}

qreal DotPlot::valueX(const QRectF &panel, double value, double min, double max, bool log)
{
    double t = 0;
    if (log)
        t = value > 0 ? (std::log10(value) - std::log10(min)) / (std::log10(max) - std::log10(min)) : 0;
    else
        t = (value - min) / (max - min);
    return panel.left() + kPanelPad + std::clamp(t, 0.0, 1.0) * (panel.width() - 2 * kPanelPad);
}

QPointF DotPlot::dotCentre(const Layout &layout, int index) const
{
    const DotPlotData::Dot &dot = m_data.dots.at(index);
    const QRectF &panel = layout.panels.at(dot.panel);
    return {valueX(panel, dot.value, m_min, m_max, m_data.log), layout.rowsTop + (dot.row + 0.5) * layout.rowHeight};
}

QFont DotPlot::baseFont() const
{
    QFont f = font();
    f.setPointSizeF(ChartFactory::labelPointSize(m_compact) + (m_compact ? 0 : 1));
    return f;
}

QFont DotPlot::rowFont(const Layout &layout) const
{
    QFont f = font();
    f.setPointSizeF(layout.labelPointSize);
    return f;
}

DotPlot::Layout DotPlot::computeLayout(QSizeF size, bool fit) const
{
    Layout l;
    const qreal width = size.width();
    QFont labelFont = baseFont();
    const qreal base = labelFont.pointSizeF();
    QFont titleFont = labelFont;
    titleFont.setPointSizeF(base + 2);
    titleFont.setBold(true);
    const QFontMetricsF fm(labelFont);
    const QFontMetricsF tfm(titleFont);
    const qreal inner = std::max<qreal>(10, width - 2 * kMargin);

    qreal y = kMargin;
    const QRectF titleBox = tfm.boundingRect(QRectF(kMargin, y, inner, 1000), kWrap, m_data.title);
    const QRectF subBox = fm.boundingRect(QRectF(kMargin, y, inner, 1000), kWrap, m_data.subtitle);
    l.title = QRectF(kMargin, y, inner, titleBox.height() + (m_data.subtitle.isEmpty() ? 0 : subBox.height() + 2));
    y = l.title.bottom() + 6;

    // Legend: a flowing row of swatch + name for the coloured names, then one
    // entry for the grey ones (a click on it lists them all to choose from).
    const qreal swatch = fm.height() * 0.6;
    qreal x = kMargin;
    qreal lineTop = y;
    bool any = false;
    const auto place = [&](const QString &text) {
        const qreal w = swatch + 4 + fm.horizontalAdvance(text) + 2;
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            lineTop += fm.height() + 2;
        }
        const QRectF r(x, lineTop, std::min(w, inner), fm.height());
        x += w + 14;
        any = true;
        return r;
    };
    // An exported picture cannot be clicked: it names every series, the grey ones in grey.
    const bool everyName = fit && !m_compact;
    int grey = 0;
    for (int s = 0; s < m_data.series.size(); ++s) {
        if (!isColoured(s) && !everyName) {
            l.legend.append(QRectF());
            ++grey;
            continue;
        }
        l.legend.append(place(m_data.series[s].name));
    }
    if (grey > 0)
        l.others = place(othersText(grey));
    if (any)
        y = lineTop + fm.height() + 8;

    // The label column fits the longest row label, up to half the width.
    const qreal labelWidth = std::min(std::ceil(m_longestRow) + 10, width * 0.5);
    const int panelCount = std::max<int>(1, int(m_data.panels.size()));
    const qreal scrollWidth = 14;
    const qreal panelsLeft = kMargin + labelWidth;
    // Note columns: as wide as their longest cell or header word, right of the panels.
    QFont noteHeaderFont = labelFont;
    noteHeaderFont.setBold(true);
    const QFontMetricsF nfm(noteHeaderFont);
    QList<qreal> noteWidths;
    for (qsizetype n = 0; n < m_data.noteHeaders.size(); ++n) {
        qreal w = 0;
        for (const QString &word : m_data.noteHeaders[n].split(QLatin1Char(' ')))
            w = std::max(w, nfm.horizontalAdvance(word));
        for (const QString &cell : m_data.notes.value(n))
            w = std::max(w, fm.horizontalAdvance(cell));
        // Headers wrap, but not into a word a line: up to about 14 characters a line.
        w = std::max(w, std::min(nfm.horizontalAdvance(m_data.noteHeaders[n]), nfm.averageCharWidth() * 14));
        noteWidths.append(std::ceil(w) + kPanelGap);
    }
    const qreal notesWidth = std::accumulate(noteWidths.begin(), noteWidths.end(), qreal(0));
    const qreal panelsRight = width - kMargin - scrollWidth - notesWidth;
    const qreal panelWidth = std::max<qreal>(20, (panelsRight - panelsLeft - kPanelGap * (panelCount - 1)) / panelCount);

    qreal headerHeight = 0;
    QFont headerFont = labelFont;
    headerFont.setBold(true);
    const QFontMetricsF hfm(headerFont);
    for (const QString &panel : m_data.panels) {
        if (!panel.isEmpty())
            headerHeight = std::max(headerHeight, hfm.boundingRect(QRectF(0, 0, panelWidth, 1000), Qt::AlignHCenter | kWrap, panel).height());
    }
    for (qsizetype n = 0; n < m_data.noteHeaders.size(); ++n)
        headerHeight = std::max(headerHeight, nfm.boundingRect(QRectF(0, 0, noteWidths[n] - kPanelGap, 1000),
                                                               Qt::AlignRight | kWrap, m_data.noteHeaders[n]).height());
    for (int p = 0; p < panelCount; ++p)
        l.panelHeaders.append(QRectF(panelsLeft + p * (panelWidth + kPanelGap), y, panelWidth, headerHeight));
    const qreal headerTop = y;
    if (headerHeight > 0)
        y += headerHeight + 4;

    const qreal axisHeight = 4 + fm.height() + 4 + fm.height() + kMargin;
    const qreal available = std::max<qreal>(1, size.height() - y - axisHeight);
    const int rows = std::max<int>(1, int(m_data.rows.size()));
    qreal rowHeight = available / rows;
    l.labelPointSize = base;
    const qreal minRow = fm.height();
    if (fit || m_compact) {
        // Every row in the target: a smaller font when the rows are thin.
        if (rowHeight < minRow)
            l.labelPointSize = std::max<qreal>(4, base * rowHeight / minRow);
        // A compact view labels fewer rows rather than shrink below readable:
        // every labelStep-th row, each label at least kMinCompactPointSize.
        if (m_compact && l.labelPointSize < kMinCompactPointSize) {
            l.labelPointSize = std::min<qreal>(base, kMinCompactPointSize);
            QFont small = labelFont;
            small.setPointSizeF(l.labelPointSize);
            l.labelStep = std::max(1, int(std::ceil(QFontMetricsF(small).height() / std::max<qreal>(rowHeight, 0.1))));
        }
    } else {
        rowHeight = std::max(rowHeight, minRow);
    }
    // Few rows take the whole height: no blank half under three models.
    l.rowHeight = rowHeight;
    l.contentHeight = rowHeight * m_data.rows.size();
    const qreal viewportHeight = std::min(l.contentHeight, available);
    l.rowsViewport = QRectF(kMargin, y, width - 2 * kMargin, viewportHeight);
    l.rowsTop = y;
    l.labelWidth = labelWidth - 8;
    for (int p = 0; p < panelCount; ++p)
        l.panels.append(QRectF(panelsLeft + p * (panelWidth + kPanelGap), y, panelWidth, l.contentHeight));
    l.axis = QRectF(panelsLeft, y + viewportHeight, panelsRight - panelsLeft, axisHeight);
    qreal noteLeft = panelsRight + kPanelGap;
    for (qsizetype n = 0; n < noteWidths.size(); ++n) {
        l.noteColumns.append(QRectF(noteLeft, headerTop, noteWidths[n] - kPanelGap, y + l.contentHeight - headerTop));
        noteLeft += noteWidths[n];
    }
    // The axis title under the panels; when it is wider, under the whole chart;
    // then without " · log scale" (the ticks say it); never cut.
    l.axisTitleText = m_data.valueTitle + (m_data.log ? tr(" · log scale") : QString());
    const qreal titleTop = l.axis.top() + 8 + fm.height();
    l.axisTitle = QRectF(l.axis.left(), titleTop, l.axis.width(), fm.height());
    if (fm.horizontalAdvance(l.axisTitleText) > l.axisTitle.width()) {
        l.axisTitle = QRectF(kMargin, titleTop, l.axis.right() - kMargin, fm.height());
        if (fm.horizontalAdvance(l.axisTitleText) > l.axisTitle.width())
            l.axisTitleText = m_data.valueTitle;
    }
    return l;
}

bool DotPlot::scrolls() const
{
    const Layout l = currentLayout();
    return !m_compact && l.contentHeight > l.rowsViewport.height() + 0.5;
}

void DotPlot::updateScrollBar()
{
    const Layout l = currentLayout();
    const bool on = !m_compact && l.contentHeight > l.rowsViewport.height() + 0.5;
    m_scroll->setVisible(on);
    if (!on) {
        m_scroll->setValue(0);
        return;
    }
    m_scroll->setGeometry(int(width() - kMargin - 12), int(l.rowsViewport.top()), 12, int(l.rowsViewport.height()));
    m_scroll->setRange(0, int(std::ceil(l.contentHeight - l.rowsViewport.height())));
    m_scroll->setPageStep(int(l.rowsViewport.height()));
    m_scroll->setSingleStep(int(l.rowHeight));
}

void DotPlot::paint(QPainter *painter, const Layout &l, qreal scroll) const
{
    const PaintedColours c = PaintedColours::of(m_dark);
    const QFont labelFont = baseFont();
    QFont titleFont = labelFont;
    titleFont.setPointSizeF(labelFont.pointSizeF() + 2);
    titleFont.setBold(true);
    const QFontMetricsF fm(labelFont);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(titleFont);
    painter->setPen(c.text);
    const QRectF titleBox = QFontMetricsF(titleFont).boundingRect(l.title, kWrap, m_data.title);
    painter->drawText(l.title, kWrap, m_data.title);
    painter->setFont(labelFont);
    painter->setPen(c.muted);
    painter->drawText(l.title.adjusted(0, titleBox.height() + 2, 0, 0), kWrap, m_data.subtitle);

    // Legend.
    const qreal swatch = fm.height() * 0.6;
    for (int s = 0; s < l.legend.size(); ++s) {
        const QRectF &r = l.legend[s];
        if (r.isEmpty())
            continue;
        const bool coloured = isColoured(s);
        painter->setPen(Qt::NoPen);
        painter->setBrush(coloured ? m_data.series[s].color : c.grey);
        painter->drawEllipse(QRectF(r.left(), r.center().y() - swatch / 2, swatch, swatch));
        painter->setPen(coloured ? c.text : c.muted);
        m_labels.draw(painter, r.adjusted(swatch + 4, 0, 0, 0), Qt::AlignLeft, m_data.series[s].name, Qt::ElideNone);
    }
    if (!l.others.isEmpty()) {
        int grey = 0;
        for (int s = 0; s < m_data.series.size(); ++s)
            grey += isColoured(s) ? 0 : 1;
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.grey);
        painter->drawEllipse(QRectF(l.others.left(), l.others.center().y() - swatch / 2, swatch, swatch));
        painter->setPen(c.muted);
        painter->drawText(l.others.adjusted(swatch + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, othersText(grey));
    }

    // Panel headers, in full (wrapped).
    QFont headerFont = labelFont;
    headerFont.setBold(true);
    painter->setFont(headerFont);
    painter->setPen(c.text);
    for (int p = 0; p < m_data.panels.size() && p < l.panelHeaders.size(); ++p)
        painter->drawText(l.panelHeaders[p], Qt::AlignHCenter | Qt::AlignBottom | kWrap, m_data.panels[p]);
    for (qsizetype n = 0; n < l.noteColumns.size(); ++n) {
        const QRectF header(l.noteColumns[n].left(), l.noteColumns[n].top(), l.noteColumns[n].width(),
                            l.rowsTop - 4 - l.noteColumns[n].top());
        painter->drawText(header, Qt::AlignRight | Qt::AlignBottom | kWrap, m_data.noteHeaders[n]);
    }

    const QList<double> tickValues = AxisTicks::values(m_min, m_max, m_data.log);

    // Rows, scrolled under the fixed parts.
    painter->save();
    // Labels taller than their thin rows (labelStep > 1, never scrolled) may reach past the rows.
    const qreal overhang = l.labelStep > 1 ? QFontMetricsF(rowFont(l)).height() / 2 : 0;
    painter->setClipRect(l.rowsViewport.adjusted(0, -overhang, 0, 0.5 + overhang));
    painter->translate(0, -scroll);
    const QFont rowsFont = rowFont(l);
    painter->setFont(rowsFont);
    // Only the rows in view; rows thinner than 3 pixels (thousands fitted into a
    // picture) get no label and no band.
    const int rowCount = int(m_data.rows.size());
    const int firstRow = std::clamp(int(std::floor((l.rowsViewport.top() + scroll - l.rowsTop) / l.rowHeight)), 0, rowCount);
    const int endRow = std::clamp(int(std::ceil((l.rowsViewport.bottom() + scroll - l.rowsTop) / l.rowHeight)) + 1, 0, rowCount);
    const bool labelled = l.rowHeight >= 3;
    for (int r = firstRow; r < endRow && labelled; ++r) {
        const QRectF row = l.rowLabel(r);
        if (r % 2 == 1) {
            const qreal bandRight = l.noteColumns.isEmpty() ? l.axis.right() : l.noteColumns.last().right();
            painter->fillRect(QRectF(l.rowsViewport.left(), row.top(), bandRight - l.rowsViewport.left(), row.height()),
                              c.band);
        }
    }
    for (int r = firstRow; r < endRow && labelled; ++r) {
        for (qsizetype n = 0; n < l.noteColumns.size(); ++n) {
            const QString text = m_data.notes.value(n).value(r);
            if (text.isEmpty())
                continue;
            const QRectF cell(l.noteColumns[n].left(), l.rowLabel(r).top(), l.noteColumns[n].width(), l.rowHeight);
            painter->setPen(c.text);
            m_labels.draw(painter, cell, Qt::AlignRight, text, Qt::ElideRight);
        }
    }
    for (int r = firstRow; r < endRow && (labelled || l.labelStep > 1); ++r) {
        if (r % l.labelStep != 0)
            continue;
        const QRectF label = l.labelRect(r, QFontMetricsF(rowsFont).height());
        painter->setPen(c.text);
        m_labels.draw(painter, label, Qt::AlignRight, m_data.rows[r], Qt::ElideMiddle);
    }
    for (const QRectF &panel : l.panels) {
        painter->setPen(QPen(c.grid, 1));
        for (double t : tickValues) {
            const qreal x = valueX(panel, t, m_min, m_max, m_data.log);
            painter->drawLine(QPointF(x, panel.top()), QPointF(x, panel.bottom()));
        }
        if (hasValue(m_data.reference) && m_data.reference >= m_min && m_data.reference <= m_max) {
            const qreal x = valueX(panel, m_data.reference, m_min, m_max, m_data.log);
            painter->setPen(QPen(c.text, 1.2, Qt::DashLine));
            painter->drawLine(QPointF(x, panel.top()), QPointF(x, panel.bottom()));
        }
        painter->setPen(QPen(c.frame, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(panel);
    }
    const qreal radius = std::clamp(l.rowHeight * 0.28, 1.5, 5.5);
    // Grey dots first, the coloured ones on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_data.dots.size(); ++i) {
            const DotPlotData::Dot &dot = m_data.dots[i];
            const bool coloured = isColoured(dot.series);
            if (dot.row < firstRow || dot.row >= endRow || coloured != (pass == 1) || !hasValue(dot.value)
                || (m_data.log && dot.value <= 0))
                continue;
            const QColor colour = coloured ? m_data.series[dot.series].color : c.grey;
            const QPointF centre = dotCentre(l, i);
            if (hasValue(dot.low) && hasValue(dot.high)) {
                const QRectF &panel = l.panels[dot.panel];
                painter->setPen(QPen(colour, std::max<qreal>(1, radius / 2.5)));
                painter->drawLine(QPointF(valueX(panel, dot.low, m_min, m_max, m_data.log), centre.y()),
                                  QPointF(valueX(panel, dot.high, m_min, m_max, m_data.log), centre.y()));
            }
            if (l.rowHeight < 2) { // a dot per pixel row at most: points are enough
                painter->setPen(colour);
                painter->drawPoint(centre);
                continue;
            }
            painter->setPen(coloured ? QPen(c.background, 0.8) : Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(centre, radius, radius);
        }
    }
    painter->restore();

    // The shared axis under every panel: ticks, labels that do not overlap, title.
    painter->setFont(labelFont);
    for (const QRectF &panel : l.panels) {
        qreal lastRight = -1e9;
        for (double t : tickValues) {
            const qreal x = valueX(panel, t, m_min, m_max, m_data.log);
            painter->setPen(c.frame);
            painter->drawLine(QPointF(x, l.axis.top()), QPointF(x, l.axis.top() + 4));
            const QString text = m_data.formatValue ? m_data.formatValue(t) : QString::number(t, 'g', 3);
            const qreal w = m_labels.label(labelFont, text).size().width();
            if (x - w / 2 < lastRight + 6 || x - w / 2 < panel.left() - kPanelGap / 2 || x + w / 2 > panel.right() + kPanelGap / 2)
                continue;
            painter->setPen(c.text);
            m_labels.draw(painter, QRectF(x - w / 2 - 1, l.axis.top() + 4, w + 2, fm.height()), Qt::AlignHCenter, text,
                          Qt::ElideNone);
            lastRight = x + w / 2;
        }
    }
    painter->setPen(c.text);
    painter->drawText(l.axisTitle, Qt::AlignCenter, fm.elidedText(l.axisTitleText, Qt::ElideRight, l.axisTitle.width()));
    painter->restore();
}

void DotPlot::paintAll(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->translate(target.topLeft());
    painter->fillRect(QRectF(QPointF(0, 0), target.size()), PaintedColours::of(m_dark).background);
    paint(painter, computeLayout(target.size(), true), 0);
    painter->restore();
}

void DotPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), PaintedColours::of(m_dark).background);
    paint(&painter, currentLayout(), m_scroll->isVisible() ? m_scroll->value() : 0);
}

void DotPlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void DotPlot::wheelEvent(QWheelEvent *event)
{
    if (!m_scroll->isVisible())
        return QWidget::wheelEvent(event);
    m_scroll->setValue(m_scroll->value() - event->angleDelta().y() / 120 * 3 * m_scroll->singleStep());
    event->accept();
}

void DotPlot::mousePressEvent(QMouseEvent *event)
{
    if (m_data.series.size() <= kAllColouredSeries || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Layout l = currentLayout();
    const auto toggle = [this](const QString &name) {
        if (m_highlighted.contains(name))
            m_highlighted.removeAll(name);
        else
            m_highlighted.append(name);
        m_layoutValid = false;
        update();
        Q_EMIT highlightedChanged(m_highlighted);
    };
    for (int s = 0; s < l.legend.size(); ++s) {
        if (l.legend[s].contains(event->position()))
            return toggle(m_data.series[s].name);
    }
    if (l.others.contains(event->position())) {
        // Every name, checked when coloured: the way to colour a grey one.
        QMenu menu(this);
        for (int s = 0; s < m_data.series.size(); ++s) {
            QAction *action = menu.addAction(m_data.series[s].name);
            action->setCheckable(true);
            action->setChecked(isColoured(s));
        }
        if (QAction *chosen = menu.exec(event->globalPosition().toPoint()))
            toggle(chosen->text());
        return;
    }
    QWidget::mousePressEvent(event);
}

const DotPlot::Layout &DotPlot::currentLayout() const
{
    const QSizeF now(size());
    if (!m_layoutValid || now != m_layoutSize) {
        m_layout = computeLayout(now, m_compact);
        m_layoutSize = now;
        m_layoutValid = true;
    }
    return m_layout;
}

bool DotPlot::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_layoutValid = false;
        m_labels.clear();
        measureRows();
    }
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const Layout l = currentLayout();
    const qreal scroll = m_scroll->isVisible() ? m_scroll->value() : 0;
    const QPointF pos = QPointF(help->pos()) + QPointF(0, scroll);
    int best = -1;
    qreal bestDistance = 8;
    bool bestColoured = false;
    if (l.rowsViewport.contains(QPointF(help->pos()))) {
        const int row = int(std::floor((pos.y() - l.rowsTop) / l.rowHeight));
        for (int i = 0; i < m_data.dots.size(); ++i) {
            if (std::abs(m_data.dots[i].row - row) > 1)
                continue;
            const qreal d = QLineF(dotCentre(l, i), pos).length();
            const bool coloured = isColoured(m_data.dots[i].series);
            // A coloured dot wins over a grey one beneath it.
            if (d < bestDistance || (d < 8 && coloured && !bestColoured)) {
                best = i;
                bestDistance = d;
                bestColoured = coloured;
            }
        }
    }
    if (best >= 0)
        QToolTip::showText(help->globalPos(), m_data.dots[best].tooltip, this);
    else
        QToolTip::hideText();
    return true;
}
