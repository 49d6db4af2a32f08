// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/// Paints a heatmap cell: the model's Qt::BackgroundRole colour filling the
/// cell, the value centred in Qt::ForegroundRole (white on dark, black on
/// light), and grey "no data" cells. Cells are sized to their text.
class HeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HeatmapDelegate(QObject *parent = nullptr);
    ~HeatmapDelegate() override;

    void setDarkTheme(bool dark) { m_dark = dark; }
    void setCompact(bool compact) { m_compact = compact; }
    /// Colours of a cell without data.
    QColor noDataBackground() const;
    QColor noDataText() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_dark = false;
    bool m_compact = false;
};
