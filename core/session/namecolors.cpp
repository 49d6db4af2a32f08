// SPDX-License-Identifier: GPL-3.0-or-later
#include "namecolors.h"

#include "dataset.h"

#include <algorithm>
#include <cmath>

namespace {

// Okabe-Ito (without black, and without yellow, which no bar survives on
// white) then Paul Tol's muted wine, teal and olive: told apart with common
// colour-vision deficiencies.
constexpr std::array<QRgb, NameColors::kMethodPaletteSize> kMethodPalette = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x882255, 0x44AA99, 0x999933, 0xAA4499};
// Hardware: slate blue, a muted tan and slate grey first (hues and
// saturations no method colour is near: a sweep has few machines), then Tol's
// rose, cyan and green; none of them is a method's colour.
constexpr std::array<QRgb, NameColors::kHardwarePaletteSize> kHardwarePalette = {
    0x6A5ACD, 0xA5764A, 0x708090, 0xCC6677, 0x88CCEE, 0x117733};

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Slot i past the palette: hues 137.5° apart (the golden angle), so no two
// nearby slots look alike, in three lightness steps; methods and hardware
// start at different hues and use different saturation.
QColor generated(Dimension dimension, int i)
{
    const bool hardware = dimension == Dimension::Hardware;
    const double hue = std::fmod((hardware ? 60.0 : 15.0) + 137.508 * i, 360.0);
    const double lightness = std::array<double, 3>{0.42, 0.58, 0.50}[std::size_t(i % 3)];
    return QColor::fromHslF(float(hue / 360.0), hardware ? 0.35f : 0.70f, float(lightness));
}

// Relative luminance within [0.19, 0.30] gives 3:1 against white (1.05 / 0.35)
// and against #303030 (0.24 / 0.08): darken a light colour, lighten a dark one.
QColor midTone(QColor color)
{
    for (int step = 0; step < 16 && luminance(color) > 0.30; ++step)
        color = color.darker(108);
    for (int step = 0; step < 16 && luminance(color) < 0.19; ++step)
        color = color.lighter(108);
    return color;
}

} // namespace

void NameColors::addDataset(const Dataset &dataset)
{
    addNames(Dimension::Model, dataset.models());
    addNames(Dimension::Method, dataset.methods());
    addNames(Dimension::Hardware, dataset.hardware());
}

void NameColors::addNames(Dimension dimension, QStringList names)
{
    QHash<QString, int> &assigned = m_slots[std::size_t(dimension)];
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (!assigned.contains(name))
            assigned.insert(name, int(assigned.size()));
    }
}

int NameColors::index(Dimension dimension, const QString &name) const
{
    return m_slots[std::size_t(dimension)].value(name, -1);
}

QColor NameColors::color(Dimension dimension, const QString &name) const
{
    const int slot = index(dimension, name);
    if (slot < 0)
        return QColor(0x8A, 0x8A, 0x8A);
    return slotColor(dimension, slot);
}

void NameColors::addSources(const QStringList &names)
{
    for (const QString &name : names) {
        if (!m_sourceSlots.contains(name))
            m_sourceSlots.insert(name, int(m_sourceSlots.size()));
    }
}

QColor NameColors::sourceColor(const QString &name) const
{
    const int slot = sourceIndex(name);
    if (slot < 0)
        return QColor(0x8A, 0x8A, 0x8A);
    return slotColor(Dimension::Method, slot);
}

QColor NameColors::slotColor(Dimension dimension, int index)
{
    const bool hardware = dimension == Dimension::Hardware;
    const int paletteSize = hardware ? kHardwarePaletteSize : kMethodPaletteSize;
    QColor color;
    if (index < paletteSize)
        color = QColor(hardware ? kHardwarePalette[std::size_t(index)] : kMethodPalette[std::size_t(index)]);
    else
        color = generated(dimension, index - paletteSize);
    return midTone(color);
}

double NameColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
