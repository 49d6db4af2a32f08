// SPDX-License-Identifier: GPL-3.0-or-later
#include "performancetab.h"

#include "barchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "errorbars.h"
#include "format.h"
#include "medianinterval.h"
#include "pager.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <numeric>

namespace {

QString metricAxisTitle(PerformanceTab::Metric metric)
{
    switch (metric) {
    case PerformanceTab::Metric::MeanTime:
        return PerformanceTab::tr("Mean time per prompt (s)");
    case PerformanceTab::Metric::MedianTime:
        return PerformanceTab::tr("Median time per prompt (s)");
    case PerformanceTab::Metric::P95Time:
        return PerformanceTab::tr("95th percentile time per prompt (s)");
    case PerformanceTab::Metric::TokensPerSecond:
        return PerformanceTab::tr("Tokens/s (input tokens per second of attribution)");
    }
    return {};
}

QString metricName(PerformanceTab::Metric metric)
{
    switch (metric) {
    case PerformanceTab::Metric::MeanTime:
        return PerformanceTab::tr("Mean time");
    case PerformanceTab::Metric::MedianTime:
        return PerformanceTab::tr("Median time");
    case PerformanceTab::Metric::P95Time:
        return PerformanceTab::tr("P95 time");
    case PerformanceTab::Metric::TokensPerSecond:
        return PerformanceTab::tr("Mean tokens/s");
    }
    return {};
}

QComboBox *comboBox(QWidget *parent, const QString &accessibleName, const QStringList &items)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    // Long hardware names (CPU model strings) must not widen the window; the
    // popup still shows them in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

} // namespace

PerformanceTab::PerformanceTab(QWidget *parent)
    : ChartTab(parent)
    , m_controls(new QWidget(this))
    , m_pager(new Pager(m_controls))
    , m_chart(new BarChart(this))
{
    m_groupByBox = comboBox(m_controls, tr("Group by"), {tr("Models"), tr("Methods")});
    m_hardwareBox = comboBox(m_controls, tr("Hardware"), {});
    m_metricBox = comboBox(m_controls, tr("Metric"),
                           {tr("Mean time"), tr("Median time"), tr("P95 time"), tr("Tokens/s")});
    m_sortBox = comboBox(m_controls, tr("Sort"), {tr("Alphabetical"), tr("By performance (best first)")});
    m_logBox = new QCheckBox(tr("Log scale"), m_controls);
    m_errorBarsBox = new QCheckBox(tr("95 % &interval"), m_controls);
    m_errorBarsBox->setToolTip(tr("Draw the distribution-free 95 % interval of each median (median time only)"));

    // Two rows, so that the tab fits a 1280-pixel screen in long-worded languages too.
    auto *rows = new QVBoxLayout(m_controls);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    auto *options = new QHBoxLayout;
    rows->addLayout(controls);
    rows->addLayout(options);
    const auto addLabelled = [&](const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, m_controls);
        text->setBuddy(widget);
        controls->addWidget(text);
        controls->addWidget(widget);
    };
    addLabelled(tr("&Group by:"), m_groupByBox);
    addLabelled(tr("&Hardware:"), m_hardwareBox);
    addLabelled(tr("&Metric:"), m_metricBox);
    addLabelled(tr("&Sort:"), m_sortBox);
    controls->addStretch();
    options->addWidget(m_logBox);
    options->addWidget(m_errorBarsBox);
    options->addStretch();
    options->addWidget(m_pager);

    m_stack = new EmptyStateStack(m_chart, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    m_chart->chartView()->setAccessibleName(tr("Performance chart"));
    setAccessibleName(title());

    connect(m_groupByBox, &QComboBox::activated, this, [this](int i) { setGroupBy(GroupBy(i)); });
    connect(m_metricBox, &QComboBox::activated, this, [this](int i) { setMetric(Metric(i)); });
    connect(m_sortBox, &QComboBox::activated, this, [this](int i) { setSort(Sort(i)); });
    connect(m_logBox, &QCheckBox::toggled, this, &PerformanceTab::setLogScale);
    connect(m_errorBarsBox, &QCheckBox::toggled, this, &PerformanceTab::setErrorBars);
    connect(m_hardwareBox, &QComboBox::activated, this,
            [this](int i) { setHardware(m_hardwareBox->itemData(i).toString()); });
    connect(m_pager, &Pager::pageChanged, this, &PerformanceTab::showPage);
    syncControls();
}

PerformanceTab::~PerformanceTab() = default;

QString PerformanceTab::title() const
{
    return tr("Performance");
}

QWidget *PerformanceTab::exportWidget()
{
    return m_stack;
}

double PerformanceTab::metricValue(const GroupStats &stats, Metric metric)
{
    switch (metric) {
    case Metric::MeanTime:
        return stats.meanTime;
    case Metric::MedianTime:
        return stats.medianTime;
    case Metric::P95Time:
        return stats.p95Time;
    case Metric::TokensPerSecond:
        return stats.meanTokensPerSecond;
    }
    return kMissing;
}

void PerformanceTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    syncControls();
    rebuild();
}

void PerformanceTab::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    syncControls();
    rebuild();
}

void PerformanceTab::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    syncControls();
    rebuild();
}

void PerformanceTab::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    syncControls();
    rebuild();
}

void PerformanceTab::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    syncControls();
    rebuild();
}

void PerformanceTab::setErrorBars(bool on)
{
    if (on == m_errorBars)
        return;
    m_errorBars = on;
    syncControls();
    showPage();
}

void PerformanceTab::setHardware(const QString &hardware)
{
    if (hardware == m_hardware)
        return;
    m_hardware = hardware;
    syncControls();
    rebuild();
}

void PerformanceTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_chart->setCompact(compact);
    rebuild();
}

void PerformanceTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    m_chart->setDarkTheme(dark);
    showPage(); // the theme change dropped the interval lines
}

void PerformanceTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/performance/groupBy"), int(m_groupBy));
    settings.setValue(QStringLiteral("charts/performance/metric"), int(m_metric));
    settings.setValue(QStringLiteral("charts/performance/sort"), int(m_sort));
    settings.setValue(QStringLiteral("charts/performance/log"), m_log);
    settings.setValue(QStringLiteral("charts/performance/errorBars"), m_errorBars);
    settings.setValue(QStringLiteral("charts/performance/hardware"), m_hardware);
}

void PerformanceTab::restoreSettings(const QSettings &settings)
{
    m_groupBy = GroupBy(std::clamp(settings.value(QStringLiteral("charts/performance/groupBy"), 0).toInt(), 0, 1));
    m_metric = Metric(std::clamp(settings.value(QStringLiteral("charts/performance/metric"), 0).toInt(), 0, 3));
    m_sort = Sort(std::clamp(settings.value(QStringLiteral("charts/performance/sort"), 0).toInt(), 0, 1));
    m_log = settings.value(QStringLiteral("charts/performance/log"), false).toBool();
    m_errorBars = settings.value(QStringLiteral("charts/performance/errorBars"), false).toBool();
    m_hardware = settings.value(QStringLiteral("charts/performance/hardware")).toString();
    syncControls();
    rebuild();
}

void PerformanceTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_groupByBox), QSignalBlocker(m_metricBox),
                                       QSignalBlocker(m_sortBox), QSignalBlocker(m_logBox),
                                       QSignalBlocker(m_hardwareBox), QSignalBlocker(m_errorBarsBox)};
    m_groupByBox->setCurrentIndex(int(m_groupBy));
    m_metricBox->setCurrentIndex(int(m_metric));
    m_sortBox->setCurrentIndex(int(m_sort));
    m_logBox->setChecked(m_log);
    m_errorBarsBox->setChecked(m_errorBars);
    m_errorBarsBox->setEnabled(m_metric == Metric::MedianTime);
    m_hardwareBox->clear();
    m_hardwareBox->addItem(tr("All, side by side"), QString());
    if (m_dataset) {
        for (const QString &name : m_dataset->hardware())
            m_hardwareBox->addItem(ChartFactory::shortLabel(name, 28), name);
    }
    const int current = m_hardwareBox->findData(m_hardware);
    m_hardwareBox->setCurrentIndex(std::max(0, current));
}

int PerformanceTab::perPage() const
{
    return ChartFactory::categoriesPerPage(width(), int(m_sets.size()), m_compact, m_labelWidth);
}

void PerformanceTab::rebuild()
{
    m_categoryLabels.clear();
    m_axisLabels.clear();
    m_sets.clear();
    if (!m_dataset || m_groups.empty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        m_chart->setChartData({});
        return;
    }
    const Dataset &dataset = *m_dataset;
    const bool byModel = m_groupBy == GroupBy::Model;
    const int onlyHardware = m_hardware.isEmpty() ? -1 : dataset.hardwareId(m_hardware);
    // Hardware goes into the category only when there is more than one to tell apart.
    std::vector<bool> hardwareSeen(std::size_t(dataset.hardware().size()));
    for (int g : m_groups)
        hardwareSeen[dataset.groups()[std::size_t(g)].hardware] = true;
    const bool allHardware = m_hardware.isEmpty();
    const bool hardwareInCategory = allHardware && std::count(hardwareSeen.begin(), hardwareSeen.end(), true) > 1;
    m_shownHardware = hardwareInCategory ? QString()
        : (allHardware ? dataset.hardware().at(qsizetype(std::find(hardwareSeen.begin(), hardwareSeen.end(), true) - hardwareSeen.begin()))
                       : m_hardware);

    // Sets (bars of a colour): the first kMaxSeries by name.
    std::vector<bool> keptSets(std::size_t(byModel ? dataset.methods().size() : dataset.models().size()));
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (allHardware || int(stats.hardware) == onlyHardware)
            keptSets[byModel ? stats.method : stats.model] = true;
    }
    m_seriesNote = ChartFactory::seriesNote(ChartFactory::keepFirstSeries(keptSets));

    // Category key: (model or method id, hardware id or -1); set key: the other id.
    std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> categoryGroups; // -> (set id, group)
    std::map<int, int> setIndex;
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (!allHardware && int(stats.hardware) != onlyHardware)
            continue;
        const int primary = int(byModel ? stats.model : stats.method);
        const int secondary = int(byModel ? stats.method : stats.model);
        if (!keptSets[std::size_t(secondary)])
            continue;
        categoryGroups[{primary, hardwareInCategory ? int(stats.hardware) : -1}].emplace_back(secondary, g);
        setIndex.emplace(secondary, 0);
    }
    if (categoryGroups.empty()) {
        m_stack->showMessage(tr("No data for the hardware “%1” with the current filter.").arg(m_hardware));
        m_chart->setChartData({});
        return;
    }
    const QStringList &primaryNames = byModel ? dataset.models() : dataset.methods();
    const QStringList &secondaryNames = byModel ? dataset.methods() : dataset.models();
    for (auto &[id, index] : setIndex) {
        index = int(m_sets.size());
        m_sets.append(Set{secondaryNames.at(id), {}, {}, {}});
    }

    // Order of categories: map order is alphabetical (ids follow sorted names).
    struct Category
    {
        std::pair<int, int> key;
        double score;
    };
    std::vector<Category> order;
    const bool higher = higherIsBetter(m_metric);
    for (const auto &[key, members] : categoryGroups) {
        double sum = 0;
        int n = 0;
        for (const auto &[secondary, g] : members) {
            const double v = metricValue(dataset.groups()[std::size_t(g)], m_metric);
            if (!isMissing(v)) {
                sum += v;
                ++n;
            }
        }
        order.push_back({key, n ? sum / n : kMissing});
    }
    if (m_sort == Sort::Performance) {
        // Best first by the mean over the category's bars; no value sorts last, never as 0.
        std::stable_sort(order.begin(), order.end(), [higher](const Category &a, const Category &b) {
            if (isMissing(a.score) || isMissing(b.score))
                return !isMissing(a.score) && isMissing(b.score);
            return higher ? a.score > b.score : a.score < b.score;
        });
    }

    const auto formatValue = [this](double v) {
        return higherIsBetter(m_metric) ? Format::tokensPerSecond(v) : Format::seconds(v);
    };
    for (Set &set : m_sets) {
        set.values.fill(qQNaN(), qsizetype(order.size()));
        set.tooltips.resize(qsizetype(order.size()));
        set.intervals.fill({qQNaN(), qQNaN()}, qsizetype(order.size()));
    }
    for (std::size_t c = 0; c < order.size(); ++c) {
        const auto [primary, hardware] = order[c].key;
        QString label = primaryNames.at(primary);
        if (hardware >= 0)
            label += QStringLiteral(" · ") + dataset.hardware().at(hardware);
        m_categoryLabels.append(label);
        // On the axis: two lines, the hardware shortened (full names in the tooltips).
        m_axisLabels.append(hardware < 0 ? label
                                         : QStringLiteral("%1<br>%2").arg(primaryNames.at(primary).toHtmlEscaped(),
                                                                          ChartFactory::shortLabel(dataset.hardware().at(hardware), 17).toHtmlEscaped()));
        for (Set &set : m_sets)
            set.tooltips[qsizetype(c)] = tr("%1 · %2\nNo data").arg(label, set.name);
        for (const auto &[secondary, g] : categoryGroups[order[c].key]) {
            const GroupStats &stats = dataset.groups()[std::size_t(g)];
            Set &set = m_sets[setIndex[secondary]];
            const double v = metricValue(stats, m_metric);
            set.values[qsizetype(c)] = v;
            const qint64 n = higherIsBetter(m_metric) ? stats.rateCount : stats.timedCount;
            set.tooltips[qsizetype(c)] = tr("%1 · %2 · %3\n%4: %5\nn = %6 prompts")
                                             .arg(dataset.models().at(stats.model), dataset.methods().at(stats.method),
                                                  dataset.hardware().at(stats.hardware), metricName(m_metric),
                                                  formatValue(v), Format::count(n));
            if (m_metric == Metric::MedianTime && MedianInterval::hasInterval(stats)) {
                set.tooltips[qsizetype(c)] += QLatin1Char('\n') + MedianInterval::intervalText(stats);
                set.intervals[qsizetype(c)] = {stats.medianCiLow, stats.medianCiHigh};
            }
        }
    }
    m_labelWidth = ChartFactory::labelWidth(m_axisLabels, m_compact);
    m_perPage = perPage();
    m_pager->setItems(int(m_categoryLabels.size()), m_perPage, pagerItemName());
    m_stack->showContent();
    showPage();
}

void PerformanceTab::showPage()
{
    if (m_categoryLabels.isEmpty())
        return;
    const int begin = m_compact ? 0 : m_pager->begin();
    const int end = m_compact ? std::min<int>(int(m_categoryLabels.size()), m_perPage) : m_pager->end();
    BarChartData data;
    const QString name = m_groupBy == GroupBy::Model ? tr("model") : tr("method");
    data.title = tr("%1 per %2").arg(metricName(m_metric), name);
    if (m_shownHardware.isEmpty())
        data.title += tr(", each hardware separately");
    else
        data.title += tr(" on %1").arg(m_shownHardware);
    if (end - begin < m_categoryLabels.size())
        data.title += tr(" (%1–%2 of %3)").arg(begin + 1).arg(end).arg(m_categoryLabels.size());
    data.subtitle = higherIsBetter(m_metric) ? tr("Higher is better") : tr("Lower is better");
    if (!m_seriesNote.isEmpty())
        data.subtitle += QStringLiteral(" · ") + m_seriesNote;
    data.valueTitle = metricAxisTitle(m_metric);
    data.log = m_log;
    data.categories = m_axisLabels.mid(begin, end - begin);
    for (qsizetype s = 0; s < m_sets.size(); ++s) {
        BarSetData set;
        set.name = m_sets[s].name;
        set.color = ChartFactory::seriesColor(int(s));
        set.values = m_sets[s].values.mid(begin, end - begin);
        set.tooltips = m_sets[s].tooltips.mid(begin, end - begin);
        data.sets.append(set);
    }
    m_chart->setChartData(data);
    m_errorBarSeries.clear();
    if (m_errorBars && m_metric == Metric::MedianTime) {
        QList<QList<QPair<double, double>>> intervals;
        for (const Set &set : std::as_const(m_sets))
            intervals.append(set.intervals.mid(begin, end - begin));
        m_errorBarSeries = ErrorBars::add(m_chart, intervals, m_dark);
    }
}

QString PerformanceTab::pagerItemName() const
{
    const bool model = m_groupBy == GroupBy::Model;
    if (m_hardware.isEmpty())
        return model ? tr("Model × hardware") : tr("Method × hardware");
    return model ? tr("Models") : tr("Methods");
}

void PerformanceTab::resizeEvent(QResizeEvent *event)
{
    ChartTab::resizeEvent(event);
    if (m_categoryLabels.isEmpty())
        return;
    // Rebuild the page only when the number of categories that fit changed.
    const int fit = perPage();
    if (fit != m_perPage) {
        m_perPage = fit;
        m_pager->setItems(int(m_categoryLabels.size()), fit, pagerItemName());
        showPage();
    }
}
