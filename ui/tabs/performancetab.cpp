// SPDX-License-Identifier: GPL-3.0-or-later
#include "performancetab.h"

#include "chartfactory.h"
#include "dotplot.h"
#include "emptystatestack.h"
#include "format.h"
#include "medianinterval.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
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
    , m_plot(new DotPlot(this))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
    m_groupByBox = comboBox(m_controls, tr("Group by"), {tr("Models"), tr("Methods")});
    m_hardwareBox = comboBox(m_controls, tr("Hardware"), {});
    m_metricBox = comboBox(m_controls, tr("Metric"),
                           {tr("Mean time"), tr("Median time"), tr("P95 time"), tr("Tokens/s")});
    m_sortBox = comboBox(m_controls, tr("Sort"), {tr("Alphabetical"), tr("By performance (best first)")});
    m_scaleBox = comboBox(m_controls, tr("Scale"), {tr("Automatic"), tr("Linear"), tr("Log")});
    m_scaleBox->setToolTip(tr("Automatic: logarithmic when the largest value is more than 10× the smallest"));
    m_errorBarsBox = new QCheckBox(tr("95 % &interval"), m_controls);
    m_errorBarsBox->setToolTip(tr("Draw the distribution-free 95 % interval of each median (median time only)"));

    // Two rows, so that the tab fits a 1280-pixel screen in long-worded languages too.
    auto *rows = new QVBoxLayout(m_controls);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    auto *options = new QHBoxLayout;
    rows->addLayout(controls);
    rows->addLayout(options);
    const auto addLabelled = [&](QHBoxLayout *line, const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, m_controls);
        text->setBuddy(widget);
        line->addWidget(text);
        line->addWidget(widget);
    };
    addLabelled(controls, tr("&Group by:"), m_groupByBox);
    addLabelled(controls, tr("&Hardware:"), m_hardwareBox);
    addLabelled(controls, tr("&Metric:"), m_metricBox);
    addLabelled(controls, tr("&Sort:"), m_sortBox);
    controls->addStretch();
    addLabelled(options, tr("S&cale:"), m_scaleBox);
    options->addWidget(m_errorBarsBox);
    options->addStretch();

    m_stack = new EmptyStateStack(m_plot, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    m_plot->setAccessibleName(tr("Performance chart"));
    setAccessibleName(title());

    connect(m_groupByBox, &QComboBox::activated, this, [this](int i) { setGroupBy(GroupBy(i)); });
    connect(m_metricBox, &QComboBox::activated, this, [this](int i) { setMetric(Metric(i)); });
    connect(m_sortBox, &QComboBox::activated, this, [this](int i) { setSort(Sort(i)); });
    connect(m_scaleBox, &QComboBox::activated, this, [this](int i) { setScale(Scale(i)); });
    connect(m_errorBarsBox, &QCheckBox::toggled, this, &PerformanceTab::setErrorBars);
    connect(m_hardwareBox, &QComboBox::activated, this,
            [this](int i) { setHardware(m_hardwareBox->itemData(i).toString()); });
    connect(m_plot, &DotPlot::highlightedChanged, this, [this](const QStringList &names) {
        m_highlighted = names;
        m_highlightChosen = true;
    });
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

void PerformanceTab::renderForExport(QPainter *painter, const QRectF &target)
{
    // The whole chart, every row fitted to the picture: never the scrolled part.
    if (m_model->state() == GroupedBarModel::State::Ready)
        m_plot->paintAll(painter, target);
    else
        ChartTab::renderForExport(painter, target);
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
    // The other dimension is coloured now: its default highlight.
    m_highlightChosen = false;
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

void PerformanceTab::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    syncControls();
    rebuild();
}

bool PerformanceTab::logScale() const
{
    return m_log;
}

void PerformanceTab::setErrorBars(bool on)
{
    if (on == m_errorBars)
        return;
    m_errorBars = on;
    syncControls();
    rebuild();
}

void PerformanceTab::setHardware(const QString &hardware)
{
    if (hardware == m_model->hardware())
        return;
    m_model->setHardware(hardware);
    syncControls();
    rebuild();
}

void PerformanceTab::setHighlighted(const QStringList &names)
{
    m_highlighted = names;
    m_highlightChosen = true;
    m_plot->setHighlighted(names);
}

void PerformanceTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_plot->setCompact(compact);
    rebuild();
}

void PerformanceTab::setDarkTheme(bool dark)
{
    m_plot->setDarkTheme(dark);
}

void PerformanceTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/performance/groupBy"), int(groupBy()));
    settings.setValue(QStringLiteral("charts/performance/metric"), int(metric()));
    settings.setValue(QStringLiteral("charts/performance/sort"), int(sort()));
    settings.setValue(QStringLiteral("charts/performance/scale"), int(m_scale));
    settings.setValue(QStringLiteral("charts/performance/errorBars"), m_errorBars);
    settings.setValue(QStringLiteral("charts/performance/hardware"), hardware());
    if (m_highlightChosen)
        settings.setValue(QStringLiteral("charts/performance/highlighted"), m_highlighted);
    else
        settings.remove(QStringLiteral("charts/performance/highlighted"));
}

void PerformanceTab::restoreSettings(const QSettings &settings)
{
    m_model->setGroupBy(GroupBy(std::clamp(settings.value(QStringLiteral("charts/performance/groupBy"), 0).toInt(), 0, 1)));
    m_model->setMetric(Metric(std::clamp(settings.value(QStringLiteral("charts/performance/metric"), 0).toInt(), 0, 3)));
    m_model->setSort(Sort(std::clamp(settings.value(QStringLiteral("charts/performance/sort"), 0).toInt(), 0, 1)));
    // Before the automatic scale there was only a log check box.
    const int oldLog = settings.value(QStringLiteral("charts/performance/log"), false).toBool() ? int(Scale::Log)
                                                                                                  : int(Scale::Automatic);
    m_scale = Scale(std::clamp(settings.value(QStringLiteral("charts/performance/scale"), oldLog).toInt(), 0, 2));
    m_errorBars = settings.value(QStringLiteral("charts/performance/errorBars"), false).toBool();
    m_model->setHardware(settings.value(QStringLiteral("charts/performance/hardware")).toString());
    m_highlightChosen = settings.contains(QStringLiteral("charts/performance/highlighted"));
    m_highlighted = settings.value(QStringLiteral("charts/performance/highlighted")).toStringList();
    syncControls();
    rebuild();
}

void PerformanceTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_groupByBox), QSignalBlocker(m_metricBox),
                                       QSignalBlocker(m_sortBox), QSignalBlocker(m_scaleBox),
                                       QSignalBlocker(m_hardwareBox), QSignalBlocker(m_errorBarsBox)};
    m_groupByBox->setCurrentIndex(int(groupBy()));
    m_metricBox->setCurrentIndex(int(metric()));
    m_sortBox->setCurrentIndex(int(sort()));
    m_scaleBox->setCurrentIndex(int(m_scale));
    m_errorBarsBox->setChecked(m_errorBars);
    m_errorBarsBox->setEnabled(metric() == Metric::MedianTime);
    m_hardwareBox->clear();
    const QString all = tr("All, side by side");
    m_hardwareBox->addItem(all, QString());
    // Room for "All, side by side" in any language (German is longer); longer
    // hardware names stay in the popup rather than widening the window.
    m_hardwareBox->setMinimumContentsLength(std::max(10, int(all.size()) + 2));
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->hardware())
            m_hardwareBox->addItem(name, name);
    }
    const int current = m_hardwareBox->findData(hardware());
    m_hardwareBox->setCurrentIndex(std::max(0, current));
}

void PerformanceTab::rebuild()
{
    m_categoryLabels.clear();
    const GroupedBarModel &model = *m_model;
    switch (model.state()) {
    case GroupedBarModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_plot->setData({});
        return;
    case GroupedBarModel::State::NoDataForHardware:
        m_stack->showMessage(tr("No data for the hardware “%1” with the current filter.").arg(hardware()));
        m_plot->setData({});
        return;
    case GroupedBarModel::State::Ready:
        break;
    }
    const Dataset &dataset = *model.dataset();
    const Metric shown = metric();
    const bool byModel = groupBy() == GroupBy::Model;
    const QStringList &primaryNames = byModel ? dataset.models() : dataset.methods();
    const auto formatValue = [shown](double v) {
        return higherIsBetter(shown) ? Format::tokensPerSecond(v) : Format::seconds(v);
    };

    DotPlotData data;
    // Panels: the hardware of the categories in name order, at most kMaxPanels side by
    // side (200 000 machines are no small multiples; the note says how to see others).
    constexpr int kMaxPanels = 8;
    std::map<int, int> panelOf;
    for (const GroupedBarModel::Category &category : model.categories()) {
        m_categoryLabels.append(category.label);
        panelOf.emplace(category.hardware, 0);
    }
    const int hardwareTotal = int(panelOf.size());
    for (auto it = panelOf.begin(); it != panelOf.end();) {
        if (data.panels.size() == kMaxPanels) {
            it = panelOf.erase(it);
            continue;
        }
        it->second = int(data.panels.size());
        data.panels.append(it->first < 0 ? model.shownHardware() : dataset.hardware().at(it->first));
        ++it;
    }
    // Rows: the model's row order, those with a bar on a panel shown.
    std::map<int, int> rowOf;
    for (const GroupedBarModel::Bar &bar : model.bars()) {
        const GroupedBarModel::Category &category = model.categories()[std::size_t(bar.category)];
        if (panelOf.count(category.hardware))
            rowOf.emplace(category.primary, 0);
    }
    for (const GroupedBarModel::Row &row : model.primaryRows()) {
        if (const auto it = rowOf.find(row.primary); it != rowOf.end()) {
            it->second = int(data.rows.size());
            data.rows.append(primaryNames.at(row.primary));
        }
    }
    for (const QString &name : model.setNames())
        data.series.append({name, nameColor(dataset, byModel ? Dimension::Method : Dimension::Model, name)});

    const bool intervals = m_errorBars && shown == Metric::MedianTime;
    double low = qInf(), high = 0;
    for (const GroupedBarModel::Bar &bar : model.bars()) {
        const GroupStats &stats = dataset.groups()[std::size_t(bar.group)];
        const GroupedBarModel::Category &category = model.categories()[std::size_t(bar.category)];
        if (!panelOf.count(category.hardware))
            continue;
        DotPlotData::Dot dot;
        dot.row = rowOf.at(category.primary);
        dot.panel = panelOf.at(category.hardware);
        dot.series = bar.set;
        dot.value = bar.value;
        dot.tooltip = tr("%1 · %2 · %3\n%4: %5\nn = %6 prompts")
                          .arg(dataset.models().at(stats.model), dataset.methods().at(stats.method),
                               dataset.hardware().at(stats.hardware), metricName(shown), formatValue(bar.value),
                               Format::count(bar.n));
        if (!isMissing(bar.low)) {
            dot.tooltip += QLatin1Char('\n') + MedianInterval::intervalText(stats);
            if (intervals) {
                dot.low = bar.low;
                dot.high = bar.high;
            }
        }
        if (!isMissing(bar.value) && bar.value > 0) {
            low = std::min(low, bar.value);
            high = std::max(high, bar.value);
        }
        data.dots.append(dot);
    }
    // Automatic: log when the values span more than 10× (attention and LIME differ 10 000×).
    m_log = m_scale == Scale::Log || (m_scale == Scale::Automatic && high > 10 * low);
    data.log = m_log;
    data.formatValue = formatValue;

    const QString name = byModel ? tr("model") : tr("method");
    data.title = tr("%1 per %2").arg(metricName(shown), name);
    if (model.shownHardware().isEmpty())
        data.title += tr(", each hardware separately");
    else
        data.title += tr(" on %1").arg(model.shownHardware());
    data.subtitle = higherIsBetter(shown) ? tr("Higher is better") : tr("Lower is better");
    data.subtitle += QStringLiteral(" · ")
        + (byModel ? tr("a dot per method") : tr("a dot per model"));
    if (data.series.size() > DotPlot::kAllColouredSeries)
        data.subtitle += QStringLiteral(" · ") + tr("click a name in the legend to colour it; the others are grey");
    if (const QString note = ChartFactory::seriesNote(model.seriesTotal()); !note.isEmpty())
        data.subtitle += QStringLiteral(" · ") + note;
    if (hardwareTotal > kMaxPanels)
        data.subtitle += QStringLiteral(" · ")
            + tr("the first %1 of %2 hardware side by side; choose one under Hardware to see another")
                  .arg(kMaxPanels)
                  .arg(hardwareTotal);
    data.valueTitle = metricAxisTitle(shown);

    if (!m_highlightChosen) {
        // By default the five best names; the user picks others in the legend.
        m_highlighted.clear();
        for (int set : model.bestSets()) {
            if (m_highlighted.size() == 5)
                break;
            m_highlighted.append(model.setNames().at(set));
        }
    }
    m_plot->setHighlighted(m_highlighted);
    m_plot->setData(data);
    m_stack->showContent();
}
