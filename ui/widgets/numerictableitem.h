// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidgetItem>

#include <cmath>

/// A table cell that shows text with units but sorts by its raw number
/// (TimingRoles::SortRole); a missing number (NaN) sorts after every value.
class NumericTableItem : public QTableWidgetItem
{
public:
    NumericTableItem(const QString &text, double value)
        : QTableWidgetItem(text)
        , m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *numeric = dynamic_cast<const NumericTableItem *>(&other);
        if (!numeric)
            return QTableWidgetItem::operator<(other);
        if (std::isnan(m_value) || std::isnan(numeric->m_value))
            return !std::isnan(m_value) && std::isnan(numeric->m_value);
        return m_value < numeric->m_value;
    }

    double value() const { return m_value; }

private:
    double m_value;
};
