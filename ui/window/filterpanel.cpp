// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "format.h"
#include "sourcestatus.h"
#include "workbench.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <vector>

namespace {

constexpr Dimension kDimensions[3] = {Dimension::Model, Dimension::Method, Dimension::Hardware};

const QStringList &namesOf(const Dataset &dataset, Dimension dimension)
{
    switch (dimension) {
    case Dimension::Model:
        return dataset.models();
    case Dimension::Method:
        return dataset.methods();
    case Dimension::Hardware:
        break;
    }
    return dataset.hardware();
}

std::uint32_t idOf(const GroupStats &group, Dimension dimension)
{
    switch (dimension) {
    case Dimension::Model:
        return group.model;
    case Dimension::Method:
        return group.method;
    case Dimension::Hardware:
        break;
    }
    return group.hardware;
}

} // namespace

FilterPanel::FilterPanel(FilterState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_sourceSection(new QWidget(this))
    , m_sourceLabel(new QLabel(m_sourceSection))
    , m_sourceTree(new QTreeWidget(m_sourceSection))
    , m_poolingNote(new QLabel(m_sourceSection))
    , m_search(new QLineEdit(this))
{
    setAccessibleName(tr("Filter"));
    m_search->setPlaceholderText(tr("Search names…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the filter lists"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // The sources (runs) first: they decide what the lists below hold.
    auto *sources = new QVBoxLayout(m_sourceSection);
    sources->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_sourceLabel->font();
    bold.setBold(true);
    m_sourceLabel->setFont(bold);
    m_sourceTree->setColumnCount(2);
    m_sourceTree->setHeaderHidden(true);
    m_sourceTree->setRootIsDecorated(false);
    m_sourceTree->setUniformRowHeights(true);
    m_sourceTree->setAccessibleName(tr("Shown sources"));
    m_sourceTree->setToolTip(tr("Untick a source (run) to leave it out of every tab"));
    m_sourceTree->header()->setStretchLastSection(false);
    m_sourceTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sourceTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_poolingNote->setWordWrap(true);
    m_poolingNote->setAccessibleName(tr("Pooled sources"));
    m_poolingNote->setToolTip(tr("Groups (model, method, hardware) that have rows in several shown sources show the "
                                 "statistics of all their rows together"));
    m_poolingNote->hide();
    sources->addWidget(m_sourceLabel);
    sources->addWidget(m_sourceTree);
    sources->addWidget(m_poolingNote);
    // As tall as its label, list and note: the list's Expanding policy would
    // otherwise give the section the dock's spare height, shown as a gap.
    m_sourceSection->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_sourceSection->hide(); // until a session is set
    layout->addWidget(m_sourceSection);
    connect(m_sourceTree, &QTreeWidget::itemChanged, this, &FilterPanel::onSourceItemChanged);

    layout->addWidget(m_search);

    const QString what[3] = {tr("models"), tr("methods"), tr("hardware")};
    for (int i = 0; i < 3; ++i) {
        Section &section = m_sections[std::size_t(i)];
        section.label = new QLabel(this);
        QFont bold = section.label->font();
        bold.setBold(true);
        section.label->setFont(bold);
        auto *all = new QPushButton(tr("All"), this);
        auto *none = new QPushButton(tr("None"), this);
        all->setToolTip(tr("Show all %1 the search leaves in the list").arg(what[i]));
        none->setToolTip(tr("Hide all %1 the search leaves in the list").arg(what[i]));
        all->setAccessibleName(tr("Show all %1").arg(what[i]));
        none->setAccessibleName(tr("Hide all %1").arg(what[i]));
        for (QPushButton *button : {all, none}) {
            button->setAutoDefault(false);
            button->setMaximumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 28);
        }
        auto *header = new QHBoxLayout;
        header->addWidget(section.label, 1);
        header->addWidget(all);
        header->addWidget(none);
        layout->addLayout(header);

        section.tree = new QTreeWidget(this);
        section.tree->setColumnCount(2);
        section.tree->setHeaderHidden(true);
        section.tree->setRootIsDecorated(false);
        section.tree->setUniformRowHeights(true);
        section.tree->setAccessibleName(tr("Shown %1").arg(what[i]));
        section.tree->header()->setStretchLastSection(false);
        section.tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        section.tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        layout->addWidget(section.tree, 1);

        const Dimension dimension = kDimensions[i];
        connect(all, &QPushButton::clicked, this, [this, dimension] { setVisibleShown(dimension, true); });
        connect(none, &QPushButton::clicked, this, [this, dimension] { setVisibleShown(dimension, false); });
        connect(section.tree, &QTreeWidget::itemChanged, this, &FilterPanel::onItemChanged);
    }
    layout->addStretch(0); // short lists stay short; the rest of the space goes here
    connect(m_search, &QLineEdit::textChanged, this, &FilterPanel::applySearch);
    if (m_state)
        connect(m_state, &FilterState::changed, this, &FilterPanel::syncFromState);
    rebuild();
}

QTreeWidget *FilterPanel::list(Dimension dimension) const
{
    return m_sections[std::size_t(dimension)].tree;
}

void FilterPanel::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset;
    rebuild();
}

void FilterPanel::setWorkbench(Workbench *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_sourceSection->setVisible(session != nullptr);
    if (session) {
        connect(session, &Workbench::sourcesChanged, this, &FilterPanel::rebuildSources);
        connect(session, &Workbench::datasetChanged, this, &FilterPanel::updatePoolingNote);
    }
    rebuildSources();
    updatePoolingNote();
}

void FilterPanel::rebuildSources()
{
    const QSignalBlocker quiet(m_sourceTree);
    const QStringList names = m_session ? m_session->sourceNames() : QStringList();
    // Items are updated in place when the names are the same: this runs from
    // the item's own change signal when a box is ticked.
    bool same = m_sourceTree->topLevelItemCount() == names.size();
    for (int i = 0; same && i < names.size(); ++i)
        same = m_sourceTree->topLevelItem(i)->data(0, Qt::UserRole).toString() == names[i];
    if (!same) {
        m_sourceTree->clear();
        for (const QString &name : names) {
            auto *item = new QTreeWidgetItem({SourceStatus::displayName(name), QString()});
            item->setData(0, Qt::UserRole, name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, name);
            // The source's session colour (it never changes), as Compare shows it;
            // a swatch no taller than the text, so rows stay as high as the other lists'.
            item->setData(0, Qt::DecorationRole, m_session->nameColors()->sourceColor(name));
            m_sourceTree->addTopLevelItem(item);
        }
        const int swatch = std::max(6, m_sourceTree->fontMetrics().height() - 4);
        m_sourceTree->setIconSize(QSize(swatch, swatch));
        fitHeight(m_sourceTree);
    }
    int shown = 0;
    for (int i = 0; i < names.size(); ++i) {
        QTreeWidgetItem *item = m_sourceTree->topLevelItem(i);
        const SourceDataPtr source = m_session->source(names[i]);
        const qint64 rows = source ? qint64(source->prompts.size()) : 0;
        item->setText(1, Format::count(rows));
        item->setToolTip(1, tr("%n prompt row(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
        const bool isShown = m_session->isSourceShown(names[i]);
        item->setCheckState(0, isShown ? Qt::Checked : Qt::Unchecked);
        shown += isShown ? 1 : 0;
    }
    m_sourceTree->viewport()->update();
    m_sourceLabel->setText(tr("%1 (%2 of %3)").arg(tr("Sources"), QString::number(shown), QString::number(names.size())));
}

void FilterPanel::updatePoolingNote()
{
    const QString text = m_session ? SourceStatus::poolingText(m_session->pooling()) : QString();
    m_poolingNote->setText(text);
    m_poolingNote->setVisible(!text.isEmpty());
}

void FilterPanel::onSourceItemChanged(QTreeWidgetItem *item)
{
    if (m_session)
        m_session->setSourceShown(item->data(0, Qt::UserRole).toString(), item->checkState(0) == Qt::Checked);
}

void FilterPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void FilterPanel::rebuild()
{
    m_syncing = true;
    for (Dimension dimension : kDimensions) {
        QTreeWidget *tree = list(dimension);
        tree->clear();
        if (!m_dataset)
            continue;
        const QStringList &names = namesOf(*m_dataset, dimension);
        std::vector<qint64> counts(std::size_t(names.size()), 0);
        for (const GroupStats &group : m_dataset->groups())
            counts[idOf(group, dimension)] += group.prompts;
        QList<QTreeWidgetItem *> items;
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto *item = new QTreeWidgetItem({names[i], Format::count(counts[std::size_t(i)])});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, names[i]);
            item->setToolTip(1, tr("%n prompt row(s)", nullptr, int(counts[std::size_t(i)])));
            item->setCheckState(0, m_state && m_state->isShown(dimension, names[i]) ? Qt::Checked : Qt::Unchecked);
            items.append(item);
        }
        tree->addTopLevelItems(items);
        fitHeight(tree);
    }
    m_syncing = false;
    applySearch();
    for (Dimension dimension : kDimensions)
        updateLabel(dimension);
}

void FilterPanel::fitHeight(QTreeWidget *tree)
{
    // As tall as its rows, so that three short lists do not leave gaps; a long
    // list gets what the layout can spare and scrolls.
    const int rows = std::max(1, tree->topLevelItemCount());
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 4;
    const int chrome = 2 * tree->frameWidth() + 4;
    tree->setMaximumHeight(rows * rowHeight + chrome);
    tree->setMinimumHeight(std::min(rows, 3) * rowHeight + chrome);
}

void FilterPanel::syncFromState()
{
    if (!m_state)
        return;
    m_syncing = true;
    for (Dimension dimension : kDimensions) {
        QTreeWidget *tree = list(dimension);
        std::vector<int> changed;
        {
            // An item's change signal looks its row up by a linear search the
            // first time: 200k items unchecked at once were quadratic. Silent
            // changes, then a repaint of the rows that changed (a repaint of
            // the three whole lists was a few ms of every filter change's frame).
            const QSignalBlocker quiet(tree->model());
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(i);
                const Qt::CheckState state = m_state->isShown(dimension, item->text(0)) ? Qt::Checked : Qt::Unchecked;
                if (item->checkState(0) != state) {
                    item->setCheckState(0, state);
                    changed.push_back(i);
                }
            }
        }
        if (changed.size() > 64) {
            tree->viewport()->update();
        } else {
            for (int row : changed)
                tree->update(tree->model()->index(row, 0));
        }
        updateLabel(dimension);
    }
    m_syncing = false;
}

void FilterPanel::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (Dimension dimension : kDimensions) {
        QTreeWidget *tree = list(dimension);
        // By row, not QTreeWidgetItem::setHidden: that finds the item's row by
        // a linear search, quadratic over 200k names.
        const QModelIndex root = tree->rootIndex();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const bool hide = !text.isEmpty() && !tree->topLevelItem(i)->text(0).contains(text, Qt::CaseInsensitive);
            if (tree->isRowHidden(i, root) != hide)
                tree->setRowHidden(i, root, hide);
        }
    }
}

void FilterPanel::setVisibleShown(Dimension dimension, bool shown)
{
    if (!m_state)
        return;
    QSet<QString> hidden = m_state->hidden(dimension);
    QTreeWidget *tree = list(dimension);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (tree->isRowHidden(i, tree->rootIndex()))
            continue;
        if (shown)
            hidden.remove(item->text(0));
        else
            hidden.insert(item->text(0));
    }
    m_state->setHidden(dimension, hidden);
}

void FilterPanel::onItemChanged(QTreeWidgetItem *item)
{
    if (m_syncing || !m_state)
        return;
    for (Dimension dimension : kDimensions) {
        if (item->treeWidget() == list(dimension)) {
            m_state->setShown(dimension, item->text(0), item->checkState(0) == Qt::Checked);
            return;
        }
    }
}

void FilterPanel::updateLabel(Dimension dimension)
{
    const QString titles[3] = {tr("Models"), tr("Methods"), tr("Hardware")};
    QTreeWidget *tree = list(dimension);
    int shown = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        shown += tree->topLevelItem(i)->checkState(0) == Qt::Checked ? 1 : 0;
    QLabel *label = m_sections[std::size_t(dimension)].label;
    label->setText(tr("%1 (%2 of %3)").arg(titles[int(dimension)], QString::number(shown), QString::number(tree->topLevelItemCount())));
}
