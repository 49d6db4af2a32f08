// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatestack.h"

#include <QLabel>
#include <QList>

namespace {
// While the first load runs, a panel without data says so instead of
// "No data loaded yet" (set by the main window).
bool s_loading = false;
QList<EmptyStateStack *> &stacks()
{
    static QList<EmptyStateStack *> all;
    return all;
}
} // namespace

EmptyStateStack::EmptyStateStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setAutoFillBackground(true);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_label->setFont(font);
    addWidget(m_content);
    addWidget(m_label);
    showMessage(emptyMessage(false));
    stacks().append(this);
}

EmptyStateStack::~EmptyStateStack()
{
    stacks().removeOne(this);
}

void EmptyStateStack::setLoading(bool loading)
{
    if (loading == s_loading)
        return;
    const QString before = emptyMessage(false);
    s_loading = loading;
    for (EmptyStateStack *stack : std::as_const(stacks())) {
        if (stack->isShowingMessage() && stack->message() == before)
            stack->showMessage(emptyMessage(false));
    }
}

bool EmptyStateStack::isLoading()
{
    return s_loading;
}

void EmptyStateStack::showContent()
{
    setCurrentWidget(m_content);
}

void EmptyStateStack::showMessage(const QString &message)
{
    m_label->setText(message);
    m_label->setAccessibleName(message);
    setCurrentWidget(m_label);
}

bool EmptyStateStack::isShowingMessage() const
{
    return currentWidget() == m_label;
}

QString EmptyStateStack::message() const
{
    return isShowingMessage() ? m_label->text() : QString();
}

QString EmptyStateStack::emptyMessage(bool haveDataset)
{
    if (!haveDataset && s_loading)
        return tr("Loading timing data…\n\nProgress and Cancel are in the status bar below.");
    if (!haveDataset)
        return tr("No data loaded yet.\n\nDrop timing files (JSON, JSON Lines, CSV) or a URL on this window,\n"
                  "open a file (Ctrl+O) or a URL (Ctrl+Shift+O),\n"
                  "or look at the bundled sample (File ▸ Open Sample Data).");
    return tr("No data matches the filter.\nSelect at least one model, method and hardware.");
}
