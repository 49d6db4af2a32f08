// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrendchart.h"

#include "chartfactory.h"
#include "comparisonmodel.h"
#include "format.h"
#include "historytrendmodel.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

HistoryTrendChart::HistoryTrendChart(HistoryTrendModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_chart(ChartFactory::createChart(false))
{
    // setChart() releases the view's own first chart without deleting it.
    QChart *initial = chart();
    setChart(m_chart);
    delete initial;
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Trend chart"));
    setMinimumHeight(200);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryTrendChart::rebuild);
    rebuild();
}

void HistoryTrendChart::setNameColors(std::shared_ptr<const NameColors> colors)
{
    m_sessionColors = std::move(colors);
    rebuild();
}

void HistoryTrendChart::setDarkTheme(bool dark)
{
    m_dark = dark;
    ChartFactory::applyTheme(m_chart, dark);
    rebuild();
}

QColor HistoryTrendChart::seriesColor(int index) const
{
    const std::vector<HistoryTrendSeries> &all = m_model->series();
    if (index < 0 || std::size_t(index) >= all.size())
        return {};
    // Coloured by the name that tells the lines apart: the method, else the
    // hardware, else the model.
    QSet<QString> methods, hardware;
    for (const HistoryTrendSeries &s : all) {
        methods.insert(s.method);
        hardware.insert(s.hardware);
    }
    const HistoryTrendSeries &s = all[std::size_t(index)];
    const auto [dimension, name] = methods.size() > 1    ? std::pair{Dimension::Method, s.method}
                                   : hardware.size() > 1 ? std::pair{Dimension::Hardware, s.hardware}
                                                         : std::pair{Dimension::Model, s.model};
    if (m_sessionColors && m_sessionColors->index(dimension, name) >= 0)
        return m_sessionColors->color(dimension, name);
    return m_ownColors.color(dimension, name);
}

void HistoryTrendChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setVisible(false); // see BoxPlotChart::rebuild
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_regressionMarks = 0;
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

    // One x position per run that any series has, oldest first.
    std::map<qint64, QString> runs;
    double high = 0;
    for (const HistoryTrendSeries &s : all) {
        for (const HistoryTrendStep &step : s.steps) {
            runs.emplace(step.point.runId, step.point.label);
            for (double v : {step.point.medianTime, step.point.medianCiHigh}) {
                if (std::isfinite(v))
                    high = std::max(high, v);
            }
        }
    }
    if (runs.empty() || high <= 0) {
        m_chart->setTitle(QString());
        m_chart->legend()->setVisible(false);
        return;
    }
    std::map<qint64, int> position;
    for (const auto &[id, label] : runs)
        position.emplace(id, int(position.size()));

    m_chart->setTitle(tr("<b>Median time per prompt over the runs</b>") + QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>")
                          .arg(tr("Band: 95 % interval of the median. Ring: slower than the run before (compare's test)")
                                   .toHtmlEscaped()));
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(-0.5, double(runs.size()) - 0.5);
    xAxis->setTitleText(tr("Run, oldest first"));
    xAxis->setLabelsFont(font);
    QStringList labels;
    for (const auto &[id, label] : runs)
        labels.append(tr("%1: %2").arg(QString::number(id), ChartFactory::shortLabel(label, 14)));
    labels = ChartFactory::uniqueLabels(labels);
    // At most about 25 run labels: Qt Charts lays out every rotated label on each
    // rebuild, and at 100 runs that took most of the time from pick to drawn trend.
    // The tooltip of a point names its run.
    const qsizetype every = (labels.size() + 24) / 25;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i % every == 0 || i == labels.size() - 1)
            xAxis->append(labels[i], double(i));
    }
    if (runs.size() > 8)
        xAxis->setLabelsAngle(-45);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, ChartFactory::linearRange(high).second);
    yAxis->setTitleText(tr("Median time (s)"));
    yAxis->setLabelsFont(font);
    yAxis->setLabelFormat(QStringLiteral("%.3g"));
    yAxis->applyNiceNumbers();
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    ChartFactory::styleAxes(m_chart, m_dark);

    auto attach = [&](QAbstractSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };
    const QColor regression = ComparisonModel::verdictColor(GroupComparison::Verdict::Regression, m_dark);
    auto *rings = new QScatterSeries;
    rings->setName(tr("Regression against the previous run"));
    rings->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    rings->setMarkerSize(16);
    rings->setColor(Qt::transparent);
    rings->setBorderColor(regression);
    rings->setPen(QPen(regression, 2.5));
    // The legend names what tells the lines apart; the pickers say the rest.
    QSet<QString> models, methods, machines;
    for (const HistoryTrendSeries &s : all) {
        models.insert(s.model);
        methods.insert(s.method);
        machines.insert(s.hardware);
    }
    QStringList hardwareOrder(machines.cbegin(), machines.cend());
    hardwareOrder.sort();
    static const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    for (std::size_t index = 0; index < all.size(); ++index) {
        const HistoryTrendSeries &s = all[index];
        const QColor color = seriesColor(int(index));
        auto *median = new QLineSeries;
        QStringList parts;
        if (models.size() > 1)
            parts.append(s.model);
        if (methods.size() > 1 || machines.size() == 1)
            parts.append(s.method);
        if (machines.size() > 1)
            parts.append(s.hardware);
        median->setName(parts.join(QStringLiteral(" · ")));
        median->setPointsVisible(true);
        // Coloured by method: the same method on two machines differs by its dashes.
        QPen pen(color, 2);
        if (methods.size() > 1 && machines.size() > 1)
            pen.setStyle(kStyles[hardwareOrder.indexOf(s.hardware) % 4]);
        median->setPen(pen);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (const HistoryTrendStep &step : s.steps) {
            const HistoryTrendPoint &p = step.point;
            const double x = position[p.runId];
            if (std::isfinite(p.medianTime))
                median->append(x, p.medianTime);
            if (std::isfinite(p.medianCiLow) && std::isfinite(p.medianCiHigh)) {
                upper->append(x, p.medianCiHigh);
                lower->append(x, p.medianCiLow);
            }
            if (step.change.verdict == GroupComparison::Verdict::Regression && std::isfinite(p.medianTime)) {
                rings->append(x, p.medianTime);
                ++m_regressionMarks;
            }
        }
        if (upper->count() > 0) {
            auto *band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            QColor fill = color;
            fill.setAlphaF(m_dark ? 0.28 : 0.18);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            attach(band);
            for (QLegendMarker *marker : m_chart->legend()->markers(band))
                marker->setVisible(false);
        } else {
            delete upper;
            delete lower;
        }
        attach(median);
        const QString name = tr("%1 · %2 · %3").arg(s.model, s.method, s.hardware);
        connect(median, &QLineSeries::hovered, this, [this, index, name](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const auto &steps = m_model->series()[index].steps;
            // The step nearest the cursor, by x position.
            const HistoryTrendStep *nearest = nullptr;
            double best = 1e300;
            std::map<qint64, int> order;
            for (const auto &series : m_model->series())
                for (const HistoryTrendStep &st : series.steps)
                    order.emplace(st.point.runId, 0);
            int i = 0;
            for (auto &[id, pos] : order)
                pos = i++;
            for (const HistoryTrendStep &st : steps) {
                const double d = std::fabs(order[st.point.runId] - point.x());
                if (d < best) {
                    best = d;
                    nearest = &st;
                }
            }
            if (!nearest)
                return;
            const HistoryTrendPoint &p = nearest->point;
            QToolTip::showText(QCursor::pos(),
                               tr("%1\nRun %2 (%3)\nMedian %4, 95 % interval %5 (n = %6)\n%7")
                                   .arg(name, QString::number(p.runId), p.label, Format::seconds(p.medianTime),
                                        std::isnan(p.medianCiLow) ? QStringLiteral("—")
                                                                   : tr("%1 – %2").arg(Format::seconds(p.medianCiLow),
                                                                                       Format::seconds(p.medianCiHigh)),
                                        Format::count(p.n), HistoryTrendModel::verdictText(nearest->change.verdict)));
        });
    }
    if (rings->count() > 0) {
        attach(rings);
        // The marker of a hollow ring would be an empty box: fill it in the ring's red.
        for (QLegendMarker *marker : m_chart->legend()->markers(rings)) {
            marker->setBrush(regression);
            marker->setPen(QPen(regression));
        }
    } else {
        delete rings;
    }
    m_chart->legend()->setFont(font);
    // On the right, one name a line: a row of ten names at the bottom elides them all.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setVisible(true);
}
