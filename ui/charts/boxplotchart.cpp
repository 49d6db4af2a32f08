// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxplotchart.h"

#include "boxlayer.h"
#include "chartfactory.h"
#include "legendlayer.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QScatterSeries>
#include <QChart>
#include <QChartView>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

BoxPlotChart::BoxPlotChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(ChartFactory::createChart(false))
    , m_view(new QChartView(m_chart, this))
    , m_boxLayer(new BoxLayer(m_chart))
    , m_legend(new LegendLayer(m_chart))
{
    m_chart->legend()->hide(); // the layer draws it
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

BoxPlotChart::~BoxPlotChart() = default;

void BoxPlotChart::setChartData(const BoxPlotData &data)
{
    m_data = data;
    rebuild();
}

void BoxPlotChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCategoryFont();
}

void BoxPlotChart::fitCategoryFont()
{
    if (!m_categoryAxis || m_data.categories.isEmpty())
        return;
    if (!m_data.horizontal) {
        fitVerticalLabels();
        return;
    }
    QFont font = m_categoryAxis->labelsFont();
    const qreal base = ChartFactory::labelPointSize(false);
    // The plot is the view less the title, the value axis and the legend
    // (about 150 px); a label needs its line spacing within its row.
    const qreal rowPixels = qreal(std::max(1, height() - 150)) / m_data.categories.size();
    qreal size = base;
    while (size > 6.5) {
        font.setPointSizeF(size);
        // Qt Charts' label item adds a few pixels of margin around the line.
        if (QFontMetricsF(font).lineSpacing() + 4 <= rowPixels)
            break;
        size -= 0.5;
    }
    font.setPointSizeF(std::max<qreal>(size, 6.5));
    if (font != m_categoryAxis->labelsFont())
        m_categoryAxis->setLabelsFont(font);
}

void BoxPlotChart::fitVerticalLabels()
{
    // A category's slot: the plot's width (the chart less its margins, which
    // hold a side legend, and the value axis) shared by the categories.
    const QMargins margins = m_chart->margins();
    const qreal slot = qreal(std::max(1, width() - margins.left() - margins.right() - 90)) / m_data.categories.size();
    const QFontMetricsF metrics(m_categoryAxis->labelsFont());
    qreal widest = 0;
    for (const QString &category : std::as_const(m_data.categories)) {
        for (const QString &line : ChartFactory::wrapLabel(category).split(QStringLiteral("<br>")))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    // Names that do not fit their slot even on two lines stand upright, whole,
    // instead of being cut to "att…".
    const bool upright = widest > slot - 4;
    if (upright == m_uprightLabels && !m_categoryAxis->categories().isEmpty())
        return;
    m_uprightLabels = upright;
    QStringList labels;
    for (const QString &category : std::as_const(m_data.categories))
        labels.append(upright ? category.toHtmlEscaped() : ChartFactory::wrapLabel(category));
    m_categoryAxis->clear();
    m_categoryAxis->append(ChartFactory::uniqueLabels(labels));
    m_categoryAxis->setLabelsAngle(upright ? -90 : 0);
    m_categoryAxis->setTruncateLabels(!upright);
}

void BoxPlotChart::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    ChartFactory::applyTheme(m_chart, dark);
    rebuild();
}

void BoxPlotChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        // Hidden first: Qt Charts deletes the axis' graphics items later, and
        // until then a removed axis still paints (stale labels in a grab or export).
        axis->setVisible(false);
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_boxLayer->clear();
    m_anchor = nullptr;
    m_valueAxis = nullptr;
    m_categoryAxis = nullptr;
    QString title = QStringLiteral("<b>%1</b>").arg(m_data.title.toHtmlEscaped());
    if (!m_data.subtitle.isEmpty())
        title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>").arg(m_data.subtitle.toHtmlEscaped());
    m_chart->setTitle(title);
    m_view->setAccessibleName(m_data.title);
    if (m_data.categories.isEmpty() || m_data.series.isEmpty()) {
        QFont font = m_chart->font();
        font.setPointSizeF(ChartFactory::labelPointSize(false));
        m_legend->setLegend({}, Qt::AlignBottom, font, ChartFactory::kChartMargins);
        return;
    }

    double minPositive = qInf(), maxValue = 0;
    for (const BoxSeriesData &series : m_data.series) {
        for (const BoxData &box : series.boxes) {
            if (std::isnan(box.median))
                continue;
            if (box.lower > 0)
                minPositive = std::min(minPositive, box.lower);
            maxValue = std::max(maxValue, box.upper);
        }
    }
    m_valueAxis = ChartFactory::createValueAxis(m_data.valueTitle, m_data.log, std::isinf(minPositive) ? 1.0 : minPositive,
                                                maxValue);
    const double floor = m_data.log ? ChartFactory::logRange(minPositive, maxValue).first : 0.0;
    auto *categoryAxis = new QBarCategoryAxis;
    m_categoryAxis = categoryAxis;
    m_uprightLabels = false; // a new axis starts with the labels on their side (see fitVerticalLabels)
    QStringList labels;
    for (const QString &category : std::as_const(m_data.categories))
        labels.append(m_data.horizontal ? category.toHtmlEscaped() : ChartFactory::wrapLabel(category));
    if (m_data.horizontal)
        std::reverse(labels.begin(), labels.end()); // the first category on top (BoxLayer places it there)
    categoryAxis->append(ChartFactory::uniqueLabels(labels));
    if (m_data.horizontal) {
        categoryAxis->setTruncateLabels(false); // full names; the plot makes room
        categoryAxis->setGridLineVisible(false);
        m_chart->addAxis(categoryAxis, Qt::AlignLeft);
        m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    } else {
        m_chart->addAxis(categoryAxis, Qt::AlignBottom);
        m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    }
    // A later range change (the Distribution tab widens it for outliers) moves the boxes.
    if (auto *linear = qobject_cast<QValueAxis *>(m_valueAxis))
        connect(linear, &QValueAxis::rangeChanged, m_boxLayer, &BoxLayer::invalidate);
    else if (auto *log = qobject_cast<QLogValueAxis *>(m_valueAxis))
        connect(log, &QLogValueAxis::rangeChanged, m_boxLayer, &BoxLayer::invalidate);

    // One series without box sets anchors the layers to the axes; the box
    // layer draws every box in one paint, the legend layer names the colours.
    // Horizontal: an empty scatter series, since a box plot series is vertical.
    QAbstractSeries *anchor = m_data.horizontal ? static_cast<QAbstractSeries *>(new QScatterSeries)
                                                : static_cast<QAbstractSeries *>(new QBoxPlotSeries);
    m_chart->addSeries(anchor);
    anchor->attachAxis(categoryAxis);
    anchor->attachAxis(m_valueAxis);
    m_anchor = anchor;
    QList<BoxLayer::Style> styles;
    QList<BoxLayer::Box> boxes;
    QList<LegendLayer::Entry> entries;
    const auto clamp = [&](double v) { return m_data.log ? std::max(v, floor) : v; };
    for (qsizetype s = 0; s < m_data.series.size(); ++s) {
        const BoxSeriesData &data = m_data.series[s];
        const QColor color = data.color.isValid() ? data.color : ChartFactory::seriesColor(int(s));
        const QPen pen(m_dark ? color.lighter(150) : color.darker(160), 1.2);
        styles.append({QBrush(color), pen});
        entries.append({data.name, QBrush(color), pen});
        for (qsizetype c = 0; c < m_data.categories.size() && c < data.boxes.size(); ++c) {
            const BoxData &box = data.boxes[c];
            if (std::isnan(box.median))
                continue; // no box: the slot stays empty
            boxes.append({int(s), int(c), clamp(box.lower), clamp(box.q1), clamp(box.median), clamp(box.q3),
                          clamp(box.upper), box.tooltip});
        }
    }
    m_boxLayer->setAnchor(anchor);
    m_boxLayer->setHorizontal(m_data.horizontal);
    m_boxLayer->setBoxes(int(m_data.series.size()), int(m_data.categories.size()), styles, boxes);
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    categoryAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    ChartFactory::styleAxes(m_chart, m_dark);
    fitCategoryFont();
    m_chart->legend()->hide();
    m_legend->setLegend(entries, m_data.series.size() > 5 ? Qt::AlignRight : Qt::AlignBottom, font,
                        ChartFactory::kChartMargins);
}
