// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompttimingmodel.h"

#include "format.h"
#include "timingroles.h"

#include <QFileInfo>

PromptTimingModel::PromptTimingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PromptTimingModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int PromptTimingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->promptRowCount());
}

int PromptTimingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptTimingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dataset)
        return {};
    const Dataset &d = *m_dataset;
    const std::int64_t merged = index.row();
    const auto [source, row] = d.locatePromptRow(merged);
    const SourceData &data = *d.sources()[source];
    const PromptTable &p = data.prompts;
    switch (role) {
    case TimingRoles::ModelNameRole:
        return d.models()[d.promptModel(merged)];
    case TimingRoles::MethodNameRole:
        return d.methods()[d.promptMethod(merged)];
    case TimingRoles::HardwareNameRole:
        return d.hardware()[d.promptHardware(merged)];
    case TimingRoles::SearchTextRole:
        return QStringList{d.models()[d.promptModel(merged)], d.methods()[d.promptMethod(merged)],
                           d.hardware()[d.promptHardware(merged)], p.promptId(row), p.promptText(row)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return tr("%1, row %2").arg(data.name).arg(p.sourceRow[row]);
        if (index.column() == PromptColumn)
            return p.promptText(row);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case TokensColumn:
        case TimeColumn:
        case TokensPerSecondColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
    case TimingRoles::SortRole:
        break;
    default:
        return {};
    }
    const bool raw = role == TimingRoles::SortRole;
    auto number = [raw](double v, QString (*format)(double)) -> QVariant {
        if (raw)
            return std::isnan(v) ? QVariant() : QVariant(v);
        return format(v);
    };
    switch (Column(index.column())) {
    case SourceColumn:
        return raw ? data.name : QFileInfo(data.name).fileName();
    case ModelColumn:
        return d.models()[d.promptModel(merged)];
    case MethodColumn:
        return d.methods()[d.promptMethod(merged)];
    case HardwareColumn:
        return d.hardware()[d.promptHardware(merged)];
    case PromptIdColumn:
        return p.promptId(row);
    case TokensColumn:
        return number(p.tokens[row], [](double v) { return Format::number(v, 12); });
    case TimeColumn:
        return number(p.time[row], Format::seconds);
    case TokensPerSecondColumn:
        return number(p.tokensPerSecond[row], Format::tokensPerSecond);
    case SuccessColumn:
        if (raw)
            return int(p.success[row]);
        return p.success[row] ? tr("yes") : tr("no");
    case PromptColumn:
        return p.promptText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PromptTimingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SourceColumn:
        return tr("Source");
    case ModelColumn:
        return tr("Model");
    case MethodColumn:
        return tr("Method");
    case HardwareColumn:
        return tr("Hardware");
    case PromptIdColumn:
        return tr("Prompt id");
    case TokensColumn:
        return tr("Tokens");
    case TimeColumn:
        return tr("Time");
    case TokensPerSecondColumn:
        return tr("Tokens/s");
    case SuccessColumn:
        return tr("Success");
    case PromptColumn:
        return tr("Prompt");
    case ColumnCount:
        break;
    }
    return {};
}
