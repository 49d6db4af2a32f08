// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelstab.h"

#include "wrappedtext.h"

#include "chartfactory.h"
#include "dotplot.h"
#include "emptystatestack.h"
#include "format.h"
#include "numerictableitem.h"
#include "plaintextdelegate.h"

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
    , m_model(new ModelRankModel(this))
    , m_controls(new QWidget(this))
    , m_modelBox(new QComboBox(m_controls))
    , m_logBox(new QCheckBox(tr("Log scale"), m_controls))
    , m_content(new QWidget(this))
    , m_loading(new WrappedText(m_content))
    , m_table(new QTableWidget(m_content))
    , m_chart(new DotPlot(m_content))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
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

    m_loading->setLineCount(2);
    m_loading->setAccessibleName(tr("Model loading time"));
    m_table->setAccessibleName(tr("Methods ranked by time"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegate(new PlainTextDelegate(m_table)); // plain text: no style item layout per cell
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setAccessibleName(tr("Methods of the model by time"));

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
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    rebuild();
}

void ModelsTab::setModel(const QString &model)
{
    m_model->setModel(model);
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
    settings.setValue(QStringLiteral("charts/models/model"), m_model->wantedModel());
    settings.setValue(QStringLiteral("charts/models/log"), m_log);
}

void ModelsTab::restoreSettings(const QSettings &settings)
{
    m_model->setModel(settings.value(QStringLiteral("charts/models/model")).toString());
    m_log = settings.value(QStringLiteral("charts/models/log"), true).toBool();
    rebuild();
}

void ModelsTab::rebuild()
{
    {
        const QSignalBlocker blockLog(m_logBox);
        m_logBox->setChecked(m_log);
    }
    const ModelRankModel &model = *m_model;
    {
        const QSignalBlocker blockModel(m_modelBox);
        m_modelBox->clear();
        for (const QString &name : model.models())
            m_modelBox->addItem(name, name);
        m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findData(model.model())));
    }
    if (model.model().isEmpty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_chart->setData({});
        return;
    }
    const Dataset &dataset = *model.dataset();
    const QStringList &methods = model.methods();
    const QStringList &hardware = model.hardwareNames();

    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setRowCount(int(methods.size()));
    m_table->setColumnCount(1 + int(hardware.size()));
    QStringList headers{tr("Method")};
    for (const QString &name : hardware)
        headers.append(tr("%1\nmean time (rank)").arg(ChartFactory::shortLabel(name, 24)));
    m_table->setHorizontalHeaderLabels(headers);

    // A row per method (full names, in rank order), a dot per hardware on one
    // value axis: no elided category labels, and LIME's minutes do not flatten
    // attention's milliseconds on the (default) log axis.
    DotPlotData chart;
    chart.title = tr("Methods of %1 by mean time per prompt").arg(model.model());
    chart.subtitle = tr("Lower is better. Model loading time not included");
    if (const QString note = ChartFactory::seriesNote(model.seriesTotal()); !note.isEmpty())
        chart.subtitle += QStringLiteral(" · ") + note;
    chart.valueTitle = tr("Mean time per prompt (s)");
    chart.log = m_log;
    chart.panels = {QString()};
    chart.formatValue = [](double v) { return Format::seconds(v); };
    for (qsizetype h = 0; h < hardware.size(); ++h)
        chart.series.append({hardware[h], nameColor(*m_model->dataset(), Dimension::Hardware, hardware[h])});
    for (qsizetype r = 0; r < methods.size(); ++r) {
        const QString &methodName = methods[r];
        m_table->setItem(int(r), 0, new QTableWidgetItem(methodName));
        chart.rows.append(methodName);
        for (qsizetype h = 0; h < hardware.size(); ++h) {
            const ModelRankModel::Cell *cell = model.cellAt(int(r), int(h));
            double t = kMissing;
            QString tooltip = tr("%1 on %2\nNo data").arg(methodName, hardware[h]);
            if (cell) {
                const GroupStats &stats = dataset.groups()[std::size_t(cell->group)];
                t = cell->mean;
                tooltip = tr("%1 on %2\nMean time: %3 (rank %4)\nn = %5 prompts")
                              .arg(methodName, hardware[h], Format::seconds(t), QString::number(cell->rank),
                                   Format::count(stats.timedCount));
            }
            const QString text = isMissing(t) ? Format::seconds(t)
                                              : tr("%1  (#%2)").arg(Format::seconds(t), QString::number(cell->rank));
            auto *item = new NumericTableItem(text, t);
            item->setToolTip(tooltip);
            m_table->setItem(int(r), 1 + int(h), item);
            if (!isMissing(t))
                chart.dots.append({int(r), 0, int(h), t, qQNaN(), qQNaN(), tooltip});
        }
    }
    m_table->setSortingEnabled(true);

    QStringList loading;
    for (qsizetype h = 0; h < hardware.size(); ++h)
        loading.append(tr("%1: %2").arg(hardware[h], Format::seconds(model.loadingTimes()[std::size_t(h)])));
    m_loading->setText(tr("Model loading time of %1 (once per run, not part of the attribution times): %2")
                           .arg(model.model(), loading.join(QStringLiteral(" · "))));
    m_chart->setData(chart);
    m_stack->showContent();
}
