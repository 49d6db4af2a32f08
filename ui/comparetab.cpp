// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetab.h"

#include "chartfactory.h"
#include "comparisonmodel.h"
#include "emptystatestack.h"
#include "filterstate.h"
#include "format.h"
#include "pager.h"
#include "sourcestatus.h"
#include "timingroles.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Sources this small are built on the GUI thread (well under a frame), so
// that an export right after setData() has the chart.
constexpr std::int64_t kSyncBuildRows = 100'000;
constexpr int kRowHeight = 24; // pixels per bar on the chart

QString tripleKey(const QString &model, const QString &method, const QString &hardware)
{
    return model + QChar(0x1F) + method + QChar(0x1F) + hardware;
}

// The groups of `part` whose (model, method, hardware) pass the window's
// filter: exactly those whose triple is among the filtered merged groups,
// since the filter is by name and every group of a source is a group of the merge.
std::vector<int> passing(const Dataset &part, const QSet<QString> &shown)
{
    std::vector<int> result;
    for (std::size_t i = 0; i < part.groups().size(); ++i) {
        const GroupStats &g = part.groups()[i];
        if (shown.contains(tripleKey(part.models()[g.model], part.methods()[g.method], part.hardware()[g.hardware])))
            result.push_back(int(i));
    }
    return result;
}

std::int64_t rows(const SourceData &source)
{
    return source.rowCount();
}

} // namespace

CompareTab::CompareTab(QWidget *parent)
    : ChartTab(parent)
    , m_controls(new QWidget(this))
    , m_baselineBox(new QComboBox(m_controls))
    , m_candidateBox(new QComboBox(m_controls))
    , m_thresholdBox(new QDoubleSpinBox(m_controls))
    , m_alphaBox(new QDoubleSpinBox(m_controls))
    , m_summary(new QLabel(this))
    , m_pager(new Pager(m_controls))
    , m_chart(ChartFactory::createChart(false))
    , m_model(new ComparisonModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_baselineBox->setAccessibleName(tr("Baseline run"));
    m_candidateBox->setAccessibleName(tr("Candidate run"));
    m_baselineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_thresholdBox->setRange(0, 1000);
    m_thresholdBox->setDecimals(1);
    m_thresholdBox->setSuffix(tr(" %"));
    m_thresholdBox->setValue(5);
    m_thresholdBox->setAccessibleName(tr("Threshold"));
    m_thresholdBox->setToolTip(tr("A ratio beyond 1 ± this is a regression or improvement (if also significant)"));
    m_alphaBox->setRange(0.0001, 0.5);
    m_alphaBox->setDecimals(4);
    m_alphaBox->setSingleStep(0.01);
    m_alphaBox->setValue(0.05);
    m_alphaBox->setAccessibleName(tr("Significance level alpha"));
    m_alphaBox->setToolTip(tr("Significance level of the Mann–Whitney U test"));
    auto *swap = new QToolButton(m_controls);
    swap->setText(tr("⇄"));
    swap->setToolTip(tr("Swap baseline and candidate"));
    swap->setAccessibleName(tr("Swap baseline and candidate"));

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, m_controls);
        text->setBuddy(widget);
        controls->addWidget(text);
        controls->addWidget(widget);
    };
    addLabelled(tr("&Baseline:"), m_baselineBox);
    controls->addWidget(swap);
    addLabelled(tr("&Candidate:"), m_candidateBox);
    addLabelled(tr("&Threshold:"), m_thresholdBox);
    addLabelled(tr("&Alpha:"), m_alphaBox);
    controls->addStretch();
    controls->addWidget(m_pager);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Ratio chart"));
    m_view->setMinimumHeight(160);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TimingRoles::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(40); // widths from the rows around the view, not every group
    m_table->setAccessibleName(tr("Comparison table"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Comparison summary"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The table's size hint would take most of the height: start at 3 : 2.
    splitter->setSizes({3000, 2000});
    m_table->setMinimumHeight(120);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_summary);
    content->addWidget(splitter, 1);
    m_stack = new EmptyStateStack(m_content, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_baselineBox, &QComboBox::activated, this, [this] {
        m_wantBaseline = baselineSource();
        recompute();
    });
    connect(m_candidateBox, &QComboBox::activated, this, [this] {
        m_wantCandidate = candidateSource();
        recompute();
    });
    connect(swap, &QToolButton::clicked, this, [this] { setSources(candidateSource(), baselineSource()); });
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, &CompareTab::recompute);
    connect(m_alphaBox, &QDoubleSpinBox::valueChanged, this, &CompareTab::recompute);
    connect(m_pager, &Pager::pageChanged, this, &CompareTab::rebuildChart);
    m_view->installEventFilter(this);
    syncSources();
    recompute();
}

CompareTab::~CompareTab()
{
    m_buildWatcher.waitForFinished();
}

QString CompareTab::title() const
{
    return tr("Compare");
}

QWidget *CompareTab::exportWidget()
{
    return m_stack->isShowingMessage() ? static_cast<QWidget *>(m_stack) : m_view;
}

void CompareTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    syncSources();
    recompute();
}

void CompareTab::setHistoryRuns(const DatasetPtr &baseline, const QString &baselineName, const DatasetPtr &candidate,
                                const QString &candidateName)
{
    m_historyRuns = {{baselineName, baseline}, {candidateName, candidate}};
    setSources(baselineName, candidateName);
}

DatasetPtr CompareTab::historyRun(const QString &name) const
{
    for (const auto &[runName, dataset] : m_historyRuns) {
        if (runName == name)
            return dataset;
    }
    return nullptr;
}

void CompareTab::setSources(const QString &baseline, const QString &candidate)
{
    m_wantBaseline = baseline;
    m_wantCandidate = candidate;
    syncSources();
    recompute();
}

QString CompareTab::baselineSource() const
{
    return m_baselineBox->currentData().toString();
}

QString CompareTab::candidateSource() const
{
    return m_candidateBox->currentData().toString();
}

void CompareTab::setThreshold(double percent)
{
    m_thresholdBox->setValue(percent);
}

void CompareTab::setAlpha(double alpha)
{
    m_alphaBox->setValue(alpha);
}

void CompareTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    ChartFactory::applyTheme(m_chart, dark);
    rebuildChart();
}

void CompareTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/compare/threshold"), m_thresholdBox->value());
    settings.setValue(QStringLiteral("charts/compare/alpha"), m_alphaBox->value());
}

void CompareTab::restoreSettings(const QSettings &settings)
{
    m_thresholdBox->setValue(settings.value(QStringLiteral("charts/compare/threshold"), 5.0).toDouble());
    m_alphaBox->setValue(settings.value(QStringLiteral("charts/compare/alpha"), 0.05).toDouble());
}

void CompareTab::syncSources()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_baselineBox), QSignalBlocker(m_candidateBox)};
    QStringList names;
    if (m_dataset) {
        for (const SourceDataPtr &source : m_dataset->sources())
            names.append(source->name);
    }
    for (const auto &[name, dataset] : std::as_const(m_historyRuns))
        names.append(name);
    for (QComboBox *box : {m_baselineBox, m_candidateBox}) {
        box->clear();
        for (const QString &name : std::as_const(names)) {
            box->addItem(SourceStatus::displayName(name), name);
            box->setItemData(box->count() - 1, name, Qt::ToolTipRole);
        }
    }
    // The wanted sources if they are loaded; else the first two, oldest as baseline.
    int baseline = int(names.indexOf(m_wantBaseline));
    int candidate = int(names.indexOf(m_wantCandidate));
    if (baseline < 0)
        baseline = candidate == 0 ? 1 : 0;
    if (candidate < 0 || candidate == baseline)
        candidate = baseline == 1 ? 0 : std::min<int>(1, int(names.size()) - 1);
    m_baselineBox->setCurrentIndex(names.isEmpty() ? -1 : baseline);
    m_candidateBox->setCurrentIndex(names.size() < 2 ? -1 : candidate);
    m_controls->setEnabled(names.size() >= 2);
}

void CompareTab::recompute()
{
    ++m_buildJob;
    const QList<SourceDataPtr> all = m_dataset ? m_dataset->sources() : QList<SourceDataPtr>{};
    if (all.size() + m_historyRuns.size() < 2) {
        m_comparison = {};
        m_model->setComparison(m_comparison);
        m_summary->clear();
        m_stack->showMessage(m_dataset ? tr("Load two runs to compare them.\nOne source is loaded: open another "
                                            "(File ▸ Open) and choose baseline and candidate here.")
                                       : tr("Load two runs to compare them."));
        rebuildChart();
        return;
    }
    if (baselineSource() == candidateSource()) {
        m_comparison = {};
        m_model->setComparison(m_comparison);
        m_summary->clear();
        m_stack->showMessage(tr("Baseline and candidate are the same run: choose two different ones."));
        rebuildChart();
        return;
    }
    // Drop cached datasets of sources that are gone or were replaced (a reload).
    QList<SourceDataPtr> keep;
    QHash<const SourceData *, DatasetPtr> built;
    for (const SourceDataPtr &source : all) {
        if (m_built.contains(source.get())) {
            built.insert(source.get(), m_built.value(source.get()));
            keep.append(source);
        }
    }
    m_built = built;
    m_builtKeep = keep;

    QList<SourceDataPtr> sides;
    for (const QString &name : {baselineSource(), candidateSource()}) {
        for (const SourceDataPtr &source : all) {
            if (source->name == name)
                sides.append(source);
        }
    }
    const int fromHistory = int(historyRun(baselineSource()) != nullptr) + int(historyRun(candidateSource()) != nullptr);
    if (sides.size() + fromHistory != 2)
        return;
    QList<SourceDataPtr> missing;
    std::int64_t missingRows = 0;
    for (const SourceDataPtr &source : std::as_const(sides)) {
        if (!m_built.contains(source.get())) {
            missing.append(source);
            missingRows += rows(*source);
        }
    }
    if (missing.isEmpty()) {
        compareBuilt();
        return;
    }
    const auto build = [missing] {
        QList<DatasetPtr> result;
        for (const SourceDataPtr &source : missing)
            result.append(Dataset::build({source}));
        return result;
    };
    if (missingRows <= kSyncBuildRows) {
        const QList<DatasetPtr> result = build();
        for (qsizetype i = 0; i < missing.size(); ++i) {
            m_built.insert(missing[i].get(), result[i]);
            m_builtKeep.append(missing[i]);
        }
        compareBuilt();
        return;
    }
    m_stack->showMessage(tr("Preparing the comparison…"));
    const int job = m_buildJob;
    m_buildWatcher.disconnect(this);
    connect(&m_buildWatcher, &QFutureWatcher<QList<DatasetPtr>>::finished, this, [this, job, missing] {
        if (job != m_buildJob)
            return; // superseded: a newer recompute() runs or ran
        const QList<DatasetPtr> result = m_buildWatcher.result();
        for (qsizetype i = 0; i < missing.size() && i < result.size(); ++i) {
            m_built.insert(missing[i].get(), result[i]);
            m_builtKeep.append(missing[i]);
        }
        compareBuilt();
    });
    m_buildWatcher.setFuture(QtConcurrent::run(build));
}

void CompareTab::compareBuilt()
{
    DatasetPtr sides[2];
    const QString names[2] = {baselineSource(), candidateSource()};
    for (const SourceDataPtr &source : std::as_const(m_builtKeep)) {
        for (int i = 0; i < 2; ++i) {
            if (source->name == names[i])
                sides[i] = m_built.value(source.get());
        }
    }
    for (int i = 0; i < 2; ++i) {
        if (const DatasetPtr run = historyRun(names[i]))
            sides[i] = run;
    }
    if (!sides[0] || !sides[1])
        return;
    QSet<QString> shown;
    if (m_dataset) {
        for (int g : m_groups) {
            const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
            shown.insert(tripleKey(m_dataset->models()[stats.model], m_dataset->methods()[stats.method],
                                   m_dataset->hardware()[stats.hardware]));
        }
    }
    // A history run's names need not be loaded: the filter applies to it by name.
    const auto groupsOf = [&](int side) {
        if (!historyRun(names[side]))
            return passing(*sides[side], shown);
        if (m_filter)
            return m_filter->filteredGroups(*sides[side]);
        std::vector<int> every(sides[side]->groups().size());
        std::iota(every.begin(), every.end(), 0);
        return every;
    };
    m_comparison = Comparison::compute(*sides[0], groupsOf(0), *sides[1], groupsOf(1), m_thresholdBox->value(),
                                       m_alphaBox->value());
    m_model->setComparison(m_comparison);
    m_table->resizeColumnsToContents();
    if (m_comparison.groups.empty()) {
        const bool filteredOut = m_groups.empty() && !historyRun(names[0]) && !historyRun(names[1]);
        m_stack->showMessage(filteredOut ? EmptyStateStack::emptyMessage(true)
                                              : tr("The two runs have no model, method and hardware in common."));
        rebuildChart();
        return;
    }
    m_summary->setText(summaryText());
    m_stack->showContent();
    rebuildChart();
}

QString CompareTab::summaryText() const
{
    const Comparison &c = m_comparison;
    int tooFew = 0, added = 0, removed = 0;
    for (const GroupComparison &g : c.groups) {
        tooFew += g.verdict == GroupComparison::Verdict::TooFew;
        added += g.verdict == GroupComparison::Verdict::Added;
        removed += g.verdict == GroupComparison::Verdict::Removed;
    }
    QStringList parts;
    parts.append(tr("<b style=\"color:%1\">%n regression(s)</b>", nullptr, c.regressions)
                     .arg(ComparisonModel::verdictColor(GroupComparison::Verdict::Regression, m_dark).name()));
    parts.append(tr("<b style=\"color:%1\">%n improvement(s)</b>", nullptr, c.improvements)
                     .arg(ComparisonModel::verdictColor(GroupComparison::Verdict::Improvement, m_dark).name()));
    parts.append(tr("%n unchanged", nullptr, c.same));
    if (tooFew)
        parts.append(tr("%n with too few prompts", nullptr, tooFew));
    if (added)
        parts.append(tr("%n only in the candidate", nullptr, added));
    if (removed)
        parts.append(tr("%n only in the baseline", nullptr, removed));
    return tr("%1. Geometric mean ratio %2 (candidate / baseline; threshold %3 %, alpha %4).")
        .arg(parts.join(QStringLiteral(", ")),
             std::isnan(c.geomeanRatio) ? Format::ratio(c.geomeanRatio) : Format::number(c.geomeanRatio, 3) + QStringLiteral("×"),
             QString::number(c.thresholdPercent), QString::number(c.alpha));
}

int CompareTab::perPage() const
{
    // Not laid out while hidden: guess the chart's share of the tab.
    const int height = m_view->isVisible() ? m_view->height() : int(this->height() * 0.55);
    return std::max(3, (height - 110) / kRowHeight);
}

void CompareTab::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setVisible(false); // see BoxPlotChart::rebuild
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_bars.clear();
    m_barVerdicts.clear();
    m_chartRows.clear();
    for (std::size_t i = 0; i < m_comparison.groups.size(); ++i) {
        if (!isMissing(m_comparison.groups[i].ratio) && m_comparison.groups[i].ratio > 0)
            m_chartRows.push_back(int(i));
    }
    if (m_chartRows.empty()) {
        m_pager->setItems(0, 1, tr("Groups"));
        m_chart->setTitle(QString());
        return;
    }
    // Largest change either way on top: what a reviewer looks for first.
    std::stable_sort(m_chartRows.begin(), m_chartRows.end(), [this](int a, int b) {
        return std::fabs(std::log(m_comparison.groups[std::size_t(a)].ratio))
            > std::fabs(std::log(m_comparison.groups[std::size_t(b)].ratio));
    });
    m_perPage = perPage();
    {
        const QSignalBlocker blocker(m_pager);
        m_pager->setItems(int(m_chartRows.size()), m_perPage, tr("Groups"));
    }
    const int begin = m_pager->begin();
    const int end = m_pager->end();
    const int count = end - begin;

    QString title = tr("<b>Candidate / baseline median time per group</b>");
    if (count < int(m_chartRows.size()))
        title += tr(" (%1–%2 of %3)").arg(begin + 1).arg(end).arg(m_chartRows.size());
    title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>")
                 .arg(tr("Right of 1× the candidate is slower, left of it faster").toHtmlEscaped());
    m_chart->setTitle(title);

    double low = 1, high = 1;
    for (int i = begin; i < end; ++i) {
        const double r = m_comparison.groups[std::size_t(m_chartRows[std::size_t(i)])].ratio;
        low = std::min(low, r);
        high = std::max(high, r);
    }
    // Base 2: ratios are read as halvings and doublings (a base-10 axis would
    // label only 1). At least a factor of 2 either way, so small ratios do not fill the width.
    auto *valueAxis = new QLogValueAxis;
    valueAxis->setBase(2);
    valueAxis->setLabelFormat(QStringLiteral("%g"));
    valueAxis->setMinorTickCount(0);
    valueAxis->setRange(std::pow(2.0, std::floor(std::log2(std::min(low / 1.1, 0.5)))),
                        std::pow(2.0, std::ceil(std::log2(std::max(high * 1.1, 2.0)))));
    valueAxis->setTitleText(tr("Ratio of median times, candidate / baseline (log scale)"));
    auto *categoryAxis = new QCategoryAxis;
    categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categoryAxis->setRange(-0.5, count - 0.5);
    categoryAxis->setGridLineVisible(false);
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    valueAxis->setLabelsFont(font);
    categoryAxis->setLabelsFont(font);
    m_chart->addAxis(valueAxis, Qt::AlignBottom);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    ChartFactory::styleAxes(m_chart, m_dark);

    QHash<int, int> verdictCounts;
    QStringList labels; // top to bottom
    for (int i = begin; i < end; ++i) {
        const int row = m_chartRows[std::size_t(i)];
        const GroupComparison &g = m_comparison.groups[std::size_t(row)];
        const double y = count - 1 - (i - begin); // first row on top
        labels.append(QStringLiteral("%1 · %2 · %3").arg(g.model, g.method, ChartFactory::shortLabel(g.hardware, 16)));

        // A bar from 1× to the ratio: an area between two horizontal lines.
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append({QPointF(1, y + 0.35), QPointF(g.ratio, y + 0.35)});
        lower->append({QPointF(1, y - 0.35), QPointF(g.ratio, y - 0.35)});
        auto *bar = new QAreaSeries(upper, lower);
        upper->setParent(bar);
        lower->setParent(bar);
        const QColor color = ComparisonModel::verdictColor(g.verdict, m_dark);
        bar->setName(ComparisonModel::verdictText(g.verdict));
        m_chart->addSeries(bar);
        bar->attachAxis(valueAxis);
        bar->attachAxis(categoryAxis);
        bar->setBrush(color);
        bar->setPen(QPen(color.darker(130), 1));
        const QString tooltip = tr("%1 · %2 · %3\n%4: %5 (p = %6)\nBaseline median %7 (n = %8)\nCandidate median %9 (n = %10)")
                                    .arg(g.model, g.method, g.hardware, ComparisonModel::verdictText(g.verdict),
                                         Format::number(g.ratio, 3) + QStringLiteral("×"), Format::number(g.pValue, 3),
                                         Format::seconds(g.baselineMedian), Format::count(g.baselineN),
                                         Format::seconds(g.candidateMedian), Format::count(g.candidateN));
        connect(bar, &QAreaSeries::hovered, this, [tooltip](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tooltip);
            else
                QToolTip::hideText();
        });
        // One legend entry per verdict.
        const bool first = !verdictCounts.contains(int(g.verdict));
        verdictCounts[int(g.verdict)] += 1;
        for (QLegendMarker *marker : m_chart->legend()->markers(bar))
            marker->setVisible(first);
        m_bars.append(bar);
        m_barVerdicts.append(g.verdict);
    }
    // QCategoryAxis wants unique labels appended with increasing end values;
    // with labels "on value" the end value is the row's centre.
    labels = ChartFactory::uniqueLabels(labels);
    for (int row = count - 1; row >= 0; --row)
        categoryAxis->append(labels[row], count - 1 - row);
    auto *reference = new QLineSeries;
    reference->setName(tr("1× = no change"));
    reference->append({QPointF(1, -0.5), QPointF(1, count - 0.5)});
    m_chart->addSeries(reference);
    reference->attachAxis(valueAxis);
    reference->attachAxis(categoryAxis);
    reference->setPen(QPen(m_dark ? QColor(0xE0E0E0) : QColor(0x202020), 1.5, Qt::DashLine));
    m_chart->legend()->setFont(font);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(true);
}

bool CompareTab::eventFilter(QObject *watched, QEvent *event)
{
    // The rows that fit depend on the chart's own height (the splitter moves it).
    if (watched == m_view && event->type() == QEvent::Resize && !m_chartRows.empty() && perPage() != m_perPage)
        rebuildChart();
    return ChartTab::eventFilter(watched, event);
}

QString CompareTab::emptyReason() const
{
    return m_comparison.groups.empty() ? tr("needs two loaded runs with groups in common") : QString();
}
