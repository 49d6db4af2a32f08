// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "barlayer.h"
#include "chartfactory.h"
#include "legendlayer.h"
#include "titlelayer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(ChartFactory::createChart(false))
    , m_view(new QChartView(m_chart, this))
    , m_legend(new LegendLayer(m_chart))
    , m_bars(new BarLayer(m_chart))
    , m_title(new TitleLayer(m_chart))
{
    m_chart->setTitle(QString()); // the title layer draws it
    m_chart->legend()->hide(); // the layer draws it
    // A new plot width (a resize) fits the labels again, after the layout pass.
    connect(m_chart, &QChart::plotAreaChanged, this, &BarChart::fitCategoryLabels, Qt::QueuedConnection);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

BarChart::~BarChart() = default;

void BarChart::setChartData(const BarChartData &data)
{
    m_data = data;
    rebuild();
}

void BarChart::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    ChartFactory::applyTheme(m_chart, dark);
    rebuild(); // the theme overwrote the series colours
}

void BarChart::setCompact(bool compact)
{
    m_compact = compact;
    rebuild();
}

QStringList BarChart::fittedLabels()
{
    // Each label line elided here to its slot in the plot as laid out, so Qt
    // Charts need not truncate: it measures a label as rich text a dozen times
    // to do so. Until the chart has been laid out, Qt truncates.
    const QRectF plot = m_chart->plotArea();
    if (plot.width() < 100 || m_rawLabels.isEmpty())
        return ChartFactory::uniqueLabels(m_rawLabels);
    m_fittedWidth = plot.width();
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(m_compact));
    const qreal slot = plot.width() / qreal(m_rawLabels.size()) - 14;
    if (m_categoryAxis)
        m_categoryAxis->setTruncateLabels(false);
    return ChartFactory::uniqueLabels(ChartFactory::fitLabels(m_rawLabels, font, slot));
}

void BarChart::fitCategoryLabels()
{
    const QRectF plot = m_chart->plotArea();
    if (!m_categoryAxis || m_rawLabels.isEmpty() || plot.width() < 100 || qAbs(plot.width() - m_fittedWidth) < 4)
        return;
    const QStringList labels = fittedLabels();
    if (m_categoryAxis->categories() != labels)
        m_categoryAxis->setCategories(labels);
}

void BarChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        // Hidden first: Qt Charts deletes the axis' graphics items later, and
        // until then a removed axis still paints (stale labels in a grab or export).
        axis->setVisible(false);
        m_chart->removeAxis(axis);
        delete axis;
    }
    delete m_series; // not in the chart: it holds the data, the layer draws it
    m_series = nullptr;
    m_bars->clear();
    m_valueAxis = nullptr;
    m_categoryAxis = nullptr;
    // The title layer draws the title; its height joins the chart's top margin.
    const qreal titleHeight = m_title->setTitle(m_data.title, m_data.subtitle, m_chart->titleFont());
    const QMargins margins = ChartFactory::kChartMargins + QMargins(0, int(std::ceil(titleHeight)), 0, 0);
    m_view->setAccessibleName(m_data.title);
    if (m_data.categories.isEmpty() || m_data.sets.isEmpty()) {
        QFont legendFont = m_chart->font();
        legendFont.setPointSizeF(ChartFactory::labelPointSize(m_compact));
        m_legend->setLegend({}, Qt::AlignBottom, legendFont, margins);
        return;
    }

    const bool log = m_data.log && !m_data.stacked;
    // Range of what is drawn: single bars, or stacks.
    double minPositive = qInf(), maxValue = 0;
    QList<double> stackTotals(m_data.categories.size(), 0.0);
    for (const BarSetData &set : m_data.sets) {
        for (qsizetype i = 0; i < set.values.size() && i < m_data.categories.size(); ++i) {
            const double v = set.values[i];
            if (std::isnan(v))
                continue;
            if (v > 0)
                minPositive = std::min(minPositive, v);
            maxValue = std::max(maxValue, v);
            stackTotals[i] += std::max(v, 0.0);
        }
    }
    if (m_data.stacked)
        maxValue = *std::max_element(stackTotals.cbegin(), stackTotals.cend());
    if (m_data.rangeMinPositive > 0)
        minPositive = std::min(minPositive, m_data.rangeMinPositive);
    if (m_data.rangeMax > maxValue)
        maxValue = m_data.rangeMax;

    m_valueAxis = ChartFactory::createValueAxis(m_data.valueTitle, log,
                                                std::isinf(minPositive) ? 1.0 : minPositive, maxValue);
    // On a log axis a bar starts at the axis minimum; a missing value sits
    // there too (zero height) instead of at 0, which has no place on the axis.
    const double missingValue = log ? ChartFactory::logRange(minPositive, maxValue).first : 0.0;

    QAbstractBarSeries *series = m_data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                                : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const BarSetData &data : m_data.sets) {
        auto *set = new QBarSet(data.name);
        for (qsizetype i = 0; i < m_data.categories.size(); ++i) {
            const double v = i < data.values.size() ? data.values[i] : qQNaN();
            set->append(std::isnan(v) ? missingValue : (log ? std::max(v, missingValue) : v));
        }
        const QStringList tooltips = data.tooltips;
        connect(set, &QBarSet::hovered, this, [tooltips](bool status, int index) {
            if (status && index >= 0 && index < tooltips.size())
                QToolTip::showText(QCursor::pos(), tooltips[index]);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setBarWidth(m_data.sets.size() == 1 ? 0.6 : 0.85);
    series->setParent(this);
    // The series keeps the values, colours and tooltips (what the API and the
    // hover signals offer) but is not added to the chart: an empty series
    // places the layers on the axes and BarLayer draws the bars.
    QList<BarLayer::Set> drawn;
    for (qsizetype i = 0; i < m_data.sets.size(); ++i) {
        QBarSet *set = series->barSets().at(i);
        const QColor color = m_data.sets[i].color.isValid() ? m_data.sets[i].color : ChartFactory::seriesColor(int(i));
        set->setColor(color);
        set->setBorderColor(color.darker(130));
        BarLayer::Set bars;
        bars.brush = set->brush();
        bars.pen = QPen(set->borderColor(), 1);
        for (int c = 0; c < set->count(); ++c)
            bars.values.append(set->at(c));
        bars.tooltips = m_data.sets[i].tooltips;
        drawn.append(bars);
    }
    auto *anchor = m_data.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                  : static_cast<QAbstractBarSeries *>(new QBarSeries);
    m_chart->addSeries(anchor);

    m_categoryAxis = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &category : std::as_const(m_data.categories))
        labels.append(ChartFactory::wrapLabel(category));
    m_rawLabels = labels;
    m_fittedWidth = 0;
    m_categoryAxis->append(fittedLabels());
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    ChartFactory::styleAxes(m_chart, m_dark, m_compact);
    anchor->attachAxis(m_categoryAxis);
    anchor->attachAxis(m_valueAxis);
    m_series = series;
    m_bars->setAnchor(anchor);
    m_bars->setBars(int(m_data.categories.size()), series->barWidth(), m_data.stacked, missingValue, drawn);
    // Error bars may widen the value range later: the bars follow.
    if (auto *linear = qobject_cast<QValueAxis *>(m_valueAxis))
        connect(linear, &QValueAxis::rangeChanged, m_bars, &BarLayer::invalidate);
    else if (auto *logAxis = qobject_cast<QLogValueAxis *>(m_valueAxis))
        connect(logAxis, &QLogValueAxis::rangeChanged, m_bars, &BarLayer::invalidate);

    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(m_compact));
    m_categoryAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    // A long legend goes to the side, where it lists vertically and needs no wrapping.
    const bool sideLegend = m_data.sets.size() > 5;
    QList<LegendLayer::Entry> entries;
    if (m_data.sets.size() > 1 || !m_compact) {
        for (QBarSet *set : series->barSets())
            entries.append({set->label(), set->brush(), QPen(set->borderColor(), 1)});
    }
    m_chart->legend()->hide();
    m_legend->setLegend(entries, sideLegend ? Qt::AlignRight : Qt::AlignBottom, font, margins);
}

void BarChartData::setRangeFrom(const QList<QList<double>> &values, bool stacked)
{
    double minPositive = qInf(), maxValue = 0;
    QList<double> totals;
    for (const QList<double> &set : values) {
        if (totals.size() < set.size())
            totals.resize(set.size(), 0.0);
        for (qsizetype i = 0; i < set.size(); ++i) {
            const double v = set[i];
            if (std::isnan(v))
                continue;
            if (v > 0)
                minPositive = std::min(minPositive, v);
            maxValue = std::max(maxValue, v);
            totals[i] += std::max(v, 0.0);
        }
    }
    if (stacked && !totals.isEmpty())
        maxValue = *std::max_element(totals.cbegin(), totals.cend());
    rangeMinPositive = std::isinf(minPositive) ? qQNaN() : minPositive;
    rangeMax = maxValue;
}
