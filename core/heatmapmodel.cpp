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
        for (std::uint32_t i = 0; i < hardware.size(); ++i)
            if (hardware[i])
                m_hardwareNames.append(m_dataset->hardware().at(i));
    }
    recomputeCells();
    endResetModel();
}

void HeatmapModel::setHardware(const QString &hardware)
{
    if (hardware == m_hardware)
        return;
    m_hardware = hardware;
    recomputeCells();
    emitAllChanged();
}

void HeatmapModel::setAggregate(Aggregate aggregate)
{
    if (aggregate == m_aggregate)
        return;
    m_aggregate = aggregate;
    recomputeCells();
    emitAllChanged();
}

void HeatmapModel::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    emitAllChanged();
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
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return -1;
    const std::uint64_t key = std::uint64_t(row) * m_columnModels.size() + std::uint64_t(column);
    const auto it = std::lower_bound(m_cellGroup.begin(), m_cellGroup.end(), std::make_pair(key, -1));
    return it != m_cellGroup.end() && it->first == key ? it->second : -1;
}

double HeatmapModel::value(int row, int column) const
{
    const int g = groupAt(row, column);
    if (g < 0)
        return kMissing;
    const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
    return m_aggregate == Aggregate::Mean ? stats.meanTokensPerSecond : stats.medianTokensPerSecond;
}

std::int64_t HeatmapModel::count(int row, int column) const
{
    const int g = groupAt(row, column);
    return g < 0 ? 0 : m_dataset->groups()[std::size_t(g)].rateCount;
}

void HeatmapModel::recomputeCells()
{
    const std::size_t rows = m_rowMethods.size(), columns = m_columnModels.size();
    m_cellGroup.clear();
    m_min = m_max = kMissing;
    if (!m_dataset)
        return;
    const int hardwareId = m_dataset->hardwareId(m_hardware);
    if (hardwareId < 0)
        return;
    // Small inverse maps from dataset ids to rows and columns: O(groups) in all.
    std::vector<int> rowOf(std::size_t(m_dataset->methods().size()), -1), columnOf(std::size_t(m_dataset->models().size()), -1);
    for (std::size_t r = 0; r < rows; ++r)
        rowOf[m_rowMethods[r]] = int(r);
    for (std::size_t c = 0; c < columns; ++c)
        columnOf[m_columnModels[c]] = int(c);
    for (int g : m_groups) {
        const GroupStats &stats = m_dataset->groups()[std::size_t(g)];
        if (int(stats.hardware) != hardwareId)
            continue;
        const double v = m_aggregate == Aggregate::Mean ? stats.meanTokensPerSecond : stats.medianTokensPerSecond;
        if (isMissing(v))
            continue; // no successful row with a rate: shown as "no data"
        m_cellGroup.emplace_back(std::uint64_t(rowOf[stats.method]) * columns + std::uint64_t(columnOf[stats.model]), g);
        if (isMissing(m_min) || v < m_min)
            m_min = v;
        if (isMissing(m_max) || v > m_max)
            m_max = v;
    }
    std::sort(m_cellGroup.begin(), m_cellGroup.end());
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

QColor HeatmapModel::rampColor(double t)
{
    if (std::isnan(t))
        t = 0;
    t = std::clamp(t, 0.0, 1.0) * double(kReds.size() - 1);
    const auto i = std::min(std::size_t(t), kReds.size() - 2);
    const double f = t - double(i);
    const QColor a(kReds[i]), b(kReds[i + 1]);
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
        return missing ? tr("no data") : Format::number(v, v >= 100 ? 4 : 3);
    case Qt::ToolTipRole: {
        const QString aggregate = m_aggregate == Aggregate::Mean ? tr("Mean tokens/s") : tr("Median tokens/s");
        QString text = tr("Model: %1\nMethod: %2\nHardware: %3\n").arg(columnName(column), rowName(row), m_hardware);
        if (missing)
            return text + tr("No data");
        return text + tr("%1: %2\nn = %3 prompts").arg(aggregate, Format::tokensPerSecond(v), Format::count(count(row, column)));
    }
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
