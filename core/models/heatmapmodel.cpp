// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapmodel.h"

#include "format.h"
#include "timingroles.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// ColorBrewer "Reds", 9 classes, light to dark (colour-blind safe, sequential).
constexpr std::array<QRgb, 9> kReds = {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a,
                                       0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d};
// For dark backgrounds: matplotlib "inferno" at 0.2, 0.3, …, 0.8 (its
// published 10 % steps), dim purple to orange: perceptually uniform and
// colour-blind safe. Its near-black start would vanish into a dark chart and
// its pale-yellow end glare, so both ends are cut. Brighter = higher tokens/s.
constexpr std::array<QRgb, 7> kInferno = {0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a};

QString abbreviated(const QString &name)
{
    if (name.size() <= HeatmapModel::kMaxHeaderChars)
        return name;
    return name.left(HeatmapModel::kMaxHeaderChars - 1) + QChar(0x2026);
}

} // namespace

HeatmapModel::HeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HeatmapModel::~HeatmapModel() = default;

void HeatmapModel::setGroups(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    beginResetModel();
    m_dataset = dataset;
    m_groups = dataset ? groups : std::vector<int>{};
    m_rowMethods.clear();
    m_columnModels.clear();
    m_hardwareNames.clear();
    m_hardwareIds.clear();
    if (m_dataset) {
        std::vector<bool> method(std::size_t(m_dataset->methods().size())), model(std::size_t(m_dataset->models().size())),
            hardware(std::size_t(m_dataset->hardware().size()));
        for (int g : m_groups) {
            const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
            method[stats.method] = model[stats.model] = hardware[stats.hardware] = true;
        }
        // Dataset names are sorted, so ids in order give alphabetical rows and columns.
        for (std::uint32_t i = 0; i < method.size(); ++i)
            if (method[i])
                m_rowMethods.push_back(i);
        for (std::uint32_t i = 0; i < model.size(); ++i)
            if (model[i])
                m_columnModels.push_back(i);
        for (std::uint32_t i = 0; i < hardware.size(); ++i) {
            if (hardware[i]) {
                m_hardwareNames.append(m_dataset->hardware().at(i));
                m_hardwareIds.push_back(i);
            }
        }
    }
    m_hardwareIndex = int(m_hardwareNames.indexOf(m_hardware));
    computeScores();
    sortIds(m_rowMethods, m_methodScore);
    sortIds(m_columnModels, m_modelScore);
    m_sortedByName = m_order == Order::Name;
    recomputeCells();
    endResetModel();
}

void HeatmapModel::setHardware(const QString &hardware)
{
    if (hardware == m_hardware)
        return;
    m_hardware = hardware;
    m_hardwareIndex = int(m_hardwareNames.indexOf(m_hardware));
    update();
}

void HeatmapModel::setAggregate(Aggregate aggregate)
{
    if (aggregate == m_aggregate)
        return;
    m_aggregate = aggregate;
    update(true);
}

void HeatmapModel::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    emitAllChanged();
}

void HeatmapModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    update();
}

void HeatmapModel::setScaleAcrossHardware(bool across)
{
    if (across == m_acrossHardware)
        return;
    m_acrossHardware = across;
    update();
}

void HeatmapModel::update(bool rebuild)
{
    // By name the order never depends on the hardware or the values: a
    // hardware change then costs a pass over one panel's cells, not a sort
    // (ChartCsv and the hardware combo switch through 200k machines).
    const bool keep = m_order == Order::Name && m_sortedByName;
    std::vector<std::uint32_t> rows, columns;
    if (!keep) {
        computeScores();
        rows = m_rowMethods;
        columns = m_columnModels;
        sortIds(rows, m_methodScore);
        sortIds(columns, m_modelScore);
    }
    if (keep || (rows == m_rowMethods && columns == m_columnModels)) {
        m_sortedByName = m_order == Order::Name;
        if (rebuild)
            recomputeCells();
        else
            recomputeRange();
        emitAllChanged();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    // Persistent indexes follow their (method, model) to its new place.
    std::vector<int> rowOf(std::size_t(m_dataset->methods().size())), columnOf(std::size_t(m_dataset->models().size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        rowOf[rows[r]] = int(r);
    for (std::size_t c = 0; c < columns.size(); ++c)
        columnOf[columns[c]] = int(c);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? createIndex(rowOf[m_rowMethods[std::size_t(index.row())]],
                                                   columnOf[m_columnModels[std::size_t(index.column())]])
                                     : QModelIndex());
    m_rowMethods = std::move(rows);
    m_columnModels = std::move(columns);
    m_sortedByName = m_order == Order::Name;
    recomputeCells();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

double HeatmapModel::groupValue(int group) const
{
    const GroupStats &stats = m_dataset->groups()[std::size_t(group)];
    return m_aggregate == Aggregate::Mean ? stats.meanTokensPerSecond : stats.medianTokensPerSecond;
}

void HeatmapModel::computeScores()
{
    m_methodScore.clear();
    m_modelScore.clear();
    if (!m_dataset || m_order == Order::Name)
        return;
    // Geometric mean: each cell counts alike whatever its magnitude (tokens/s
    // of attention and LIME differ 10 000×). Non-positive values have no log.
    const std::size_t methods = std::size_t(m_dataset->methods().size()), models = std::size_t(m_dataset->models().size());
    std::vector<double> methodSum(methods), modelSum(models);
    std::vector<int> methodCount(methods), modelCount(models);
    const int hardwareId = m_dataset->hardwareId(m_hardware);
    for (int g : m_groups) {
        const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
        if (!m_acrossHardware && int(stats.hardware) != hardwareId)
            continue;
        const double v = groupValue(g);
        if (isMissing(v) || !(v > 0))
            continue;
        const double l = std::log(v);
        methodSum[stats.method] += l;
        ++methodCount[stats.method];
        modelSum[stats.model] += l;
        ++modelCount[stats.model];
    }
    m_methodScore.assign(methods, kMissing);
    m_modelScore.assign(models, kMissing);
    for (std::size_t i = 0; i < methods; ++i)
        if (methodCount[i] > 0)
            m_methodScore[i] = std::exp(methodSum[i] / methodCount[i]);
    for (std::size_t i = 0; i < models; ++i)
        if (modelCount[i] > 0)
            m_modelScore[i] = std::exp(modelSum[i] / modelCount[i]);
}

void HeatmapModel::sortIds(std::vector<std::uint32_t> &ids, const std::vector<double> &score) const
{
    if (m_order == Order::Name || score.empty()) {
        std::sort(ids.begin(), ids.end());
        return;
    }
    // Highest tokens/s first; without a score last; ties by name.
    std::sort(ids.begin(), ids.end(), [&score](std::uint32_t a, std::uint32_t b) {
        const double sa = score[a], sb = score[b];
        const bool ma = isMissing(sa), mb = isMissing(sb);
        if (ma != mb)
            return mb;
        if (!ma && sa != sb)
            return sa > sb;
        return a < b;
    });
}

QStringList HeatmapModel::hardwareNames() const
{
    return m_hardwareNames;
}

QString HeatmapModel::rowName(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rowMethods.size())
        return {};
    return m_dataset->methods().at(m_rowMethods[std::size_t(row)]);
}

QString HeatmapModel::columnName(int column) const
{
    if (column < 0 || std::size_t(column) >= m_columnModels.size())
        return {};
    return m_dataset->models().at(m_columnModels[std::size_t(column)]);
}

int HeatmapModel::groupAt(int row, int column) const
{
    return groupAt(m_hardwareIndex, row, column);
}

int HeatmapModel::groupAt(int hardware, int row, int column) const
{
    if (hardware < 0 || hardware >= m_hardwareNames.size() || row < 0 || column < 0 || row >= rowCount()
        || column >= columnCount())
        return -1;
    const std::uint64_t key = (std::uint64_t(hardware) * m_rowMethods.size() + std::uint64_t(row)) * m_columnModels.size()
        + std::uint64_t(column);
    const auto it = std::lower_bound(m_cellGroup.begin(), m_cellGroup.end(), std::make_pair(key, -1));
    return it != m_cellGroup.end() && it->first == key ? it->second : -1;
}

double HeatmapModel::value(int row, int column) const
{
    return value(m_hardwareIndex, row, column);
}

std::int64_t HeatmapModel::count(int row, int column) const
{
    return count(m_hardwareIndex, row, column);
}

double HeatmapModel::value(int hardware, int row, int column) const
{
    const int g = groupAt(hardware, row, column);
    return g < 0 ? kMissing : groupValue(g);
}

std::int64_t HeatmapModel::count(int hardware, int row, int column) const
{
    const int g = groupAt(hardware, row, column);
    return g < 0 ? 0 : m_dataset->groups()[std::size_t(g)].rateCount;
}

double HeatmapModel::rowScore(int row) const
{
    if (row < 0 || row >= rowCount() || m_methodScore.empty())
        return kMissing;
    return m_methodScore[m_rowMethods[std::size_t(row)]];
}

double HeatmapModel::columnScore(int column) const
{
    if (column < 0 || column >= columnCount() || m_modelScore.empty())
        return kMissing;
    return m_modelScore[m_columnModels[std::size_t(column)]];
}

QString HeatmapModel::toolTip(int hardware, int row, int column) const
{
    const QString aggregate = m_aggregate == Aggregate::Mean ? tr("Mean tokens/s") : tr("Median tokens/s");
    const QString text =
        tr("Model: %1\nMethod: %2\nHardware: %3\n").arg(columnName(column), rowName(row), m_hardwareNames.value(hardware));
    const double v = value(hardware, row, column);
    if (isMissing(v))
        return text + tr("No data");
    return text
        + tr("%1: %2\nn = %3 prompts").arg(aggregate, Format::tokensPerSecond(v), Format::count(count(hardware, row, column)));
}

QString HeatmapModel::valueText(double value)
{
    return Format::number(value, value >= 100 ? 4 : 3);
}

void HeatmapModel::recomputeCells()
{
    const std::size_t rows = m_rowMethods.size(), columns = m_columnModels.size();
    m_cellGroup.clear();
    if (m_dataset) {
        // Small inverse maps from dataset ids to rows, columns and panels: O(groups) in all.
        std::vector<int> rowOf(std::size_t(m_dataset->methods().size()), -1),
            columnOf(std::size_t(m_dataset->models().size()), -1), panelOf(std::size_t(m_dataset->hardware().size()), -1);
        for (std::size_t r = 0; r < rows; ++r)
            rowOf[m_rowMethods[r]] = int(r);
        for (std::size_t c = 0; c < columns; ++c)
            columnOf[m_columnModels[c]] = int(c);
        for (std::size_t h = 0; h < m_hardwareIds.size(); ++h)
            panelOf[m_hardwareIds[h]] = int(h);
        for (int g : m_groups) {
            const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
            if (isMissing(groupValue(g)))
                continue; // no successful row with a rate: shown as "no data"
            const std::uint64_t panel = std::uint64_t(panelOf[stats.hardware]);
            m_cellGroup.emplace_back((panel * rows + std::uint64_t(rowOf[stats.method])) * columns
                                         + std::uint64_t(columnOf[stats.model]),
                                     g);
        }
        std::sort(m_cellGroup.begin(), m_cellGroup.end());
    }
    recomputeRange();
}

void HeatmapModel::recomputeRange()
{
    m_min = m_max = kMissing;
    const std::uint64_t panelSize = std::uint64_t(m_rowMethods.size()) * m_columnModels.size();
    if (!m_acrossHardware && m_hardwareIndex < 0)
        return;
    // Keys are sorted by panel first: one panel's cells are one run.
    auto begin = m_cellGroup.cbegin(), end = m_cellGroup.cend();
    if (!m_acrossHardware) {
        const std::uint64_t first = std::uint64_t(m_hardwareIndex) * panelSize;
        begin = std::lower_bound(begin, end, std::make_pair(first, -1));
        end = std::lower_bound(begin, end, std::make_pair(first + panelSize, -1));
    }
    for (auto it = begin; it != end; ++it) {
        const double v = groupValue(it->second);
        if (isMissing(m_min) || v < m_min)
            m_min = v;
        if (isMissing(m_max) || v > m_max)
            m_max = v;
    }
}

void HeatmapModel::emitAllChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool HeatmapModel::logScale() const
{
    if (!(m_min > 0) || isMissing(m_max))
        return false;
    return m_scale == Scale::Log || (m_scale == Scale::Auto && m_max > 10 * m_min);
}

double HeatmapModel::normalized(double v) const
{
    if (isMissing(v) || isMissing(m_min))
        return kMissing;
    if (m_max <= m_min)
        return 1.0; // one value: the darkest colour, so it reads as "has data"
    double t;
    if (logScale())
        t = (std::log(std::max(v, m_min)) - std::log(m_min)) / (std::log(m_max) - std::log(m_min));
    else
        t = (v - m_min) / (m_max - m_min);
    return std::clamp(t, 0.0, 1.0);
}

QColor HeatmapModel::rampColor(double t, bool dark)
{
    if (std::isnan(t))
        t = 0;
    const QRgb *ramp = dark ? kInferno.data() : kReds.data();
    const std::size_t size = dark ? kInferno.size() : kReds.size();
    t = std::clamp(t, 0.0, 1.0) * double(size - 1);
    const auto i = std::min(std::size_t(t), size - 2);
    const double f = t - double(i);
    const QColor a(ramp[i]), b(ramp[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor HeatmapModel::contrastingText(const QColor &background)
{
    // Relative luminance (sRGB weights); the Reds ramp turns dark past ~0.45.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowMethods.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnModels.size());
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const double v = value(row, column);
    const bool missing = isMissing(v);
    switch (role) {
    case Qt::DisplayRole:
        return missing ? tr("no data") : valueText(v);
    case Qt::ToolTipRole:
        if (m_hardwareIndex < 0)
            return tr("Model: %1\nMethod: %2\nHardware: %3\n").arg(columnName(column), rowName(row), m_hardware) + tr("No data");
        return toolTip(m_hardwareIndex, row, column);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(columnName(column), rowName(row), missing ? tr("no data") : Format::tokensPerSecond(v));
    case Qt::BackgroundRole:
        return missing ? QVariant() : QVariant(rampColor(normalized(v)));
    case Qt::ForegroundRole:
        return missing ? QVariant() : QVariant(contrastingText(rampColor(normalized(v))));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case TimingRoles::SortRole:
        return missing ? QVariant() : QVariant(v);
    case TimingRoles::ModelNameRole:
        return columnName(column);
    case TimingRoles::MethodNameRole:
        return rowName(row);
    case TimingRoles::HardwareNameRole:
        return m_hardware;
    case TimingRoles::GroupIndexRole:
        return groupAt(row, column);
    case CountRole:
        return qint64(count(row, column));
    case NormalizedRole:
        return missing ? QVariant() : QVariant(normalized(v));
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? columnCount() : rowCount()))
        return {};
    const QString name = horizontal ? columnName(section) : rowName(section);
    switch (role) {
    case Qt::DisplayRole:
        return abbreviated(name);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return horizontal ? tr("Model: %1").arg(name) : tr("Method: %1").arg(name);
    case TimingRoles::SortRole:
        return name;
    default:
        return {};
    }
}
