// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toneframe.h"

class QLabel;
class QToolButton;

/// A dismissable message strip at the top of the window: load errors and
/// dropped items that could not be opened. Hidden until showMessage().
class MessageBanner : public ToneFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `title` in bold followed by `details` (one line each, plain text).
    void showMessage(Tone tone, const QString &title, const QStringList &details = {});
    QString text() const;
    /// Hides the banner when it shows a message of `tone` (not one of another tone).
    void clear(Tone tone);

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_label;
    QToolButton *m_close;
};
