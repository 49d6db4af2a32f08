// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <vector>

/// Which dimension of the data a selection refers to.
enum class Dimension { Model, Method, Hardware };

/// The one filter the whole window shares: which models, methods and hardware
/// are shown. It stores what is *hidden*, so names that arrive with a new
/// source are shown by default, and "none selected" is "all hidden".
class FilterState : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);

    bool isShown(Dimension dimension, const QString &name) const;
    QSet<QString> hidden(Dimension dimension) const;
    void setHidden(Dimension dimension, const QSet<QString> &names);
    void setShown(Dimension dimension, const QString &name, bool shown);
    /// Shows exactly `names` among `all` (e.g. from a clicked insight).
    void showOnly(Dimension dimension, const QStringList &names, const QStringList &all);
    void showAll();

    /// Groups of `dataset` that pass the filter, in dataset order.
    std::vector<int> filteredGroups(const Dataset &dataset) const;
    /// Per id of the dimension in `dataset`, whether it is shown.
    std::vector<bool> mask(const Dataset &dataset, Dimension dimension) const;

Q_SIGNALS:
    void changed();

private:
    QSet<QString> m_hidden[3];
};
