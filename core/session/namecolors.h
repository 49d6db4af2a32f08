// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

class Dataset;

/// One colour per name for a whole session, the same in every tab and export.
/// A name gets its colour the first time it is loaded (names of one load in
/// sorted order) and keeps it whatever is filtered, hidden or loaded later.
/// Models and methods draw from one categorical palette, hardware from its
/// own, so a method and a machine never share a colour (the Overview shows
/// both side by side). Past the palette, names get generated colours, each
/// its own, never a repeat and never a hatch. docs/charts.md explains the choice.
class NameColors
{
public:
    /// Colours in the categorical palettes before generated ones take over.
    static constexpr int kMethodPaletteSize = 10;
    static constexpr int kHardwarePaletteSize = 6;

    /// Gives every name of the dataset not seen before the next colour.
    void addDataset(const Dataset &dataset);
    /// The same for names of one dimension (added in sorted order).
    void addNames(Dimension dimension, QStringList names);

    /// The name's slot, in the order names were first added; -1 for an unknown name.
    int index(Dimension dimension, const QString &name) const;
    /// The name's colour; an unknown name gets a neutral grey. Every colour
    /// keeps a contrast of 3:1 (WCAG's figure for graphics) against white and
    /// against a dark chart background (#1E1E1E … #303030), so it is the same
    /// colour in the light and the dark theme.
    QColor color(Dimension dimension, const QString &name) const;
    /// Gives every source (run) name not seen before the next colour, in the
    /// order given (load order). Sources are no filter Dimension: they draw
    /// from the methods' sequence in a list of their own, so the first source
    /// always gets the first colour whatever models and methods it holds.
    void addSources(const QStringList &names);
    /// The source's slot, in the order sources were first added; -1 for an unknown one.
    int sourceIndex(const QString &name) const { return m_sourceSlots.value(name, -1); }
    /// The source's colour (grey for an unknown one), as color() for names.
    QColor sourceColor(const QString &name) const;
    /// Colour of slot `index` in a dimension's sequence.
    static QColor slotColor(Dimension dimension, int index);
    /// Contrast ratio (WCAG) between two colours, 1 … 21.
    static double contrast(const QColor &a, const QColor &b);

private:
    std::array<QHash<QString, int>, 3> m_slots;
    QHash<QString, int> m_sourceSlots;
};
