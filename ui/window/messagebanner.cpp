// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace {
constexpr int kMaxDetailLines = 8;
}

MessageBanner::MessageBanner(QWidget *parent)
    : ToneFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleName(tr("Message"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void MessageBanner::showMessage(Tone tone, const QString &title, const QStringList &details)
{
    setTone(tone);
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    const qsizetype shown = std::min<qsizetype>(details.size(), kMaxDetailLines);
    for (qsizetype i = 0; i < shown; ++i)
        html += QStringLiteral("<br>") + details[i].toHtmlEscaped();
    if (details.size() > shown)
        html += QStringLiteral("<br>") + tr("… and %n more", nullptr, int(details.size() - shown));
    m_label->setText(html);
    QStringList plain{title};
    plain += details;
    m_label->setAccessibleName(plain.join(QLatin1Char('\n')));
    m_label->setToolTip(details.size() > shown ? details.join(QLatin1Char('\n')) : QString());
    show();
}

void MessageBanner::clear(Tone tone)
{
    if (!isHidden() && this->tone() == tone)
        hide();
}

QString MessageBanner::text() const
{
    return m_label->accessibleName();
}
