// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

Pager::Pager(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_label(new QLabel(this))
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous page"));
    m_previous->setToolTip(tr("Previous page"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next page"));
    m_next->setToolTip(tr("Next page"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    updateText();
}

Pager::~Pager() = default;

void Pager::setItems(int total, int perPage, const QString &itemName)
{
    m_total = std::max(0, total);
    m_perPage = std::max(1, perPage);
    m_itemName = itemName;
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    updateText();
}

int Pager::pageCount() const
{
    return std::max(1, (m_total + m_perPage - 1) / m_perPage);
}

void Pager::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    updateText();
    Q_EMIT pageChanged(m_page);
}

int Pager::begin() const
{
    return std::min(m_total, m_page * m_perPage);
}

int Pager::end() const
{
    return std::min(m_total, begin() + m_perPage);
}

void Pager::updateText()
{
    m_label->setText(tr("%1 %2–%3 of %4").arg(m_itemName, QString::number(begin() + 1), QString::number(end()), QString::number(m_total)));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
    // One page: nothing to page through.
    setVisible(pageCount() > 1);
}
