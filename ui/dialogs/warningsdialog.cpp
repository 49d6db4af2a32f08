// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningsdialog.h"

#include "format.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

WarningsDialog::WarningsDialog(const QList<SourceDataPtr> &sources, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Load Warnings"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Warnings by source"));
    m_tree->setWordWrap(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const SourceDataPtr &source : sources) {
        if (source->warningCount == 0)
            continue;
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1: %n warning(s)", nullptr, int(source->warningCount))
                                                      .arg(source->name)});
        QList<QTreeWidgetItem *> children;
        for (const QString &warning : source->warnings)
            children.append(new QTreeWidgetItem({warning}));
        const qint64 more = source->warningCount - source->warnings.size();
        if (more > 0)
            children.append(new QTreeWidgetItem({tr("… and %1 more").arg(Format::count(more))}));
        top->addChildren(children);
        top->setExpanded(sources.size() == 1 || source->warnings.size() <= 50);
    }
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, {tr("No warnings.")});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}

qint64 WarningsDialog::warningCount(const QList<SourceDataPtr> &sources)
{
    qint64 count = 0;
    for (const SourceDataPtr &source : sources)
        count += source->warningCount;
    return count;
}

QString WarningsDialog::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        lines.append(top->text(0));
        for (int c = 0; c < top->childCount(); ++c)
            lines.append(QStringLiteral("  ") + top->child(c)->text(0));
    }
    return lines.join(QLatin1Char('\n'));
}
