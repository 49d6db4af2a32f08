// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextLayout>
#include <QWidget>

/// Plain text wrapped at word boundaries, laid out once per text and width.
///
/// A word-wrapped QLabel lays its text out again for each size hint (up to
/// four trial widths), for each height-for-width query and for each paint.
/// The Insights tab changes the text of some forty labels on a filter change,
/// so that was most of its refresh. This widget keeps one QTextLayout: the
/// height for a width and the paint use the same lines, and its size hints
/// are cheap bounds (a layout with height-for-width takes its heights from
/// heightForWidth).
class WrappedText : public QWidget
{
    Q_OBJECT
public:
    explicit WrappedText(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// 0 (the default): as many lines as the text needs. Otherwise exactly
    /// `lines` lines tall whatever the text, so a card keeps its height under
    /// any filter; a longer text ends in "…" on the last line and shows in full
    /// in the tooltip.
    void setLineCount(int lines);
    int lineCount() const { return m_lineCount; }
    /// Whether the text needs more lines than lineCount() at the current width.
    bool isTruncated() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureLayout(int width) const;

    QString m_text;
    mutable QTextLayout m_layout;
    mutable int m_layoutWidth = -1;
    mutable int m_layoutHeight = 0;
    mutable bool m_truncated = false;
    mutable QString m_lastLine; ///< the elided last line when truncated
    int m_lineCount = 0;
};
