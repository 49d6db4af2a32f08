// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycards.h"

#include "format.h"
#include "summary.h"
#include "toneframe.h"
#include "wrappedtext.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// Wrapped card text laid out once per text and width (WrappedText), not
// selectable: a selectable QLabel lays its text out in a QTextDocument, a
// plain one once per size hint; either cost a millisecond and more of every
// filter change for the four cards. Each card has Copy in its context menu.
template<typename Label>
Label *makeLabel(QWidget *parent, double pointScale, bool bold, bool muted)
{
    auto *label = new Label(parent);
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * pointScale);
    font.setBold(bold);
    label->setFont(font);
    label->setMinimumWidth(0);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SummaryCards::SummaryCards(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Summary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    const QString captions[CardCount] = {tr("Success rate"), tr("Fastest"), tr("Slowest"), tr("Best throughput")};
    const QString tips[CardCount] = {
        tr("Successful prompts out of all prompts of the groups shown"),
        tr("The (model, method, hardware) group with the lowest mean attribution time per prompt"),
        tr("The (model, method, hardware) group with the highest mean attribution time per prompt"),
        tr("The group with the highest mean tokens/s.\nTokens/s = input tokens per second of attribution."),
    };
    for (int i = 0; i < CardCount; ++i) {
        CardWidgets &card = m_cards[std::size_t(i)];
        card.frame = new ToneFrame(this);
        card.frame->setToolTip(tips[i]);
        card.frame->setAccessibleName(captions[i]);
        auto *copy = new QAction(tr("&Copy"), card.frame);
        connect(copy, &QAction::triggered, this, [this, i] {
            QGuiApplication::clipboard()->setText(captionText(Card(i)) + QStringLiteral(": ") + cardText(Card(i)));
        });
        card.frame->addAction(copy);
        card.frame->setContextMenuPolicy(Qt::ActionsContextMenu);
        card.caption = makeLabel<WrappedText>(card.frame, 0.9, false, true);
        card.caption->setText(captions[i]);
        card.caption->setLineCount(1);
        card.value = makeLabel<QLabel>(card.frame, 1.5, true, false);
        card.value->setTextFormat(Qt::PlainText);
        card.detail = makeLabel<WrappedText>(card.frame, 1.0, false, false);
        // Two lines (model · method, hardware) plus one for wrapping: every
        // card is as tall under any filter; longer names end in "…" (tooltip: all).
        card.detail->setLineCount(3);
        card.extra = makeLabel<WrappedText>(card.frame, 0.9, false, true);
        auto *valueRow = new QHBoxLayout;
        valueRow->setSpacing(8);
        valueRow->addWidget(card.value, 0, Qt::AlignBottom);
        valueRow->addWidget(card.extra, 1, Qt::AlignBottom);
        auto *box = new QVBoxLayout(card.frame);
        box->setContentsMargins(14, 6, 10, 8);
        box->setSpacing(1);
        box->addWidget(card.caption);
        box->addLayout(valueRow);
        box->addWidget(card.detail);
        box->addStretch(1);
        layout->addWidget(card.frame, 1);
    }
    setData(nullptr, {});
}

void SummaryCards::setData(const DatasetPtr &dataset, const std::vector<int> &groups)
{
    if (!dataset) {
        for (int i = 0; i < CardCount; ++i)
            setCard(Card(i), QStringLiteral("—"), tr("No data loaded"), QString());
        return;
    }
    const Summary summary = Summary::compute(*dataset, groups);
    if (groups.empty()) {
        for (int i = 0; i < CardCount; ++i)
            setCard(Card(i), QStringLiteral("—"), tr("Nothing matches the filter"), QString());
        return;
    }
    setCard(SuccessRateCard, Format::percent(summary.successRate),
            tr("%1 of %2 prompts\n%3 × %4 × %5")
                .arg(Format::count(summary.successful), Format::count(summary.prompts),
                     tr("%n model(s)", nullptr, summary.models), tr("%n method(s)", nullptr, summary.methods),
                     tr("%n hardware", nullptr, summary.hardware)),
            tr("succeeded"));

    const auto &all = dataset->groups();
    auto meanTime = [&](int g) { return g >= 0 ? all[std::size_t(g)].meanTime : kMissing; };
    setGroupCard(FastestCard, *dataset, summary.fastest, Format::seconds(meanTime(summary.fastest)),
                 tr("per prompt"));
    setGroupCard(SlowestCard, *dataset, summary.slowest, Format::seconds(meanTime(summary.slowest)),
                 tr("per prompt"));
    const double rate = summary.bestThroughput >= 0 ? all[std::size_t(summary.bestThroughput)].meanTokensPerSecond
                                                    : kMissing;
    setGroupCard(ThroughputCard, *dataset, summary.bestThroughput, Format::tokensPerSecond(rate), tr("mean"));
}

void SummaryCards::setGroupCard(Card card, const Dataset &dataset, int group, const QString &value,
                                const QString &extra)
{
    if (group < 0) {
        setCard(card, QStringLiteral("—"), tr("No timed group"), QString());
        return;
    }
    const GroupStats &g = dataset.groups()[std::size_t(group)];
    const QString detail = tr("%1 · %2\n%3")
                               .arg(dataset.models().value(int(g.model)), dataset.methods().value(int(g.method)),
                                    dataset.hardware().value(int(g.hardware)));
    setCard(card, value, detail, extra);
}

void SummaryCards::setCard(Card card, const QString &value, const QString &detail, const QString &extra)
{
    CardWidgets &w = m_cards[std::size_t(card)];
    // QLabel::setText lays the window out again even for the same text.
    if (w.value->text() != value)
        w.value->setText(value);
    w.detail->setText(detail);
    if (w.extra->text() != extra)
        w.extra->setText(extra);
    w.extra->setVisible(!extra.isEmpty());
    QString description = value + QStringLiteral(", ") + QString(detail).replace(QLatin1Char('\n'), QLatin1String(", "));
    if (!extra.isEmpty())
        description += QStringLiteral(", ") + extra;
    w.frame->setAccessibleDescription(description);
}

QWidget *SummaryCards::cardWidget(Card card) const
{
    return m_cards[std::size_t(card)].frame;
}

QString SummaryCards::captionText(Card card) const
{
    return m_cards[std::size_t(card)].frame->accessibleName();
}

QString SummaryCards::cardText(Card card) const
{
    return m_cards[std::size_t(card)].frame->accessibleDescription();
}
