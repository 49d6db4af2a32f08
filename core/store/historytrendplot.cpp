// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytrendplot.h"

#include "axisticks.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

HistoryTrendPlot HistoryTrendPlot::build(const std::vector<HistoryTrendSeries> &series)
{
    HistoryTrendPlot plot;
    std::map<qint64, QString> runs;
    double high = 0;
    QSet<QString> models, methods, machines;
    for (const HistoryTrendSeries &s : series) {
        models.insert(s.model);
        methods.insert(s.method);
        machines.insert(s.hardware);
        for (const HistoryTrendStep &step : s.steps) {
            runs.emplace(step.point.runId, step.point.label);
            for (double v : {step.point.medianTime, step.point.medianCiHigh}) {
                if (std::isfinite(v))
                    high = std::max(high, v);
            }
        }
    }
    if (runs.empty() || !(high > 0))
        return plot;
    std::map<qint64, int> position;
    for (const auto &[id, label] : runs) {
        position.emplace(id, int(plot.runs.size()));
        plot.runs.push_back({id, label});
    }
    const int count = int(plot.runs.size());
    const int every = (count + kMaxRunLabels - 1) / kMaxRunLabels;
    for (int i = 0; i < count; ++i) {
        if (i % every == 0 || i == count - 1)
            plot.labelledRuns.push_back(i);
    }
    // From 0 to the first tick at or above 5 % over the highest value.
    const double top = high * 1.05;
    const double step = AxisTicks::linearStep(0, top);
    plot.valueMax = std::ceil(top / step - 1e-9) * step;
    plot.valueTicks = AxisTicks::values(0, plot.valueMax, false);

    QStringList hardwareOrder(machines.cbegin(), machines.cend());
    hardwareOrder.sort();
    for (const HistoryTrendSeries &s : series) {
        Line line;
        QStringList parts;
        if (models.size() > 1)
            parts.append(s.model);
        if (methods.size() > 1 || machines.size() == 1)
            parts.append(s.method);
        if (machines.size() > 1)
            parts.append(s.hardware);
        line.legend = parts.join(QStringLiteral(" · "));
        line.name = QStringList{s.model, s.method, s.hardware}.join(QStringLiteral(" · "));
        // Coloured by the name that tells the lines apart: the method, else the
        // hardware, else the model; the same method on two machines differs by its dashes.
        line.colourBy = methods.size() > 1 ? Dimension::Method : machines.size() > 1 ? Dimension::Hardware : Dimension::Model;
        line.colourName = line.colourBy == Dimension::Method ? s.method : line.colourBy == Dimension::Hardware ? s.hardware : s.model;
        if (methods.size() > 1 && machines.size() > 1)
            line.dashes = int(hardwareOrder.indexOf(s.hardware) % 4);
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            const HistoryTrendPoint &p = s.steps[i].point;
            Point point;
            point.run = position[p.runId];
            point.step = int(i);
            point.median = p.medianTime;
            if (std::isfinite(p.medianCiLow) && std::isfinite(p.medianCiHigh)) {
                point.low = p.medianCiLow;
                point.high = p.medianCiHigh;
            }
            point.regression = s.steps[i].change.verdict == GroupComparison::Verdict::Regression && std::isfinite(p.medianTime);
            plot.regressions += point.regression ? 1 : 0;
            line.points.push_back(point);
        }
        plot.lines.push_back(std::move(line));
    }
    return plot;
}

double HistoryTrendPlot::runX(double run, double left, double width) const
{
    const double n = std::max<double>(1, double(runs.size()));
    return left + (run + 0.5) / n * width;
}

double HistoryTrendPlot::valueY(double value, double top, double height) const
{
    return top + height - std::clamp(value / valueMax, 0.0, 1.0) * height;
}

int HistoryTrendPlot::runAt(double x, double left, double width) const
{
    if (runs.empty() || x < left || x >= left + width || !(width > 0))
        return -1;
    return std::clamp(int((x - left) / width * double(runs.size())), 0, int(runs.size()) - 1);
}
