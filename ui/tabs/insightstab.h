// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttab.h"
#include "summary.h"

#include <QList>

class InsightCard;
class QGridLayout;
class QLabel;
class QScrollArea;

/// One card per Insight over the filtered groups, tinted by severity.
/// Clicking a card asks for the filter to be narrowed to what it talks about.
class InsightsTab : public ChartTab
{
    Q_OBJECT
public:
    explicit InsightsTab(QWidget *parent = nullptr);

    QString exportName() const override { return QStringLiteral("insights"); }
    QString title() const override { return tr("Insights"); }
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups) override;
    QWidget *exportWidget() override;

    const QList<Insight> &insights() const { return m_insights; }
    /// For setExtraChartTabFactory(): headless exports include this tab.
    static QList<ChartTab *> createForExport(QWidget *parent);
    QList<InsightCard *> cards() const { return m_cards; }

Q_SIGNALS:
    /// A card was clicked: show only its models, methods and hardware.
    void insightActivated(const Insight &insight);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutCards();

    QScrollArea *m_scroll;
    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<Insight> m_insights;
    QList<InsightCard *> m_cards;
    int m_columns = 0;
};
