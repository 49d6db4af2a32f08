// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class FilterState;

/// Filters any timing model by the shared FilterState (model, method and
/// hardware, read through TimingRoles) plus an optional text search over
/// TimingRoles::SearchTextRole. Sorts by TimingRoles::SortRole.
class TimingFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimingFilterProxyModel(QObject *parent = nullptr);

    void setFilterState(FilterState *state);
    /// Case-insensitive search: a row is shown when each word of `text`
    /// (split at white space) is in its search text; empty shows all rows.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<FilterState> m_state;
    QString m_search;
    QStringList m_searchWords;
};
