// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QWidget>

#include <array>
#include <vector>

class QLabel;
class WrappedText;
class ToneFrame;

/// The headline numbers above the tabs: success rate, fastest, slowest and
/// best-throughput group of the filtered data, each with its model, method
/// and hardware.
class SummaryCards : public QWidget
{
    Q_OBJECT
public:
    enum Card { SuccessRateCard, FastestCard, SlowestCard, ThroughputCard, CardCount };
    Q_ENUM(Card)

    explicit SummaryCards(QWidget *parent = nullptr);

    /// `groups` index dataset->groups(); O(groups).
    void setData(const DatasetPtr &dataset, const std::vector<int> &groups);
    /// The card's value and details as one line (also its accessible description).
    QString cardText(Card card) const;
    /// The card's caption ("Fastest").
    QString captionText(Card card) const;
    /// The card's frame: its context menu has Copy (caption, value and details).
    QWidget *cardWidget(Card card) const;

private:
    struct CardWidgets
    {
        ToneFrame *frame = nullptr;
        WrappedText *caption = nullptr;
        QLabel *value = nullptr;
        WrappedText *detail = nullptr;
        WrappedText *extra = nullptr;
    };
    void setCard(Card card, const QString &value, const QString &detail, const QString &extra);
    void setGroupCard(Card card, const Dataset &dataset, int group, const QString &value, const QString &extra);

    std::array<CardWidgets, CardCount> m_cards;
};
