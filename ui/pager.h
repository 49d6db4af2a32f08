// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

/// "◀ Models 1–8 of 30 ▶": pages through the categories of a chart so that
/// bars keep a readable width however many there are.
class Pager : public QWidget
{
    Q_OBJECT
public:
    explicit Pager(QWidget *parent = nullptr);
    ~Pager() override;

    /// `total` items shown `perPage` at a time; keeps the page when it still exists.
    void setItems(int total, int perPage, const QString &itemName);
    int page() const { return m_page; }
    int pageCount() const;
    void setPage(int page);
    /// First item and one past the last item of the current page.
    int begin() const;
    int end() const;

Q_SIGNALS:
    void pageChanged(int page);

private:
    void updateText();

    int m_total = 0;
    int m_perPage = 1;
    int m_page = 0;
    QString m_itemName;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_label;
};
