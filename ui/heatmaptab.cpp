// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmaptab.h"

#include "chartfactory.h"
#include "emptystatestack.h"
#include "heatmapdelegate.h"
#include "heatmaplegend.h"
#include "heatmapmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

HeatmapTab::HeatmapTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new HeatmapModel(this))
    , m_controls(new QWidget(this))
    , m_hardwareBox(new QComboBox(m_controls))
    , m_aggregateBox(new QComboBox(m_controls))
    , m_scaleBox(new QComboBox(m_controls))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_view(new QTableView(m_content))
    , m_delegate(new HeatmapDelegate(this))
    , m_legend(new HeatmapLegend(m_content))
{
    m_hardwareBox->setAccessibleName(tr("Hardware"));
    m_hardwareBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aggregateBox->addItems({tr("Mean tokens/s"), tr("Median tokens/s")});
    m_aggregateBox->setAccessibleName(tr("Aggregate"));
    // In the order of HeatmapModel::Scale.
    m_scaleBox->addItems({tr("Automatic colour scale"), tr("Linear colour scale"), tr("Log colour scale")});
    m_scaleBox->setToolTip(tr("Automatic: log when the largest value is more than 10× the smallest"));
    m_scaleBox->setAccessibleName(tr("Colour scale"));

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *hardwareLabel = new QLabel(tr("&Hardware:"), m_controls);
    hardwareLabel->setBuddy(m_hardwareBox);
    controls->addWidget(hardwareLabel);
    controls->addWidget(m_hardwareBox);
    auto *aggregateLabel = new QLabel(tr("&Cell:"), m_controls);
    aggregateLabel->setBuddy(m_aggregateBox);
    controls->addWidget(aggregateLabel);
    controls->addWidget(m_aggregateBox);
    controls->addWidget(m_scaleBox);
    controls->addStretch();

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setShowGrid(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setAccessibleName(tr("Tokens per second heatmap"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 0, Qt::AlignLeft | Qt::AlignTop);
    body->addWidget(m_legend, 0, Qt::AlignTop);
    body->addStretch(1);
    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_title);
    content->addLayout(body, 1);
    m_content->setAutoFillBackground(true);

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_hardwareBox, &QComboBox::activated, this, [this](int i) {
        m_wantedHardware = m_hardwareBox->itemData(i).toString();
        refresh();
    });
    connect(m_aggregateBox, &QComboBox::activated, this, [this](int i) { setMedian(i == 1); });
    connect(m_scaleBox, &QComboBox::activated, this, [this](int i) { setScale(HeatmapModel::Scale(i)); });
    applyPalette();
    refresh();
}

HeatmapTab::~HeatmapTab() = default;

QString HeatmapTab::title() const
{
    return tr("Heatmap");
}

QWidget *HeatmapTab::exportWidget()
{
    return m_stack;
}

void HeatmapTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    // Fixed while the model resets, so that a reset to 200k columns never
    // measures them all; refresh() fits the sections to what came.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_model->setGroups(dataset, groups);
    refresh();
}

void HeatmapTab::setHardware(const QString &hardware)
{
    m_wantedHardware = hardware;
    refresh();
}

void HeatmapTab::setMedian(bool median)
{
    m_model->setAggregate(median ? HeatmapModel::Aggregate::Median : HeatmapModel::Aggregate::Mean);
    refresh();
}

void HeatmapTab::setLogScale(bool log)
{
    setScale(log ? HeatmapModel::Scale::Log : HeatmapModel::Scale::Linear);
}

void HeatmapTab::setScale(HeatmapModel::Scale scale)
{
    m_model->setScale(scale);
    refresh();
}

void HeatmapTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_delegate->setCompact(compact);
    QFont font = m_view->font();
    font.setPointSizeF(compact ? 7.5 : QFont().pointSizeF());
    m_view->setFont(font);
    m_view->horizontalHeader()->setFont(font);
    m_view->verticalHeader()->setFont(font);
    refresh();
}

void HeatmapTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    m_delegate->setDarkTheme(dark);
    m_legend->setDarkTheme(dark);
    applyPalette();
    m_view->viewport()->update();
}

void HeatmapTab::applyPalette()
{
    // Fixed colours, not the application palette, so that an export looks
    // like the chart tabs of the same theme.
    QPalette palette = m_content->palette();
    const QColor background = m_dark ? QColor(0x2e, 0x30, 0x3a) : QColor(Qt::white);
    const QColor text = m_dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x20, 0x20, 0x20);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, background);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, text);
    m_content->setPalette(palette);
    m_view->setPalette(palette);
    m_view->horizontalHeader()->setPalette(palette);
    m_view->verticalHeader()->setPalette(palette);
}

void HeatmapTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/heatmap/hardware"), m_wantedHardware);
    settings.setValue(QStringLiteral("charts/heatmap/median"), m_model->aggregate() == HeatmapModel::Aggregate::Median);
    settings.setValue(QStringLiteral("charts/heatmap/scale"), int(m_model->scale()));
}

void HeatmapTab::restoreSettings(const QSettings &settings)
{
    m_wantedHardware = settings.value(QStringLiteral("charts/heatmap/hardware")).toString();
    setMedian(settings.value(QStringLiteral("charts/heatmap/median"), false).toBool());
    const int scale = settings.value(QStringLiteral("charts/heatmap/scale"), int(HeatmapModel::Scale::Auto)).toInt();
    setScale(scale >= 0 && scale <= int(HeatmapModel::Scale::Log) ? HeatmapModel::Scale(scale) : HeatmapModel::Scale::Auto);
}

void HeatmapTab::syncControls()
{
    const QSignalBlocker blockHardware(m_hardwareBox);
    const QSignalBlocker blockAggregate(m_aggregateBox);
    const QSignalBlocker blockScale(m_scaleBox);
    m_hardwareBox->clear();
    for (const QString &name : m_model->hardwareNames())
        m_hardwareBox->addItem(ChartFactory::shortLabel(name, 32), name);
    m_hardwareBox->setCurrentIndex(std::max(0, m_hardwareBox->findData(m_model->hardware())));
    m_aggregateBox->setCurrentIndex(m_model->aggregate() == HeatmapModel::Aggregate::Median ? 1 : 0);
    m_scaleBox->setCurrentIndex(int(m_model->scale()));
}

void HeatmapTab::refresh()
{
    const QStringList hardware = m_model->hardwareNames();
    // One hardware at a time: the wanted one if present, else the first.
    m_model->setHardware(hardware.contains(m_wantedHardware) ? m_wantedHardware
                                                             : (hardware.isEmpty() ? QString() : hardware.first()));
    syncControls();
    if (!m_dataset || m_model->rowCount() == 0 || m_model->columnCount() == 0) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        return;
    }
    const bool log = m_model->logScale();
    m_legend->setRange(m_model->minimum(), m_model->maximum(), log);
    const QString aggregate = m_model->aggregate() == HeatmapModel::Aggregate::Median ? tr("Median tokens/s")
                                                                                       : tr("Mean tokens/s");
    if (m_compact)
        m_title->setText(tr("<b>%1 on %2</b> (higher is better)").arg(aggregate, m_model->hardware().toHtmlEscaped()));
    else
        m_title->setText(tr("<b>%1 per method (rows) and model (columns) on %2</b><br>"
                            "Higher is better: darker red = more input tokens per second of attribution")
                             .arg(aggregate, m_model->hardware().toHtmlEscaped()));
    m_view->setToolTip(QString());
    fitSections(m_view->horizontalHeader(), m_model->columnCount(), m_model->rowCount());
    fitSections(m_view->verticalHeader(), m_model->rowCount(), m_model->columnCount());
    m_stack->showContent();
}

void HeatmapTab::fitSections(QHeaderView *header, int count, int across)
{
    // ResizeToContents measures every cell of every section at each layout
    // (all of them while the tab is hidden): with 200k models that took
    // minutes. Past a few hundred sections, which nobody reads one by one,
    // every section gets one fixed size instead.
    constexpr int kFitSections = 300;
    if (count <= kFitSections && across <= kFitSections) {
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        return;
    }
    const QFontMetrics metrics = m_view->fontMetrics();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(header->orientation() == Qt::Horizontal
                                      ? metrics.horizontalAdvance(QStringLiteral("0000.0 tok/s")) + 16
                                      : metrics.height() + 10);
}
