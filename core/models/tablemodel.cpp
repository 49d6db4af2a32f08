// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodel.h"

#include <cmath>

TableModel::TableModel(QStringList headers, QStringList fieldNames, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_fieldNames(std::move(fieldNames))
{
    Q_ASSERT(m_headers.size() == m_fieldNames.size());
}

TableModel::~TableModel() = default;

void TableModel::setHeaderToolTips(QStringList toolTips)
{
    m_headerToolTips = std::move(toolTips);
}

QVariant TableModel::numberCell(int role, double value, const QString &text)
{
    if (role == SortRole)
        return std::isnan(value) ? QVariant() : QVariant(value);
    return text;
}

void TableModel::recompute()
{
    beginResetModel();
    compute();
    endResetModel();
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == FieldNameRole)
        return m_fieldNames.at(section);
    if (role == Qt::ToolTipRole && section < m_headerToolTips.size() && !m_headerToolTips.at(section).isEmpty())
        return m_headerToolTips.at(section);
    return {};
}
