// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timingdata.h"

#include <QDialog>

class QTreeWidget;

/// Every warning of every loaded source (skipped rows, odd values), grouped
/// by source, with "and N more" where a source had more than it stored.
class WarningsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WarningsDialog(const QList<SourceDataPtr> &sources, QWidget *parent = nullptr);

    /// Total warnings of the sources, stored or not.
    static qint64 warningCount(const QList<SourceDataPtr> &sources);
    /// The dialog's contents as plain text, one line per item.
    QString text() const;

private:
    QTreeWidget *m_tree;
};
