// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtab.h"

#include "hardwaretab.h"
#include "heatmaptab.h"
#include "performancetab.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

OverviewTab::OverviewTab(QWidget *parent)
    : ChartTab(parent)
    , m_grid(new QWidget(this))
    , m_performance(new PerformanceTab(m_grid))
    , m_heatmap(new HeatmapTab(m_grid))
    , m_hardware(new HardwareTab(m_grid))
{
    m_performance->setCompact(true);
    m_heatmap->setCompact(true);
    m_hardware->setCompact(true);

    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_performance, 0, 0, 1, 2);
    grid->addWidget(m_heatmap, 1, 0);
    grid->addWidget(m_hardware, 1, 1);
    // The heatmap's table and legend ask for height; the bar chart must keep
    // enough to stay readable on a 1280 × 800 screen.
    m_performance->setMinimumHeight(260);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *hint = new QLabel(tr("Double-click a chart to open its tab with all options."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_grid, 1);
    setAccessibleName(title());

    for (ChartTab *tab : {static_cast<ChartTab *>(m_performance), static_cast<ChartTab *>(m_heatmap),
                          static_cast<ChartTab *>(m_hardware)})
        watch(tab);
}

OverviewTab::~OverviewTab() = default;

QString OverviewTab::title() const
{
    return tr("Overview");
}

QWidget *OverviewTab::exportWidget()
{
    return m_grid;
}

void OverviewTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_performance->setData(dataset, groups);
    m_heatmap->setData(dataset, groups);
    m_hardware->setData(dataset, groups);
}

void OverviewTab::setDarkTheme(bool dark)
{
    m_performance->setDarkTheme(dark);
    m_heatmap->setDarkTheme(dark);
    m_hardware->setDarkTheme(dark);
}

void OverviewTab::watch(ChartTab *tab)
{
    // Chart views and table viewports take the mouse: watch every widget of the tab.
    tab->setProperty("overviewTarget", tab->exportName());
    tab->installEventFilter(this);
    for (QWidget *child : tab->findChildren<QWidget *>()) {
        child->setProperty("overviewTarget", tab->exportName());
        child->installEventFilter(this);
    }
}

bool OverviewTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick) {
        const QString target = watched->property("overviewTarget").toString();
        if (!target.isEmpty()) {
            Q_EMIT openTabRequested(target);
            return true;
        }
    }
    return ChartTab::eventFilter(watched, event);
}

void OverviewTab::setNameColors(std::shared_ptr<const NameColors> colors)
{
    ChartTab::setNameColors(colors);
    m_performance->setNameColors(colors);
    m_heatmap->setNameColors(colors);
    m_hardware->setNameColors(colors);
}
