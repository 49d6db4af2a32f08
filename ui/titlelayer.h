// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGraphicsObject>

class QChart;

/// A chart's title (bold) and subtitle (smaller) drawn by one graphics item
/// above the plot, in place of QChart's title. QChart lays its title out as
/// rich text and truncates it by measuring it again and again, on every
/// change of the title (a paged chart's "1–9 of 48" changes with the filter):
/// on the Overview that was two milliseconds of each filter change. The
/// caller reserves the height this returns in the chart's top margin.
class TitleLayer : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit TitleLayer(QChart *chart);
    ~TitleLayer() override;

    /// Sets the texts (plain) and returns the height they need.
    qreal setTitle(const QString &title, const QString &subtitle, const QFont &font);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    /// Where the title line is drawn, in chart coordinates (empty without a title).
    QRectF titleRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QFont titleFont() const;
    QFont subtitleFont() const;

    QChart *m_chart;
    QString m_title;
    QString m_subtitle;
    QFont m_font;
    qreal m_height = 0;
};
