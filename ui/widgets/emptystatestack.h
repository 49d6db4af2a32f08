// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QLabel;

/// A chart area that shows either its content or a short message ("No data
/// matches the filter") instead of an empty or broken chart.
class EmptyStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit EmptyStateStack(QWidget *content, QWidget *parent = nullptr);
    ~EmptyStateStack() override;

    void showContent();
    void showMessage(const QString &message);
    bool isShowingMessage() const;
    QString message() const;

    /// The message for a tab that got no dataset or no groups: while a load
    /// runs and nothing is loaded yet, that a load runs.
    static QString emptyMessage(bool haveDataset);
    /// A load is running (or no longer): every panel that shows the no-data
    /// message switches to the loading message and back.
    static void setLoading(bool loading);
    static bool isLoading();

    /// A chart area takes the height its layout gives it: without this the
    /// stack reports its wrapped message's height-for-width, and every layout
    /// pass around it (a pager label changing on a filter change) lays the
    /// hidden message's text out again.
    bool hasHeightForWidth() const override { return false; }

private:
    QWidget *m_content;
    QLabel *m_label;
};
