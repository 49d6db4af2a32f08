// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class ChartTab;
class QWidget;

/// Creates the chart tabs of the dashboard in tab order: performance, heatmap,
/// hardware, models, methods, overview, scaling, distribution. Used by the main window and by the
/// headless export (ChartExporter::exportAllCharts). A new chart tab is added
/// here. The Insights tab is created by the main window itself (it has
/// signals of its own); exportAllCharts takes extra tabs from extraTabFactory.
/// The Compare tab is not here either: it needs two sources, and the headless
/// export draws one merged dataset (`attriscope compare` covers comparisons).
QList<ChartTab *> createChartTabs(QWidget *parent = nullptr);

/// Hook for tabs that live outside this list but should be exported too
/// (e.g. InsightsTab): set once at start-up; called by exportAllCharts.
using ChartTabFactory = QList<ChartTab *> (*)(QWidget *parent);
void setExtraChartTabFactory(ChartTabFactory factory);
QList<ChartTab *> createExtraChartTabs(QWidget *parent);
