// SPDX-License-Identifier: GPL-3.0-or-later
#include "distributiontab.h"

#include "boxlayer.h"
#include "boxplotchart.h"
#include "chartfactory.h"
#include "emptystatestack.h"
#include "format.h"
#include "medianinterval.h"
#include "pointlayer.h"
#include "statistics.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLogValueAxis>
#include <QSettings>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace {
constexpr int kMaxOutliersPerBox = 500; // more would only repaint the same pixels
constexpr std::size_t kMaxBoxSeries = 40;      // models (colours) in one chart
constexpr std::size_t kMaxBoxCategories = 120; // method (× hardware) columns in one chart
} // namespace

DistributionTab::DistributionTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new DistributionModel(this))
    , m_modelBox(new QComboBox(this))
    , m_hardwareBox(new QComboBox(this))
    , m_logBox(new QCheckBox(tr("&Log scale"), this))
    , m_chart(new BoxPlotChart(this))
{
    m_model->setLimits(kMaxBoxSeries, kMaxBoxCategories);
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setToolTip(tr("Every model (a box per model), or one model (its methods, a box per hardware)"));
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hardwareBox->setAccessibleName(tr("Hardware"));
    m_hardwareBox->setToolTip(tr("Hardware"));
    m_logBox->setChecked(m_log);
    auto *controls = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_modelBox);
    controls->addWidget(modelLabel);
    controls->addWidget(m_modelBox);
    auto *label = new QLabel(tr("&Hardware:"), this);
    label->setBuddy(m_hardwareBox);
    controls->addWidget(label);
    controls->addWidget(m_hardwareBox);
    controls->addWidget(m_logBox);
    controls->addStretch();
    m_chart->chartView()->setAccessibleName(tr("Distribution of prompt times"));
    m_outlierLayer = new PointLayer(m_chart->chart());
    m_outlierLayer->setMarkerSize(6);
    m_outlierLayer->setToolTipFunction([this](int group, QPointF point) {
        const bool horizontal = m_chart->chartData().horizontal;
        return tr("%1: outlier %2").arg(m_outlierLayer->groups().value(group).name,
                                       Format::seconds(horizontal ? point.x() : point.y()));
    });
    m_stack = new EmptyStateStack(m_chart, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_modelBox, &QComboBox::activated, this, [this](int i) { setModel(m_modelBox->itemData(i).toString()); });
    connect(m_hardwareBox, &QComboBox::activated, this,
            [this](int i) { setHardware(m_hardwareBox->itemData(i).toString()); });
    connect(m_logBox, &QCheckBox::toggled, this, &DistributionTab::setLogScale);
    syncControls();
    rebuild();
}

DistributionTab::~DistributionTab() = default;

QString DistributionTab::title() const
{
    return tr("Distribution");
}

QWidget *DistributionTab::exportWidget()
{
    return m_stack;
}

void DistributionTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    rebuild();
}

void DistributionTab::setHardware(const QString &hardware)
{
    m_model->setHardware(hardware);
    rebuild();
}

void DistributionTab::setModel(const QString &model)
{
    m_model->setModel(model);
    rebuild();
}

void DistributionTab::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    rebuild();
}

void DistributionTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    m_chart->setDarkTheme(dark);
    rebuild();
}

void DistributionTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/distribution/log"), m_log);
    if (m_model->hardwareChosen())
        settings.setValue(QStringLiteral("charts/distribution/hardware"), m_model->chosenHardware());
    if (m_model->modelChosen())
        settings.setValue(QStringLiteral("charts/distribution/model"), m_model->chosenModel());
}

void DistributionTab::restoreSettings(const QSettings &settings)
{
    m_log = settings.value(QStringLiteral("charts/distribution/log"), true).toBool();
    if (settings.contains(QStringLiteral("charts/distribution/hardware")))
        m_model->setHardware(settings.value(QStringLiteral("charts/distribution/hardware")).toString());
    if (settings.contains(QStringLiteral("charts/distribution/model")))
        m_model->setModel(settings.value(QStringLiteral("charts/distribution/model")).toString());
    rebuild();
}

void DistributionTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_modelBox), QSignalBlocker(m_hardwareBox), QSignalBlocker(m_logBox)};
    m_logBox->setChecked(m_log);
    m_modelBox->clear();
    m_modelBox->addItem(tr("Every model"), QString());
    for (const QString &name : m_model->modelNames()) {
        m_modelBox->addItem(name, name);
        m_modelBox->setItemData(m_modelBox->count() - 1, name, Qt::ToolTipRole);
    }
    m_modelBox->setCurrentIndex(std::max(0, m_modelBox->findData(m_model->shownModel())));
    m_hardwareBox->clear();
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->hardware())
            m_hardwareBox->addItem(ChartFactory::shortLabel(name, 28), name);
    }
    m_hardwareBox->addItem(tr("All, side by side"), QString());
    m_hardwareBox->setCurrentIndex(std::max(0, m_hardwareBox->findData(m_model->shownHardware())));
}

void DistributionTab::rebuild()
{
    m_outlierLayer->clear();
    syncControls();
    const DistributionModel &model = *m_model;
    switch (model.state()) {
    case DistributionModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        m_chart->setChartData({});
        return;
    case DistributionModel::State::NoTimes:
        m_stack->showMessage(tr("No successful prompt has a time: there is no distribution to show.\n"
                                "Per-prompt rows are needed (method summary rows have only means)."));
        m_chart->setChartData({});
        return;
    case DistributionModel::State::Ready:
        break;
    }
    const Dataset &dataset = *model.dataset();
    const QString shownHardware = model.shownHardware();
    const QString shownModel = model.shownModel();
    const bool byHardware = model.seriesBy() == DistributionModel::SeriesBy::Hardware;
    BoxPlotData data;
    data.log = m_log;
    data.valueTitle = tr("Attribution time per prompt (s)");
    if (byHardware) {
        // One model: its methods down the left in full, the boxes of each
        // hardware side by side along one value axis.
        data.horizontal = true;
        data.title = shownHardware.isEmpty() ? tr("Prompt times of %1 per method, each hardware separately").arg(shownModel)
                                             : tr("Prompt times of %1 per method on %2").arg(shownModel, shownHardware);
    } else {
        data.title = shownHardware.isEmpty() ? tr("Prompt times per method and model, each hardware separately")
                                             : tr("Prompt times per method and model on %1").arg(shownHardware);
    }
    data.subtitle = tr("Box: quartiles and median; whiskers: furthest time within 1.5 IQR; points: beyond");
    if (byHardware && !model.modelChosen())
        data.subtitle += QStringLiteral(" · ")
            + tr("one of %1 models, choose under Model")
                  .arg(model.modelNames().size());
    // A box per (category, model): with every group a new name that was
    // 200k × 200k boxes. The model keeps the first ones by name; say so.
    if (model.seriesTotal() > std::size_t(model.seriesNames().size()) || model.categoryTotal() > model.categories().size())
        data.subtitle += QStringLiteral(" · ")
            + tr("Showing %1 of %2 models and %3 of %4 categories, the first by name; filter to see others.")
                  .arg(QString::number(model.seriesNames().size()), QString::number(model.seriesTotal()),
                       QString::number(model.categories().size()), QString::number(model.categoryTotal()));
    for (const DistributionModel::Category &category : model.categories()) {
        QString label = dataset.methods()[category.method];
        if (category.hardware >= 0)
            label = QStringLiteral("%1<br>%2").arg(label.toHtmlEscaped(),
                                                   ChartFactory::shortLabel(dataset.hardware()[category.hardware], 17).toHtmlEscaped());
        data.categories.append(label);
    }
    QList<QList<QPointF>> outlierPoints;
    QList<const DistributionModel::Cell *> outlierCells;
    for (const QString &name : model.seriesNames()) {
        BoxSeriesData series;
        series.name = name;
        series.color = nameColor(dataset, byHardware ? Dimension::Hardware : Dimension::Model, name);
        series.boxes.fill(BoxData{0, 0, qQNaN(), 0, 0, {}}, data.categories.size());
        data.series.append(series);
        outlierPoints.append(QList<QPointF>());
    }
    const int seriesCount = int(data.series.size());
    double minValue = qInf(), maxValue = 0;
    for (const DistributionModel::Cell &cell : model.cells()) {
        const GroupStats &s = dataset.groups()[std::size_t(cell.group)];
        const DistributionModel::Box &box = cell.box;
        const int c = cell.category;
        const int m = cell.series;
        BoxData &target = data.series[m].boxes[c];
        target = BoxData{box.lower, box.q1, box.median, box.q3, box.upper, {}};
        target.tooltip = tr("%1 · %2 · %3\nMedian %4\nQuartiles %5 – %6\nWhiskers %7 – %8\n%n prompt(s)", nullptr,
                            int(cell.n))
                             .arg(dataset.models()[s.model], dataset.methods()[s.method], dataset.hardware()[s.hardware],
                                  MedianInterval::describe(s), Format::seconds(box.q1), Format::seconds(box.q3),
                                  Format::seconds(box.lower), Format::seconds(box.upper));
        if (!box.outliers.empty())
            target.tooltip += QLatin1Char('\n') + tr("%n outlier(s) beyond 1.5 IQR", nullptr, int(box.outliers.size()));
        outlierCells.append(&cell);
        for (double v : {box.lower, box.outliers.empty() ? box.lower : box.outliers.front()}) {
            if (v > 0)
                minValue = std::min(minValue, v);
        }
        maxValue = std::max({maxValue, box.upper, box.outliers.empty() ? box.upper : box.outliers.back()});
    }
    m_chart->setChartData(data);
    m_stack->showContent();
    // The outliers at their box's centre in axis units (the box layer's placement, either orientation).
    for (const DistributionModel::Cell *cell : std::as_const(outlierCells)) {
        const double centre = m_chart->boxLayer()->centre(cell->series, cell->category);
        const std::vector<double> &outliers = cell->box.outliers;
        const std::size_t stride = std::max<std::size_t>(1, outliers.size() / kMaxOutliersPerBox);
        for (std::size_t i = 0; i < outliers.size(); i += stride) {
            if (!m_log || outliers[i] > 0)
                outlierPoints[cell->series].append(byHardware ? QPointF(outliers[i], centre) : QPointF(centre, outliers[i]));
        }
    }

    // The value range covers the outliers too; on a log axis, whole decades.
    QChart *chart = m_chart->chart();
    if (QAbstractAxis *axis = m_chart->valueAxis()) {
        if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
            const double low = std::isinf(minValue) ? 0.1 : minValue;
            const auto [from, to] = ChartFactory::logBounds(low, std::max(maxValue, low));
            log->setRange(from, to);
        } else if (auto *linear = qobject_cast<QValueAxis *>(axis)) {
            ChartFactory::setNiceRange(linear, 0, maxValue * 1.05, 6);
        }
    }
    if (chart->axes(Qt::Horizontal).isEmpty() || !m_chart->valueAxis() || !m_chart->anchorSeries())
        return;
    // The outliers: one point group per model, drawn by the layer over the boxes
    // (the box series place them: they are attached to both axes).
    QList<PointLayer::Group> groups;
    for (int m = 0; m < seriesCount; ++m) {
        PointLayer::Group group;
        group.name = data.series[m].name;
        const QColor color = data.series[m].color;
        group.border = m_dark ? color.lighter(130) : color.darker(120);
        group.points = outlierPoints[m];
        groups.append(group);
    }
    m_outlierLayer->setAnchor(m_chart->anchorSeries());
    m_outlierLayer->setGroups(groups);
}
