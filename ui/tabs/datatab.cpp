// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatab.h"

#include "filterstate.h"
#include "format.h"
#include "methodtimingmodel.h"
#include "plaintextdelegate.h"
#include "prompttimingmodel.h"
#include "timingfilterproxymodel.h"

#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setItemDelegate(new PlainTextDelegate(view));
    view->setAccessibleName(name);
    view->setModel(model);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTextElideMode(Qt::ElideRight);
    // Uniform rows: a fixed height lets the view skip measuring a million rows.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 6);
    rows->hide();
    QHeaderView *columns = view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setSortIndicator(-1, Qt::AscendingOrder); // source order until a header is clicked
    view->setSortingEnabled(true);
    return view;
}

constexpr int kMaxAutoWidth = 320;

// Widths from the header text and the first rows only: measuring a million
// rows would take seconds.
void sizeColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setResizeContentsPrecision(64); // rows sampled for column widths (the horizontal header decides)
    view->resizeColumnsToContents();
    const QFontMetrics metrics(header->font());
    for (int c = 0; c < header->count(); ++c) {
        const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
        const int width = std::max({80, metrics.horizontalAdvance(text) + 36, header->sectionSize(c) + 12});
        header->resizeSection(c, std::min(width, kMaxAutoWidth));
    }
}

QWidget *section(QLabel *label, QTableView *view, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return widget;
}

} // namespace

DataTab::DataTab(FilterState *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_methodModel(new MethodTimingModel(this))
    , m_promptModel(new PromptTimingModel(this))
    , m_methodProxy(new TimingFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_methodLabel(new QLabel(this))
    , m_promptLabel(new QLabel(this))
{
    setAccessibleName(tr("Data"));
    // The method rows are few: a proxy filters and sorts them. The prompt rows
    // (a million and more) filter and sort themselves, in one pass.
    m_methodProxy->setFilterState(filter);
    m_promptModel->setFilterState(filter);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_methodProxy), static_cast<QAbstractItemModel *>(m_promptModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &DataTab::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DataTab::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DataTab::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DataTab::updateCounts);
    }
    m_methodProxy->setSourceModel(m_methodModel);
    connect(m_promptModel, &PromptTimingModel::sortingChanged, this, &DataTab::updateCounts);

    m_search->setPlaceholderText(tr("Search model, method, hardware, prompt…"));
    m_search->setToolTip(tr("Shows the rows that contain every word, each in any of model, method, hardware, "
                            "prompt id or prompt text (case does not matter)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rows"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });

    m_methodView = makeView(m_methodProxy, tr("Method rows"), this);
    m_promptView = makeView(m_promptModel, tr("Prompt rows"), this);
    sizeColumns(m_methodView);
    sizeColumns(m_promptView);
    m_splitter->addWidget(section(m_methodLabel, m_methodView, m_splitter));
    m_splitter->addWidget(section(m_promptLabel, m_promptView, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    updateCounts();
}

DataTab::~DataTab() = default;

void DataTab::setDataset(const DatasetPtr &dataset)
{
    m_dataset = dataset;
    if (m_attached) {
        m_methodModel->setDataset(m_dataset);
        m_promptModel->setDataset(m_dataset);
        fitColumnsOnce();
    }
    updateCounts();
}

void DataTab::setSearchText(const QString &text)
{
    m_searchTimer->stop();
    if (m_search->text() != text) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_methodProxy->setSearchText(text.trimmed());
    m_promptModel->setSearchText(text.trimmed());
}

void DataTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        attach(true);
}

void DataTab::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // not when the window is minimised
        attach(false);
}

void DataTab::attach(bool attached)
{
    if (attached == m_attached)
        return;
    m_attached = attached;
    // Column widths survive the model reset.
    const QByteArray methodState = m_methodView->horizontalHeader()->saveState();
    const QByteArray promptState = m_promptView->horizontalHeader()->saveState();
    m_methodModel->setDataset(attached ? m_dataset : nullptr);
    m_promptModel->setDataset(attached ? m_dataset : nullptr);
    m_methodView->horizontalHeader()->restoreState(methodState);
    m_promptView->horizontalHeader()->restoreState(promptState);
    fitColumnsOnce();
    updateCounts();
}

void DataTab::fitColumnsOnce()
{
    // Once, with the first rows; after that the widths are the user's.
    if (m_columnsFitted || !m_attached || !m_dataset || m_promptModel->rowCount() == 0)
        return;
    m_columnsFitted = true;
    sizeColumns(m_methodView);
    sizeColumns(m_promptView);
}

void DataTab::updateCounts()
{
    const qint64 methods = m_dataset ? m_dataset->methodRowCount() : 0;
    const qint64 prompts = m_dataset ? m_dataset->promptRowCount() : 0;
    if (!m_attached) {
        m_methodLabel->setText(tr("Method rows: %1").arg(Format::count(methods)));
        m_promptLabel->setText(tr("Prompt rows: %1").arg(Format::count(prompts)));
        return;
    }
    m_methodLabel->setText(tr("Method rows: %1 of %2 shown")
                               .arg(Format::count(m_methodProxy->rowCount()), Format::count(methods)));
    m_promptLabel->setText(tr("Prompt rows: %1 of %2 shown")
                               .arg(Format::count(m_promptModel->rowCount()), Format::count(prompts)));
    if (m_promptModel->isSorting()) // a million rows sort on a worker: the rows keep their order until then
        m_promptLabel->setText(m_promptLabel->text() + QStringLiteral(" — ") + tr("sorting…"));
    // Say why a search shows nothing, and what it asked for.
    const QStringList words = PromptTimingModel::searchWords(m_promptModel->searchText());
    if (!words.isEmpty() && m_promptModel->rowCount() == 0 && prompts > 0) {
        m_promptLabel->setText(m_promptLabel->text() + QStringLiteral(" — ")
                               + tr("no row has all of %1 (with the filter)").arg(QLocale().createSeparatedList(words)));
    }
}
