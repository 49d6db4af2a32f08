// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodstab.h"

#include "boxplotchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "format.h"
#include "numerictableitem.h"
#include "pager.h"
#include "statistics.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace {
constexpr int kTableWidth = 420; // initial width of the table beside the box plot
}

MethodsTab::MethodsTab(QWidget *parent)
    : ChartTab(parent)
    , m_controls(new QWidget(this))
    , m_methodBox(new QComboBox(m_controls))
    , m_logBox(new QCheckBox(tr("Log scale"), m_controls))
    , m_pager(new Pager(m_controls))
    , m_content(new QWidget(this))
    , m_table(new QTableWidget(m_content))
    , m_chart(new BoxPlotChart(m_content))
{
    m_methodBox->setAccessibleName(tr("Method"));
    m_methodBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *methodLabel = new QLabel(tr("&Method:"), m_controls);
    methodLabel->setBuddy(m_methodBox);
    controls->addWidget(methodLabel);
    controls->addWidget(m_methodBox);
    controls->addWidget(m_logBox);
    controls->addStretch();
    controls->addWidget(m_pager);

    m_table->setAccessibleName(tr("Mean time per model and hardware"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->chartView()->setAccessibleName(tr("Per-prompt time distribution"));

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({kTableWidth, 3 * kTableWidth});
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(splitter);

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_methodBox, &QComboBox::activated, this, [this](int i) { setMethod(m_methodBox->itemData(i).toString()); });
    connect(m_logBox, &QCheckBox::toggled, this, &MethodsTab::setLogScale);
    connect(m_pager, &Pager::pageChanged, this, &MethodsTab::showPage);
}

MethodsTab::~MethodsTab() = default;

QString MethodsTab::title() const
{
    return tr("Methods");
}

QWidget *MethodsTab::exportWidget()
{
    return m_stack;
}

void MethodsTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    rebuild();
}

void MethodsTab::setMethod(const QString &method)
{
    m_wantedMethod = method;
    rebuild();
}

void MethodsTab::setLogScale(bool log)
{
    m_log = log;
    rebuild();
}

void MethodsTab::setDarkTheme(bool dark)
{
    m_chart->setDarkTheme(dark);
}

void MethodsTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/methods/method"), m_wantedMethod);
    settings.setValue(QStringLiteral("charts/methods/log"), m_log);
}

void MethodsTab::restoreSettings(const QSettings &settings)
{
    m_wantedMethod = settings.value(QStringLiteral("charts/methods/method")).toString();
    m_log = settings.value(QStringLiteral("charts/methods/log"), false).toBool();
    rebuild();
}

int MethodsTab::perPage() const
{
    // Beside the table; a box needs twice a bar's width.
    return ChartFactory::categoriesPerPage(width() - kTableWidth, int(m_hardware.size()) * 2, false,
                                           ChartFactory::labelWidth(m_models, false));
}

void MethodsTab::rebuild()
{
    {
        const QSignalBlocker blockLog(m_logBox);
        m_logBox->setChecked(m_log);
    }
    m_models.clear();
    m_hardware.clear();
    m_cellGroups.clear();
    QStringList methods;
    if (m_dataset) {
        std::vector<bool> present(std::size_t(m_dataset->methods().size()));
        for (int g : m_groups)
            present[m_dataset->groups()[std::size_t(g)].method] = true;
        for (std::size_t i = 0; i < present.size(); ++i)
            if (present[i])
                methods.append(m_dataset->methods().at(qsizetype(i)));
    }
    m_currentMethod = methods.contains(m_wantedMethod) ? m_wantedMethod : (methods.isEmpty() ? QString() : methods.first());
    {
        const QSignalBlocker blockMethod(m_methodBox);
        m_methodBox->clear();
        for (const QString &name : std::as_const(methods))
            m_methodBox->addItem(name, name);
        m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(m_currentMethod)));
    }
    if (m_currentMethod.isEmpty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        m_chart->setChartData({});
        return;
    }
    const Dataset &dataset = *m_dataset;
    const int methodId = dataset.methodId(m_currentMethod);
    // Hardware (columns, box colours): the first kMaxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (int(stats.method) == methodId)
            keptHardware[stats.hardware] = true;
    }
    m_seriesNote = ChartFactory::seriesNote(ChartFactory::keepFirstSeries(keptHardware));
    std::map<int, int> modelIndex, hardwareIndex;
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (int(stats.method) == methodId && keptHardware[stats.hardware]) {
            modelIndex.emplace(int(stats.model), 0);
            hardwareIndex.emplace(int(stats.hardware), 0);
        }
    }
    for (auto &[id, index] : modelIndex) {
        index = int(m_models.size());
        m_models.append(dataset.models().at(id));
    }
    for (auto &[id, index] : hardwareIndex) {
        index = int(m_hardware.size());
        m_hardware.append(dataset.hardware().at(id));
    }
    m_cellGroups.fill(QList<int>(m_models.size(), -1), m_hardware.size());
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (int(stats.method) == methodId && keptHardware[stats.hardware])
            m_cellGroups[hardwareIndex[int(stats.hardware)]][modelIndex[int(stats.model)]] = g;
    }

    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setRowCount(int(m_models.size()));
    m_table->setColumnCount(1 + int(m_hardware.size()));
    QStringList headers{tr("Model")};
    for (const QString &name : std::as_const(m_hardware))
        headers.append(tr("%1\nmean time (n)").arg(ChartFactory::shortLabel(name, 24)));
    m_table->setHorizontalHeaderLabels(headers);
    for (qsizetype m = 0; m < m_models.size(); ++m) {
        m_table->setItem(int(m), 0, new QTableWidgetItem(m_models[m]));
        for (qsizetype h = 0; h < m_hardware.size(); ++h) {
            const int g = m_cellGroups[h][m];
            double t = kMissing;
            QString text = Format::seconds(t);
            QString tooltip = tr("No data");
            if (g >= 0) {
                const GroupStats &stats = dataset.groups()[std::size_t(g)];
                t = stats.meanTime;
                text = tr("%1  (%2)").arg(Format::seconds(t), Format::count(stats.timedCount));
                tooltip = tr("%1 · %2 · %3\nMean %4, median %5, p95 %6\nmin %7, max %8\nn = %9 timed prompts")
                              .arg(m_models[m], m_currentMethod, m_hardware[h], Format::seconds(stats.meanTime),
                                   Format::seconds(stats.medianTime), Format::seconds(stats.p95Time),
                                   Format::seconds(stats.minTime), Format::seconds(stats.maxTime))
                              .arg(Format::count(stats.timedCount));
            }
            auto *item = new NumericTableItem(text, t);
            item->setToolTip(tooltip);
            m_table->setItem(int(m), 1 + int(h), item);
        }
    }
    m_table->setSortingEnabled(true);
    m_perPage = perPage();
    m_pager->setItems(int(m_models.size()), m_perPage, tr("Models"));
    m_stack->showContent();
    showPage();
}

void MethodsTab::showPage()
{
    if (!m_dataset || m_models.isEmpty())
        return;
    const int begin = m_pager->begin(), end = m_pager->end();
    BoxPlotData data;
    data.title = tr("Time per prompt of %1").arg(m_currentMethod);
    if (end - begin < m_models.size())
        data.title += tr(" (models %1–%2 of %3)").arg(begin + 1).arg(end).arg(m_models.size());
    data.subtitle = tr("Lower is better. Box: quartiles (linear interpolation); whiskers: min and max");
    if (!m_seriesNote.isEmpty())
        data.subtitle += QStringLiteral(" · ") + m_seriesNote;
    data.valueTitle = tr("Time per prompt (s)");
    data.log = m_log;
    data.categories = m_models.mid(begin, end - begin);
    for (qsizetype h = 0; h < m_hardware.size(); ++h) {
        BoxSeriesData series{m_hardware[h], ChartFactory::seriesColor(int(h)), {}};
        for (int m = begin; m < end; ++m) {
            const int g = m_cellGroups[h][m];
            BoxData box{0, 0, qQNaN(), 0, 0, {}};
            if (g >= 0) {
                const auto times = m_dataset->groupTimes(std::size_t(g));
                if (!times.empty()) {
                    box.lower = times.front();
                    box.q1 = Statistics::quantileSorted(times, 0.25);
                    box.median = Statistics::quantileSorted(times, 0.5);
                    box.q3 = Statistics::quantileSorted(times, 0.75);
                    box.upper = times.back();
                    box.tooltip = tr("%1 · %2\nmin %3, Q1 %4, median %5, Q3 %6, max %7\nn = %8 prompts")
                                      .arg(m_models[m], m_hardware[h], Format::seconds(box.lower), Format::seconds(box.q1),
                                           Format::seconds(box.median), Format::seconds(box.q3), Format::seconds(box.upper))
                                      .arg(Format::count(qint64(times.size())));
                }
            }
            series.boxes.append(box);
        }
        data.series.append(series);
    }
    m_chart->setChartData(data);
}

void MethodsTab::resizeEvent(QResizeEvent *event)
{
    ChartTab::resizeEvent(event);
    if (m_models.isEmpty())
        return;
    const int fit = perPage();
    if (fit != m_perPage) {
        m_perPage = fit;
        m_pager->setItems(int(m_models.size()), fit, tr("Models"));
        showPage();
    }
}
