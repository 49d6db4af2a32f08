// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

#include <vector>

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
    qsizetype size() const;
    void clear() { m_fonts.clear(); }

private:
    struct Key
    {
        QString text;
        int width;
        int elide;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.elide == b.elide && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.width, key.elide); }
    };
    /// The labels of one font (a chart paints in a handful: labels, rows, headers).
    struct FontLabels
    {
        QFont font;
        QHash<Key, QStaticText> labels;
    };
    std::vector<FontLabels> m_fonts;
};
