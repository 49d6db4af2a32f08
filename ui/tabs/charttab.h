// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcsv.h"
#include "dataset.h"
#include "namecolors.h"

#include <QWidget>

#include <memory>
#include <vector>

class QPainter;
class QSettings;

/// A tab of the dashboard that draws the current (filtered) groups and can be
/// exported as a picture. The main window owns the data and the filter: it
/// calls setData() whenever either changes, with the filtered group indices,
/// so a tab's refresh costs O(groups).
class ChartTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChartTab(QWidget *parent = nullptr);
    ~ChartTab() override;

    /// File name stem for exports: "performance", "heatmap", "hardware", …
    virtual QString exportName() const = 0;
    /// Shown in the tab bar and in the accessible name.
    virtual QString title() const = 0;
    /// `groups` are indices into dataset->groups() that pass the filter. `dataset` may be null.
    virtual void setData(const DatasetPtr &dataset, const std::vector<int> &groups) = 0;
    /// Paints the tab's chart for export into `target` (logical pixels). The
    /// default renders the widget returned by exportWidget().
    virtual void renderForExport(QPainter *painter, const QRectF &target);
    /// The widget that stands for the chart in exports and "Copy image".
    virtual QWidget *exportWidget() { return this; }
    /// Switches chart colours for a dark or light palette.
    virtual void setDarkTheme(bool dark) { Q_UNUSED(dark); }
    /// Chart options (group by, metric, scale, …) are remembered across sessions.
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreSettings(const QSettings &settings) { Q_UNUSED(settings); }
    /// The data behind the chart in tidy form (core/models/chartcsv.h): every page,
    /// every hardware, model or method it can show, with the tab's options.
    /// An empty header when the chart has no data file (overview, compare).
    virtual ChartCsv::Table chartData(const DatasetPtr &dataset, const std::vector<int> &groups) const;
    /// Why the tab has nothing to show ("needs two loaded runs"), or empty when
    /// it has: Export all skips such tabs and names them.
    virtual QString emptyReason() const { return {}; }
    /// The session's colours (one per name, core/session/namecolors.h). Without them a
    /// tab colours the names of the dataset it draws in sorted order, as an
    /// export of that dataset alone does.
    virtual void setNameColors(std::shared_ptr<const NameColors> colors) { m_sharedColors = std::move(colors); }

protected:
    /// The colour of `name` in the session, or among the names of `dataset`.
    QColor nameColor(const Dataset &dataset, Dimension dimension, const QString &name) const;

private:
    std::shared_ptr<const NameColors> m_sharedColors;
    mutable NameColors m_ownColors;
    mutable const Dataset *m_ownColorsOf = nullptr;
};
