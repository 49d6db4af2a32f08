// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingroles.h"

#include <QAbstractTableModel>
#include <QStringList>

/// The boilerplate every flat table model in core/ shares (after hotspot's
/// `src/models/hashmodel.h`): rows and columns are 0 under a valid parent,
/// horizontal headers come from one list, and `data()` gets a checked index.
/// A subclass says how many rows it has and what a cell holds.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Roles shared by the tables: raw numbers for sorting proxies (the same
    /// role as TimingRoles::SortRole, so one proxy sorts every table), and a
    /// column's machine name (the CSV/JSON field name).
    enum Role {
        SortRole = TimingRoles::SortRole,
        FieldNameRole = Qt::UserRole + 100,
    };

    explicit TableModel(QStringList headers, QStringList fieldNames, QObject *parent = nullptr);
    ~TableModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Machine names of the columns, in column order.
    const QStringList &fieldNames() const { return m_fieldNames; }

protected:
    /// Tool tips of the column headers, in column order (an empty one: none).
    void setHeaderToolTips(QStringList toolTips);
    /// A number cell: under SortRole the raw value (nothing when NaN), else `text`.
    static QVariant numberCell(int role, double value, const QString &text);

    /// A new result set: compute() inside one model reset.
    void recompute();
    /// Rebuilds the rows from the model's inputs.
    virtual void compute() = 0;
    virtual int rows() const = 0;
    /// Called with a valid row and column only.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    QStringList m_headers;
    QStringList m_fieldNames;
    QStringList m_headerToolTips;
};
