// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightcard.h"

#include "format.h"
#include "wrappedtext.h"

#include <QHash>
#include <QJsonValue>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString numberLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("fastest_mean_time"), QT_TRANSLATE_NOOP("InsightCard", "Fastest mean")},
        {QStringLiteral("slowest_mean_time"), QT_TRANSLATE_NOOP("InsightCard", "Slowest mean")},
        {QStringLiteral("ratio"), QT_TRANSLATE_NOOP("InsightCard", "Ratio")},
        {QStringLiteral("coefficient_of_variation"), QT_TRANSLATE_NOOP("InsightCard", "Coefficient of variation")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("InsightCard", "Groups")},
        {QStringLiteral("mean_time"), QT_TRANSLATE_NOOP("InsightCard", "Mean")},
        {QStringLiteral("failed_groups"), QT_TRANSLATE_NOOP("InsightCard", "Failed groups")},
        {QStringLiteral("methods"), QT_TRANSLATE_NOOP("InsightCard", "Methods")},
        {QStringLiteral("models"), QT_TRANSLATE_NOOP("InsightCard", "Models")},
        {QStringLiteral("models_won"), QT_TRANSLATE_NOOP("InsightCard", "Models won")},
        {QStringLiteral("best_hardware_mean_time"), QT_TRANSLATE_NOOP("InsightCard", "Best hardware mean")},
        {QStringLiteral("worst_hardware_mean_time"), QT_TRANSLATE_NOOP("InsightCard", "Worst hardware mean")},
        {QStringLiteral("threshold"), QT_TRANSLATE_NOOP("InsightCard", "Threshold")},
        {QStringLiteral("smallest_n"), QT_TRANSLATE_NOOP("InsightCard", "Smallest n")},
    };
    if (const char *label = labels.value(key))
        return InsightCard::tr(label);
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString numberValue(const QString &key, double value)
{
    if (key.endsWith(QLatin1String("time")))
        return Format::seconds(value);
    if (key == QLatin1String("ratio"))
        return Format::ratio(value);
    if (key.contains(QLatin1String("tokens_per_second")))
        return Format::tokensPerSecond(value);
    if (key.contains(QLatin1String("rate")))
        return Format::percent(value);
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return Format::count(qint64(value));
    return Format::number(value, 3);
}

} // namespace

InsightCard::InsightCard(const Insight &insight, QWidget *parent)
    : ToneFrame(parent)
    , m_title(new WrappedText(this))
    , m_text(new WrappedText(this))
    , m_numbers(new WrappedText(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_numbers->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_numbers);
    layout->addStretch(1); // cards in one grid row share a height: keep the text at the top
    setInsight(insight);
}

void InsightCard::setInsight(const Insight &insight)
{
    m_insight = insight;
    setTone(toneOf(insight.severity));
    m_title->setText(insight.title);
    m_text->setText(insight.text);
    m_numbers->setText(numbersText(insight.numbers));
    m_numbers->setVisible(!m_numbers->text().isEmpty());

    setAccessibleName(insight.title);
    setAccessibleDescription(insight.text + QLatin1Char(' ') + m_numbers->text());
    if (isActivatable()) {
        QStringList targets;
        for (const QStringList *names : {&insight.models, &insight.methods, &insight.hardware}) {
            if (!names->isEmpty())
                targets.append(names->join(QStringLiteral(", ")));
        }
        setToolTip(tr("Click to show only: %1").arg(targets.join(QStringLiteral("; "))));
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    } else {
        setToolTip(QString());
        unsetCursor();
        setFocusPolicy(Qt::NoFocus);
    }
}

bool InsightCard::isActivatable() const
{
    return !m_insight.models.isEmpty() || !m_insight.methods.isEmpty() || !m_insight.hardware.isEmpty();
}

ToneFrame::Tone InsightCard::toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Success:
        return Success;
    case Severity::Warning:
        return Warning;
    case Severity::Info:
        break;
    }
    return Info;
}

QString InsightCard::numbersText(const QJsonObject &numbers)
{
    QStringList parts;
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        if (it.value().isDouble())
            parts.append(QStringLiteral("%1 %2").arg(numberLabel(it.key()), numberValue(it.key(), it.value().toDouble())));
    }
    return parts.join(QStringLiteral("  ·  "));
}

void InsightCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && isActivatable()) {
        const Insight insight = m_insight; // the slot may rebuild the cards
        event->accept();
        Q_EMIT activated(insight);
        return;
    }
    ToneFrame::mouseReleaseEvent(event);
}

void InsightCard::keyPressEvent(QKeyEvent *event)
{
    if (isActivatable() && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return
                            || event->key() == Qt::Key_Enter)) {
        const Insight insight = m_insight; // the slot may rebuild the cards
        event->accept();
        Q_EMIT activated(insight);
        return;
    }
    ToneFrame::keyPressEvent(event);
}
