// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"
#include "toneframe.h"

class QLabel;

/// One insight as a card: title, sentence and numbers, tinted by severity.
/// Clicking it (or Space / Enter when focused) emits activated() when the
/// insight names models, methods or hardware to filter to.
class InsightCard : public ToneFrame
{
    Q_OBJECT
public:
    explicit InsightCard(const Insight &insight, QWidget *parent = nullptr);

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
};
