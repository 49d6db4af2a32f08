// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historytrendplot.h"
#include "namecolors.h"

#include <QWidget>

#include <memory>

class HistoryTrendModel;

/// The History tab's trend: per selected group, the median time of each run
/// (oldest first, left to right) as a line with dots, its 95 % interval as a
/// band, and a red ring on each run that regressed against the run before it
/// (the verdict in the model, HistoryTrend). Draws HistoryTrendModel through
/// HistoryTrendPlot, with a painter of its own as DotPlot does (Qt Charts took
/// 100-450 ms to lay out and paint ten lines over 100 runs); computes nothing.
class HistoryTrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryTrendChart(HistoryTrendModel *model, QWidget *parent = nullptr);

    /// Colours of names the session knows; others come from the chart's own list.
    void setNameColors(std::shared_ptr<const NameColors> colors);
    void setDarkTheme(bool dark);
    /// Number of points drawn with a regression ring (for tests).
    int regressionMarks() const { return m_plot.regressions; }
    /// The colour a series of the model is drawn in.
    QColor seriesColor(int series) const;
    /// What is drawn, as worked out from the model.
    const HistoryTrendPlot &plot() const { return m_plot; }
    /// The run labels on the axis, left to right ("id: label", cut to 14 characters).
    QStringList runAxisLabels() const;
    /// The plot area (inside the axes) at the widget's size.
    QRectF plotArea() const { return layoutFor(QSizeF(size())).plot; }
    /// The tooltip for the point nearest `pos` (within a few pixels), else empty.
    QString toolTipAt(const QPointF &pos) const;
    /// Paints the chart into `target` (a picture of it).
    void paintTo(QPainter *painter, const QRectF &target) const;
    QSize sizeHint() const override { return {800, 400}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRectF title;
        QRectF plot;
        QRectF legend;
        qreal legendRow = 0;
        bool rotated = false;
    };
    void rebuild();
    Layout layoutFor(QSizeF size) const;
    void paint(QPainter *painter, const Layout &layout) const;
    QFont labelFont() const;
    QString title() const;
    QString subtitle() const;
    QStringList legendTexts() const;

    HistoryTrendModel *m_model;
    HistoryTrendPlot m_plot;
    QStringList m_runLabels; ///< per run, as the axis would label it
    std::shared_ptr<const NameColors> m_sessionColors;
    NameColors m_ownColors;
    bool m_dark = false;
};
