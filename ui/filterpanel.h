// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "filterstate.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

/// Checkable lists of the models, methods and hardware of the dataset, with
/// their prompt-row counts, All / None per list and a search field that
/// narrows the lists. Reads and writes the shared FilterState.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(FilterState *state, QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    void setSearchText(const QString &text);
    /// The list of one dimension (for tests and accessibility tools).
    QTreeWidget *list(Dimension dimension) const;

private:
    struct Section
    {
        QLabel *label = nullptr;
        QTreeWidget *tree = nullptr;
    };
    void rebuild();
    void syncFromState();
    void applySearch();
    /// All = true shows, false hides, the names the search leaves visible.
    void setVisibleShown(Dimension dimension, bool shown);
    void onItemChanged(QTreeWidgetItem *item);
    void updateLabel(Dimension dimension);
    static void fitHeight(QTreeWidget *tree);

    QPointer<FilterState> m_state;
    DatasetPtr m_dataset;
    QLineEdit *m_search;
    std::array<Section, 3> m_sections;
    bool m_syncing = false;
};
