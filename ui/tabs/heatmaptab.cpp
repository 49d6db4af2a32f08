// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmaptab.h"

#include "chartfactory.h"
#include "emptystatestack.h"
#include "heatmapmodel.h"
#include "heatmapview.h"
#include "toneframe.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kPanelsKey = QStringLiteral("charts/heatmap/panels");
const QString kOrderKey = QStringLiteral("charts/heatmap/order");

QString panelsName(HeatmapTab::Panels panels)
{
    switch (panels) {
    case HeatmapTab::Panels::All:
        return QStringLiteral("all");
    case HeatmapTab::Panels::One:
        return QStringLiteral("one");
    case HeatmapTab::Panels::Auto:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace

HeatmapTab::HeatmapTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new HeatmapModel(this))
    , m_controls(new QWidget(this))
    , m_hardwareBox(new QComboBox(m_controls))
    , m_aggregateBox(new QComboBox(m_controls))
    , m_scaleBox(new QComboBox(m_controls))
    , m_orderBox(new QComboBox(m_controls))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_view(new HeatmapView(m_content))
{
    m_hardwareBox->setAccessibleName(tr("Hardware"));
    m_hardwareBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hardwareBox->setToolTip(tr("Every hardware side by side on one colour scale, or one at a time"));
    m_aggregateBox->addItems({tr("Mean tokens/s"), tr("Median tokens/s")});
    m_aggregateBox->setAccessibleName(tr("Aggregate"));
    // In the order of HeatmapModel::Scale.
    m_scaleBox->addItems({tr("Automatic colour scale"), tr("Linear colour scale"), tr("Log colour scale")});
    m_scaleBox->setToolTip(tr("Automatic: log when the largest value is more than 10× the smallest"));
    m_scaleBox->setAccessibleName(tr("Colour scale"));
    // In the order of HeatmapModel::Order.
    m_orderBox->addItems({tr("By name"), tr("By value")});
    m_orderBox->setToolTip(tr("By value: highest geometric mean of the tokens/s of a row's (column's) cells first"));
    m_orderBox->setAccessibleName(tr("Order"));

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
    auto *orderLabel = new QLabel(tr("&Order:"), m_controls);
    orderLabel->setBuddy(m_orderBox);
    controls->addWidget(orderLabel);
    controls->addWidget(m_orderBox);
    controls->addStretch();

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Tokens per second heatmap"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);

    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_title);
    content->addWidget(m_view, 1);
    m_content->setAutoFillBackground(true);

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_hardwareBox, &QComboBox::activated, this, [this](int i) {
        const QVariant hardware = m_hardwareBox->itemData(i);
        if (hardware.isValid()) {
            m_wantedHardware = hardware.toString();
            m_panels = Panels::One;
        } else {
            m_panels = Panels::All;
        }
        refresh();
    });
    connect(m_aggregateBox, &QComboBox::activated, this, [this](int i) { setMedian(i == 1); });
    connect(m_scaleBox, &QComboBox::activated, this, [this](int i) { setScale(HeatmapModel::Scale(i)); });
    connect(m_orderBox, &QComboBox::activated, this, [this](int i) { setOrder(HeatmapModel::Order(i)); });
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
    m_model->setGroups(dataset, groups);
    refresh();
}

void HeatmapTab::setHardware(const QString &hardware)
{
    m_wantedHardware = hardware;
    m_panels = Panels::One;
    refresh();
}

void HeatmapTab::setPanels(Panels panels)
{
    m_panels = panels;
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

void HeatmapTab::setOrder(HeatmapModel::Order order)
{
    m_model->setOrder(order);
    refresh();
}

void HeatmapTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_view->setCompact(compact);
    refresh();
}

bool HeatmapTab::sideBySideByDefault(const HeatmapModel &model)
{
    const int machines = int(model.hardwareNames().size());
    const int columns = std::min(model.rowCount(), model.columnCount()); // the fewer names go across
    return machines >= 2 && machines <= 6 && machines * columns <= 60;
}

bool HeatmapTab::sideBySide() const
{
    return m_panels == Panels::All || (m_panels == Panels::Auto && sideBySideByDefault(*m_model));
}

void HeatmapTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    m_view->setDarkTheme(dark);
    applyPalette();
    refresh();
}

void HeatmapTab::changeEvent(QEvent *event)
{
    ChartTab::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HeatmapTab::applyPalette()
{
    // The window's palette when it is of the theme asked for; otherwise (an
    // export in the other theme) fixed colours like the chart tabs'.
    QPalette palette = this->palette();
    if (ToneFrame::isDark(palette) != m_dark) {
        const QColor background = m_dark ? QColor(0x2e, 0x30, 0x3a) : QColor(Qt::white);
        const QColor text = m_dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x20, 0x20, 0x20);
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            palette.setColor(role, background);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, text);
    } else {
        // The chart sits on the view background (Base), like a table.
        palette.setColor(QPalette::Window, palette.color(QPalette::Base));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    }
    m_content->setPalette(palette);
}

void HeatmapTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/heatmap/hardware"), m_wantedHardware);
    settings.setValue(kPanelsKey, panelsName(m_panels));
    settings.setValue(QStringLiteral("charts/heatmap/median"), m_model->aggregate() == HeatmapModel::Aggregate::Median);
    settings.setValue(QStringLiteral("charts/heatmap/scale"), int(m_model->scale()));
    settings.setValue(kOrderKey,
                      m_model->order() == HeatmapModel::Order::Value ? QStringLiteral("value") : QStringLiteral("name"));
}

void HeatmapTab::restoreSettings(const QSettings &settings)
{
    m_wantedHardware = settings.value(QStringLiteral("charts/heatmap/hardware")).toString();
    const QString panels = settings.value(kPanelsKey).toString();
    m_panels = panels == panelsName(Panels::All) ? Panels::All : panels == panelsName(Panels::One) ? Panels::One : Panels::Auto;
    m_model->setOrder(settings.value(kOrderKey).toString() == QLatin1String("value") ? HeatmapModel::Order::Value
                                                                                      : HeatmapModel::Order::Name);
    setMedian(settings.value(QStringLiteral("charts/heatmap/median"), false).toBool());
    const int scale = settings.value(QStringLiteral("charts/heatmap/scale"), int(HeatmapModel::Scale::Auto)).toInt();
    setScale(scale >= 0 && scale <= int(HeatmapModel::Scale::Log) ? HeatmapModel::Scale(scale) : HeatmapModel::Scale::Auto);
}

void HeatmapTab::syncControls()
{
    const QSignalBlocker blockHardware(m_hardwareBox);
    const QSignalBlocker blockAggregate(m_aggregateBox);
    const QSignalBlocker blockScale(m_scaleBox);
    const QSignalBlocker blockOrder(m_orderBox);
    m_hardwareBox->clear();
    m_hardwareBox->addItem(tr("All side by side"));
    for (const QString &name : m_model->hardwareNames()) {
        m_hardwareBox->addItem(ChartFactory::shortLabel(name, 32), name);
        if (name.size() > 32) // the full name of a shortened one
            m_hardwareBox->setItemData(m_hardwareBox->count() - 1, name, Qt::ToolTipRole);
    }
    m_hardwareBox->setCurrentIndex(sideBySide() ? 0 : std::max(0, m_hardwareBox->findData(m_model->hardware())));
    m_aggregateBox->setCurrentIndex(m_model->aggregate() == HeatmapModel::Aggregate::Median ? 1 : 0);
    m_scaleBox->setCurrentIndex(int(m_model->scale()));
    m_orderBox->setCurrentIndex(int(m_model->order()));
}

void HeatmapTab::refresh()
{
    const QStringList hardware = m_model->hardwareNames();
    // One hardware at a time: the wanted one if present, else the first.
    m_model->setHardware(hardware.contains(m_wantedHardware) ? m_wantedHardware
                                                             : (hardware.isEmpty() ? QString() : hardware.first()));
    const bool all = sideBySide();
    m_model->setScaleAcrossHardware(all);
    m_view->setAllHardware(all);
    syncControls();
    if (!m_dataset || m_model->rowCount() == 0 || m_model->columnCount() == 0) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        return;
    }
    const QString aggregate = m_model->aggregate() == HeatmapModel::Aggregate::Median ? tr("Median tokens/s")
                                                                                       : tr("Mean tokens/s");
    const QString where = all ? tr("every hardware, one colour scale") : m_model->hardware().toHtmlEscaped();
    if (m_compact) {
        m_title->setText(tr("<b>%1 on %2</b> (higher is better)").arg(aggregate, where));
    } else {
        const QString axes = HeatmapView::modelsOnRows(*m_model) ? tr("Rows: models, columns: methods.")
                                                                 : tr("Rows: methods, columns: models.");
        const QString meaning = m_dark ? tr("brighter = more input tokens per second of attribution")
                                       : tr("darker red = more input tokens per second of attribution");
        m_title->setText(tr("<b>%1 on %2</b><br>%3 Higher is better: %4").arg(aggregate, where, axes, meaning));
    }
    m_stack->showContent();
}
