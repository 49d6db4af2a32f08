// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <cmath>

namespace {
// Labels of a session's names, widths and fonts: far below this. Past it the
// cache starts again rather than growing with every window width tried.
constexpr qsizetype kMaxLabels = 4096;
} // namespace

const QStaticText &LabelCache::label(const QFont &font, const QString &text, int width, Qt::TextElideMode elide)
{
    QString key = text;
    key += QChar(0);
    key += QString::number(width);
    key += QLatin1Char(char('0' + int(elide)));
    key += font.key();
    auto it = m_labels.find(key);
    if (it == m_labels.end()) {
        if (m_labels.size() >= kMaxLabels)
            m_labels.clear();
        QStaticText label(width < 0 || elide == Qt::ElideNone ? text
                                                              : QFontMetricsF(font).elidedText(text, elide, width));
        label.setTextFormat(Qt::PlainText);
        label.setPerformanceHint(QStaticText::AggressiveCaching);
        label.prepare(QTransform(), font);
        it = m_labels.insert(key, label);
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
