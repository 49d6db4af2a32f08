// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttabs.h"

#include "distributiontab.h"
#include "hardwaretab.h"
#include "heatmaptab.h"
#include "methodstab.h"
#include "modelstab.h"
#include "overviewtab.h"
#include "performancetab.h"
#include "scalingtab.h"

namespace {
ChartTabFactory s_extraFactory = nullptr;
}

QList<ChartTab *> createChartTabs(QWidget *parent)
{
    return {new PerformanceTab(parent), new HeatmapTab(parent), new HardwareTab(parent),
            new ModelsTab(parent), new MethodsTab(parent), new OverviewTab(parent),
            new ScalingTab(parent), new DistributionTab(parent)};
}

void setExtraChartTabFactory(ChartTabFactory factory)
{
    s_extraFactory = factory;
}

QList<ChartTab *> createExtraChartTabs(QWidget *parent)
{
    return s_extraFactory ? s_extraFactory(parent) : QList<ChartTab *>{};
}
