// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwaretab.h"

#include "chartfactory.h"
#include "dotplot.h"
#include "emptystatestack.h"
#include "environmentmodel.h"
#include "format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

HardwareTab::HardwareTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new HardwareModel(this))
    , m_controls(new QWidget(this))
    , m_methodBox(new QComboBox(m_controls))
    , m_categoriesBox(new QComboBox(m_controls))
    , m_sortBox(new QComboBox(m_controls))
    , m_scaleBox(new QComboBox(m_controls))
    , m_content(new QWidget(this))
    , m_plot(new DotPlot(m_content))
    , m_speedUpTable(new QTableWidget(m_content))
    , m_environment(new EnvironmentModel(this))
    , m_environmentTitle(new QLabel(tr("Environment of each machine, as its method rows state it"), m_content))
    , m_environmentView(new QTableView(m_content))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
    m_methodBox->setAccessibleName(tr("Method"));
    m_categoriesBox->addItems({tr("Rows per model"), tr("Rows per method")});
    m_categoriesBox->setAccessibleName(tr("Categories"));
    m_sortBox->addItems({tr("By name"), tr("By speed-up (largest first)")});
    m_sortBox->setAccessibleName(tr("Sort"));
    m_scaleBox->addItems({tr("Automatic"), tr("Linear"), tr("Log")});
    m_scaleBox->setAccessibleName(tr("Scale"));
    m_scaleBox->setToolTip(tr("Automatic: logarithmic when the largest value is more than 10× the smallest"));
    for (QComboBox *box : {m_methodBox, m_categoriesBox, m_sortBox, m_scaleBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, m_controls);
        text->setBuddy(widget);
        controls->addWidget(text);
        controls->addWidget(widget);
    };
    addLabelled(tr("&Method:"), m_methodBox);
    controls->addWidget(m_categoriesBox);
    addLabelled(tr("&Sort:"), m_sortBox);
    addLabelled(tr("S&cale:"), m_scaleBox);
    controls->addStretch();

    m_speedUpTable->setAccessibleName(tr("Speed-up between hardware"));
    m_speedUpTable->setColumnCount(2);
    m_speedUpTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_speedUpTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_speedUpTable->verticalHeader()->hide();
    m_speedUpTable->setWordWrap(true); // "Intel(R) Xeon(R) Platinum …" on two lines, not cut
    m_speedUpTable->horizontalHeader()->setStretchLastSection(true);
    m_speedUpTable->setMinimumWidth(260);
    m_environmentView->setModel(m_environment);
    m_environmentView->setAccessibleName(tr("Environment of each machine"));
    m_environmentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_environmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_environmentView->verticalHeader()->hide();
    m_environmentView->horizontalHeader()->setStretchLastSection(true);
    m_environmentView->setWordWrap(false);
    m_environmentView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_environmentView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_plot, 3);
    charts->addWidget(m_speedUpTable, 1);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(charts, 1);
    content->addWidget(m_environmentTitle);
    content->addWidget(m_environmentView);
    m_plot->setAccessibleName(tr("Hardware comparison chart"));

    m_stack = new EmptyStateStack(m_content, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_methodBox, &QComboBox::activated, this, [this](int i) { setMethod(m_methodBox->itemData(i).toString()); });
    connect(m_categoriesBox, &QComboBox::activated, this, [this](int i) { setCategories(Categories(i)); });
    connect(m_sortBox, &QComboBox::activated, this, [this](int i) { setSort(Sort(i)); });
    connect(m_scaleBox, &QComboBox::activated, this, [this](int i) { setScale(Scale(i)); });
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

void HardwareTab::renderForExport(QPainter *painter, const QRectF &target)
{
    // The whole chart with every row fitted, and the speed-up table as columns
    // beside its rows: per machine, its time as a multiple of the row's fastest
    // (the picture cannot be hovered, and the table beside it is not in it).
    if (m_model->state() != HardwareModel::State::Ready) {
        ChartTab::renderForExport(painter, target);
        return;
    }
    DotPlotData data = m_plot->data();
    const QStringList &hardwareNames = m_model->hardwareNames();
    if (!m_model->speedUps().empty()) {
        data.noteHeaders = hardwareNames;
        data.notes = QList<QStringList>(hardwareNames.size(), QStringList(data.rows.size(), QString()));
        for (const HardwareModel::SpeedUp &speedUp : m_model->speedUps()) {
            const int row = int(data.rows.indexOf(m_model->categories().at(speedUp.category)));
            const int fastest = int(hardwareNames.indexOf(speedUp.fastest));
            const int other = int(hardwareNames.indexOf(speedUp.slowest));
            if (row < 0 || fastest < 0 || other < 0)
                continue;
            data.notes[fastest][row] = tr("fastest");
            data.notes[other][row] = Format::number(speedUp.ratio, 3) + QStringLiteral("×");
        }
        data.subtitle += QStringLiteral(" · ")
            + tr("columns: each machine's time as a multiple of the row's fastest (geometric mean of ratios)");
    }
    DotPlot picture;
    picture.setFont(m_plot->font());
    picture.setDarkTheme(m_plot->darkTheme());
    picture.setHighlighted(m_plot->highlighted());
    picture.setData(data);
    picture.paintAll(painter, target);
}

ChartCsv::Table HardwareTab::chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const
{
    HardwareModel model;
    model.setMethod(m_model->method());
    model.setCategories(m_model->categoriesBy());
    model.setSort(m_model->sort());
    model.setGroups(dataset, groups);
    return ChartCsv::hardware(model);
}

void HardwareTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    m_environment->setGroups(dataset, dataset ? groups : std::vector<int>{});
    updateEnvironment();
    syncControls();
    rebuild();
}

void HardwareTab::updateEnvironment()
{
    // Only when some machine states something (prompt rows alone say nothing of
    // it), and not in the Overview's compact chart.
    bool stated = false;
    for (const MachineEnvironment &e : m_environment->machines())
        stated = stated || !e.platform.isEmpty() || !e.cpuModel.isEmpty() || !std::isnan(e.cpuCores)
              || !std::isnan(e.memoryGb) || !e.torchVersion.isEmpty() || e.cuda != TriState::Unknown;
    stated = stated && !m_compact;
    m_environmentTitle->setVisible(stated);
    m_environmentView->setVisible(stated);
    if (!stated)
        return;
    m_environmentView->resizeColumnsToContents();
    // As tall as its rows, up to five, when there is room; down to one row on a
    // small screen (the rest scroll), so the window's minimum size stays as it was.
    const int rows = std::min(5, m_environment->rowCount());
    const int chrome = m_environmentView->horizontalHeader()->sizeHint().height() + 2 * m_environmentView->frameWidth();
    const int row = m_environmentView->verticalHeader()->defaultSectionSize();
    m_environmentView->setMinimumHeight(chrome + row);
    m_environmentView->setMaximumHeight(chrome + rows * row);
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

void HardwareTab::setSort(Sort sort)
{
    m_model->setSort(sort);
    syncControls();
    rebuild();
}

void HardwareTab::setScale(Scale scale)
{
    m_scale = scale;
    syncControls();
    rebuild();
}

void HardwareTab::setCompact(bool compact)
{
    m_compact = compact;
    m_controls->setVisible(!compact);
    m_speedUpTable->setVisible(!compact);
    m_plot->setCompact(compact);
    updateEnvironment();
    rebuild();
}

void HardwareTab::setDarkTheme(bool dark)
{
    m_plot->setDarkTheme(dark);
}

void HardwareTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/hardware/method"), m_model->method());
    settings.setValue(QStringLiteral("charts/hardware/categories"), int(m_model->categoriesBy()));
    settings.setValue(QStringLiteral("charts/hardware/sort"), int(m_model->sort()));
    settings.setValue(QStringLiteral("charts/hardware/scale"), int(m_scale));
}

void HardwareTab::restoreSettings(const QSettings &settings)
{
    m_model->setMethod(settings.value(QStringLiteral("charts/hardware/method")).toString());
    m_model->setCategories(Categories(std::clamp(settings.value(QStringLiteral("charts/hardware/categories"), 0).toInt(), 0, 1)));
    m_model->setSort(Sort(std::clamp(settings.value(QStringLiteral("charts/hardware/sort"), 0).toInt(), 0, 1)));
    // Before the automatic scale there was only a log check box.
    const int oldLog = settings.value(QStringLiteral("charts/hardware/log"), false).toBool() ? int(Scale::Log)
                                                                                               : int(Scale::Automatic);
    m_scale = Scale(std::clamp(settings.value(QStringLiteral("charts/hardware/scale"), oldLog).toInt(), 0, 2));
    syncControls();
    rebuild();
}

void HardwareTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_methodBox), QSignalBlocker(m_categoriesBox),
                                       QSignalBlocker(m_sortBox), QSignalBlocker(m_scaleBox)};
    m_methodBox->clear();
    m_methodBox->addItem(tr("All methods"), QString());
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->methods())
            m_methodBox->addItem(name, name);
    }
    m_methodBox->setCurrentIndex(std::max(0, m_methodBox->findData(m_model->method())));
    m_categoriesBox->setCurrentIndex(int(m_model->categoriesBy()));
    m_sortBox->setCurrentIndex(int(m_model->sort()));
    m_scaleBox->setCurrentIndex(int(m_scale));
}

void HardwareTab::rebuild()
{
    m_speedUps.clear();
    m_speedUpTable->clearContents();
    m_speedUpTable->setRowCount(0);
    const HardwareModel &model = *m_model;
    switch (model.state()) {
    case HardwareModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_plot->setData({});
        return;
    case HardwareModel::State::NoDataForMethod:
        m_stack->showMessage(tr("No timed data for the method “%1” with the current filter.").arg(model.method()));
        m_plot->setData({});
        return;
    case HardwareModel::State::Ready:
        break;
    }
    const bool byModel = model.categoriesBy() == Categories::Models;
    const QString itemWord = byModel ? tr("methods") : tr("models");
    const QStringList &categories = model.categories();
    const QStringList &hardwareNames = model.hardwareNames();

    // Speed-ups by (category, other hardware), for the tooltips and the table.
    std::map<std::pair<int, QString>, const HardwareModel::SpeedUp *> speedUpOf;
    std::map<int, QString> fastestOf;
    for (const HardwareModel::SpeedUp &speedUp : model.speedUps()) {
        speedUpOf[{speedUp.category, speedUp.slowest}] = &speedUp;
        fastestOf[speedUp.category] = speedUp.fastest;
    }

    DotPlotData data;
    data.rows = categories;
    data.panels = {QString()};
    for (const QString &name : hardwareNames)
        data.series.append({name, nameColor(*model.dataset(), Dimension::Hardware, name)});
    double low = qInf(), high = 0;
    for (const HardwareModel::Bar &bar : model.bars()) {
        const QString &name = categories.at(bar.category);
        const QString &hardware = hardwareNames.at(bar.hardware);
        DotPlotData::Dot dot;
        dot.row = bar.category;
        dot.series = bar.hardware;
        dot.value = bar.value;
        dot.tooltip = bar.items == 1
            ? tr("%1 on %2\nMean time: %3\nn = %4 prompts").arg(name, hardware, Format::seconds(bar.value), Format::count(bar.n))
            : tr("%1 on %2\nGeometric mean of %3 %4' mean times: %5\nn = %6 prompts")
                  .arg(name, hardware, QString::number(bar.items), itemWord, Format::seconds(bar.value), Format::count(bar.n));
        if (fastestOf.count(bar.category) && fastestOf[bar.category] == hardware)
            dot.tooltip += QLatin1Char('\n') + tr("The fastest hardware for %1").arg(name);
        else if (const auto it = speedUpOf.find({bar.category, hardware}); it != speedUpOf.end())
            dot.tooltip += QLatin1Char('\n') + tr("%1 is %2 faster").arg(it->second->fastest, Format::ratio(it->second->ratio));
        if (bar.value > 0) {
            low = std::min(low, bar.value);
            high = std::max(high, bar.value);
        }
        data.dots.append(dot);
    }
    m_log = m_scale == Scale::Log || (m_scale == Scale::Automatic && high > 10 * low);
    data.log = m_log;
    data.formatValue = [](double v) { return Format::seconds(v); };
    data.title = model.method().isEmpty() ? tr("Time per prompt across hardware, all methods")
                                          : tr("Mean time per prompt across hardware: %1").arg(model.method());
    data.subtitle = model.method().isEmpty() && byModel
        ? tr("Lower is better. Each dot: geometric mean of the methods' mean times on that hardware, so no slow method decides it")
        : tr("Lower is better");
    if (const QString note = ChartFactory::seriesNote(model.seriesTotal()); !note.isEmpty())
        data.subtitle += QStringLiteral(" · ") + note;
    data.valueTitle = model.method().isEmpty() ? tr("Geometric mean of mean times per prompt (s)")
                                               : tr("Mean time per prompt (s)");
    m_plot->setHighlighted(hardwareNames.mid(0, 5)); // only read past DotPlot::kAllColouredSeries
    m_plot->setData(data);

    // The table, two narrow columns: per category a row with its name, a row with
    // its fastest hardware, then a row per other machine with the speed-up against it.
    m_speedUpTable->clearSpans();
    m_speedUpTable->setHorizontalHeaderLabels({tr("Speed-up"), tr("Hardware")});
    const auto &speedUps = model.speedUps();
    QFont bold = m_speedUpTable->font();
    bold.setBold(true);
    const auto addRow = [this](const QString &first, const QString &second, const QString &tooltip) {
        const int row = m_speedUpTable->rowCount();
        m_speedUpTable->insertRow(row);
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem(c == 0 ? first : second);
            item->setToolTip(tooltip);
            if (c == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_speedUpTable->setItem(row, c, item);
        }
        return row;
    };
    int previous = -1;
    for (const HardwareModel::SpeedUp &speedUp : speedUps) {
        QString sentence = tr("%1 faster than %2").arg(Format::ratio(speedUp.ratio), speedUp.slowest);
        if (model.method().isEmpty() && speedUp.paired > 1)
            sentence += tr(" (%1 %2 on both)").arg(QString::number(speedUp.paired), itemWord);
        const QString full = tr("%1: %2 is %3").arg(categories.at(speedUp.category), speedUp.fastest, sentence);
        if (speedUp.category != previous) {
            previous = speedUp.category;
            const int title = addRow(categories.at(speedUp.category), QString(), full);
            m_speedUpTable->setSpan(title, 0, 1, 2);
            m_speedUpTable->item(title, 0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            m_speedUpTable->item(title, 0)->setFont(bold);
            addRow(tr("Fastest"), speedUp.fastest, full);
        }
        addRow(Format::ratio(speedUp.ratio), speedUp.slowest, full);
    }
    // One line per category naming every other hardware against its fastest.
    for (std::size_t i = 0; i < speedUps.size();) {
        const HardwareModel::SpeedUp &first = speedUps[i];
        QStringList parts;
        for (; i < speedUps.size() && speedUps[i].category == first.category; ++i) {
            QString part = tr("%1 faster than %2").arg(Format::ratio(speedUps[i].ratio), speedUps[i].slowest);
            if (model.method().isEmpty() && speedUps[i].paired > 1)
                part += tr(" (%1 %2 on both)").arg(QString::number(speedUps[i].paired), itemWord);
            parts.append(part);
        }
        m_speedUps.append(tr("%1: %2 is %3").arg(categories.at(first.category), first.fastest, parts.join(QStringLiteral(", "))));
    }
    m_speedUpTable->resizeColumnToContents(0);
    if (m_speedUpTable->rowCount() <= 2000) // wrapped hardware names; past that rows stay one line
        m_speedUpTable->resizeRowsToContents();
    if (speedUps.empty()) {
        m_speedUpTable->setRowCount(1);
        m_speedUpTable->setSpan(0, 0, 1, 2);
        m_speedUpTable->setItem(0, 0, new QTableWidgetItem(tr("Speed-up: needs two or more hardware with the same %1.").arg(itemWord)));
    }
    m_stack->showContent();
}
