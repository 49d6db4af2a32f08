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
class Workbench;

/// Checkable lists of the models, methods and hardware of the dataset, with
/// their prompt-row counts, All / None per list and a search field that
/// narrows the lists. Reads and writes the shared FilterState.
/// Above them, with a session (setWorkbench()), the loaded sources (runs):
/// unticking one leaves it out of the dataset every tab shows, and a note
/// under the list says when the shown sources are pooled in common groups.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(FilterState *state, QWidget *parent = nullptr);

    /// The session whose sources the Sources list shows and hides.
    void setWorkbench(Workbench *session);
    void setDataset(const DatasetPtr &dataset);
    void setSearchText(const QString &text);
    /// The list of one dimension (for tests and accessibility tools).
    QTreeWidget *list(Dimension dimension) const;
    /// The list of the loaded sources, a check box each.
    QTreeWidget *sourceList() const { return m_sourceTree; }
    /// The note under the Sources list (SourceStatus::poolingText); hidden
    /// while no group is pooled.
    QLabel *poolingNote() const { return m_poolingNote; }

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
    void rebuildSources();
    void updatePoolingNote();
    void onSourceItemChanged(QTreeWidgetItem *item);
    static void fitHeight(QTreeWidget *tree);

    QPointer<FilterState> m_state;
    QPointer<Workbench> m_session;
    QWidget *m_sourceSection;
    QLabel *m_sourceLabel;
    QTreeWidget *m_sourceTree;
    QLabel *m_poolingNote;
    DatasetPtr m_dataset;
    QLineEdit *m_search;
    std::array<Section, 3> m_sections;
    bool m_syncing = false;
};
