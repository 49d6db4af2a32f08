// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodstab.h"

#include "boxplotchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "format.h"
#include "numerictableitem.h"
#include "plaintextdelegate.h"
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
    , m_model(new MethodBoxModel(this))
    , m_controls(new QWidget(this))
    , m_methodBox(new QComboBox(m_controls))
    , m_logBox(new QCheckBox(tr("Log scale"), m_controls))
    , m_content(new QWidget(this))
    , m_table(new QTableWidget(m_content))
    , m_chart(new BoxPlotChart(m_content))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
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

    m_table->setAccessibleName(tr("Mean time per model and hardware"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegate(new PlainTextDelegate(m_table)); // plain text: no style item layout per cell
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
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    rebuild();
}

void MethodsTab::setMethod(const QString &method)
{
    m_model->setMethod(method);
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
    settings.setValue(QStringLiteral("charts/methods/method"), m_model->wantedMethod());
    settings.setValue(QStringLiteral("charts/methods/log"), m_log);
}

void MethodsTab::restoreSettings(const QSettings &settings)
{
    m_model->setMethod(settings.value(QStringLiteral("charts/methods/method")).toString());
    m_log = settings.value(QStringLiteral("charts/methods/log"), true).toBool();
    rebuild();
}

void MethodsTab::rebuild()
{
    {
        const QSignalBlocker blockLog(m_logBox);
        m_logBox->setChecked(m_log);
    }
    const MethodBoxModel &model = *m_model;
    {
        const QSignalBlocker blockMethod(m_methodBox);
        m_methodBox->clear();
        for (const QString &name : model.methods())
            m_methodBox->addItem(name, name);
        m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(model.method())));
    }
    if (model.method().isEmpty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_chart->setChartData({});
        return;
    }
    const Dataset &dataset = *model.dataset();
    const QStringList &models = model.models();
    const QStringList &hardware = model.hardwareNames();
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setRowCount(int(models.size()));
    m_table->setColumnCount(1 + int(hardware.size()));
    QStringList headers{tr("Model")};
    for (const QString &name : hardware)
        headers.append(tr("%1\nmean time (n)").arg(ChartFactory::shortLabel(name, 24)));
    m_table->setHorizontalHeaderLabels(headers);
    for (qsizetype m = 0; m < models.size(); ++m) {
        m_table->setItem(int(m), 0, new QTableWidgetItem(models[m]));
        for (qsizetype h = 0; h < hardware.size(); ++h) {
            const MethodBoxModel::Cell *cell = model.cellAt(int(m), int(h));
            double t = kMissing;
            QString text = Format::seconds(t);
            QString tooltip = tr("No data");
            if (cell) {
                const GroupStats &stats = dataset.groups()[std::size_t(cell->group)];
                t = cell->mean;
                text = tr("%1  (%2)").arg(Format::seconds(t), Format::count(stats.timedCount));
                tooltip = tr("%1 · %2 · %3\nMean %4, median %5, p95 %6\nmin %7, max %8\nn = %9 timed prompts")
                              .arg(models[m], model.method(), hardware[h], Format::seconds(stats.meanTime),
                                   Format::seconds(stats.medianTime), Format::seconds(stats.p95Time),
                                   Format::seconds(stats.minTime), Format::seconds(stats.maxTime),
                                   Format::count(stats.timedCount));
            }
            auto *item = new NumericTableItem(text, t);
            item->setToolTip(tooltip);
            m_table->setItem(int(m), 1 + int(h), item);
        }
    }
    m_table->setSortingEnabled(true);
    m_stack->showContent();
    showChart();
}

void MethodsTab::showChart()
{
    const MethodBoxModel &model = *m_model;
    const QStringList &models = model.models();
    if (!model.dataset() || models.isEmpty())
        return;
    // Every model, one row each, the boxes of its hardware side by side: no
    // page, one value axis (a page per ten models each had its own).
    const int begin = 0, end = int(models.size());
    BoxPlotData data;
    data.horizontal = true;
    data.title = tr("Time per prompt of %1").arg(model.method());
    data.subtitle = tr("Lower is better. Box: quartiles (linear interpolation); whiskers: min and max");
    if (const QString note = ChartFactory::seriesNote(model.seriesTotal()); !note.isEmpty())
        data.subtitle += QStringLiteral(" · ") + note;
    data.valueTitle = tr("Time per prompt (s)");
    data.log = m_log;
    data.categories = models.mid(begin, end - begin);
    const QStringList &hardware = model.hardwareNames();
    for (qsizetype h = 0; h < hardware.size(); ++h) {
        BoxSeriesData series{hardware[h], nameColor(*m_model->dataset(), Dimension::Hardware, hardware[h]), {}};
        for (int m = begin; m < end; ++m) {
            const MethodBoxModel::Cell *cell = model.cellAt(m, int(h));
            BoxData box{0, 0, qQNaN(), 0, 0, {}};
            if (cell && cell->n > 0) {
                box = BoxData{cell->min, cell->q1, cell->median, cell->q3, cell->max, {}};
                box.tooltip = tr("%1 · %2\nmin %3, Q1 %4, median %5, Q3 %6, max %7\nn = %8 prompts")
                                  .arg(models[m], hardware[h], Format::seconds(box.lower), Format::seconds(box.q1),
                                       Format::seconds(box.median), Format::seconds(box.q3), Format::seconds(box.upper),
                                       Format::count(cell->n));
            }
            series.boxes.append(box);
        }
        data.series.append(series);
    }
    m_chart->setChartData(data);
}

