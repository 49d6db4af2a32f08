// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPalette;

/// A rounded panel tinted with an accent colour (a stripe on the left, a light
/// wash of the accent over the palette's base). Colours are derived from the
/// current palette at paint time, so text stays readable in light and dark themes.
class ToneFrame : public QFrame
{
    Q_OBJECT
public:
    enum Tone { Neutral, Info, Success, Warning, Error };
    Q_ENUM(Tone)

    explicit ToneFrame(QWidget *parent = nullptr);

    Tone tone() const { return m_tone; }
    void setTone(Tone tone);

    static bool isDark(const QPalette &palette);
    /// The accent of a tone, tuned for the palette's lightness.
    static QColor accent(Tone tone, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Neutral;
};
