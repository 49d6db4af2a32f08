// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "sourcepooling.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

/// The status bar's permanent part: the sources shown, row counts, a note
/// when shown sources are pooled in common groups, a warnings button and,
/// while loading, a progress bar with Cancel.
class SourceStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SourceStatus(QWidget *parent = nullptr);

    void setDataset(const DatasetPtr &dataset);
    /// Shows the pooling note (hidden while nothing is pooled).
    void setPooling(const SourcePooling &pooling);
    /// Shows or hides the progress bar; it starts indeterminate.
    void setBusy(bool busy, const QString &what = {});
    /// done/total bytes; total < 0 keeps the bar indeterminate.
    void setProgress(qint64 done, qint64 total);

    /// "sample_timing.json", "host/path": short names for the status bar and menus.
    static QString displayName(const QString &source);
    /// "2 sources pooled in 18 groups — untick one to see a single run"; empty
    /// when nothing is pooled. The filter dock and the status bar say it.
    static QString poolingText(const SourcePooling &pooling);

    QString sourcesText() const;
    QString rowsText() const;
    /// The pooling note as shown, empty while hidden.
    QString poolingNote() const;
    QToolButton *warningsButton() const { return m_warnings; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void warningsRequested();
    void cancelRequested();

private:
    QLabel *m_sources;
    QLabel *m_rows;
    QLabel *m_pooled;
    QToolButton *m_warnings;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
