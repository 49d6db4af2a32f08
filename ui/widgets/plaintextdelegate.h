// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

/// Draws a cell's display text (elided, aligned) on its background, without
/// the style's item machinery: QStyledItemDelegate asks a cell for a dozen
/// roles and lays it out through the style, which made the Data tab's two
/// tables the most expensive paint of the window. Selection, alternating
/// rows and the focus frame look as the style draws them; cells with icons,
/// check boxes or rich text need QStyledItemDelegate.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The text's advance and one line: what paint() needs, measured without a text layout pass of the style.
    /// Widths are kept per text (and font): a table refilled on every filter
    /// change, sized to its contents, measures the same names again.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, int> m_widths;
    mutable QFont m_widthsFont; ///< the font the widths were measured in
};
