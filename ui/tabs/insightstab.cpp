// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightstab.h"

#include "insightcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kTwoColumnWidth = 1000; // below this, one card per row reads better
}

InsightsTab::InsightsTab(QWidget *parent)
    : ChartTab(parent)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(m_content))
{
    setAccessibleName(tr("Insights"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(10);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setData(nullptr, {});
}

void InsightsTab::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    m_insights = dataset ? Insight::compute(*dataset, groups) : QList<Insight>();

    if (!dataset)
        m_empty->setText(tr("No data loaded yet. Drop timing files or a URL on this window, open a file (Ctrl+O) or a "
                            "URL (Ctrl+Shift+O), or look at the bundled sample (File ▸ Open Sample Data)."));
    else if (groups.empty())
        m_empty->setText(tr("Nothing matches the filter: select at least one model, method and hardware."));
    else
        m_empty->setText(tr("No insights for the groups shown."));
    m_empty->setVisible(m_insights.isEmpty());

    // The cards are reused: a filter change mostly changes a few numbers, and
    // new cards cost their text layout. A card may be the sender of the click
    // that led here: surplus cards are deleted later.
    const bool sameCount = m_cards.size() == m_insights.size();
    while (m_cards.size() > m_insights.size()) {
        InsightCard *card = m_cards.takeLast();
        m_grid->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    for (qsizetype i = 0; i < m_insights.size(); ++i) {
        if (i < m_cards.size()) {
            m_cards[i]->setInsight(m_insights[i]);
            continue;
        }
        auto *card = new InsightCard(m_insights[i], m_content);
        connect(card, &InsightCard::activated, this, &InsightsTab::insightActivated);
        m_cards.append(card);
    }
    if (!sameCount)
        layoutCards();
}

QList<ChartTab *> InsightsTab::createForExport(QWidget *parent)
{
    return {new InsightsTab(parent)};
}

QWidget *InsightsTab::exportWidget()
{
    return m_content;
}

void InsightsTab::resizeEvent(QResizeEvent *event)
{
    ChartTab::resizeEvent(event);
    layoutCards();
}

void InsightsTab::layoutCards()
{
    const int columns = width() >= kTwoColumnWidth ? 2 : 1;
    if (columns != m_columns) {
        m_columns = columns;
        for (InsightCard *card : std::as_const(m_cards))
            m_grid->removeWidget(card);
    }
    // Cards already placed keep their cells (surplus ones go from the end);
    // only new ones are added, so the others keep their cached layouts.
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_grid->indexOf(m_cards[i]) >= 0)
            continue;
        m_grid->addWidget(m_cards[i], i / columns, i % columns);
        m_cards[i]->show();
    }
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}
