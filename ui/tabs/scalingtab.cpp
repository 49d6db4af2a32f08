// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalingtab.h"

#include "chartfactory.h"
#include "costestimate.h"
#include "costestimatemodel.h"
#include "emptystatestack.h"
#include "format.h"
#include "legendlayer.h"
#include "plaintextdelegate.h"
#include "pointlayer.h"
#include "statistics.h"
#include "timingroles.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <set>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace {

// How many points and lines are drawn: ScalingModel::kMaxPoints and kMaxFitLines.
constexpr int kLogLineSegments = 24;      // a straight line is a curve on a log axis
constexpr qreal kMarkerSize = 7;
constexpr int kWidthSampleRows = 40;

} // namespace

ScalingTab::ScalingTab(QWidget *parent)
    : ChartTab(parent)
    , m_model(new ScalingModel(this))
    , m_hardwareBox(new QComboBox(this))
    , m_logBox(new QCheckBox(tr("&Log time axis"), this))
    , m_linesBox(new QComboBox(this))
    , m_chart(ChartFactory::createChart(false))
    , m_promptsBox(new QSpinBox(this))
    , m_tokensBox(new QDoubleSpinBox(this))
    , m_warning(new QLabel(this))
    , m_estimates(new CostEstimateModel(this))
    , m_estimateView(new QTableView(this))
{
    m_model->setMaxSeries(ChartFactory::kMaxSeries);
    m_hardwareBox->setAccessibleName(tr("Hardware"));
    m_hardwareBox->setToolTip(tr("Hardware"));
    m_logBox->setChecked(m_log);
    auto *controls = new QHBoxLayout;
    auto *hardwareLabel = new QLabel(tr("&Hardware:"), this);
    hardwareLabel->setBuddy(m_hardwareBox);
    controls->addWidget(hardwareLabel);
    controls->addWidget(m_hardwareBox);
    auto *linesLabel = new QLabel(tr("Fitted l&ines:"), this);
    linesLabel->setBuddy(m_linesBox);
    m_linesBox->setAccessibleName(tr("Fitted lines"));
    m_linesBox->setToolTip(tr("Whose least-squares lines are drawn: one model's groups (on one hardware, all of them), or the largest groups"));
    m_linesBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controls->addWidget(linesLabel);
    controls->addWidget(m_linesBox);
    controls->addWidget(m_logBox);
    controls->addStretch();

    m_pointLayer = new PointLayer(m_chart);
    m_legend = new LegendLayer(m_chart);
    m_chart->legend()->hide(); // the layer draws it
    m_pointLayer->setMarkerSize(kMarkerSize);
    m_pointLayer->setToolTipFunction([this](int group, QPointF point) {
        return tr("%1\n%2 tokens: %3").arg(m_pointLayer->groups().value(group).name, Format::number(point.x(), 6),
                                           Format::seconds(point.y()));
    });
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Time against input tokens"));
    m_view->setMinimumHeight(200);

    // The estimator.
    m_promptsBox->setRange(1, std::numeric_limits<int>::max());
    m_promptsBox->setValue(1000);
    m_promptsBox->setGroupSeparatorShown(true);
    m_promptsBox->setAccessibleName(tr("Number of prompts"));
    m_tokensBox->setRange(1, 1e7);
    m_tokensBox->setDecimals(0);
    m_tokensBox->setValue(100);
    m_tokensBox->setSuffix(tr(" tokens"));
    m_tokensBox->setAccessibleName(tr("Input tokens per prompt"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setAccessibleName(tr("Extrapolation warning"));
    m_warning->hide();
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_estimates);
    proxy->setSortRole(TimingRoles::SortRole);
    m_estimateView->setModel(proxy);
    m_estimateView->setItemDelegate(new PlainTextDelegate(m_estimateView)); // plain text: no style item layout
    m_estimateView->setSortingEnabled(true);
    m_estimateView->sortByColumn(-1, Qt::AscendingOrder);
    m_estimateView->setAlternatingRowColors(true);
    m_estimateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_estimateView->verticalHeader()->hide();
    m_estimateView->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the rows on screen and a few around them, not every group:
    // measuring 576 rows of text costs more than a frame on each filter change.
    m_estimateView->horizontalHeader()->setResizeContentsPrecision(kWidthSampleRows);
    m_estimateView->setAccessibleName(tr("Cost estimates"));

    auto *estimator = new QGroupBox(tr("Cost estimate: which method can I afford?"), this);
    auto *inputs = new QHBoxLayout;
    auto *promptsLabel = new QLabel(tr("&Prompts:"), estimator);
    promptsLabel->setBuddy(m_promptsBox);
    auto *tokensLabel = new QLabel(tr("Input &tokens per prompt:"), estimator);
    tokensLabel->setBuddy(m_tokensBox);
    inputs->addWidget(promptsLabel);
    inputs->addWidget(m_promptsBox);
    inputs->addWidget(tokensLabel);
    inputs->addWidget(m_tokensBox);
    inputs->addStretch();
    auto *estimatorLayout = new QVBoxLayout(estimator);
    estimatorLayout->addLayout(inputs);
    estimatorLayout->addWidget(m_warning);
    estimatorLayout->addWidget(m_estimateView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(estimator);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({3000, 1500}); // the table's size hint would take most of the height
    m_estimateView->setMinimumHeight(100);
    m_stack = new EmptyStateStack(splitter, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    setAccessibleName(title());

    connect(m_hardwareBox, &QComboBox::activated, this,
            [this](int i) { setHardware(m_hardwareBox->itemData(i).toString()); });
    connect(m_logBox, &QCheckBox::toggled, this, &ScalingTab::setLogScale);
    connect(m_linesBox, &QComboBox::activated, this, [this](int i) {
        const QString key = m_linesBox->itemData(i).toString();
        if (key == QLatin1String("auto"))
            setLines(ScalingModel::Lines::Auto);
        else if (key == QLatin1String("largest"))
            setLines(ScalingModel::Lines::LargestGroups);
        else
            setLines(ScalingModel::Lines::OneModel, key.mid(int(qstrlen("model:"))));
    });
    connect(m_promptsBox, &QSpinBox::valueChanged, this, &ScalingTab::updateEstimates);
    connect(m_tokensBox, &QDoubleSpinBox::valueChanged, this, [this] {
        m_tokensTouched = true;
        updateEstimates();
    });
    syncControls();
    rebuild();
}

ScalingTab::~ScalingTab() = default;

QList<PointLayer::Line> ScalingTab::fitLines() const
{
    return m_pointLayer->lines();
}

QString ScalingTab::title() const
{
    return tr("Scaling");
}

QWidget *ScalingTab::exportWidget()
{
    return m_stack->isShowingMessage() ? static_cast<QWidget *>(m_stack) : m_view;
}

void ScalingTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_model->setGroups(dataset, dataset ? groups : std::vector<int>{});
    syncControls();
    rebuild();
}

void ScalingTab::setHardware(const QString &hardware)
{
    if (hardware == m_model->hardware())
        return;
    m_model->setHardware(hardware);
    syncControls();
    rebuild();
}

void ScalingTab::setLines(ScalingModel::Lines lines, const QString &model)
{
    m_model->setLines(lines, model);
    syncControls();
    rebuild();
}

void ScalingTab::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    syncControls();
    rebuild();
}

void ScalingTab::setEstimateInputs(qint64 prompts, double tokens)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_promptsBox), QSignalBlocker(m_tokensBox)};
        m_promptsBox->setValue(int(std::clamp<qint64>(prompts, 1, std::numeric_limits<int>::max())));
        m_tokensBox->setValue(tokens);
    }
    m_tokensTouched = true;
    updateEstimates();
}

qint64 ScalingTab::estimatePrompts() const
{
    return m_promptsBox->value();
}

double ScalingTab::estimateTokens() const
{
    return m_tokensBox->value();
}

void ScalingTab::setDarkTheme(bool dark)
{
    m_dark = dark;
    ChartFactory::applyTheme(m_chart, dark);
    ChartFactory::styleAxes(m_chart, dark);
    rebuild();
}

void ScalingTab::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("charts/scaling/hardware"), m_model->hardware());
    settings.setValue(QStringLiteral("charts/scaling/log"), m_log);
    const char *lines[] = {"auto", "model", "largest"};
    settings.setValue(QStringLiteral("charts/scaling/lines"), QLatin1String(lines[int(m_model->lines())]));
    settings.setValue(QStringLiteral("charts/scaling/linesModel"), m_model->wantedLineModel());
    settings.setValue(QStringLiteral("charts/scaling/prompts"), m_promptsBox->value());
}

void ScalingTab::restoreSettings(const QSettings &settings)
{
    m_model->setHardware(settings.value(QStringLiteral("charts/scaling/hardware")).toString());
    m_log = settings.value(QStringLiteral("charts/scaling/log"), true).toBool();
    const QString lines = settings.value(QStringLiteral("charts/scaling/lines")).toString();
    m_model->setLines(lines == QLatin1String("model")     ? ScalingModel::Lines::OneModel
                          : lines == QLatin1String("largest") ? ScalingModel::Lines::LargestGroups
                                                              : ScalingModel::Lines::Auto,
                      settings.value(QStringLiteral("charts/scaling/linesModel")).toString());
    {
        const QSignalBlocker blocker(m_promptsBox);
        m_promptsBox->setValue(settings.value(QStringLiteral("charts/scaling/prompts"), 1000).toInt());
    }
    syncControls();
    rebuild();
}

void ScalingTab::syncControls()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_hardwareBox), QSignalBlocker(m_logBox),
                                       QSignalBlocker(m_linesBox)};
    m_logBox->setChecked(m_log);
    m_linesBox->clear();
    m_linesBox->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_linesBox->addItem(tr("Largest groups"), QStringLiteral("largest"));
    if (!m_model->fittedModels().isEmpty())
        m_linesBox->insertSeparator(m_linesBox->count());
    for (const QString &name : m_model->fittedModels())
        m_linesBox->addItem(name, QStringLiteral("model:") + name);
    switch (m_model->lines()) {
    case ScalingModel::Lines::Auto:
        m_linesBox->setCurrentIndex(0);
        break;
    case ScalingModel::Lines::LargestGroups:
        m_linesBox->setCurrentIndex(1);
        break;
    case ScalingModel::Lines::OneModel:
        m_linesBox->setCurrentIndex(std::max(0, m_linesBox->findData(QStringLiteral("model:") + m_model->lineModel())));
        break;
    }
    m_hardwareBox->clear();
    m_hardwareBox->addItem(tr("All"), QString());
    if (m_model->dataset()) {
        for (const QString &name : m_model->dataset()->hardware())
            m_hardwareBox->addItem(ChartFactory::shortLabel(name, 28), name);
    }
    m_hardwareBox->setCurrentIndex(std::max(0, m_hardwareBox->findData(m_model->hardware())));
}

void ScalingTab::rebuild()
{
    m_pointLayer->clear();
    m_lineGroups.clear();
    const ScalingModel &model = *m_model;
    switch (model.state()) {
    case ScalingModel::State::NoData:
        m_stack->showMessage(EmptyStateStack::emptyMessage(bool(model.dataset())));
        updateEstimates();
        return;
    case ScalingModel::State::NoDataForHardware:
        m_stack->showMessage(tr("No data for the hardware “%1” with the current filter.").arg(model.hardware()));
        updateEstimates();
        return;
    case ScalingModel::State::NoPoints:
        m_stack->showMessage(tr("No prompt has both a token count and a time: nothing to plot.\n"
                                "Prompt rows with input tokens are needed (method summary rows have none)."));
        updateEstimates();
        return;
    case ScalingModel::State::Ready:
        break;
    }
    m_stack->showContent();
    const Dataset &dataset = *model.dataset();
    const bool perGroup = model.seriesPerGroup();
    const bool oneHardware = !model.hardware().isEmpty() || dataset.hardware().size() == 1;
    // The model's names in full; on screen the hardware is shortened.
    const auto groupName = [&](int g) {
        const GroupStats &s = dataset.groups()[std::size_t(g)];
        QString name = dataset.models()[s.model] + QStringLiteral(" · ") + dataset.methods()[s.method];
        if (!oneHardware)
            name += QStringLiteral(" · ") + ChartFactory::shortLabel(dataset.hardware()[s.hardware], 16);
        return name;
    };

    double minTokens = qInf(), maxTokens = -qInf(), minTime = qInf(), maxTime = 0;
    const std::size_t totalPoints = model.totalPoints();
    std::size_t shownPoints = 0;
    QList<PointLayer::Group> pointGroups;
    QList<LegendLayer::Entry> legendEntries;
    QList<PointLayer::Line> fitLines;
    // Colour is the method's, in every series: a group's points take its method's colour.
    // A series per method is named by it ("N other methods" is unknown: grey).
    const auto seriesColor = [&](const ScalingModel::Series &series) {
        if (!perGroup || series.groups.empty())
            return nameColor(dataset, Dimension::Method, series.name);
        return nameColor(dataset, Dimension::Method, dataset.methods()[dataset.groups()[std::size_t(series.groups.front())].method]);
    };
    for (std::size_t i = 0; i < model.series().size(); ++i) {
        const ScalingModel::Series &series = model.series()[i];
        const QColor color = seriesColor(series);
        // The point layer draws the prompts, the legend layer names the colour.
        PointLayer::Group pointGroup;
        pointGroup.name = perGroup ? groupName(series.groups.front()) : series.name;
        pointGroup.fill = color;
        pointGroup.fill.setAlphaF(0.55f); // overlapping prompts stay visible
        pointGroup.border = color.darker(m_dark ? 100 : 130);
        for (const QPointF &point : series.points) {
            if (m_log && !(point.y() > 0))
                continue; // no place on a log axis
            pointGroup.points.append(point);
            ++shownPoints;
            minTokens = std::min(minTokens, point.x());
            maxTokens = std::max(maxTokens, point.x());
            if (point.y() > 0)
                minTime = std::min(minTime, point.y());
            maxTime = std::max(maxTime, point.y());
        }
        pointGroups.append(pointGroup);
        legendEntries.append({pointGroup.name, QBrush(pointGroup.fill), QPen(pointGroup.border, 1),
                              LegendLayer::Shape::Circle});
    }
    for (const ScalingModel::Fit &fit : model.fits()) {
        if (!fit.drawn)
            continue;
        const GroupStats &s = dataset.groups()[std::size_t(fit.group)];
        const int segments = m_log ? kLogLineSegments : 1;
        QList<QPointF> linePoints;
        for (int i = 0; i <= segments; ++i) {
            const double x = i == segments ? s.fitMaxTokens
                                           : s.fitMinTokens + (s.fitMaxTokens - s.fitMinTokens) * i / segments;
            const double y = s.fitIntercept + s.fitSlope * x;
            if (m_log && !(y > 0))
                continue;
            linePoints.append(QPointF(x, y));
        }
        const QString tooltip =
            tr("%1\ntime = %2 + %3 per 1000 tokens (r² = %4, n = %5)\nfitted over %6–%7 tokens")
                .arg(groupName(fit.group), Format::seconds(s.fitIntercept), Format::seconds(s.fitSlope * 1000),
                     Format::number(s.fitR2, 3), QString::number(s.fitN), Format::number(s.fitMinTokens, 6),
                     Format::number(s.fitMaxTokens, 6));
        // Drawn by the layer (a QLineSeries each costs a legend marker and a stroked
        // hover shape); no legend entry: a line has the colour of its points.
        const QColor color = seriesColor(model.series()[std::size_t(fit.series)]);
        fitLines.append(PointLayer::Line{QPen(color, 2), tooltip, linePoints});
        m_lineGroups.append(fit.group);
    }
    if (!std::isfinite(minTime))
        minTime = maxTime > 0 ? maxTime : 1;

    // New axes for every refresh: a kept Qt Charts axis given a new range drew
    // its grid lines far slower (frames of 48–62 ms against 23–33 ms measured).
    makeAxes();
    const double span = std::max(1.0, maxTokens - minTokens);
    ChartFactory::setNiceRange(m_xAxis, std::max(0.0, minTokens - 0.05 * span), maxTokens + 0.05 * span, 7);
    if (auto *axis = qobject_cast<QLogValueAxis *>(m_yAxis)) {
        const auto [low, high] = ChartFactory::logBounds(minTime, maxTime);
        axis->setRange(low, high);
    } else if (auto *linear = qobject_cast<QValueAxis *>(m_yAxis)) {
        ChartFactory::setNiceRange(linear, 0, maxTime * 1.05, 6);
    }
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    m_pointLayer->setAnchor(m_anchor);
    m_pointLayer->setGroups(pointGroups);
    m_pointLayer->setLines(fitLines);
    QString title = tr("<b>Attribution time against input tokens</b>");
    title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>")
                 .arg((perGroup ? tr("Points: prompts; lines: least-squares fit per group")
                                : tr("Points: prompts, coloured by method; lines: least-squares fit per model × method × hardware"))
                          .toHtmlEscaped());
    if (!model.lineModel().isEmpty() && model.fittedModels().size() > 1) {
        const int ofModel = int(std::count_if(model.fits().begin(), model.fits().end(), [&](const ScalingModel::Fit &fit) {
            return dataset.models()[dataset.groups()[std::size_t(fit.group)].model] == model.lineModel();
        }));
        QString text = model.drawnFitCount() < std::size_t(ofModel)
            ? tr("Fitted lines of %1: the %2 largest of its %3 groups")
                  .arg(model.lineModel())
                  .arg(model.drawnFitCount())
                  .arg(ofModel)
            : tr("Fitted lines of %1 (%2 groups); pick another model under “Fitted lines”")
                  .arg(model.lineModel())
                  .arg(model.drawnFitCount());
        title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>").arg(text.toHtmlEscaped());
    } else if (model.drawnFitCount() < model.fits().size()) {
        title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>")
                     .arg(tr("Fitted lines of the %1 largest of %2 groups; filter to see others")
                              .arg(model.drawnFitCount())
                              .arg(model.fits().size())
                              .toHtmlEscaped());
    }
    if (shownPoints < totalPoints) {
        title += QStringLiteral("<br><span style=\"font-weight:normal; font-size:small\">%1</span>")
                     .arg(tr("Showing one prompt in %1: %2 of %3 points")
                              .arg(model.stride())
                              .arg(shownPoints)
                              .arg(totalPoints)
                              .toHtmlEscaped());
    }
    m_chart->setTitle(title);
    m_chart->legend()->hide();
    m_legend->setLegend(legendEntries, legendEntries.size() > 5 ? Qt::AlignRight : Qt::AlignBottom, font,
                        ChartFactory::kChartMargins);

    // Until the user picks a token count, follow the data: its median prompt
    // (of the prompts drawn, so a million rows are not sorted for a default).
    if (!m_tokensTouched && model.medianTokens() > 0) {
        const QSignalBlocker blocker(m_tokensBox);
        m_tokensBox->setValue(std::round(model.medianTokens()));
    }
    updateEstimates();
}

void ScalingTab::makeAxes()
{
    m_pointLayer->setAnchor(nullptr);
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setVisible(false); // see BoxPlotChart::rebuild
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_xAxis = new QValueAxis;
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_xAxis->setTitleText(tr("Input tokens"));
    const QString yTitle = tr("Attribution time per prompt (s)");
    if (m_log) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(8);
        axis->setTitleText(yTitle);
        m_yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(yTitle);
        m_yAxis = axis;
    }
    QFont font = m_chart->font();
    font.setPointSizeF(ChartFactory::labelPointSize(false));
    m_xAxis->setLabelsFont(font);
    m_yAxis->setLabelsFont(font);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    ChartFactory::styleAxes(m_chart, m_dark);
    // One empty series places the layers on the axes.
    auto *anchor = new QScatterSeries;
    m_chart->addSeries(anchor);
    anchor->attachAxis(m_xAxis);
    anchor->attachAxis(m_yAxis);
    m_anchor = anchor;
}

void ScalingTab::updateEstimates()
{
    if (!m_model->dataset()) {
        m_estimates->setEstimates({});
        m_warning->hide();
        return;
    }
    const std::vector<int> &groups = m_model->shownGroups();
    const qint64 prompts = m_promptsBox->value();
    const double tokens = m_tokensBox->value();
    const std::vector<CostEstimate> estimates = CostEstimate::compute(*m_model->dataset(), groups, prompts, tokens);
    m_estimates->setEstimates(estimates);
    m_estimateView->resizeColumnsToContents();
    const auto outside = std::count_if(estimates.begin(), estimates.end(),
                                       [](const CostEstimate &e) { return e.outsideFittedRange; });
    double low = qInf(), high = -qInf();
    for (int g : groups) {
        const GroupStats &s = m_model->dataset()->groups()[std::size_t(g)];
        if (s.fitValid) {
            low = std::min(low, s.fitMinTokens);
            high = std::max(high, s.fitMaxTokens);
        }
    }
    const auto weak = std::count_if(estimates.begin(), estimates.end(), [](const CostEstimate &e) { return e.weakFit; });
    if (estimates.empty()) {
        m_warning->setText(tr("No group has a fit (at least 3 prompts with different token counts): nothing to estimate."));
        m_warning->show();
        return;
    }
    QStringList warnings;
    if (outside > 0) {
        warnings << tr("<b>⚠ %1 tokens lies outside the token range of %2 of %3 fits</b> (the data has %4–%5 "
                       "tokens): those estimates extrapolate a straight line and may be far off.")
                        .arg(Format::number(tokens, 7))
                        .arg(outside)
                        .arg(estimates.size())
                        .arg(Format::number(low, 6), Format::number(high, 6));
    }
    if (weak > 0) {
        warnings << tr("<b>⚠ %1 of %2 fits are weak</b> (r² below %3): input tokens explain little of their time, "
                       "so their estimate is about N × the mean time and their range is wide.")
                        .arg(weak)
                        .arg(estimates.size())
                        .arg(CostEstimate::kWeakR2);
    }
    if (!warnings.isEmpty()) {
        m_warning->setText(warnings.join(QStringLiteral("<br>")));
        m_warning->show();
    } else {
        m_warning->hide();
    }
}

QString ScalingTab::emptyReason() const
{
    return m_model->state() == ScalingModel::State::Ready ? QString()
                                                          : tr("no prompt has both a token count and a time");
}
