// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namecolors.h"

#include <QChartView>

#include <memory>

class HistoryTrendModel;
class QChart;

/// The History tab's trend: per selected group, the median time of each run
/// (oldest first, left to right) as a line with dots, its 95 % interval as a
/// band, and a red ring on each run that regressed against the run before it
/// (the verdict in the model, HistoryTrend). Draws HistoryTrendModel; computes nothing.
class HistoryTrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryTrendChart(HistoryTrendModel *model, QWidget *parent = nullptr);

    /// Colours of names the session knows; others come from the chart's own list.
    void setNameColors(std::shared_ptr<const NameColors> colors);
    void setDarkTheme(bool dark);
    /// Number of points drawn with a regression ring (for tests).
    int regressionMarks() const { return m_regressionMarks; }
    /// The colour a series of the model is drawn in.
    QColor seriesColor(int series) const;

private:
    void rebuild();

    HistoryTrendModel *m_model;
    QChart *m_chart;
    std::shared_ptr<const NameColors> m_sessionColors;
    NameColors m_ownColors;
    bool m_dark = false;
    int m_regressionMarks = 0;
};
