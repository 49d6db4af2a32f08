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
    , m_model(new GroupedBarModel(this))
    , m_controls(new QWidget(this))
    , m_pager(new Pager(m_controls))
    , m_chart(new BarChart(this))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
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

ChartCsv::Table PerformanceTab::chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const
{
    // The chart's options, without its 40-series display cap.
    GroupedBarModel model;
    model.setGroupBy(groupBy());
    model.setMetric(metric());
    model.setSort(sort());
    model.setHardware(hardware());
    model.setGroups(dataset, groups);
    return ChartCsv::performance(model);
}

void PerformanceTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    syncControls();
    rebuild();
}

void PerformanceTab::setGroupBy(GroupBy groupBy)
{
    if (groupBy == m_model->groupBy())
        return;
    m_model->setGroupBy(groupBy);
    syncControls();
    rebuild();
}

void PerformanceTab::setMetric(Metric metric)
{
    if (metric == m_model->metric())
        return;
    m_model->setMetric(metric);
    syncControls();
    rebuild();
}

void PerformanceTab::setSort(Sort sort)
{
    if (sort == m_model->sort())
        return;
    m_model->setSort(sort);
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
    if (hardware == m_model->hardware())
        return;
    m_model->setHardware(hardware);
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
    settings.setValue(QStringLiteral("charts/performance/groupBy"), int(groupBy()));
    settings.setValue(QStringLiteral("charts/performance/metric"), int(metric()));
    settings.setValue(QStringLiteral("charts/performance/sort"), int(sort()));
    settings.setValue(QStringLiteral("charts/performance/log"), m_log);
    settings.setValue(QStringLiteral("charts/performance/errorBars"), m_errorBars);
    settings.setValue(QStringLiteral("charts/performance/hardware"), hardware());
}

void PerformanceTab::restoreSettings(const QSettings &settings)
{
    m_model->setGroupBy(GroupBy(std::clamp(settings.value(QStringLiteral("charts/performance/groupBy"), 0).toInt(), 0, 1)));
    m_model->setMetric(Metric(std::clamp(settings.value(QStringLiteral("charts/performance/metric"), 0).toInt(), 0, 3)));
    m_model->setSort(Sort(std::clamp(settings.value(QStringLiteral("charts/performance/sort"), 0).toInt(), 0, 1)));
    m_log = settings.value(QStringLiteral("charts/performance/log"), false).toBool();
    m_errorBars = settings.value(QStringLiteral("charts/performance/errorBars"), false).toBool();
    m_model->setHardware(settings.value(QStringLiteral("charts/performance/hardware")).toString());
    syncControls();
    rebuild();
}

void PerformanceTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_groupByBox), QSignalBlocker(m_metricBox),
                                       QSignalBlocker(m_sortBox), QSignalBlocker(m_logBox),
                                       QSignalBlocker(m_hardwareBox), QSignalBlocker(m_errorBarsBox)};
    m_groupByBox->setCurrentIndex(int(groupBy()));
    m_metricBox->setCurrentIndex(int(metric()));
    m_sortBox->setCurrentIndex(int(sort()));
    m_logBox->setChecked(m_log);
    m_errorBarsBox->setChecked(m_errorBars);
    m_errorBarsBox->setEnabled(metric() == Metric::MedianTime);
    m_hardwareBox->clear();
    m_hardwareBox->addItem(tr("All, side by side"), QString());
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->hardware())
            m_hardwareBox->addItem(ChartFactory::shortLabel(name, 28), name);
    }
    const int current = m_hardwareBox->findData(hardware());
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
    const GroupedBarModel &model = *m_model;
    switch (model.state()) {
    case GroupedBarModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_chart->setChartData({});
        return;
    case GroupedBarModel::State::NoDataForHardware:
        m_stack->showMessage(tr("No data for the hardware “%1” with the current filter.").arg(hardware()));
        m_chart->setChartData({});
        return;
    case GroupedBarModel::State::Ready:
        break;
    }
    const Dataset &dataset = *model.dataset();
    const Metric shown = metric();
    const QStringList &primaryNames = groupBy() == GroupBy::Model ? dataset.models() : dataset.methods();
    const auto formatValue = [shown](double v) {
        return higherIsBetter(shown) ? Format::tokensPerSecond(v) : Format::seconds(v);
    };
    const qsizetype categories = qsizetype(model.categories().size());
    for (const QString &name : model.setNames()) {
        Set set{name, {}, {}, {}};
        set.values.fill(qQNaN(), categories);
        set.intervals.fill({qQNaN(), qQNaN()}, categories);
        set.tooltips.resize(categories);
        m_sets.append(set);
    }
    for (const GroupedBarModel::Category &category : model.categories()) {
        m_categoryLabels.append(category.label);
        // On the axis: two lines, the hardware shortened (full names in the tooltips).
        m_axisLabels.append(category.hardware < 0
                                ? category.label
                                : QStringLiteral("%1<br>%2").arg(primaryNames.at(category.primary).toHtmlEscaped(),
                                                                 ChartFactory::shortLabel(dataset.hardware().at(category.hardware), 17).toHtmlEscaped()));
    }
    for (Set &set : m_sets) {
        for (qsizetype c = 0; c < categories; ++c)
            set.tooltips[c] = tr("%1 · %2\nNo data").arg(m_categoryLabels.at(c), set.name);
    }
    for (const GroupedBarModel::Bar &bar : model.bars()) {
        const GroupStats &stats = dataset.groups()[std::size_t(bar.group)];
        Set &set = m_sets[bar.set];
        set.values[bar.category] = bar.value;
        set.tooltips[bar.category] = tr("%1 · %2 · %3\n%4: %5\nn = %6 prompts")
                                         .arg(dataset.models().at(stats.model), dataset.methods().at(stats.method),
                                              dataset.hardware().at(stats.hardware), metricName(shown),
                                              formatValue(bar.value), Format::count(bar.n));
        if (!isMissing(bar.low)) {
            set.tooltips[bar.category] += QLatin1Char('\n') + MedianInterval::intervalText(stats);
            set.intervals[bar.category] = {bar.low, bar.high};
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
    const QString name = groupBy() == GroupBy::Model ? tr("model") : tr("method");
    data.title = tr("%1 per %2").arg(metricName(metric()), name);
    if (m_model->shownHardware().isEmpty())
        data.title += tr(", each hardware separately");
    else
        data.title += tr(" on %1").arg(m_model->shownHardware());
    if (end - begin < m_categoryLabels.size())
        data.title += tr(" (%1–%2 of %3)").arg(begin + 1).arg(end).arg(m_categoryLabels.size());
    data.subtitle = higherIsBetter(metric()) ? tr("Higher is better") : tr("Lower is better");
    if (const QString note = ChartFactory::seriesNote(m_model->seriesTotal()); !note.isEmpty())
        data.subtitle += QStringLiteral(" · ") + note;
    data.valueTitle = metricAxisTitle(metric());
    data.log = m_log;
    data.categories = m_axisLabels.mid(begin, end - begin);
    // Every page on one scale: the axis spans the values of all pages (and
    // their intervals when drawn).
    QList<QList<double>> allValues;
    const bool intervals = m_errorBars && metric() == Metric::MedianTime;
    for (const Set &set : std::as_const(m_sets)) {
        allValues.append(set.values);
        if (intervals) {
            QList<double> highs;
            for (const auto &[low, high] : set.intervals)
                highs.append(high);
            allValues.append(highs);
        }
    }
    data.setRangeFrom(allValues, false);
    for (qsizetype s = 0; s < m_sets.size(); ++s) {
        BarSetData set;
        set.name = m_sets[s].name;
        set.color = nameColor(*m_model->dataset(), groupBy() == GroupBy::Model ? Dimension::Method : Dimension::Model,
                              set.name);
        set.values = m_sets[s].values.mid(begin, end - begin);
        set.tooltips = m_sets[s].tooltips.mid(begin, end - begin);
        data.sets.append(set);
    }
    m_chart->setChartData(data);
    m_errorBarSeries.clear();
    if (m_errorBars && metric() == Metric::MedianTime) {
        QList<QList<QPair<double, double>>> intervals;
        for (const Set &set : std::as_const(m_sets))
            intervals.append(set.intervals.mid(begin, end - begin));
        m_errorBarSeries = ErrorBars::add(m_chart, intervals, m_dark);
    }
}

QString PerformanceTab::pagerItemName() const
{
    const bool model = groupBy() == GroupBy::Model;
    if (hardware().isEmpty())
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
