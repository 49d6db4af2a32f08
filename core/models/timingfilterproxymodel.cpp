// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingfilterproxymodel.h"

#include "filterstate.h"
#include "prompttimingmodel.h"
#include "timingroles.h"

#include <algorithm>

TimingFilterProxyModel::TimingFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimingRoles::SortRole);
}

void TimingFilterProxyModel::setFilterState(FilterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (m_state)
        connect(m_state, &FilterState::changed, this, &TimingFilterProxyModel::invalidateFilter);
    invalidateFilter();
}

void TimingFilterProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_searchWords = PromptTimingModel::searchWords(text);
    invalidateFilter();
}

bool TimingFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state) {
        static constexpr std::pair<int, Dimension> kDimensions[] = {
            {TimingRoles::ModelNameRole, Dimension::Model},
            {TimingRoles::MethodNameRole, Dimension::Method},
            {TimingRoles::HardwareNameRole, Dimension::Hardware},
        };
        for (const auto &[role, dimension] : kDimensions) {
            const QVariant name = index.data(role);
            if (name.isValid() && !m_state->isShown(dimension, name.toString()))
                return false;
        }
    }
    if (!m_searchWords.isEmpty()) {
        // Every word somewhere in the row's text (the fields joined by spaces).
        const QString text = index.data(TimingRoles::SearchTextRole).toString();
        const bool all = std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                                     [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
        if (!all)
            return false;
    }
    return true;
}

bool TimingFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing values go last in either order: the view inverts lessThan for a
    // descending sort, so answer the inverse there.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return descending ? !a.isValid() : !b.isValid();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
