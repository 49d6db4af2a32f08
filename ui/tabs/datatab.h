// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QWidget>

class FilterState;
class MethodTimingModel;
class PromptTimingModel;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class TimingFilterProxyModel;

/// The raw rows: method_timing and prompt_timing of every source in two
/// sortable tables, filtered by the shared FilterState and a text search.
/// The models are only filled while the tab is visible, so that filter
/// changes on a million hidden rows cost nothing.
class DataTab : public QWidget
{
    Q_OBJECT
public:
    explicit DataTab(FilterState *filter, QWidget *parent = nullptr);
    ~DataTab() override;

    QString title() const { return tr("Data"); }
    void setDataset(const DatasetPtr &dataset);
    /// Applies at once (the search field waits for a pause in typing).
    void setSearchText(const QString &text);

    TimingFilterProxyModel *methodProxy() const { return m_methodProxy; }
    /// Filters and sorts itself (no proxy: see PromptTimingModel).
    PromptTimingModel *promptModel() const { return m_promptModel; }
    QTableView *methodView() const { return m_methodView; }
    QTableView *promptView() const { return m_promptView; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void attach(bool attached);
    void updateCounts();
    void fitColumnsOnce();

    FilterState *m_filter;
    DatasetPtr m_dataset;
    bool m_attached = false;
    bool m_columnsFitted = false;
    MethodTimingModel *m_methodModel;
    PromptTimingModel *m_promptModel;
    TimingFilterProxyModel *m_methodProxy;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QSplitter *m_splitter;
    QLabel *m_methodLabel;
    QLabel *m_promptLabel;
    QTableView *m_methodView;
    QTableView *m_promptView;
};
