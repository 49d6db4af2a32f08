// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStaticText>
#include <QString>

class QFont;
class QPainter;
class QRectF;

/// Shaped one-line labels for painted charts: a label is elided and laid out
/// once per text, width and font, and a repaint draws the cached glyph run
/// (QStaticText), not the text shaped anew. A filter click repaints the same
/// names; shaping them again was the largest part of a dot plot's paint.
class LabelCache
{
public:
    /// Draws text on one line in rect with the painter's font and pen:
    /// elided (the mode) to the rect's width, aligned as asked (horizontal:
    /// left, right or centre; vertical: always centred).
    void draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text,
              Qt::TextElideMode elide = Qt::ElideRight);
    /// The shaped label: text elided (the mode) to width pixels, or whole for a
    /// width below 0. Its size() is the text's extent, without shaping it again.
    const QStaticText &label(const QFont &font, const QString &text, int width = -1,
                             Qt::TextElideMode elide = Qt::ElideNone);
    /// The cached entries (for tests).
    qsizetype size() const { return m_labels.size(); }
    void clear() { m_labels.clear(); }

private:
    QHash<QString, QStaticText> m_labels;
};
