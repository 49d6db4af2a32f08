// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwaretab.h"

#include "barchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "format.h"
#include "pager.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace {
constexpr int kSpeedUpListWidth = 300;
}

HardwareTab::HardwareTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new HardwareModel(this))
    , m_controls(new QWidget(this))
    , m_methodBox(new QComboBox(m_controls))
    , m_categoriesBox(new QComboBox(m_controls))
    , m_layoutBox(new QComboBox(m_controls))
    , m_logBox(new QCheckBox(tr("Log scale"), m_controls))
    , m_pager(new Pager(m_controls))
    , m_content(new QWidget(this))
    , m_chart(new BarChart(m_content))
    , m_speedUpList(new QListWidget(m_content))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
    m_methodBox->setAccessibleName(tr("Method"));
    m_categoriesBox->addItems({tr("Bars per model"), tr("Bars per method")});
    m_categoriesBox->setAccessibleName(tr("Categories"));
    m_layoutBox->addItems({tr("Grouped"), tr("Stacked")});
    m_layoutBox->setAccessibleName(tr("Bar layout"));

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto *methodLabel = new QLabel(tr("&Method:"), m_controls);
    methodLabel->setBuddy(m_methodBox);
    controls->addWidget(methodLabel);
    controls->addWidget(m_methodBox);
    controls->addWidget(m_categoriesBox);
    controls->addWidget(m_layoutBox);
    controls->addWidget(m_logBox);
    controls->addStretch();
    controls->addWidget(m_pager);

    m_speedUpList->setAccessibleName(tr("Speed-up between hardware"));
    m_speedUpList->setWordWrap(true);
    m_speedUpList->setSpacing(3);
    m_speedUpList->setFixedWidth(kSpeedUpListWidth);
    m_speedUpList->setSelectionMode(QAbstractItemView::NoSelection);
    auto *content = new QHBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_chart, 1);
    content->addWidget(m_speedUpList);
    m_chart->chartView()->setAccessibleName(tr("Hardware comparison chart"));

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_methodBox, &QComboBox::activated, this, [this](int i) { setMethod(m_methodBox->itemData(i).toString()); });
    connect(m_categoriesBox, &QComboBox::activated, this, [this](int i) { setCategories(Categories(i)); });
    connect(m_layoutBox, &QComboBox::activated, this, [this](int i) { setStacked(i == 1); });
    connect(m_logBox, &QCheckBox::toggled, this, &HardwareTab::setLogScale);
    connect(m_pager, &Pager::pageChanged, this, &HardwareTab::showPage);
    syncControls();
}

HardwareTab::~HardwareTab() = default;

QString HardwareTab::title() const
{
    return tr("Hardware");
}

QWidget *HardwareTab::exportWidget()
{
    return m_stack;
}

ChartCsv::Table HardwareTab::chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const
{
    // The chart's options, without its 40-series display cap.
    HardwareModel model;
    model.setMethod(m_model->method());
    model.setCategories(m_model->categoriesBy());
    model.setGroups(dataset, groups);
    return ChartCsv::hardware(model);
}

void HardwareTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    syncControls();
    rebuild();
}

void HardwareTab::setMethod(const QString &method)
{
    m_model->setMethod(method);
    syncControls();
    rebuild();
}

void HardwareTab::setCategories(Categories categories)
{
    m_model->setCategories(categories);
    syncControls();
    rebuild();
}

void HardwareTab::setStacked(bool stacked)
{
    m_stacked = stacked;
    syncControls();
    rebuild();
}

void HardwareTab::setLogScale(bool log)
{
    m_log = log;
    syncControls();
    rebuild();
}

void HardwareTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_speedUpList->setVisible(!compact);
    m_chart->setCompact(compact);
    rebuild();
}

void HardwareTab::setDarkTheme(bool dark)
{
    m_chart->setDarkTheme(dark);
}

void HardwareTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/hardware/method"), m_model->method());
    settings.setValue(QStringLiteral("charts/hardware/categories"), int(m_model->categoriesBy()));
    settings.setValue(QStringLiteral("charts/hardware/stacked"), m_stacked);
    settings.setValue(QStringLiteral("charts/hardware/log"), m_log);
}

void HardwareTab::restoreSettings(const QSettings &settings)
{
    m_model->setMethod(settings.value(QStringLiteral("charts/hardware/method")).toString());
    m_model->setCategories(Categories(std::clamp(settings.value(QStringLiteral("charts/hardware/categories"), 0).toInt(), 0, 1)));
    m_stacked = settings.value(QStringLiteral("charts/hardware/stacked"), false).toBool();
    m_log = settings.value(QStringLiteral("charts/hardware/log"), false).toBool();
    syncControls();
    rebuild();
}

void HardwareTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_methodBox), QSignalBlocker(m_categoriesBox),
                                       QSignalBlocker(m_layoutBox), QSignalBlocker(m_logBox)};
    m_methodBox->clear();
    m_methodBox->addItem(tr("All methods"), QString());
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->methods())
            m_methodBox->addItem(name, name);
    }
    m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(m_model->method())));
    m_categoriesBox->setCurrentIndex(int(m_model->categoriesBy()));
    m_layoutBox->setCurrentIndex(m_stacked ? 1 : 0);
    m_logBox->setChecked(m_log);
    m_logBox->setEnabled(!m_stacked); // stacked bars need a linear axis
}

int HardwareTab::perPage() const
{
    return ChartFactory::categoriesPerPage(m_compact ? width() : width() - kSpeedUpListWidth,
                                           m_stacked ? 1 : int(m_hardwareNames.size()), m_compact,
                                           ChartFactory::labelWidth(m_categoryLabels, m_compact));
}

void HardwareTab::rebuild()
{
    m_categoryLabels.clear();
    m_hardwareNames.clear();
    m_values.clear();
    m_tooltips.clear();
    m_speedUps.clear();
    m_speedUpList->clear();
    const HardwareModel &model = *m_model;
    switch (model.state()) {
    case HardwareModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_chart->setChartData({});
        return;
    case HardwareModel::State::NoDataForMethod:
        m_stack->showMessage(tr("No timed data for the method “%1” with the current filter.").arg(model.method()));
        m_chart->setChartData({});
        return;
    case HardwareModel::State::Ready:
        break;
    }
    const bool byModel = model.categoriesBy() == Categories::Models;
    const QString itemWord = byModel ? tr("methods") : tr("models");
    m_categoryLabels = model.categories();
    m_hardwareNames = model.hardwareNames();
    const qsizetype categories = m_categoryLabels.size();
    m_values.fill(QList<double>(categories, qQNaN()), m_hardwareNames.size());
    m_tooltips.fill(QStringList(categories), m_hardwareNames.size());
    for (qsizetype h = 0; h < m_hardwareNames.size(); ++h) {
        for (qsizetype c = 0; c < categories; ++c)
            m_tooltips[h][c] = tr("%1 on %2\nNo data").arg(m_categoryLabels.at(c), m_hardwareNames.at(h));
    }
    for (const HardwareModel::Bar &bar : model.bars()) {
        const QString &name = m_categoryLabels.at(bar.category);
        const QString &hardware = m_hardwareNames.at(bar.hardware);
        m_values[bar.hardware][bar.category] = bar.value;
        m_tooltips[bar.hardware][bar.category] = bar.items == 1
            ? tr("%1 on %2\nMean time: %3\nn = %4 prompts").arg(name, hardware, Format::seconds(bar.value), Format::count(bar.n))
            : tr("%1 on %2\nMean of %3 %4: %5\nn = %6 prompts")
                  .arg(name, hardware, QString::number(bar.items), itemWord, Format::seconds(bar.value), Format::count(bar.n));
    }
    // One line per category naming every other hardware against its fastest.
    const auto &speedUps = model.speedUps();
    for (std::size_t i = 0; i < speedUps.size();) {
        const HardwareModel::SpeedUp &first = speedUps[i];
        QStringList parts;
        for (; i < speedUps.size() && speedUps[i].category == first.category; ++i) {
            const HardwareModel::SpeedUp &speedUp = speedUps[i];
            QString part = tr("%1 faster than %2").arg(Format::ratio(speedUp.ratio), speedUp.slowest);
            if (model.method().isEmpty() && speedUp.paired > 1)
                part += tr(" (%1 %2 on both)").arg(QString::number(speedUp.paired), itemWord);
            parts.append(part);
        }
        m_speedUps.append(tr("%1: %2 is %3").arg(m_categoryLabels.at(first.category), first.fastest,
                                                 parts.join(QStringLiteral(", "))));
    }
    if (m_speedUps.isEmpty())
        m_speedUpList->addItem(tr("Speed-up: needs two or more hardware with the same %1.").arg(itemWord));
    for (const QString &line : std::as_const(m_speedUps)) {
        // Long hardware names (CPU model strings) shortened in the list; full in the tooltip.
        auto *item = new QListWidgetItem(m_speedUpList);
        QString text = line;
        for (const QString &name : std::as_const(m_hardwareNames))
            text.replace(name, ChartFactory::shortLabel(name, 22));
        item->setText(text);
        item->setToolTip(line);
    }
    m_perPage = perPage();
    m_pager->setItems(int(m_categoryLabels.size()), m_perPage, byModel ? tr("Models") : tr("Methods"));
    m_stack->showContent();
    showPage();
}

void HardwareTab::showPage()
{
    if (m_categoryLabels.isEmpty())
        return;
    const int begin = m_compact ? 0 : m_pager->begin();
    const int end = m_compact ? std::min<int>(int(m_categoryLabels.size()), m_perPage) : m_pager->end();
    BarChartData data;
    data.title = m_model->method().isEmpty() ? tr("Mean time per prompt across hardware, all methods")
                                             : tr("Mean time per prompt across hardware: %1").arg(m_model->method());
    if (end - begin < m_categoryLabels.size())
        data.title += tr(" (%1–%2 of %3)").arg(begin + 1).arg(end).arg(m_categoryLabels.size());
    data.subtitle = m_model->method().isEmpty() && m_model->categoriesBy() == Categories::Models
        ? tr("Lower is better. Each bar: mean of the methods' mean times on that hardware")
        : tr("Lower is better");
    if (const QString note = ChartFactory::seriesNote(m_model->seriesTotal()); !note.isEmpty())
        data.subtitle += QStringLiteral(" · ") + note;
    data.valueTitle = tr("Mean time per prompt (s)");
    data.log = m_log;
    data.stacked = m_stacked;
    data.categories = m_categoryLabels.mid(begin, end - begin);
    data.setRangeFrom(m_values, m_stacked); // every page on one scale
    for (qsizetype h = 0; h < m_hardwareNames.size(); ++h) {
        BarSetData set;
        set.name = m_hardwareNames[h];
        set.color = nameColor(*m_model->dataset(), Dimension::Hardware, set.name);
        set.values = m_values[h].mid(begin, end - begin);
        set.tooltips = m_tooltips[h].mid(begin, end - begin);
        data.sets.append(set);
    }
    m_chart->setChartData(data);
}

void HardwareTab::resizeEvent(QResizeEvent *event)
{
    ChartTab::resizeEvent(event);
    if (m_categoryLabels.isEmpty())
        return;
    const int fit = perPage();
    if (fit != m_perPage) {
        m_perPage = fit;
        m_pager->setItems(int(m_categoryLabels.size()), fit, m_model->categoriesBy() == Categories::Models ? tr("Models") : tr("Methods"));
        showPage();
    }
}
