// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"
#include "historytrend.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

/// What the History tab's trend chart draws, worked out from the trend's
/// series (HistoryTrendModel::series()) without any painting: the runs on the
/// x axis (every run any series has, oldest first), which of them get a label,
/// the value axis, one line per series with its legend text and the name that
/// colours it, and where regressions are ringed. HistoryTrendChart paints it;
/// the mapping from values to pixels is here too, so tests check it headless.
struct HistoryTrendPlot
{
    /// A run label on the axis at most every this many runs' worth of width:
    /// past this many runs only every n-th run (and the last) is labelled.
    static constexpr int kMaxRunLabels = 25;

    struct Run
    {
        qint64 id = 0;
        QString label;
    };
    struct Point
    {
        int run = 0;      ///< index into runs
        int step = 0;     ///< index into the series' steps
        double median = qQNaN();
        double low = qQNaN(); ///< 95 % interval of the median; NaN when there is none
        double high = qQNaN();
        bool regression = false; ///< slower than the group's run before (compare's test)
    };
    struct Line
    {
        QString legend;          ///< what tells it apart from the other lines
        QString name;            ///< "model · method · hardware", for its tooltip
        Dimension colourBy = Dimension::Model; ///< the name whose session colour it takes
        QString colourName;
        int dashes = 0;          ///< 0 solid; 1-3 further dash patterns (same method on another machine)
        std::vector<Point> points;
    };

    std::vector<Run> runs;
    /// Indices into runs that the axis labels: every n-th from the first, and the last.
    std::vector<int> labelledRuns;
    double valueMax = 1;     ///< the value axis runs from 0 to here (a tick)
    QList<double> valueTicks;
    std::vector<Line> lines;
    int regressions = 0;

    static HistoryTrendPlot build(const std::vector<HistoryTrendSeries> &series);
    bool isEmpty() const { return runs.empty(); }

    /// Horizontal position of run `run` in a plot area from `left`, `width` wide:
    /// the centre of its slot, runs spread evenly.
    double runX(double run, double left, double width) const;
    /// Vertical position of `value` in a plot area from `top`, `height` high (0 at the bottom).
    double valueY(double value, double top, double height) const;
    /// The run whose slot holds `x`; -1 outside the plot area.
    int runAt(double x, double left, double width) const;
};
