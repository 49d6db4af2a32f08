// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelstab.h"

#include "barchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "format.h"
#include "numerictableitem.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

ModelsTab::ModelsTab(QWidget *parent)
    : ChartTab(parent)
    , m_controls(new QWidget(this))
    , m_modelBox(new QComboBox(m_controls))
    , m_logBox(new QCheckBox(tr("Log scale"), m_controls))
    , m_content(new QWidget(this))
    , m_loading(new QLabel(m_content))
    , m_table(new QTableWidget(m_content))
    , m_chart(new BarChart(m_content))
{
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *modelLabel = new QLabel(tr("&Model:"), m_controls);
    modelLabel->setBuddy(m_modelBox);
    controls->addWidget(modelLabel);
    controls->addWidget(m_modelBox);
    controls->addWidget(m_logBox);
    controls->addStretch();

    m_loading->setWordWrap(true);
    m_loading->setTextFormat(Qt::RichText);
    m_loading->setAccessibleName(tr("Model loading time"));
    m_table->setAccessibleName(tr("Methods ranked by time"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->chartView()->setAccessibleName(tr("Methods of the model by time"));

    // Table above, chart below at full width (method names need the width);
    // stretch factors, not size hints, share the height.
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_loading);
    content->addWidget(m_table, 2);
    content->addWidget(m_chart, 3);

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_modelBox, &QComboBox::activated, this, [this](int i) { setModel(m_modelBox->itemData(i).toString()); });
    connect(m_logBox, &QCheckBox::toggled, this, &ModelsTab::setLogScale);
}

ModelsTab::~ModelsTab() = default;

QString ModelsTab::title() const
{
    return tr("Models");
}

QWidget *ModelsTab::exportWidget()
{
    return m_stack;
}

void ModelsTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    rebuild();
}

void ModelsTab::setModel(const QString &model)
{
    m_wantedModel = model;
    rebuild();
}

void ModelsTab::setLogScale(bool log)
{
    m_log = log;
    rebuild();
}

void ModelsTab::setDarkTheme(bool dark)
{
    m_chart->setDarkTheme(dark);
}

void ModelsTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/models/model"), m_wantedModel);
    settings.setValue(QStringLiteral("charts/models/log"), m_log);
}

void ModelsTab::restoreSettings(const QSettings &settings)
{
    m_wantedModel = settings.value(QStringLiteral("charts/models/model")).toString();
    m_log = settings.value(QStringLiteral("charts/models/log"), false).toBool();
    rebuild();
}

void ModelsTab::rebuild()
{
    {
        const QSignalBlocker blockLog(m_logBox);
        m_logBox->setChecked(m_log);
    }
    // Models present in the filtered groups.
    QStringList models;
    if (m_dataset) {
        std::vector<bool> present(std::size_t(m_dataset->models().size()));
        for (int g : m_groups)
            present[m_dataset->groups()[std::size_t(g)].model] = true;
        for (std::size_t i = 0; i < present.size(); ++i)
            if (present[i])
                models.append(m_dataset->models().at(qsizetype(i)));
    }
    m_currentModel = models.contains(m_wantedModel) ? m_wantedModel : (models.isEmpty() ? QString() : models.first());
    {
        const QSignalBlocker blockModel(m_modelBox);
        m_modelBox->clear();
        for (const QString &name : std::as_const(models))
            m_modelBox->addItem(name, name);
        m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findData(m_currentModel)));
    }
    if (m_currentModel.isEmpty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        m_chart->setChartData({});
        return;
    }
    const Dataset &dataset = *m_dataset;
    const int modelId = dataset.modelId(m_currentModel);
    // method id -> hardware id -> group
    std::map<int, std::map<int, int>> cells;
    std::map<int, int> hardwareIndex;
    // Hardware (columns, bar colours): the first kMaxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (int(stats.model) == modelId)
            keptHardware[stats.hardware] = true;
    }
    const QString seriesNote = ChartFactory::seriesNote(ChartFactory::keepFirstSeries(keptHardware));
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (int(stats.model) != modelId || !keptHardware[stats.hardware])
            continue;
        cells[int(stats.method)][int(stats.hardware)] = g;
        hardwareIndex.emplace(int(stats.hardware), 0);
    }
    QStringList hardware;
    for (auto &[id, index] : hardwareIndex) {
        index = int(hardware.size());
        hardware.append(dataset.hardware().at(id));
    }

    // Rank per hardware: 1 = fastest mean time there.
    std::map<std::pair<int, int>, int> rank; // (method, hardware) -> rank
    for (const auto &[hw, index] : hardwareIndex) {
        std::vector<std::pair<double, int>> times;
        for (const auto &[method, perHardware] : cells) {
            const auto it = perHardware.find(hw);
            if (it != perHardware.end() && !isMissing(dataset.groups()[std::size_t(it->second)].meanTime))
                times.emplace_back(dataset.groups()[std::size_t(it->second)].meanTime, method);
        }
        std::sort(times.begin(), times.end());
        for (std::size_t r = 0; r < times.size(); ++r)
            rank[{times[r].second, hw}] = int(r) + 1;
    }

    // Methods in the order of their mean over hardware (missing last): table and chart agree.
    struct Row
    {
        int method;
        double score;
    };
    std::vector<Row> rows;
    for (const auto &[method, perHardware] : cells) {
        double sum = 0;
        int n = 0;
        for (const auto &[hw, g] : perHardware) {
            const double t = dataset.groups()[std::size_t(g)].meanTime;
            if (!isMissing(t)) {
                sum += t;
                ++n;
            }
        }
        rows.push_back({method, n ? sum / n : kMissing});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (isMissing(a.score) || isMissing(b.score))
            return !isMissing(a.score) && isMissing(b.score);
        return a.score < b.score;
    });

    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(1 + int(hardware.size()));
    QStringList headers{tr("Method")};
    for (const QString &name : std::as_const(hardware))
        headers.append(tr("%1\nmean time (rank)").arg(ChartFactory::shortLabel(name, 24)));
    m_table->setHorizontalHeaderLabels(headers);

    BarChartData chart;
    chart.title = tr("Methods of %1 by mean time per prompt").arg(m_currentModel);
    chart.subtitle = tr("Lower is better. Model loading time not included");
    if (!seriesNote.isEmpty())
        chart.subtitle += QStringLiteral(" · ") + seriesNote;
    chart.valueTitle = tr("Mean time per prompt (s)");
    chart.log = m_log;
    for (qsizetype h = 0; h < hardware.size(); ++h)
        chart.sets.append({hardware[h], ChartFactory::seriesColor(int(h)), {}, {}});

    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int method = rows[r].method;
        const QString methodName = dataset.methods().at(method);
        m_table->setItem(int(r), 0, new QTableWidgetItem(methodName));
        chart.categories.append(methodName);
        for (const auto &[hw, index] : hardwareIndex) {
            const auto it = cells[method].find(hw);
            double t = kMissing;
            QString tooltip = tr("%1 on %2\nNo data").arg(methodName, hardware[index]);
            if (it != cells[method].end()) {
                const GroupStats &stats = dataset.groups()[std::size_t(it->second)];
                t = stats.meanTime;
                tooltip = tr("%1 on %2\nMean time: %3 (rank %4)\nn = %5 prompts")
                              .arg(methodName, hardware[index], Format::seconds(t))
                              .arg(rank.count({method, hw}) ? rank[{method, hw}] : 0)
                              .arg(Format::count(stats.timedCount));
            }
            const QString text = isMissing(t) ? Format::seconds(t)
                                              : tr("%1  (#%2)").arg(Format::seconds(t)).arg(rank[{method, hw}]);
            auto *item = new NumericTableItem(text, t);
            item->setToolTip(tooltip);
            m_table->setItem(int(r), 1 + index, item);
            chart.sets[index].values.append(t);
            chart.sets[index].tooltips.append(tooltip);
        }
    }
    m_table->setSortingEnabled(true);

    // Loading time: mean over the model's method rows per hardware.
    QStringList loading;
    for (const auto &[hw, index] : hardwareIndex) {
        double sum = 0;
        int n = 0;
        for (const auto &[method, perHardware] : cells) {
            const auto it = perHardware.find(hw);
            if (it == perHardware.end())
                continue;
            const double t = dataset.groups()[std::size_t(it->second)].modelLoadingTime;
            if (!isMissing(t)) {
                sum += t;
                ++n;
            }
        }
        loading.append(tr("%1: <b>%2</b>").arg(hardware[index].toHtmlEscaped(), Format::seconds(n ? sum / n : kMissing)));
    }
    m_loading->setText(tr("<b>Model loading time</b> of %1 (once per run, not part of the attribution times): %2")
                           .arg(m_currentModel.toHtmlEscaped(), loading.join(QStringLiteral(" · "))));
    m_chart->setChartData(chart);
    m_stack->showContent();
}
