// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"
#include "toneframe.h"

class WrappedText;

/// One insight as a card: title, sentence and numbers, tinted by severity.
/// Clicking it (or Space / Enter when focused) emits activated() when the
/// insight names models, methods or hardware to filter to.
class InsightCard : public ToneFrame
{
    Q_OBJECT
public:
    explicit InsightCard(const Insight &insight, QWidget *parent = nullptr);

    /// Shows another insight in this card (a filter change reuses the cards:
    /// a label whose text did not change keeps its text layout).
    void setInsight(const Insight &insight);
    const Insight &insight() const { return m_insight; }
    bool isActivatable() const;

    static Tone toneOf(Severity severity);
    /// "Fastest mean time 81.2 ms · Ratio 50×": the numbers with units.
    static QString numbersText(const QJsonObject &numbers);

Q_SIGNALS:
    void activated(const Insight &insight);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Insight m_insight;
    WrappedText *m_title;
    WrappedText *m_text;
    WrappedText *m_numbers;
};
