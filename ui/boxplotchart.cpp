// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxplotchart.h"

#include "chartfactory.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

BoxPlotChart::BoxPlotChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(ChartFactory::createChart(false))
    , m_view(new QChartView(m_chart, this))
{
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
    m_series.clear();
    m_valueAxis = nullptr;
    QString title = QStringLiteral("<b>%1</b>").arg(m_data.title.toHtmlEscaped());
    if (!m_data.subtitle.isEmpty())
        title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>").arg(m_data.subtitle.toHtmlEscaped());
    m_chart->setTitle(title);
    m_view->setAccessibleName(m_data.title);
    if (m_data.categories.isEmpty() || m_data.series.isEmpty())
        return;

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
    QStringList labels;
    for (const QString &category : std::as_const(m_data.categories))
        labels.append(ChartFactory::wrapLabel(category));
    categoryAxis->append(ChartFactory::uniqueLabels(labels));
    m_chart->addAxis(categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    for (qsizetype s = 0; s < m_data.series.size(); ++s) {
        const BoxSeriesData &data = m_data.series[s];
        auto *series = new QBoxPlotSeries;
        series->setName(data.name);
        QList<QBoxSet *> sets;
        for (qsizetype c = 0; c < m_data.categories.size(); ++c) {
            const BoxData box = c < data.boxes.size() ? data.boxes[c] : BoxData{0, 0, qQNaN(), 0, 0, {}};
            // Parented to its series: QBoxPlotSeries (Qt 6.4) does not delete its sets.
            auto *set = new QBoxSet(m_data.categories[c], series);
            if (std::isnan(box.median)) {
                // A place holder keeps the boxes of the other series in their slots.
                set->append({floor, floor, floor, floor, floor});
            } else {
                const auto clamp = [&](double v) { return m_data.log ? std::max(v, floor) : v; };
                set->append({clamp(box.lower), clamp(box.q1), clamp(box.median), clamp(box.q3), clamp(box.upper)});
                const QString tooltip = box.tooltip;
                connect(set, &QBoxSet::hovered, this, [tooltip](bool status) {
                    if (status)
                        QToolTip::showText(QCursor::pos(), tooltip);
                    else
                        QToolTip::hideText();
                });
            }
            sets.append(set);
        }
        series->append(sets);
        m_chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(m_valueAxis);
        const QColor color = data.color.isValid() ? data.color : ChartFactory::seriesColor(int(s));
        series->setBrush(color);
        series->setPen(QPen(m_dark ? color.lighter(150) : color.darker(160), 1.2));
        for (qsizetype c = 0; c < sets.size(); ++c) {
            const bool missing = c >= data.boxes.size() || std::isnan(data.boxes[c].median);
            if (missing) {
                sets[c]->setPen(Qt::NoPen);
                sets[c]->setBrush(Qt::NoBrush);
            }
        }
        m_series.append(series);
    }
    QFont font = m_chart->font();
    font.setPointSizeF(9);
    categoryAxis->setLabelsFont(font);
    m_valueAxis->setLabelsFont(font);
    m_chart->legend()->setFont(font);
    m_chart->legend()->setAlignment(m_data.series.size() > 5 ? Qt::AlignRight : Qt::AlignBottom);
}
