// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetab.h"

#include "chartcsv.h"
#include "chartfactory.h"
#include "comparisonmodel.h"
#include "dotplot.h"
#include "emptystatestack.h"
#include "filterstate.h"
#include "format.h"
#include "sourcestatus.h"
#include "timingroles.h"
#include "workbench.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

// Up to this many model–method pairs the chart has a row for each; more
// (30 models × 20 methods) would be too thin to read, so rows become models.
constexpr int kMaxMethodRows = 40;

} // namespace

CompareTab::CompareTab(QWidget *parent)
    : ChartTab(parent)
    , m_controls(new QWidget(this))
    , m_baselineBox(new QComboBox(m_controls))
    , m_candidateBox(new QComboBox(m_controls))
    , m_thresholdBox(new QDoubleSpinBox(m_controls))
    , m_alphaBox(new QDoubleSpinBox(m_controls))
    , m_summary(new QLabel(this))
    , m_plot(new DotPlot(this))
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

    m_plot->setAccessibleName(tr("Ratio chart"));
    m_plot->setMinimumHeight(160);

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
    splitter->addWidget(m_plot);
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
    syncSources();
    recompute();
}

CompareTab::~CompareTab() = default;

void CompareTab::setWorkbench(Workbench *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (session)
        connectSession(session);
    syncSources();
    recompute();
}

QStringList CompareTab::loadedSources() const
{
    if (m_session)
        return m_session->sourceNames();
    return m_ownSession ? m_ownSession->sourceNames() : QStringList();
}

DatasetPtr CompareTab::datasetOf(const QString &name)
{
    if (const DatasetPtr run = historyRun(name))
        return run;
    if (m_session)
        return m_session->datasetOf(name);
    return m_ownSession ? m_ownSession->datasetOf(name) : nullptr;
}

void CompareTab::connectSession(Workbench *session)
{
    // A side built off the GUI thread is ready.
    connect(session, &Workbench::sourceDatasetReady, this, [this](const QString &name) {
        if (name == baselineSource() || name == candidateSource())
            recompute();
    });
}

QString CompareTab::title() const
{
    return tr("Compare");
}

QWidget *CompareTab::exportWidget()
{
    return m_stack->isShowingMessage() ? static_cast<QWidget *>(m_stack) : m_plot;
}

void CompareTab::renderForExport(QPainter *painter, const QRectF &target)
{
    // Every group, fitted to the picture: never the scrolled part.
    if (!m_stack->isShowingMessage() && !m_plot->data().dots.isEmpty())
        m_plot->paintAll(painter, target);
    else
        ChartTab::renderForExport(painter, target);
}

void CompareTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    if (!m_session) {
        // No window around: the tab's own session holds the dataset's sources.
        const QList<SourceDataPtr> sources = dataset ? dataset->sources() : QList<SourceDataPtr>();
        if (!m_ownSession && !sources.isEmpty()) {
            m_ownSession = new Workbench(this);
            connectSession(m_ownSession);
        }
        QList<SourceDataPtr> loaded;
        for (const QString &name : loadedSources())
            loaded.append(m_ownSession->source(name));
        if (m_ownSession && loaded != sources)
            m_ownSession->setLoadedSources(sources);
    }
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
    m_plot->setDarkTheme(dark);
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
    QStringList names = loadedSources();
    for (const auto &[name, dataset] : std::as_const(m_historyRuns))
        names.append(name);
    for (QComboBox *box : {m_baselineBox, m_candidateBox}) {
        box->clear();
        for (const QString &name : std::as_const(names)) {
            box->addItem(SourceStatus::displayName(name), name);
            box->setItemData(box->count() - 1, name, Qt::ToolTipRole);
            // The source's session colour, as in the Sources list (history runs have none):
            // an icon, since a closed combo box shows an icon but not a colour.
            const QColor colour = sourceColor(name);
            if (colour.isValid()) {
                const int side = std::max(8, box->fontMetrics().height() - 4);
                QPixmap swatch(side, side);
                swatch.fill(colour);
                box->setItemIcon(box->count() - 1, QIcon(swatch));
            }
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
    const qsizetype loaded = loadedSources().size();
    if (loaded + m_historyRuns.size() < 2) {
        m_comparison = {};
        m_model->setComparison(m_comparison);
        m_summary->clear();
        m_stack->showMessage(loaded > 0 ? tr("Load two runs to compare them.\nOne source is loaded: open another "
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
    // Each side from the history, or the session's dataset of that source
    // (null while a large one is built: sourceDatasetReady() calls again).
    const QString names[2] = {baselineSource(), candidateSource()};
    const DatasetPtr sides[2] = {datasetOf(names[0]), datasetOf(names[1])};
    if (!sides[0] || !sides[1]) {
        m_stack->showMessage(tr("Preparing the comparison…"));
        return;
    }
    // The window's filter applies to both runs, by name; a history run's
    // names need not be loaded.
    const auto groupsOf = [&](int side) {
        if (m_session)
            return m_session->filter()->filteredGroups(*sides[side]);
        if (!historyRun(names[side]))
            return m_dataset ? Comparison::groupsMatching(*sides[side], *m_dataset, m_groups) : std::vector<int>{};
        std::vector<int> every(sides[side]->groups().size());
        std::iota(every.begin(), every.end(), 0);
        return every;
    };
    const std::vector<int> groups[2] = {groupsOf(0), groupsOf(1)};
    m_comparison = Comparison::compute(*sides[0], groups[0], *sides[1], groups[1], m_thresholdBox->value(),
                                       m_alphaBox->value());
    m_model->setComparison(m_comparison);
    m_table->resizeColumnsToContents();
    if (m_comparison.groups.empty()) {
        const bool filteredOut = groups[0].empty() && groups[1].empty()
            && !(sides[0]->groups().empty() && sides[1]->groups().empty());
        m_stack->showMessage(filteredOut ? EmptyStateStack::emptyMessage(true)
                                         : tr("The two runs have no model, method and hardware in common."));
        rebuildChart();
        return;
    }
    m_summary->setText(runsText() + QStringLiteral(": ") + summaryText());
    m_stack->showContent();
    rebuildChart();
}

QColor CompareTab::sourceColor(const QString &name) const
{
    const Workbench *session = m_session ? m_session.data() : m_ownSession;
    if (!session || !session->source(name))
        return {};
    return session->nameColors()->sourceColor(name);
}

QString CompareTab::runsText() const
{
    // "● a.json → ● b.json", each dot in its source's colour (none for a history run).
    const auto side = [this](const QString &name) {
        const QColor colour = sourceColor(name);
        const QString text = SourceStatus::displayName(name).toHtmlEscaped();
        return colour.isValid() ? QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour.name(), text) : text;
    };
    //: %1 the baseline run, %2 the candidate run, each after a dot in its colour
    return tr("%1 → %2").arg(side(baselineSource()), side(candidateSource()));
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

void CompareTab::rebuildChart()
{
    DotPlotData data;
    m_dotVerdicts.clear();
    std::vector<int> rows; // rows of m_comparison with a ratio
    for (std::size_t i = 0; i < m_comparison.groups.size(); ++i) {
        if (!isMissing(m_comparison.groups[i].ratio) && m_comparison.groups[i].ratio > 0)
            rows.push_back(int(i));
    }
    if (rows.empty()) {
        m_plot->setData(data);
        return;
    }
    // Every matched group on one axis, never paged: one panel per hardware. A
    // row per model and method while they fit the picture at a readable size;
    // past that one row per model, each of its methods a dot (its name in the
    // tooltip and the table below).
    QSet<QString> pairs;
    for (int r : rows)
        pairs.insert(m_comparison.groups[std::size_t(r)].model + QChar(0x1F) + m_comparison.groups[std::size_t(r)].method);
    m_rowsPerMethod = pairs.size() <= kMaxMethodRows;
    const auto rowKey = [this](const GroupComparison &g) {
        return m_rowsPerMethod ? QStringLiteral("%1 · %2").arg(g.model, g.method) : g.model;
    };

    // Rows and panels ordered by their largest change either way: what a
    // reviewer looks for first (ties keep the table's name order).
    QHash<QString, double> rowChange;
    QStringList rowOrder, panels;
    for (int r : rows) {
        const GroupComparison &g = m_comparison.groups[std::size_t(r)];
        const QString key = rowKey(g);
        const double change = std::fabs(std::log(g.ratio));
        if (!rowChange.contains(key))
            rowOrder.append(key);
        rowChange[key] = std::max(rowChange.value(key, 0.0), change);
        if (!panels.contains(g.hardware))
            panels.append(g.hardware);
    }
    std::stable_sort(rowOrder.begin(), rowOrder.end(),
                     [&](const QString &a, const QString &b) { return rowChange.value(a) > rowChange.value(b); });
    std::sort(panels.begin(), panels.end());
    QHash<QString, int> rowIndex;
    for (int i = 0; i < rowOrder.size(); ++i)
        rowIndex.insert(rowOrder[i], i);

    using V = GroupComparison::Verdict;
    const QList<V> verdicts{V::Regression, V::Improvement, V::Same, V::TooFew};
    QHash<int, int> seriesOf; // verdict → series, in the order above, only those present
    for (V verdict : verdicts) {
        for (int r : rows) {
            if (m_comparison.groups[std::size_t(r)].verdict == verdict) {
                seriesOf.insert(int(verdict), int(data.series.size()));
                data.series.append({ComparisonModel::verdictText(verdict), ComparisonModel::verdictColor(verdict, m_dark)});
                break;
            }
        }
    }

    data.title = tr("Candidate / baseline median time per group");
    data.subtitle = m_rowsPerMethod
        ? tr("Right of 1× the candidate is slower, left of it faster. Largest change on top.")
        : tr("Right of 1× the candidate is slower, left of it faster. One dot per method (hover for its name); "
             "the model with the largest change on top.");
    data.valueTitle = tr("Ratio of median times, candidate / baseline");
    data.log = true;
    data.reference = 1;
    data.formatValue = [](double v) { return Format::number(v, 3) + QStringLiteral("×"); };
    data.rows = rowOrder;
    data.panels = panels;
    // Dots in the order of the chart: top row first, then by panel.
    std::vector<int> order = rows;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const GroupComparison &ga = m_comparison.groups[std::size_t(a)];
        const GroupComparison &gb = m_comparison.groups[std::size_t(b)];
        const int ra = rowIndex.value(rowKey(ga)), rb = rowIndex.value(rowKey(gb));
        if (ra != rb)
            return ra < rb;
        return std::fabs(std::log(ga.ratio)) > std::fabs(std::log(gb.ratio));
    });
    for (int r : order) {
        const GroupComparison &g = m_comparison.groups[std::size_t(r)];
        DotPlotData::Dot dot;
        dot.row = rowIndex.value(rowKey(g));
        dot.panel = int(panels.indexOf(g.hardware));
        dot.series = seriesOf.value(int(g.verdict));
        dot.value = g.ratio;
        dot.tooltip = tr("%1 · %2 · %3\n%4: %5 (p = %6)\nBaseline median %7 (n = %8)\nCandidate median %9 (n = %10)")
                          .arg(g.model, g.method, g.hardware, ComparisonModel::verdictText(g.verdict),
                               Format::number(g.ratio, 3) + QStringLiteral("×"), Format::number(g.pValue, 3),
                               Format::seconds(g.baselineMedian), Format::count(g.baselineN),
                               Format::seconds(g.candidateMedian), Format::count(g.candidateN));
        data.dots.append(dot);
        m_dotVerdicts.append(g.verdict);
    }
    m_plot->setData(data);
}

ChartCsv::Table CompareTab::chartData(const DatasetPtr &, const std::vector<int> &) const
{
    // What the tab compares: its two runs, threshold and alpha.
    return ChartCsv::compare(m_comparison);
}

QString CompareTab::emptyReason() const
{
    return m_comparison.groups.empty() ? tr("needs two loaded runs with groups in common") : QString();
}
