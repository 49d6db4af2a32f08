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

void HardwareTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    syncControls();
    rebuild();
}

void HardwareTab::setMethod(const QString &method)
{
    m_method = method;
    syncControls();
    rebuild();
}

void HardwareTab::setCategories(Categories categories)
{
    m_categories = categories;
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
    settings.setValue(QStringLiteral("charts/hardware/method"), m_method);
    settings.setValue(QStringLiteral("charts/hardware/categories"), int(m_categories));
    settings.setValue(QStringLiteral("charts/hardware/stacked"), m_stacked);
    settings.setValue(QStringLiteral("charts/hardware/log"), m_log);
}

void HardwareTab::restoreSettings(const QSettings &settings)
{
    m_method = settings.value(QStringLiteral("charts/hardware/method")).toString();
    m_categories = Categories(std::clamp(settings.value(QStringLiteral("charts/hardware/categories"), 0).toInt(), 0, 1));
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
    if (m_dataset) {
        for (const QString &name : m_dataset->methods())
            m_methodBox->addItem(name, name);
    }
    m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(m_method)));
    m_categoriesBox->setCurrentIndex(int(m_categories));
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
    if (!m_dataset || m_groups.empty()) {
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(m_dataset)));
        m_chart->setChartData({});
        return;
    }
    const Dataset &dataset = *m_dataset;
    const int methodId = m_method.isEmpty() ? -1 : dataset.methodId(m_method);
    const bool byModel = m_categories == Categories::Models;

    // Hardware (bars of a colour): the first kMaxSeries by name.
    std::vector<bool> keptHardware(std::size_t(dataset.hardware().size()));
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if ((methodId < 0 || int(stats.method) == methodId) && !isMissing(stats.meanTime))
            keptHardware[stats.hardware] = true;
    }
    m_seriesNote = ChartFactory::seriesNote(ChartFactory::keepFirstSeries(keptHardware));

    // category id -> hardware id -> item id (the other dimension) -> group
    std::map<int, std::map<int, std::map<int, int>>> cells;
    std::map<int, int> hardwareIndex;
    for (int g : m_groups) {
        const GroupStats &stats = dataset.groups()[std::size_t(g)];
        if (methodId >= 0 && int(stats.method) != methodId)
            continue;
        if (isMissing(stats.meanTime) || !keptHardware[stats.hardware])
            continue;
        const int category = int(byModel ? stats.model : stats.method);
        const int item = int(byModel ? stats.method : stats.model);
        cells[category][int(stats.hardware)][item] = g;
        hardwareIndex.emplace(int(stats.hardware), 0);
    }
    if (cells.empty()) {
        m_stack->showMessage(m_method.isEmpty() ? EmptyStateStack::emptyMessage(true)
                                                : tr("No timed data for the method “%1” with the current filter.").arg(m_method));
        m_chart->setChartData({});
        return;
    }
    for (auto &[id, index] : hardwareIndex) {
        index = int(m_hardwareNames.size());
        m_hardwareNames.append(dataset.hardware().at(id));
    }
    const QStringList &categoryNames = byModel ? dataset.models() : dataset.methods();
    const QString itemWord = byModel ? tr("methods") : tr("models");
    m_values.fill(QList<double>(qsizetype(cells.size()), qQNaN()), m_hardwareNames.size());
    m_tooltips.fill(QStringList(qsizetype(cells.size())), m_hardwareNames.size());

    qsizetype c = 0;
    for (const auto &[category, perHardware] : cells) {
        const QString name = categoryNames.at(category);
        m_categoryLabels.append(name);
        for (qsizetype h = 0; h < m_hardwareNames.size(); ++h)
            m_tooltips[h][c] = tr("%1 on %2\nNo data").arg(name, m_hardwareNames[h]);
        // Bar: the unweighted mean of the group means (one group when one method is chosen).
        int fastest = -1, slowest = -1;
        double fastestValue = 0, slowestValue = 0;
        for (const auto &[hardware, items] : perHardware) {
            double sum = 0;
            qint64 n = 0;
            for (const auto &[item, g] : items) {
                sum += dataset.groups()[std::size_t(g)].meanTime;
                n += dataset.groups()[std::size_t(g)].timedCount;
            }
            const double value = sum / double(items.size());
            const int h = hardwareIndex[hardware];
            m_values[h][c] = value;
            m_tooltips[h][c] = items.size() == 1
                ? tr("%1 on %2\nMean time: %3\nn = %4 prompts").arg(name, m_hardwareNames[h], Format::seconds(value), Format::count(n))
                : tr("%1 on %2\nMean of %3 %4: %5\nn = %6 prompts")
                      .arg(name, m_hardwareNames[h]).arg(items.size()).arg(itemWord, Format::seconds(value), Format::count(n));
            if (fastest < 0 || value < fastestValue) {
                fastest = hardware;
                fastestValue = value;
            }
            if (slowest < 0 || value > slowestValue) {
                slowest = hardware;
                slowestValue = value;
            }
        }
        if (perHardware.size() >= 2 && fastest != slowest) {
            // Speed-up over the items measured on both, so that a method
            // missing on one machine does not count as a speed-up.
            const auto &fast = perHardware.at(fastest);
            const auto &slow = perHardware.at(slowest);
            double fastSum = 0, slowSum = 0;
            int paired = 0;
            for (const auto &[item, g] : fast) {
                const auto other = slow.find(item);
                if (other == slow.end())
                    continue;
                fastSum += dataset.groups()[std::size_t(g)].meanTime;
                slowSum += dataset.groups()[std::size_t(other->second)].meanTime;
                ++paired;
            }
            if (paired > 0 && fastSum > 0) {
                QString line = tr("%1: %2 is %3 faster than %4")
                                   .arg(name, dataset.hardware().at(fastest), Format::ratio(slowSum / fastSum),
                                        dataset.hardware().at(slowest));
                if (methodId < 0 && paired > 1)
                    line += tr(" (%1 %2 on both)").arg(paired).arg(itemWord);
                m_speedUps.append(line);
            }
        }
        ++c;
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
    data.title = m_method.isEmpty() ? tr("Mean time per prompt across hardware, all methods")
                                    : tr("Mean time per prompt across hardware: %1").arg(m_method);
    if (end - begin < m_categoryLabels.size())
        data.title += tr(" (%1–%2 of %3)").arg(begin + 1).arg(end).arg(m_categoryLabels.size());
    data.subtitle = m_method.isEmpty() && m_categories == Categories::Models
        ? tr("Lower is better. Each bar: mean of the methods' mean times on that hardware")
        : tr("Lower is better");
    if (!m_seriesNote.isEmpty())
        data.subtitle += QStringLiteral(" · ") + m_seriesNote;
    data.valueTitle = tr("Mean time per prompt (s)");
    data.log = m_log;
    data.stacked = m_stacked;
    data.categories = m_categoryLabels.mid(begin, end - begin);
    for (qsizetype h = 0; h < m_hardwareNames.size(); ++h) {
        BarSetData set;
        set.name = m_hardwareNames[h];
        set.color = ChartFactory::seriesColor(int(h));
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
        m_pager->setItems(int(m_categoryLabels.size()), fit, m_categories == Categories::Models ? tr("Models") : tr("Methods"));
        showPage();
    }
}
