// SPDX-License-Identifier: GPL-3.0-or-later
#include "toneframe.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace {

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

ToneFrame::ToneFrame(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(10, 6, 8, 6);
}

void ToneFrame::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    update();
}

bool ToneFrame::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ToneFrame::accent(Tone tone, const QPalette &palette)
{
    // GitHub Primer-like accents: the dark variants are lighter so that they
    // keep their contrast against dark backgrounds.
    const bool dark = isDark(palette);
    switch (tone) {
    case Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case Success:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case Warning:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case Error:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case Neutral:
        break;
    }
    return palette.color(QPalette::Mid);
}

void ToneFrame::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor stripe = accent(m_tone, pal);
    const bool dark = isDark(pal);
    const QColor fill = m_tone == Neutral ? base : mix(base, stripe, dark ? 0.16 : 0.09);
    const QColor border = mix(base, m_tone == Neutral ? pal.color(QPalette::Text) : stripe, dark ? 0.35 : 0.30);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, hasFocus() ? 2 : 1));
    if (hasFocus())
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
    painter.drawPath(path);
    if (m_tone != Neutral) {
        painter.setClipPath(path);
        painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()), stripe);
    }
}
