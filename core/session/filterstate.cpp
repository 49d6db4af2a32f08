// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterstate.h"

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{
}

bool FilterState::isShown(Dimension dimension, const QString &name) const
{
    return !m_hidden[int(dimension)].contains(name);
}

QSet<QString> FilterState::hidden(Dimension dimension) const
{
    return m_hidden[int(dimension)];
}

void FilterState::setHidden(Dimension dimension, const QSet<QString> &names)
{
    if (m_hidden[int(dimension)] == names)
        return;
    m_hidden[int(dimension)] = names;
    Q_EMIT changed();
}

void FilterState::setShown(Dimension dimension, const QString &name, bool shown)
{
    QSet<QString> names = m_hidden[int(dimension)];
    if (shown)
        names.remove(name);
    else
        names.insert(name);
    setHidden(dimension, names);
}

void FilterState::showOnly(Dimension dimension, const QStringList &names, const QStringList &all)
{
    QSet<QString> hiddenNames(all.begin(), all.end());
    for (const QString &name : names)
        hiddenNames.remove(name);
    setHidden(dimension, hiddenNames);
}

void FilterState::showAll()
{
    bool any = false;
    for (QSet<QString> &set : m_hidden) {
        any = any || !set.isEmpty();
        set.clear();
    }
    if (any)
        Q_EMIT changed();
}

std::vector<bool> FilterState::mask(const Dataset &dataset, Dimension dimension) const
{
    const QStringList &names = dimension == Dimension::Model    ? dataset.models()
                               : dimension == Dimension::Method ? dataset.methods()
                                                                : dataset.hardware();
    std::vector<bool> shown(std::size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        shown[std::size_t(i)] = isShown(dimension, names[i]);
    return shown;
}

std::vector<int> FilterState::filteredGroups(const Dataset &dataset) const
{
    const std::vector<bool> models = mask(dataset, Dimension::Model);
    const std::vector<bool> methods = mask(dataset, Dimension::Method);
    const std::vector<bool> hardware = mask(dataset, Dimension::Hardware);
    std::vector<int> groups;
    groups.reserve(dataset.groups().size());
    for (std::size_t i = 0; i < dataset.groups().size(); ++i) {
        const GroupStats &g = dataset.groups()[i];
        if (models[g.model] && methods[g.method] && hardware[g.hardware])
            groups.push_back(int(i));
    }
    return groups;
}
