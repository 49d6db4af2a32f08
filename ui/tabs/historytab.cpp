// SPDX-License-Identifier: GPL-3.0-or-later
#include "historytab.h"

#include "emptystatestack.h"
#include "historyclient.h"
#include "historyrunsmodel.h"
#include "historytrendchart.h"
#include "historytrendmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace {

// More lines than this make the trend unreadable: the note asks for a narrower pick.
constexpr std::size_t kMaxTrendLines = 10;

} // namespace

HistoryTab::HistoryTab(HistoryClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_compare(new QPushButton(tr("&Compare Selected Runs"), this))
    , m_runsModel(new HistoryRunsModel(this))
    , m_runsProxy(new QSortFilterProxyModel(this))
    , m_runsView(new QTableView(this))
    , m_modelBox(new QComboBox(this))
    , m_methodBox(new QComboBox(this))
    , m_hardwareBox(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_trendModel(new HistoryTrendModel(this))
    , m_chart(new HistoryTrendChart(m_trendModel, this))
{
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("History store"));
    m_refresh->setToolTip(tr("Read the runs from the store again"));
    m_compare->setToolTip(tr("Select two runs in the table to open them in the Compare tab, the older as baseline"));
    m_compare->setEnabled(false);

    m_runsProxy->setSourceModel(m_runsModel);
    m_runsProxy->setSortRole(TableModel::SortRole);
    m_runsView->setModel(m_runsProxy);
    m_runsView->setSortingEnabled(true);
    m_runsView->sortByColumn(HistoryRunsModel::IdColumn, Qt::AscendingOrder);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->verticalHeader()->hide();
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->setWordWrap(false);
    m_runsView->setAccessibleName(tr("Stored runs"));

    for (QComboBox *box : {m_modelBox, m_methodBox, m_hardwareBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_modelBox->setAccessibleName(tr("Trend model"));
    m_methodBox->setAccessibleName(tr("Trend method"));
    m_hardwareBox->setAccessibleName(tr("Trend hardware"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_compare);

    auto *pickers = new QHBoxLayout;
    const auto addLabelled = [&](const QString &label, QComboBox *box) {
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        pickers->addWidget(text);
        pickers->addWidget(box);
    };
    addLabelled(tr("M&odel:"), m_modelBox);
    addLabelled(tr("&Method:"), m_methodBox);
    addLabelled(tr("&Hardware:"), m_hardwareBox);
    pickers->addStretch(1);

    auto *trend = new QWidget(this);
    auto *trendLayout = new QVBoxLayout(trend);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    trendLayout->addLayout(pickers);
    // Its own line: beside pickers as wide as long hardware names it was squeezed into a column.
    trendLayout->addWidget(m_note);
    trendLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runsView);
    splitter->addWidget(trend);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    m_runsView->setMinimumHeight(100);

    m_stack = new EmptyStateStack(splitter, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_refresh, &QPushButton::clicked, this, &HistoryTab::refresh);
    connect(m_compare, &QPushButton::clicked, this, &HistoryTab::compareSelected);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryTab::updateButtons);
    connect(m_modelBox, &QComboBox::activated, this, &HistoryTab::updateTrend);
    connect(m_methodBox, &QComboBox::activated, this, &HistoryTab::updateTrend);
    connect(m_hardwareBox, &QComboBox::activated, this, &HistoryTab::updateTrend);
    connect(m_client, &HistoryClient::runsListed, this, &HistoryTab::showRuns);
    connect(m_client, &HistoryClient::trendComputed, this, [this](const std::vector<HistoryTrendSeries> &series) {
        m_trendModel->setSeries(series);
        const int regressions = m_trendModel->regressions();
        QString note = m_trendNote;
        if (!series.empty())
            note = (note.isEmpty() ? QString() : note + QLatin1Char(' '))
                 + tr("%n regression(s) against the run before.", nullptr, regressions);
        m_note->setText(note);
        Q_EMIT trendShown();
    });
    connect(m_client, &HistoryClient::pairLoaded, this, [this](const DatasetPtr &baseline, const DatasetPtr &candidate) {
        const QList<qint64> runs = selectedRuns();
        m_compare->setText(tr("&Compare Selected Runs"));
        updateButtons();
        if (runs.size() == 2)
            Q_EMIT compareReady(baseline, runName(runs[0]), candidate, runName(runs[1]));
    });
    connect(m_client, &HistoryClient::failed, this, [this](HistoryClient::Request request, const QString &message) {
        if (request == HistoryClient::Request::List) {
            m_runsModel->setRuns({});
            m_groups.clear();
            fillPickers();
            m_status->setText(tr("Store: %1 — could not be read").arg(m_client->displayName()));
            m_stack->showMessage(message);
            Q_EMIT runsShown();
        } else if (request == HistoryClient::Request::Trend) {
            m_trendModel->setSeries({});
            m_note->setText(tr("The trend could not be read."));
            Q_EMIT trendShown();
        } else if (request == HistoryClient::Request::LoadPair) {
            m_compare->setText(tr("&Compare Selected Runs"));
            updateButtons();
        }
    });
    connect(m_client, &HistoryClient::busyChanged, this, &HistoryTab::updateButtons);
    m_stack->showMessage(tr("The stored runs appear here."));
}

HistoryTab::~HistoryTab() = default;

void HistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_readOnce, true))
        refresh();
}

void HistoryTab::refresh()
{
    m_readOnce = true;
    m_status->setText(tr("Store: %1 — reading…").arg(m_client->displayName()));
    if (m_runsModel->rowCount() == 0)
        m_stack->showMessage(tr("Reading the runs from %1…").arg(m_client->displayName()));
    m_client->listRuns();
    updateButtons();
}

QString HistoryTab::statusText() const
{
    return m_status->text();
}

QString HistoryTab::trendNote() const
{
    return m_note->text();
}

void HistoryTab::setDarkTheme(bool dark)
{
    m_runsModel->setDark(dark);
    m_chart->setDarkTheme(dark);
}

void HistoryTab::setNameColors(std::shared_ptr<const NameColors> colors)
{
    m_chart->setNameColors(std::move(colors));
}

void HistoryTab::showRuns(const QList<HistoryRun> &runs, const std::vector<HistoryTrendGroup> &groups)
{
    QList<qint64> keep = m_wantSelected.isEmpty() ? selectedRuns() : std::exchange(m_wantSelected, {});
    m_runsModel->setRuns(runs);
    m_groups = groups;
    m_status->setText(tr("Store: %1 — %n run(s)", nullptr, int(runs.size())).arg(m_client->displayName()));
    if (runs.isEmpty()) {
        m_stack->showMessage(tr("No runs stored yet in %1.\nFile ▸ Add to History… stores the loaded sources as a "
                                "run; the store's location is in Edit ▸ Preferences.")
                                 .arg(m_client->displayName()));
    } else {
        m_stack->showContent();
        m_runsView->resizeColumnsToContents();
        // Long labels and source lists must not push the environment off-screen.
        for (int column : {int(HistoryRunsModel::LabelColumn), int(HistoryRunsModel::SourcesColumn)})
            m_runsView->setColumnWidth(column, std::min(m_runsView->columnWidth(column), 260));
        // Sized to contents, the last column stops short: let it take the rest of the width again.
        m_runsView->horizontalHeader()->setStretchLastSection(false);
        m_runsView->horizontalHeader()->setStretchLastSection(true);
    }
    selectRuns(keep);
    fillPickers();
    updateTrend();
    Q_EMIT runsShown();
}

void HistoryTab::fillPickers()
{
    const QString model = m_modelBox->currentText();
    const bool allMethods = m_methodBox->count() > 0 && m_methodBox->currentIndex() == 0;
    const QString method = m_methodBox->currentIndex() > 0 ? m_methodBox->currentText() : QString();
    const QString hardware = m_hardwareBox->currentIndex() > 0 ? m_hardwareBox->currentText() : QString();
    std::set<QString> models, methods, machines;
    for (const HistoryTrendGroup &g : m_groups) {
        models.insert(g.model);
        methods.insert(g.method);
        machines.insert(g.hardware);
    }
    const QSignalBlocker blockers[] = {QSignalBlocker(m_modelBox), QSignalBlocker(m_methodBox),
                                       QSignalBlocker(m_hardwareBox)};
    m_modelBox->clear();
    m_methodBox->clear();
    m_hardwareBox->clear();
    for (const QString &name : models)
        m_modelBox->addItem(name);
    m_methodBox->addItem(tr("All methods"));
    for (const QString &name : methods)
        m_methodBox->addItem(name);
    m_hardwareBox->addItem(tr("All hardware"));
    for (const QString &name : machines)
        m_hardwareBox->addItem(name);
    m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findText(model)));
    // At first one method (every hardware): all methods at once are a tangle of lines.
    const int methodIndex = method.isEmpty() ? -1 : m_methodBox->findText(method);
    m_methodBox->setCurrentIndex(allMethods ? 0 : methodIndex >= 0 ? methodIndex : std::min(1, m_methodBox->count() - 1));
    m_hardwareBox->setCurrentIndex(std::max(0, m_hardwareBox->findText(hardware)));
    for (QComboBox *box : {m_modelBox, m_methodBox, m_hardwareBox})
        box->setEnabled(!m_groups.empty());
}

void HistoryTab::pickGroups(const QString &model, const QString &method, const QString &hardware)
{
    m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findText(model)));
    m_methodBox->setCurrentIndex(method.isEmpty() ? 0 : std::max(0, m_methodBox->findText(method)));
    m_hardwareBox->setCurrentIndex(hardware.isEmpty() ? 0 : std::max(0, m_hardwareBox->findText(hardware)));
    updateTrend();
}

void HistoryTab::updateTrend()
{
    const QString model = m_modelBox->currentText();
    const QString method = m_methodBox->currentIndex() > 0 ? m_methodBox->currentText() : QString();
    const QString hardware = m_hardwareBox->currentIndex() > 0 ? m_hardwareBox->currentText() : QString();
    std::vector<HistoryTrendGroup> picked;
    std::size_t matching = 0;
    for (const HistoryTrendGroup &g : m_groups) {
        if (g.model != model || (!method.isEmpty() && g.method != method) || (!hardware.isEmpty() && g.hardware != hardware))
            continue;
        ++matching;
        if (picked.size() < kMaxTrendLines)
            picked.push_back(g);
    }
    m_trendNote = matching > picked.size()
        ? tr("Showing %1 of %2 groups: pick a method or hardware to see the others.")
              .arg(QString::number(picked.size()), QString::number(matching))
        : QString();
    m_note->setText(picked.empty() ? m_trendNote : tr("Reading the prompt times…"));
    if (picked.empty()) {
        m_trendModel->setSeries({});
        Q_EMIT trendShown();
        return;
    }
    // The verdicts use compare's defaults, as `history check` does without options.
    m_client->computeTrend(picked);
}

QList<qint64> HistoryTab::selectedRuns() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_runsView->selectionModel()->selectedRows())
        ids.append(index.data(HistoryRunsModel::RunIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void HistoryTab::selectRuns(const QList<qint64> &ids)
{
    if (m_runsModel->rowCount() == 0 && !ids.isEmpty()) {
        m_wantSelected = ids; // when the runs arrive
        return;
    }
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_runsModel->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_runsProxy->mapFromSource(m_runsModel->index(row, 0));
        selection.select(index, index);
    }
    m_runsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

void HistoryTab::updateButtons()
{
    m_compare->setEnabled(selectedRuns().size() == 2 && !m_client->isBusy(HistoryClient::Request::LoadPair));
    m_refresh->setEnabled(!m_client->isBusy(HistoryClient::Request::List));
}

void HistoryTab::compareSelected()
{
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 2)
        return;
    m_compare->setText(tr("Reading the runs…"));
    m_compare->setEnabled(false);
    m_client->loadPair(runs[0], runs[1]);
}

QString HistoryTab::runName(qint64 id) const
{
    const int row = m_runsModel->rowOf(id);
    const QString label = row >= 0 ? m_runsModel->runs()[row].label : QString();
    return tr("Run %1: %2 (history)").arg(QString::number(id), label);
}
