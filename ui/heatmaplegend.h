// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/// The heatmap's colour key: a vertical ramp with the maximum at the top and
/// the minimum at the bottom, labelled in tokens/s.
class HeatmapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapLegend(QWidget *parent = nullptr);
    ~HeatmapLegend() override;

    /// NaN min/max: no values, the legend shows "no data" only.
    void setRange(double minimum, double maximum, bool log);
    void setDarkTheme(bool dark);
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_min;
    double m_max;
    bool m_log = false;
    bool m_dark = false;
};
