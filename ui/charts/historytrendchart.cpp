// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrendchart.h"

#include "chartfactory.h"
#include "comparisonmodel.h"
#include "format.h"
#include "historytrendmodel.h"
#include "paintedcolours.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVarLengthArray>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal kMargin = 8;
constexpr qreal kLegendGap = 12;
constexpr qreal kDot = 3;
constexpr qreal kRing = 8;
constexpr qreal kHit = 8; // how near the cursor a point must be for its tooltip
constexpr qreal kSin45 = 0.70710678;
constexpr int kWrap = Qt::TextWordWrap;
constexpr Qt::PenStyle kDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

QString tickText(double v)
{
    return QString::number(v, 'g', 3);
}

} // namespace

HistoryTrendChart::HistoryTrendChart(HistoryTrendModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Trend chart"));
    setMinimumHeight(200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryTrendChart::rebuild);
    rebuild();
}

void HistoryTrendChart::setNameColors(std::shared_ptr<const NameColors> colors)
{
    m_sessionColors = std::move(colors);
    update();
}

void HistoryTrendChart::setDarkTheme(bool dark)
{
    m_dark = dark;
    update();
}

QColor HistoryTrendChart::seriesColor(int index) const
{
    if (index < 0 || std::size_t(index) >= m_plot.lines.size())
        return {};
    const HistoryTrendPlot::Line &line = m_plot.lines[std::size_t(index)];
    if (m_sessionColors && m_sessionColors->index(line.colourBy, line.colourName) >= 0)
        return m_sessionColors->color(line.colourBy, line.colourName);
    return m_ownColors.color(line.colourBy, line.colourName);
}

void HistoryTrendChart::rebuild()
{
    const std::vector<HistoryTrendSeries> &all = m_model->series();
    // Names the session does not know get colours of their own, in sorted order.
    QStringList names[3];
    for (const HistoryTrendSeries &s : all) {
        names[0].append(s.model);
        names[1].append(s.method);
        names[2].append(s.hardware);
    }
    m_ownColors.addNames(Dimension::Model, names[0]);
    m_ownColors.addNames(Dimension::Method, names[1]);
    m_ownColors.addNames(Dimension::Hardware, names[2]);
    m_plot = HistoryTrendPlot::build(all);
    m_runLabels.clear();
    for (const HistoryTrendPlot::Run &run : m_plot.runs)
        m_runLabels.append(tr("%1: %2").arg(QString::number(run.id), ChartFactory::shortLabel(run.label, 14)));
    update();
}

QStringList HistoryTrendChart::runAxisLabels() const
{
    QStringList out;
    for (int run : m_plot.labelledRuns)
        out.append(m_runLabels[run]);
    return out;
}

QString HistoryTrendChart::title() const
{
    return tr("Median time per prompt over the runs");
}

QString HistoryTrendChart::subtitle() const
{
    return tr("Band: 95 % interval of the median. Ring: slower than the run before (compare's test)");
}

QStringList HistoryTrendChart::legendTexts() const
{
    QStringList texts;
    for (const HistoryTrendPlot::Line &line : m_plot.lines)
        texts.append(line.legend);
    if (m_plot.regressions > 0)
        texts.append(tr("Regression against the previous run"));
    return texts;
}

QFont HistoryTrendChart::labelFont() const
{
    QFont f = font();
    f.setPointSizeF(ChartFactory::labelPointSize(false));
    return f;
}

HistoryTrendChart::Layout HistoryTrendChart::layoutFor(QSizeF size) const
{
    Layout l;
    const QFont label = labelFont();
    QFont titleFont = label;
    titleFont.setPointSizeF(ChartFactory::titlePointSize(false));
    titleFont.setBold(true);
    const QFontMetricsF fm(label);
    const QFontMetricsF tfm(titleFont);
    const qreal inner = std::max<qreal>(10, size.width() - 2 * kMargin);
    const qreal titleHeight = tfm.boundingRect(QRectF(0, 0, inner, 1000), kWrap, title()).height() + 2
        + fm.boundingRect(QRectF(0, 0, inner, 1000), kWrap, subtitle()).height();
    l.title = QRectF(kMargin, kMargin, inner, titleHeight);

    // The legend on the right, one name a line (a row under the plot would cut ten names short).
    qreal legendWidth = 0;
    const QStringList legend = legendTexts();
    if (!m_plot.isEmpty()) {
        for (const QString &text : legend)
            legendWidth = std::max(legendWidth, 28 + fm.horizontalAdvance(text));
        legendWidth = std::min(std::ceil(legendWidth), size.width() * 0.35);
    }
    l.legendRow = fm.height() + 4;
    const qreal right = size.width() - kMargin - (legendWidth > 0 ? legendWidth + kLegendGap : 0);

    qreal tickWidth = 0;
    for (double t : m_plot.valueTicks)
        tickWidth = std::max(tickWidth, fm.horizontalAdvance(tickText(t)));
    qreal left = kMargin + fm.height() + 6 + tickWidth + 6;
    qreal labelWidth = 0;
    for (int run : m_plot.labelledRuns)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(m_runLabels[run]));
    l.rotated = m_plot.runs.size() > 8;
    const qreal labelsHeight = l.rotated ? (labelWidth + fm.height()) * kSin45 + 6 : fm.height() + 6;
    if (l.rotated && !m_plot.labelledRuns.empty()) {
        // The first label hangs down to the left of its run: keep it inside the widget.
        const qreal firstWidth = fm.horizontalAdvance(m_runLabels[m_plot.labelledRuns.front()]);
        const qreal slot = (right - left) / std::max<qreal>(1, qreal(m_plot.runs.size()));
        left = std::max(left, kMargin + firstWidth * kSin45 - slot / 2);
    }
    const qreal top = l.title.bottom() + 8 + fm.height() / 2;
    const qreal bottom = size.height() - kMargin - fm.height() - 4 - labelsHeight;
    l.plot = QRectF(QPointF(left, top), QPointF(std::max(left + 10, right), std::max(top + 10, bottom)));
    l.legend = QRectF(l.plot.right() + kLegendGap, top, legendWidth, l.legendRow * legend.size());
    return l;
}

void HistoryTrendChart::paint(QPainter *painter, const Layout &l) const
{
    const PaintedColours c = PaintedColours::of(m_dark);
    const QFont label = labelFont();
    QFont titleFont = label;
    titleFont.setPointSizeF(ChartFactory::titlePointSize(false));
    titleFont.setBold(true);
    const QFontMetricsF fm(label);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_plot.isEmpty()) {
        painter->restore();
        return;
    }
    painter->setFont(titleFont);
    painter->setPen(c.text);
    const QRectF titleBox = QFontMetricsF(titleFont).boundingRect(l.title, kWrap, title());
    painter->drawText(l.title, kWrap, title());
    painter->setFont(label);
    painter->setPen(c.muted);
    painter->drawText(l.title.adjusted(0, titleBox.height() + 2, 0, 0), kWrap, subtitle());

    const QRectF &p = l.plot;
    // Value axis: grid lines, tick labels, title turned up the left edge.
    for (double t : m_plot.valueTicks) {
        const qreal y = m_plot.valueY(t, p.top(), p.height());
        painter->setPen(QPen(c.grid, 1));
        painter->drawLine(QPointF(p.left(), y), QPointF(p.right(), y));
        painter->setPen(c.text);
        painter->drawText(QRectF(kMargin, y - fm.height() / 2, p.left() - 6 - kMargin, fm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, tickText(t));
    }
    painter->save();
    painter->translate(kMargin, p.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-p.height() / 2, 0, p.height(), fm.height()), Qt::AlignCenter,
                      fm.elidedText(tr("Median time (s)"), Qt::ElideRight, p.height()));
    painter->restore();

    // Run axis: a tick per run, a label on every n-th, then its title.
    const qreal width = p.width();
    painter->setPen(c.frame);
    for (std::size_t r = 0; r < m_plot.runs.size(); ++r) {
        const qreal x = m_plot.runX(double(r), p.left(), width);
        painter->drawLine(QPointF(x, p.bottom()), QPointF(x, p.bottom() + 4));
    }
    painter->setPen(c.text);
    qreal labelsBottom = p.bottom() + 6 + fm.height();
    for (int run : m_plot.labelledRuns) {
        const qreal x = m_plot.runX(run, p.left(), width);
        const QString &text = m_runLabels[run];
        const qreal w = fm.horizontalAdvance(text);
        if (l.rotated) {
            // Turned 45° up to the right, ending under its run.
            painter->save();
            painter->translate(x, p.bottom() + 6);
            painter->rotate(-45);
            painter->drawText(QRectF(-w - 2, -fm.height() / 2, w + 2, fm.height()), Qt::AlignRight | Qt::AlignVCenter, text);
            painter->restore();
            labelsBottom = std::max(labelsBottom, p.bottom() + 6 + (w + fm.height()) * kSin45);
        } else {
            painter->drawText(QRectF(x - w / 2 - 1, p.bottom() + 6, w + 2, fm.height()), Qt::AlignCenter, text);
        }
    }
    painter->drawText(QRectF(p.left(), labelsBottom + 2, p.width(), fm.height()), Qt::AlignCenter,
                      fm.elidedText(tr("Run, oldest first"), Qt::ElideRight, p.width()));
    painter->setPen(QPen(c.frame, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(p);

    // The series: bands first, then lines and dots, rings on top.
    painter->save();
    const auto at = [&](const HistoryTrendPlot::Point &point, double value) {
        return QPointF(m_plot.runX(point.run, p.left(), width), m_plot.valueY(value, p.top(), p.height()));
    };
    // The pale bands without antialiasing: Qt's antialiased fill of ten 200-corner
    // polygons took 30-40 ms here (bench/history_tab.cpp), their edges look the same.
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (std::size_t i = 0; i < m_plot.lines.size(); ++i) {
        QPolygonF band;
        for (const HistoryTrendPlot::Point &point : m_plot.lines[i].points) {
            if (!std::isnan(point.high))
                band.append(at(point, point.high));
        }
        for (auto it = m_plot.lines[i].points.rbegin(); it != m_plot.lines[i].points.rend(); ++it) {
            if (!std::isnan(it->low))
                band.append(at(*it, it->low));
        }
        if (band.size() < 2)
            continue;
        QColor fill = seriesColor(int(i));
        fill.setAlphaF(m_dark ? 0.28 : 0.18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPolygon(band);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t i = 0; i < m_plot.lines.size(); ++i) {
        const HistoryTrendPlot::Line &line = m_plot.lines[i];
        const QColor colour = seriesColor(int(i));
        QPolygonF median;
        for (const HistoryTrendPlot::Point &point : line.points) {
            if (std::isfinite(point.median))
                median.append(at(point, point.median));
        }
        QPen pen(colour, 2);
        pen.setStyle(kDashes[line.dashes % 4]);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        // Segments, not one polyline: Qt strokes a 100-point polyline as one
        // self-overlapping path, about twice the time of its separate segments.
        QVarLengthArray<QLineF, 128> segments;
        for (qsizetype k = 1; k < median.size(); ++k)
            segments.append(QLineF(median[k - 1], median[k]));
        painter->drawLines(segments.constData(), int(segments.size()));
        // One antialiased dot drawn once, then stamped at every run.
        const qreal scale = painter->device()->devicePixelRatioF();
        QPixmap dot(QSize(int(std::ceil((2 * kDot + 2) * scale)), int(std::ceil((2 * kDot + 2) * scale))));
        dot.setDevicePixelRatio(scale);
        dot.fill(Qt::transparent);
        {
            QPainter stamp(&dot);
            stamp.setRenderHint(QPainter::Antialiasing);
            stamp.setPen(Qt::NoPen);
            stamp.setBrush(colour);
            stamp.drawEllipse(QPointF(kDot + 1, kDot + 1), kDot, kDot);
        }
        for (const QPointF &point : std::as_const(median))
            painter->drawPixmap(point - QPointF(kDot + 1, kDot + 1), dot);
    }
    const QColor regression = ComparisonModel::verdictColor(GroupComparison::Verdict::Regression, m_dark);
    painter->setPen(QPen(regression, 2.5));
    painter->setBrush(Qt::NoBrush);
    for (const HistoryTrendPlot::Line &line : m_plot.lines) {
        for (const HistoryTrendPlot::Point &point : line.points) {
            if (point.regression)
                painter->drawEllipse(at(point, point.median), kRing, kRing);
        }
    }
    painter->restore();

    // Legend: a line sample per series, then the ring.
    const QStringList texts = legendTexts();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QRectF row(l.legend.left(), l.legend.top() + i * l.legendRow, l.legend.width(), l.legendRow);
        const qreal y = row.center().y();
        if (std::size_t(i) < m_plot.lines.size()) {
            const QColor colour = seriesColor(int(i));
            QPen pen(colour, 2);
            pen.setStyle(kDashes[m_plot.lines[std::size_t(i)].dashes % 4]);
            painter->setPen(pen);
            painter->drawLine(QPointF(row.left(), y), QPointF(row.left() + 22, y));
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawEllipse(QPointF(row.left() + 11, y), kDot, kDot);
        } else {
            painter->setPen(QPen(regression, 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(QPointF(row.left() + 11, y), kRing - 2, kRing - 2);
        }
        painter->setPen(c.text);
        painter->drawText(row.adjusted(28, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(texts[i], Qt::ElideMiddle, row.width() - 28));
    }
    painter->restore();
}

void HistoryTrendChart::paintTo(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->translate(target.topLeft());
    painter->fillRect(QRectF(QPointF(0, 0), target.size()), PaintedColours::of(m_dark).background);
    paint(painter, layoutFor(target.size()));
    painter->restore();
}

void HistoryTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), PaintedColours::of(m_dark).background);
    paint(&painter, layoutFor(QSizeF(size())));
}

QString HistoryTrendChart::toolTipAt(const QPointF &pos) const
{
    const QRectF p = plotArea();
    const std::vector<HistoryTrendSeries> &series = m_model->series();
    const HistoryTrendPlot::Line *bestLine = nullptr;
    const HistoryTrendPlot::Point *best = nullptr;
    std::size_t bestIndex = 0;
    qreal bestDistance = kHit;
    for (std::size_t i = 0; i < m_plot.lines.size(); ++i) {
        for (const HistoryTrendPlot::Point &point : m_plot.lines[i].points) {
            if (!std::isfinite(point.median))
                continue;
            const QPointF centre(m_plot.runX(point.run, p.left(), p.width()), m_plot.valueY(point.median, p.top(), p.height()));
            const qreal d = QLineF(centre, pos).length();
            if (d <= bestDistance) {
                bestDistance = d;
                best = &point;
                bestLine = &m_plot.lines[i];
                bestIndex = i;
            }
        }
    }
    if (!best || bestIndex >= series.size())
        return {};
    const HistoryTrendStep &step = series[bestIndex].steps[std::size_t(best->step)];
    const HistoryTrendPoint &pt = step.point;
    return tr("%1\nRun %2 (%3)\nMedian %4, 95 % interval %5 (n = %6)\n%7")
        .arg(bestLine->name, QString::number(pt.runId), pt.label, Format::seconds(pt.medianTime),
             std::isnan(pt.medianCiLow) ? QStringLiteral("—")
                                        : tr("%1 – %2").arg(Format::seconds(pt.medianCiLow), Format::seconds(pt.medianCiHigh)),
             Format::count(pt.n), HistoryTrendModel::verdictText(step.change.verdict));
}

bool HistoryTrendChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(QPointF(help->pos()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}
