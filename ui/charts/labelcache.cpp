// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace {
// Labels of a session's names, widths and fonts: far below this. Past it the
// cache starts again rather than growing with every window width tried.
constexpr qsizetype kMaxLabels = 4096;
constexpr std::size_t kMaxFonts = 8;
} // namespace

qsizetype LabelCache::size() const
{
    qsizetype count = 0;
    for (const FontLabels &font : m_fonts)
        count += font.labels.size();
    return count;
}

const QStaticText &LabelCache::label(const QFont &font, const QString &text, int width, Qt::TextElideMode elide)
{
    // QFont's == compares attributes; QFont::key() would format them into a string per label.
    auto fontIt = std::find_if(m_fonts.begin(), m_fonts.end(), [&font](const FontLabels &f) { return f.font == font; });
    if (fontIt == m_fonts.end()) {
        if (m_fonts.size() >= kMaxFonts)
            m_fonts.clear();
        m_fonts.push_back({font, {}});
        fontIt = m_fonts.end() - 1;
    }
    QHash<Key, QStaticText> &labels = fontIt->labels;
    const Key key{text, width, int(elide)};
    auto it = labels.find(key);
    if (it == labels.end()) {
        if (labels.size() >= kMaxLabels)
            labels.clear();
        QStaticText label(width < 0 || elide == Qt::ElideNone ? text
                                                              : QFontMetricsF(font).elidedText(text, elide, width));
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        label.prepare(QTransform(), font);
        it = labels.insert(key, label);
    }
    return *it;
}

void LabelCache::draw(QPainter *painter, const QRectF &rect, Qt::Alignment alignment, const QString &text,
                      Qt::TextElideMode elide)
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QStaticText &shaped = label(painter->font(), text, elide == Qt::ElideNone ? -1 : int(std::floor(rect.width())), elide);
    const QSizeF size = shaped.size();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.center().x() - size.width() / 2;
    painter->drawStaticText(QPointF(x, rect.center().y() - size.height() / 2), shaped);
}
