// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "tablemodel.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

class FilterState;

/// The prompt_timing rows of every loaded source, read straight from the
/// column store (no copy per row).
///
/// It filters and sorts itself: a QSortFilterProxyModel over a million rows
/// asks each row for QVariant strings (about 300 ms per filter change) and
/// sorts through QVariant comparisons (seconds). Here a filter change is one
/// pass over the row ids with per-name masks, the search tests each distinct
/// name and prompt text once, and a sort is computed once per column and order
/// and then only filtered. The rows and their order are those
/// TimingFilterProxyModel gives (tst_dataset checks both paths agree).
class PromptTimingModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        ModelColumn,
        MethodColumn,
        HardwareColumn,
        PromptIdColumn,
        TokensColumn,
        TimeColumn,
        TokensPerSecondColumn,
        SuccessColumn,
        PromptColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// The Prompt column shows at most this many characters (the tooltip and
    /// the sort role have the whole text).
    static constexpr int kPromptDisplayChars = 160;

    explicit PromptTimingModel(QObject *parent = nullptr);

    void setDataset(DatasetPtr dataset);
    /// Rows shown follow `state` (nullptr: every row).
    void setFilterState(FilterState *state);
    /// Case-insensitive substring of "model method hardware prompt-id prompt"; empty: all.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// The words of a search: a row matches when every word is in one of its
    /// fields (model, method, hardware, prompt id, prompt text), any case. A
    /// "quoted phrase" is one word.
    static QStringList searchWords(const QString &text);
    /// Every prompt row of the dataset, shown or not.
    std::int64_t totalRowCount() const { return m_dataset ? m_dataset->promptRowCount() : 0; }
    /// The dataset's (merged) row shown at `row`.
    std::int64_t datasetRow(int row) const { return m_rows[std::size_t(row)]; }

    /// Column -1: the order of the sources. Past asyncSortRows() rows the order
    /// is computed on a worker thread (sortingChanged() says when): the rows keep
    /// their order until it is ready, a newer sort or dataset drops it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Whether a sort runs on a worker thread.
    bool isSorting() const { return m_sorting; }
    /// Rows from which a sort leaves the GUI thread (default 200,000: about
    /// 10 ms of sorting here); 0 sends every sort to a worker (tests).
    void setAsyncSortRows(std::int64_t rows) { m_asyncSortRows = rows; }
    std::int64_t asyncSortRows() const { return m_asyncSortRows; }
    /// The dataset's rows ordered by column (-1: source order), missing values
    /// last, equal keys in source order; empty when cancel was set.
    static std::vector<std::int32_t> sortedOrder(const Dataset &dataset, int column, Qt::SortOrder order,
                                                 const std::atomic<bool> *cancel = nullptr);

Q_SIGNALS:
    void sortingChanged(bool sorting);


private:
    /// Takes a new dataset when one was set (and sorts it), then filters.
    void compute() override;
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;
    void rebuildRows();
    /// Orders the rows by m_sortColumn: here, or on a worker past m_asyncSortRows.
    void startSort(bool inReset);
    void cancelSort();
    /// Takes a new order, keeping the persistent indexes on their rows.
    void applyOrder(std::vector<std::int32_t> order);
    void setSorting(bool sorting);

    DatasetPtr m_dataset;
    DatasetPtr m_next; ///< set by setDataset(), taken by the next compute()
    bool m_datasetPending = false;
    QPointer<FilterState> m_state;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<std::int32_t> m_order; ///< every row in sort order; empty: source order
    std::vector<std::int32_t> m_rows;  ///< the rows shown, in order
    std::int64_t m_asyncSortRows = 200000;
    bool m_sorting = false;
    std::uint64_t m_sortJob = 0; ///< the newest sort; a finished older one is dropped
    std::shared_ptr<std::atomic<bool>> m_sortCancel;
};
