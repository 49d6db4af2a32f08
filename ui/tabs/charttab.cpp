// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttab.h"

#include <QPainter>

ChartTab::ChartTab(QWidget *parent)
    : QWidget(parent)
{
}

ChartTab::~ChartTab() = default;

void ChartTab::renderForExport(QPainter *painter, const QRectF &target)
{
    QWidget *widget = exportWidget();
    const QSize oldSize = widget->size();
    widget->resize(target.size().toSize());
    painter->save();
    painter->translate(target.topLeft());
    widget->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
    widget->resize(oldSize);
}

ChartCsv::Table ChartTab::chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const
{
    return ChartCsv::byName(exportName(), dataset, groups);
}

QColor ChartTab::nameColor(const Dataset &dataset, Dimension dimension, const QString &name) const
{
    if (m_sharedColors && m_sharedColors->index(dimension, name) >= 0)
        return m_sharedColors->color(dimension, name);
    if (m_ownColorsOf != &dataset) {
        m_ownColors = NameColors();
        m_ownColors.addDataset(dataset);
        m_ownColorsOf = &dataset;
    }
    return m_ownColors.color(dimension, name);
}
